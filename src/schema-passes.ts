import { DriverException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { declaredRootFields, enforceDeclaredAccess } from './shared/auth.js';
import type { HubContext } from './shared/context.js';
import { timedOut, UserErrorCode, UserErrors } from './shared/errors.js';
import { enforceInputBoundary } from './shared/input-boundary.js';
import { acceptCompiled } from './modules/cases/compiled/index.js';

/**
 * What the built schema goes through once, after type-graphql has built it and before it serves any
 * operation. Most passes wrap `field.resolve`, so the order is the order of the wrappers: a later pass
 * wraps an earlier one and runs first. The array is the order; each `why` says what it must follow.
 */
export interface SchemaPass {
  /** Short, stable name (a test pins the order by these). */
  name: string;
  /** Why the pass exists and why it stands where it does. */
  why: string;
  apply: (schema: GraphQLSchema) => void;
}

/** Domain failures a mutation reports as `userErrors`, mapped once here for every mutation. */
function asUserErrors(error: unknown): UserErrors | undefined {
  if (error instanceof UserErrors) return error;
  if (error instanceof OptimisticLockError) {
    return UserErrors.of(['input', 'version'], UserErrorCode.CONFLICT, '数据已被他人修改，请刷新后重试');
  }
  if (error instanceof UniqueConstraintViolationException) {
    return UserErrors.of(['input'], UserErrorCode.TAKEN, '与已有记录重复（可能刚被他人创建），请检查后重试');
  }
  // An exclusion constraint (23P01: e.g. stationing_no_overlap, overlapping date ranges) refused a row
  // that a concurrent writer's row overlaps: the check before the insert could not see it yet.
  if (error instanceof DriverException && error.code === '23P01') {
    return UserErrors.of(['input'], UserErrorCode.TAKEN, '与已有记录的时间段重叠（可能刚被他人创建），请检查后重试');
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

export const SCHEMA_PASSES: readonly SchemaPass[] = [
  {
    name: 'declared-access',
    why: 'A root field without @Authorized refuses (fail closed). First: it replaces resolvers, so every later wrapper wraps the refusal.',
    apply: (schema) => enforceDeclaredAccess(schema, declaredRootFields()),
  },
  {
    name: 'input-boundary',
    why: 'Client text is checked on the coerced arguments before any resolver. Before mutation-payloads, which turns its UserErrors into `userErrors`.',
    apply: enforceInputBoundary,
  },
  {
    name: 'mutation-payloads',
    why: 'Domain failures of a mutation become `{ userErrors }` and success gets `userErrors: []`. After input-boundary (whose refusals it catches), before deadline (a timeout stays a top-level error).',
    apply: wrapMutations,
  },
  {
    name: 'plain-fields',
    why: 'Property fields resolve with graphql-js\'s default resolver instead of type-graphql\'s chain. Before deadline, so these fields stay without a resolver to wrap (a page of 100 cases has thousands of them).',
    apply: simplifyPlainFields,
  },
  {
    name: 'deadline',
    why: 'Every resolver first checks EXECUTION_TIMEOUT_MS. After every pass that adds a resolver, so its check runs outermost.',
    apply: enforceDeadline,
  },
  {
    name: 'precomputed',
    why: 'Compiled reads hand precomputed objects to the projected types, whose fields then answer from them. Last: it records fields without a resolver as plain, and a precomputed value needs no other wrapper.',
    apply: (schema) => acceptCompiled(schema),
  },
];

/** Runs `SCHEMA_PASSES` over a freshly built schema, in order. */
export function applyPasses(schema: GraphQLSchema): void {
  for (const pass of SCHEMA_PASSES) pass.apply(schema);
}
