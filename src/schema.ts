import 'reflect-metadata';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { ApiKeyResolver } from './modules/access/api-key.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { CitizenResolver } from './modules/citizen/citizen.resolver.js';
import { LedgerResolver } from './modules/ledger/ledger.resolver.js';
import { CalendarResolver } from './modules/calendar/calendar.resolver.js';
import { CaseMutationResolver } from './modules/cases/case-mutation.resolver.js';
import {
  AgreementResolver, AssignmentResolver, CaseEventResolver, FeedbackResolver, InstalmentResolver, JudicialConfirmationResolver,
  MediationSessionResolver, PartyResolver, ExtensionRequestResolver, SupervisionResolver,
} from './modules/cases/case-parts.resolver.js';
import { CaseResolver } from './modules/cases/case.resolver.js';
import { CaseCalendarResolver } from './modules/cases/case-calendar.resolver.js';
import { CalendarChangeResolver } from './modules/cases/calendar-change.resolver.js';
import { CategoryResolver } from './modules/catalog/category.resolver.js';
import { CatalogResolver } from './modules/catalog/catalog.resolver.js';
import { RoutingRuleResolver } from './modules/routing/routing-rule.resolver.js';
import { RosterResolver, SwapResolver } from './modules/rosters/roster.resolver.js';
import { PresenceResolver } from './modules/rosters/presence.js';
import { IdentityResolver } from './modules/identity/identity.resolver.js';
import { LinkResolver } from './modules/identity/link.resolver.js';
import { RoleAssignmentResolver } from './modules/identity/role-assignment.resolver.js';
import { AgencyResolver } from './modules/organisation/agency.resolver.js';
import { CenterResolver } from './modules/organisation/center.resolver.js';
import { MediatorResolver } from './modules/organisation/mediator.resolver.js';
import { StationingResolver } from './modules/organisation/stationing.resolver.js';
import { NodeResolver } from './modules/system/node.resolver.js';
import { CaseSubscriptionResolver } from './modules/cases/case-subscription.resolver.js';
import { RosterSubscriptionResolver } from './modules/rosters/roster-subscription.resolver.js';
import { DUAL_DISPATCH_RESOLVERS } from './dual-dispatch-resolvers.js';
import { DAYBOARD_RESOLVERS } from './modules/dayboard/registry.js';
import { authChecker, declaredRootFields, enforceDeclaredAccess } from './shared/auth.js';
import type { HubContext } from './shared/context.js';
import { timedOut, UserErrorCode, UserErrors } from './shared/errors.js';
import { DateTimeScalar } from './shared/scalars.js';
import { enforceInputBoundary } from './shared/input-boundary.js';
import { acceptPrecomputed } from './shared/projection.js';
import { PROJECTED_TYPES } from './modules/cases/case-projection.js';

export const RESOLVERS = [
  NodeResolver, CenterResolver, AgencyResolver, StationingResolver, MediatorResolver, CategoryResolver,
  IdentityResolver, RoleAssignmentResolver, CalendarResolver,
  CaseResolver, CaseCalendarResolver, CalendarChangeResolver, CaseMutationResolver, PartyResolver, AssignmentResolver, CaseEventResolver, MediationSessionResolver,
  AgreementResolver, InstalmentResolver, JudicialConfirmationResolver, SupervisionResolver, ExtensionRequestResolver,
  FeedbackResolver, CaseSubscriptionResolver, RosterSubscriptionResolver, CatalogResolver, RoutingRuleResolver, RosterResolver, SwapResolver, PresenceResolver,
  ApiKeyResolver, CitizenResolver, AuditResolver, LedgerResolver, LinkResolver,
  ...DUAL_DISPATCH_RESOLVERS,
  ...DAYBOARD_RESOLVERS,
] as const;

