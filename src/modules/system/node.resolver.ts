import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { compiledCase } from '../cases/compiled/index.js';
import { AUTHENTICATED, KEY } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { badInput } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/ids.js';
import { Node } from '../../shared/node.js';
import { Category } from '../catalog/category.entity.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';
import { UserService } from '../identity/user.service.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Stationing } from '../organisation/stationing.entity.js';
import { CaseAccess } from '../cases/case-access.js';
import { Assignment } from '../cases/assignment.entity.js';
import { Case } from '../cases/case.entity.js';
import { CaseLink, Feedback } from '../cases/feedback.entity.js';
import { Agreement, Instalment, JudicialConfirmation, MediationSession, Payment } from '../cases/handling.entity.js';
import { Party } from '../cases/party.entity.js';
import { ExtensionRequest, Supervision } from '../cases/supervision.entity.js';
import { TimeLimitPolicy } from '../calendar/time-limit-policy.entity.js';
import { RoutingRule } from '../routing/routing-rule.entity.js';
import type { Ref } from '@mikro-orm/core';
import { DUAL_DISPATCH_NODE_TYPES } from './dual-dispatch-nodes.js';

const seeCase = async (ctx: HubContext, ref: Ref<Case>) => new CaseAccess(ctx).canSee(await ref.loadOrFail());
const viaAgreement = async (ctx: HubContext, ref: Ref<Agreement>) => seeCase(ctx, (await ref.loadOrFail()).case);

/**
 * Every type reachable through `node(id)` with the rule for who may see one. A type missing here is
 * not fetchable by ID at all (fail closed).
 */
const NODE_TYPES: Record<string, { entity: new () => object; visible: (ctx: HubContext, node: never) => Promise<boolean> | boolean }> = {
  Center: { entity: Center, visible: () => true },
  Agency: { entity: Agency, visible: () => true },
  Stationing: { entity: Stationing, visible: () => true },
  Mediator: { entity: Mediator, visible: () => true },
  Category: { entity: Category, visible: () => true },
  TimeLimitPolicy: { entity: TimeLimitPolicy, visible: () => true },
  RoutingRule: { entity: RoutingRule, visible: () => true },
  Case: { entity: Case, visible: (ctx, c: Case) => new CaseAccess(ctx).canSee(c) },
  Party: { entity: Party, visible: (ctx, p: Party) => seeCase(ctx, p.case) },
  Assignment: { entity: Assignment, visible: (ctx, a: Assignment) => seeCase(ctx, a.case) },
  MediationSession: { entity: MediationSession, visible: (ctx, s: MediationSession) => seeCase(ctx, s.case) },
  Agreement: { entity: Agreement, visible: (ctx, a: Agreement) => seeCase(ctx, a.case) },
  Instalment: { entity: Instalment, visible: (ctx, i: Instalment) => viaAgreement(ctx, i.agreement) },
  Payment: { entity: Payment, visible: (ctx, p: Payment) => viaAgreement(ctx, p.agreement) },
  JudicialConfirmation: { entity: JudicialConfirmation, visible: (ctx, j: JudicialConfirmation) => viaAgreement(ctx, j.agreement) },
  Supervision: { entity: Supervision, visible: (ctx, s: Supervision) => seeCase(ctx, s.case) },
  ExtensionRequest: { entity: ExtensionRequest, visible: (ctx, r: ExtensionRequest) => seeCase(ctx, r.case) },
  Feedback: { entity: Feedback, visible: (ctx, f: Feedback) => seeCase(ctx, f.case) },
  CaseLink: { entity: CaseLink, visible: async (ctx, l: CaseLink) => (await seeCase(ctx, l.low)) && seeCase(ctx, l.high) },
  User: { entity: User, visible: (ctx, user: User) => new UserService(ctx).canSee(user) },
  RoleAssignment: {
    entity: RoleAssignment,
    visible: async (ctx, r: RoleAssignment) => new UserService(ctx).canSee(await r.user.loadOrFail()),
  },
  ...(DUAL_DISPATCH_NODE_TYPES as Record<string, { entity: new () => object; visible: (ctx: HubContext, node: never) => Promise<boolean> | boolean }>),
};

async function resolveNode(ctx: HubContext, globalId: string, info?: GraphQLResolveInfo): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  const type = decoded && NODE_TYPES[decoded.type];
  if (!decoded || !type) return null;
  if (info && decoded.type === 'Case') {
    const projected = await compiledCase(ctx, decoded.id, info);
    if (projected !== undefined) return projected as Node | null;
  }
  const found = await ctx.em.findOne(type.entity, { id: decoded.id } as never);
  if (!found) return null;
  // Objects the viewer may not see look exactly like missing ones.
  return (await type.visible(ctx, found as never)) ? (found as unknown as Node) : null;
}

@Resolver()
export class NodeResolver {
  @Authorized(AUTHENTICATED, KEY.CASES_READ)
  @Query(() => Node, { nullable: true, description: '按全局ID取对象；无权查看时返回 null / Fetch an object by global ID; null when missing or not visible' })
  node(@Arg('id', () => ID, { description: '全局ID / Global ID' }) id: string, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<Node | null> {
    return resolveNode(ctx, id, info);
  }

  @Authorized(AUTHENTICATED, KEY.CASES_READ)
  @Query(() => [Node], { nullable: 'items', description: '按全局ID批量取对象（最多100个）/ Fetch up to 100 objects by global ID' })
  nodes(@Arg('ids', () => [ID], { description: '全局ID列表（最多100个）/ Global IDs, at most 100' }) ids: string[], @Ctx() ctx: HubContext): Promise<(Node | null)[]> {
    if (ids.length > 100) throw badInput('ids 最多100个 / At most 100 ids', 'ids');
    return Promise.all(ids.map((id) => resolveNode(ctx, id)));
  }
}
