import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
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
import { authChecker } from './shared/auth.js';
import { DateTimeScalar } from './shared/scalars.js';
import { applyPasses } from './schema-passes.js';

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
  applyPasses(schema);
  return schema;
}

/** The SDL committed as `schema/schema.graphql` (sorted, so the file changes only when the API does). */
export function printHubSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