/** Domain failures a mutation reports as `userErrors`, mapped once here for every mutation. */
function asUserErrors(error: unknown): UserErrors | undefined {
  if (error instanceof UserErrors) return error;
  if (error instanceof OptimisticLockError) {
    return UserErrors.of(['input', 'version'], UserErrorCode.CONFLICT, '数据已被他人修改，请刷新后重试');
  }
  if (error instanceof UniqueConstraintViolationException) {
    return UserErrors.of(['input'], UserErrorCode.TAKEN, '与已有记录重复（可能刚被他人创建），请检查后重试');
  }
  return undefined;
}

/**
 * Every mutation: domain failures become `{ userErrors }` and leave nothing half-written in the
 * operation's EntityManager; success gets `userErrors: []`.
 */
function wrapMutations(schema: GraphQLSchema): void {
  const mutation = schema.getMutationType();
  if (!mutation) return;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, HubContext>;
    field.resolve = async (root, args, ctx, info) => {
      try {
        const result = (await resolve(root, args, ctx, info)) as object;
        return { userErrors: [], ...result };
      } catch (error) {
        const userErrors = asUserErrors(error);
        if (!userErrors) throw error;
        ctx.em.clear();
        return { userErrors: userErrors.errors };
      }
    };
  }
}

/**
 * Plain property fields (no resolver method, no middleware, no access rule, same name in the schema as
 * on the class) resolve with graphql-js's default resolver instead of type-graphql's middleware chain:
 * a page of 100 cases has thousands of them, and the chain was a large share of the CPU per request.
 */
function simplifyPlainFields(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const resolverFields = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name ?? ''}.${r.methodName}`));
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    // Fields declared on an abstract base class (HubEntity's createdAt, version …) count as the type's own.
    const declared = [];
    for (let cls = meta.target; cls && cls !== Function.prototype; cls = Object.getPrototypeOf(cls)) {
      declared.push(...(storage.objectTypes.find((o) => o.target === cls)?.fields ?? []));
    }
    for (const f of declared) {
      const field = fields[f.schemaName];
      if (!field || f.name !== f.schemaName || (f.middlewares?.length ?? 0) > 0 || f.roles !== undefined) continue;
      if (resolverFields.has(`${(f.target as { name: string }).name}.${f.name}`)) continue;
      field.resolve = undefined;
    }
  }
}

/**
 * Every field checks the operation's deadline before it resolves, so a slow operation stops doing
 * work once EXECUTION_TIMEOUT_MS has passed (its SQL is bounded by the same statement timeout).
 */
function enforceDeadline(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, HubContext> | undefined;
      if (!resolve) continue;
      const check = (ctx: HubContext) => {
        if (performance.now() > ctx.deadline) throw timedOut(ctx.config.executionTimeoutMs);
      };
      // A query's root field is checked again when it returns: its plain fields have no resolver to check.
      field.resolve = type.name === 'Query'
        ? async (root, args, ctx, info) => {
          check(ctx);
          const value = await resolve(root, args, ctx, info);
          check(ctx);
          return value;
        }
        : (root, args, ctx, info) => {
          check(ctx);
          return resolve(root, args, ctx, info);
        };
    }
  }
}

export async function buildHubSchema(extraResolvers: Function[] = []): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS, ...extraResolvers] as unknown as NonEmptyArray<Function>,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    // Every subscription brings its own `subscribe` (the durable event log); type-graphql still wants a PubSub.
    pubSub: {
      publish: () => {
        throw new Error('publish through the outbox, not type-graphql');
      },
      subscribe: () => {
        throw new Error('subscriptions stream from the event log');
      },
    },
  });
  enforceDeclaredAccess(schema, declaredRootFields());
  enforceInputBoundary(schema);
  wrapMutations(schema);
  simplifyPlainFields(schema);
  enforceDeadline(schema);
  acceptPrecomputed(schema, PROJECTED_TYPES);
  return schema;
}

/** The SDL committed as `schema/schema.graphql` (sorted, so the file changes only when the API does). */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
