import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { badInput, hubError, UserError } from '../../shared/errors.js';
import { localId, toGlobalId } from '../../shared/ids.js';
import { Connection, ConnectionArgs, paginate, type Page } from '../../shared/pagination.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { CaseAccess } from '../cases/case-access.js';
import { Case } from '../cases/case.entity.js';
import { Supervision } from '../cases/supervision.entity.js';
import { Role } from '../../shared/role.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { Ledger } from '../ledger/ledger.types.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { HubEventView } from '../realtime/event.types.js';
import { cancellable } from '../../shared/event-log/stream-control.js';
import { eventStream } from '../realtime/stream.js';
import { fromCursor, RESUME_AFTER } from '../../shared/event-log/cursor.js';
import { proposeAgenda } from './agenda.js';
import { AgendaItem, Decision, DecisionInstruction, JointMeeting } from './joint-meeting.entity.js';
import { MeetingLedger, meetingLedger } from './meeting-ledger.js';
import { JointMeetingAgendaAddInput, JointMeetingDecisionRecordInput, JointMeetingScheduleInput } from './meeting.inputs.js';
import { MeetingService, minutesPath } from './meeting.service.js';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };
const READERS = [Role.LEADER, Role.DISPATCHER, Role.ADMIN, Role.AUDITOR];

@ObjectType({ description: '联席会议分页 / A page of joint meetings' })
export class JointMeetingConnection extends Connection(JointMeeting, 'JointMeeting') {}

@ObjectType({ description: '联席会议变更结果 / Result of a meeting mutation' })
export class JointMeetingPayload {
  @Field(() => JointMeeting, { nullable: true, description: '会议 / The meeting' }) jointMeeting?: JointMeeting | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '会商决定结果 / Result of recording a decision' })
export class JointMeetingDecisionPayload extends JointMeetingPayload {
  @Field(() => Decision, { nullable: true, description: '决定 / The decision' }) decision?: Decision | null;
  @Field(() => Case, { nullable: true, description: '决定后的案件 / The case after the decision' }) case?: Case | null;
}

@ObjectType({ description: '建议列入议程的疑难案件 / A hard case proposed for the agenda' })
export class AgendaProposal {
  @Field(() => Case, { description: '案件 / The case' }) case!: Case;
  @Field(() => [String], { description: '理由 / Why' }) reasons!: string[];
}

/** 信访联席会议会商研判: schedule, agenda, decisions, minutes and the meeting events. */
@Resolver(() => JointMeeting)
export class MeetingResolver {
  @Authorized(Role.LEADER, Role.DISPATCHER)
  @Mutation(() => JointMeetingPayload, { description: '安排联席会议；默认按疑难案件规则提出议程 / Schedule a joint review meeting; the agenda is proposed from the hard cases' })
  async jointMeetingSchedule(@Arg('input', IN) input: JointMeetingScheduleInput, @Ctx() ctx: HubContext) {
    return { jointMeeting: await new MeetingService(ctx).schedule(input) };
  }

  @Authorized(Role.LEADER, Role.DISPATCHER)
  @Mutation(() => JointMeetingPayload, { description: '人工将案件加入议程 / Add a case to the agenda by hand' })
  async jointMeetingAgendaAdd(@Arg('input', IN) input: JointMeetingAgendaAddInput, @Ctx() ctx: HubContext) {
    return { jointMeeting: await new MeetingService(ctx).addToAgenda(input) };
  }

  @Authorized(Role.LEADER, Role.DISPATCHER)
  @Mutation(() => JointMeetingDecisionPayload, { description: '记录会商决定：改变牵头部门、确定包案领导、交办事项（生成督办）或维持现状 / Record the decision on an agenda case: lead agency, 包案, instructions (supervisions) or continue' })
  async jointMeetingDecisionRecord(@Arg('input', IN) input: JointMeetingDecisionRecordInput, @Ctx() ctx: HubContext) {
    const decision = await new MeetingService(ctx).decide(input);
    return { decision, jointMeeting: await decision.meeting.loadOrFail(), case: await decision.case.loadOrFail() };
  }

