import { Arg, Authorized, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { RESUME_AFTER } from '../../shared/event-log/cursor.js';
import { localId } from '../../shared/ids.js';
import { Role } from '../../shared/role.js';
import { Agency } from '../organisation/agency.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { HubEventView } from '../realtime/event.types.js';
import { centerPrefix, inSubtree, unknownScope, views, type Data } from '../realtime/subscriptions.js';
import { CaseAccess } from './case-access.js';
import { Case } from './case.entity.js';

/** The case subscriptions: a desk's assignments, one case, a center's cases, leaders' supervision alerts. */
@Resolver(() => HubEventView)
export class CaseSubscriptionResolver {
  @Authorized(Role.AGENCY_STAFF, Role.MEDIATOR, Role.DISPATCHER, Role.LEADER)
  @Subscription(() => HubEventView, {
    description: '部门看板/调解员：新的或变化的分流指派（本部门或本人）/ New and changed assignments of your agency or yourself',
    subscribe: async ({ args, context }: Data) => {
      let agencyIds: number[] = [];
      let mediatorIds: number[] = [];
      if (args.agencyId) {
        const agency = await context.em.findOne(Agency, { id: localId(args.agencyId, 'Agency') ?? -1 }, { populate: ['center'] });
        const mine = context.viewer.grants.some((g) => g.role === Role.AGENCY_STAFF && g.agencyId === agency?.id);
        if (!agency || !(mine || context.viewer.can([Role.DISPATCHER, Role.LEADER], agency.center.getEntity()))) throw unknownScope('agencyId');
        agencyIds = [agency.id];
      }
      if (args.mediatorId) {
        const m = await context.em.findOne(Mediator, { id: localId(args.mediatorId, 'Mediator') ?? -1 }, { populate: ['agency.center'] });
        const mine = context.viewer.grants.some((g) => g.role === Role.MEDIATOR && g.mediatorId === m?.id);
        if (!m || !(mine || context.viewer.can([Role.DISPATCHER, Role.LEADER], m.agency.getEntity().center.getEntity()))) throw unknownScope('mediatorId');
        mediatorIds = [m.id];
      }
      if (!args.agencyId && !args.mediatorId) {
        agencyIds = context.viewer.grants.filter((g) => g.role === Role.AGENCY_STAFF).map((g) => g.agencyId!);
        mediatorIds = context.viewer.grants.filter((g) => g.role === Role.MEDIATOR).map((g) => g.mediatorId!);
        if (!agencyIds.length && !mediatorIds.length) throw unknownScope('agencyId');
      }
      return views(context, {
        topics: ['assignment'], after: args.after,
        accept: (e) => e.scope.agencyIds.some((a) => agencyIds.includes(a)) || e.scope.mediatorIds.some((m) => mediatorIds.includes(m)),
        stillAllowed: (viewer) => viewer.hasRole(Role.AGENCY_STAFF, Role.MEDIATOR, Role.DISPATCHER, Role.LEADER),
      });
    },
  })
  assignmentEvents(
    @Root() event: HubEventView,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
    @Arg('agencyId', () => ID, { nullable: true, description: '部门；不传则为您所属的部门和您本人 / Agency; default: yours' }) _agencyId?: string,
    @Arg('mediatorId', () => ID, { nullable: true, description: '调解员 / Mediator' }) _mediatorId?: string,
  ): HubEventView {
    return event;
  }

  @Authorized(AUTHENTICATED)
  @Subscription(() => HubEventView, {
    description: '一个案件的全部事件 / Every event of one case',
    subscribe: async ({ args, context }: Data) => {
      const c = await context.em.findOne(Case, { id: localId(args.caseId ?? '', 'Case') ?? -1 });
      if (!c || !(await new CaseAccess(context).canSee(c))) throw unknownScope('caseId');
      return views(context, { topics: ['case', 'assignment', 'supervision'], caseId: c.id, after: args.after, accept: () => true });
    },
  })
  caseEvents(
    @Root() event: HubEventView,
    @Arg('caseId', () => ID, { description: '案件ID / Case ID' }) _caseId: string,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
  ): HubEventView {
    return event;
  }

  @Authorized(Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR)
  @Subscription(() => HubEventView, {
    description: '中心及其下级的全部案件事件（大屏、受理台）/ Every case event of a center subtree',
    subscribe: async ({ args, context }: Data) => {
      const prefix = await centerPrefix(context, args.centerId ?? '', [Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR]);
      return views(context, {
        topics: ['case', 'assignment', 'supervision'], after: args.after, accept: (e) => inSubtree(e, prefix),
        stillAllowed: (viewer) => viewer.hasRole(Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR),
      });
    },
  })
  centerEvents(
    @Root() event: HubEventView,
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) _centerId: string,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
  ): HubEventView {
    return event;
  }

  @Authorized(Role.LEADER, Role.DISPATCHER)
  @Subscription(() => HubEventView, {
    description: '领导：督办与延期提醒（含自动督办）/ Supervision and extension alerts for leaders',
    subscribe: async ({ args, context }: Data) => {
      const prefix = args.centerId ? await centerPrefix(context, args.centerId, [Role.LEADER, Role.DISPATCHER]) : undefined;
      return views(context, {
        topics: ['supervision'], after: args.after,
        accept: (e, viewer) => (prefix === undefined || inSubtree(e, prefix))
          && viewer.grants.some((g) => [Role.LEADER, Role.DISPATCHER].includes(g.role) && (g.centerId === null || inSubtree(e, g.subtreePrefix!))),
      });
    },
  })
  supervisionAlerts(
    @Root() event: HubEventView,
    @Arg('centerId', () => ID, { nullable: true, description: '中心；不传则为您的全部范围 / Center; default: all your scope' }) _centerId?: string,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
  ): HubEventView {
    return event;
  }

  @FieldResolver(() => Case, { nullable: true, description: '案件（按您当前的权限读取最新数据）/ The case, read fresh under your current access' })
  async case(@Root() event: HubEventView, @Ctx() ctx: HubContext): Promise<Case | null> {
    if (event.raw.caseId === null) return null;
    // A fresh fork per event: the subscription's context lives for hours, its data must not.
    const c = await ctx.em.fork().findOne(Case, { id: event.raw.caseId });
    return c && (await new CaseAccess(ctx).canSee(c)) ? c : null;
  }
}