  @Authorized(...READERS)
  @Query(() => JointMeetingConnection, { description: '某中心（含下级）的联席会议，最近的在前 / Joint meetings of a center and below, latest first' })
  async jointMeetings(@Arg('centerId', () => ID, { description: '中心ID / Center ID' }) centerId: string, @Args() args: ConnectionArgs, @Ctx() ctx: HubContext): Promise<Page<JointMeeting>> {
    const center = await ctx.em.findOne(Center, { id: localId(centerId, 'Center') ?? -1 });
    if (!center) throw badInput('找不到该中心 / Unknown center', 'centerId');
    new MeetingService(ctx).assertReader(center);
    return paginate(ctx.em, JointMeeting, { center: { $or: [{ id: center.id }, { ancestry: { $like: `${center.childAncestry}%` } }] } } as never, { scheduledAt: 'desc', id: 'desc' }, args);
  }

  @Authorized(Role.LEADER, Role.DISPATCHER, Role.AGENCY_STAFF)
  @Subscription(() => HubEventView, {
    description: '联席会议事件：安排、议程增加、会商决定（本中心领导与受理员，及参会部门）/ Meeting events of a center: scheduled, agenda added, decisions — for its leaders and dispatchers and the attending agencies',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { centerId?: string; after?: string | null }, HubContext>) => {
      const events = context.events;
      if (!events) throw hubError('INTERNAL_SERVER_ERROR', 'the event hub is not running');
      const center = await context.em.findOne(Center, { id: localId(args.centerId ?? '', 'Center') ?? -1 });
      const agencyIds = context.viewer.grants.filter((g) => g.role === Role.AGENCY_STAFF).map((g) => g.agencyId!);
      if (!center || !(context.viewer.can([Role.LEADER, Role.DISPATCHER], center) || agencyIds.length > 0)) {
        throw hubError('BAD_USER_INPUT', '未知或无权订阅的范围：centerId / Unknown scope, or not yours', { argument: 'centerId' });
      }
      const after = args.after == null ? undefined : fromCursor(args.after);
      const prefix = center.childAncestry;
      return cancellable(async function* (signal) {
        for await (const e of eventStream(events, context, { topics: ['meeting'], after, accept: (event) => event.scope.centerPaths.some((p) => p.startsWith(prefix)) }, signal)) {
          yield new HubEventView(e);
        }
      });
    },
  })
  jointMeetingEvents(
    @Root() event: HubEventView,
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) _centerId: string,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
  ): HubEventView {
    return event;
  }

  @FieldResolver(() => Center, { description: '中心 / Center' })
  center(@Root() m: JointMeeting): Promise<Center> {
    return m.center.loadOrFail();
  }

  @FieldResolver(() => String, { description: '主持领导 / Chair' })
  async chairName(@Root() m: JointMeeting): Promise<string> {
    return (await m.chair.loadOrFail()).displayName;
  }

  @FieldResolver(() => [Agency], { description: '参会部门 / Attending agencies' })
  agencies(@Root() m: JointMeeting): Promise<Agency[]> {
    return m.agencies.loadItems();
  }

  @FieldResolver(() => [String], { description: '参会人员姓名 / Attending people' })
  async attendeeNames(@Root() m: JointMeeting): Promise<string[]> {
    return (await m.attendees.loadItems()).map((u) => u.displayName);
  }

  @FieldResolver(() => [AgendaItem], { description: '议程（按列入顺序）/ The agenda, in order' })
  agenda(@Root() m: JointMeeting, @Ctx() ctx: HubContext): Promise<AgendaItem[]> {
    return new MeetingService(ctx).agenda(m);
  }

  @FieldResolver(() => [AgendaProposal], { description: '此刻按规则建议、尚未列入议程的疑难案件 / Hard cases the rules propose now that are not on the agenda yet' })
  async proposals(@Root() m: JointMeeting, @Ctx() ctx: HubContext): Promise<AgendaProposal[]> {
    const on = new Set((await ctx.em.find(AgendaItem, { meeting: m.id })).map((a) => a.case.id));
    const proposals = (await proposeAgenda(ctx.em, await m.center.loadOrFail(), shanghaiDate(ctx.clock()))).filter((p) => !on.has(p.caseId));
    const cases = await ctx.em.find(Case, { id: { $in: proposals.map((p) => p.caseId) } });
    return proposals.map((p) => ({ case: cases.find((c) => c.id === p.caseId)!, reasons: p.reasons }));
  }

  @FieldResolver(() => String, { description: '会商研判纪要（可打印 HTML，需登录）的路径 / Path of the printable minutes (HTML; sign in)' })
  minutesUrl(@Root() m: JointMeeting): string {
    return minutesPath(m);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Case, { nullable: true, description: '案件（无权查看时为空）/ The case; null when not visible' })
  async case(@Root() item: AgendaItem, @Ctx() ctx: HubContext): Promise<Case | null> {
    const c = await item.case.loadOrFail();
    return (await new CaseAccess(ctx).canSee(c)) ? c : null;
  }

  @FieldResolver(() => Decision, { nullable: true, description: '会商决定；尚未决定时为空 / The decision; null until decided' })
  decision(@Root() item: AgendaItem, @Ctx() ctx: HubContext): Promise<Decision | null> {
    return ctx.em.findOne(Decision, { meeting: item.meeting.id, case: item.case.id });
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => Agency, { nullable: true, description: '改由牵头的部门 / New lead agency, when changed' })
  leadAgency(@Root() d: Decision): Promise<Agency | null> {
    return d.leadAgency ? d.leadAgency.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: '确定的包案领导 / Leader put in charge' })
  async leaderInChargeName(@Root() d: Decision): Promise<string | null> {
    return d.leaderInCharge ? (await d.leaderInCharge.loadOrFail()).displayName : null;
  }

  @FieldResolver(() => Boolean, { description: '维持现状（未改牵头、未定包案、无交办）/ Continue as is: no change of lead, no leader, no instruction' })
  async continueAsIs(@Root() d: Decision, @Ctx() ctx: HubContext): Promise<boolean> {
    return !d.leadAgency && !d.leaderInCharge && (await ctx.em.count(DecisionInstruction, { decision: d.id })) === 0;
  }

  @FieldResolver(() => [DecisionInstruction], { description: '交办事项 / Instructions' })
  instructions(@Root() d: Decision, @Ctx() ctx: HubContext): Promise<DecisionInstruction[]> {
    return ctx.em.find(DecisionInstruction, { decision: d.id }, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => DecisionInstruction)
export class DecisionInstructionResolver {
  @FieldResolver(() => Supervision, { description: '对应的督办（回复即完成）/ The supervision tracking it; answering it completes the instruction' })
  supervision(@Root() i: DecisionInstruction): Promise<Supervision> {
    return i.supervision.loadOrFail();
  }

  @FieldResolver(() => Agency, { nullable: true, description: '责任单位 / Owning agency' })
  ownerAgency(@Root() i: DecisionInstruction): Promise<Agency | null> {
    return i.ownerAgency ? i.ownerAgency.loadOrFail() : Promise.resolve(null);
  }

  @FieldResolver(() => ID, { description: '督办ID（用于 caseSupervisionAnswer）/ Supervision ID, for caseSupervisionAnswer' })
  supervisionId(@Root() i: DecisionInstruction): string {
    return toGlobalId('Supervision', i.supervision.id);
  }
}

@Resolver(() => Ledger)
export class LedgerMeetingResolver {
  @FieldResolver(() => MeetingLedger, { description: '联席会议：会议、决定与交办事项按期完成情况 / Joint meetings: decisions and instructions done on time or overdue' })
  async jointMeetings(@Root() ledger: Ledger, @Ctx() ctx: HubContext): Promise<MeetingLedger> {
    const scope = await new LedgerService(ctx).scope(ledger.centerId);
    return meetingLedger(ctx.em, scope, ledger.from, ledger.to, shanghaiDate(ctx.clock()));
  }
}

export const MEETING_RESOLVERS = [MeetingResolver, AgendaItemResolver, DecisionResolver, DecisionInstructionResolver, LedgerMeetingResolver] as const;
