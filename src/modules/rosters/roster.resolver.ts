import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { AUTHENTICATED, KEY, PUBLIC } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { badInput, UserError } from '../../shared/errors.js';
import { toGlobalId, localId } from '../../shared/ids.js';
import { Connection, ConnectionArgs, type Page } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { CalendarWarning } from '../calendar/calendar.types.js';
import { Role } from '../../shared/role.js';
import { Center } from '../organisation/center.entity.js';
import { Duty, DutyKind, DutySlot, DutySwap, Leave, RotaPublication, SwapStatus } from './duty.entity.js';
import { PublishService } from './publish.service.js';
import { SwapService } from './swap.service.js';
import { Cadence, RosterService, type RosterIssue } from './roster.service.js';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };

registerEnumType(Cadence, {
  name: 'Cadence',
  description: '轮换节奏 / How a rotation pattern picks days',
  valuesConfig: {
    WORKING_DAYS: { description: '每个工作日（按官方日历，含调休上班日）/ Every working day, make-up days included' },
    WEEKLY: { description: '每周指定的几天（节假日除外）/ Chosen weekdays, holidays skipped' },
    EVERY_DAY: { description: '每天 / Every day' },
  },
});

@InputType({ description: '按轮换规则生成值班（不覆盖人工调整过的日子）/ Generate duties from a rotation pattern' })
class DutyGenerateInput {
  @Field(() => ID, { description: '中心 / Center' }) centerId!: string;
  @Field(() => DutyKind, { description: '类型 / Kind' }) kind!: DutyKind;
  @Field(() => [ID], { description: '按顺序轮换的领导 / Leaders, in rotation order' }) userIds!: string[];
  @Field(() => Cadence, { description: '节奏 / Cadence' }) cadence!: Cadence;
  @Field(() => [Int], { nullable: true, description: 'WEEKLY 时的星期几（1=周一…7=周日）；空列表表示不安排任何一天（清除该规则在范围内生成的值班）/ Weekdays for WEEKLY (1 = Monday … 7 = Sunday); an empty list picks no day and removes the pattern’s duties in the range' }) weekdays?: number[] | null;
  @Field(() => DutySlot, { nullable: true, description: '时段，默认全天 / Slot, default whole day' }) slot?: DutySlot | null;
  @Field(() => String, { nullable: true, description: '接访地点 / Room' }) room?: string | null;
  @Field(() => [String], { nullable: true, description: '重点接访事项 / Topics' }) topics?: string[] | null;
  @Field(() => DateScalar, { description: '开始日期（2000–2100年，工作日历覆盖的年份）/ First day (2000–2100, the years of the working-day calendar)' }) startDate!: string;
  @Field(() => DateScalar, { description: '结束日期（含，最多366天，不晚于2100年）/ Last day (at most 366 days, not after 2100)' }) endDate!: string;
}

@InputType({ description: '调整某一天的值班：每个中心、类型、日期的同一时段只能有一项（上午与下午可各一项，全天占满整天）；已占用时 userErrors 为 TAKEN（field input.date）/ Set one day by hand: one duty per center, kind, date and slot (a morning and an afternoon may share a day, a whole day takes it all); a taken slot is userErrors TAKEN at input.date' })
class DutySetInput {
  @Field(() => ID, { nullable: true, description: '修改已有值班时的ID / ID when changing an existing duty' }) id?: string | null;
  @Field(() => Int, { nullable: true, description: '已有值班的版本号 / Its version' }) version?: number | null;
  @Field(() => ID, { description: '中心 / Center' }) centerId!: string;
  @Field(() => DutyKind, { description: '类型（修改已有值班时须与其相同）/ Kind (an existing duty keeps its kind)' }) kind!: DutyKind;
  @Field(() => DateScalar, { description: '日期（2000–2100年）/ Date (2000–2100)' }) date!: string;
  @Field(() => DutySlot, { nullable: true, description: '时段，默认全天 / Slot, default whole day' }) slot?: DutySlot | null;
  @Field(() => ID, { description: '值班领导 / Leader' }) userId!: string;
  @Field(() => String, { nullable: true, description: '地点 / Room' }) room?: string | null;
  @Field(() => [String], { nullable: true, description: '事项 / Topics' }) topics?: string[] | null;
}

@InputType({ description: '登记请假：只为能上值班表的人（本中心的在职领导）登记，排班检查据此标出请假期间的值班 / Record leave of someone who can be on the rota (an active leader over their home center); rosterCheck flags their duties during it' })
class LeaveCreateInput {
  @Field(() => ID, { description: '人员（须为其所属中心的领导）/ Person (a leader over their home center)' }) userId!: string;
  @Field(() => DateScalar, { description: '起（2000–2100年）/ First day (2000–2100)' }) startDate!: string;
  @Field(() => DateScalar, { description: '止（含，最多366天）/ Last day (at most 366 days)' }) endDate!: string;
  @Field({ description: '事由 / Reason' }) reason!: string;
}

@ObjectType({ description: '生成结果 / Result of a generation' })
class DutyGeneratePayload {
  @Field(() => [Duty], { nullable: true, description: '新生成的值班 / Duties created' }) duties?: Duty[] | null;
  @Field(() => [CalendarWarning], { nullable: true, description: '日历提示：范围内有尚未录入调休安排的年份，所选工作日可能变化 / Years in the range whose official arrangement is not entered: the working days picked may move' }) warnings?: CalendarWarning[] | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '值班调整结果 / Result of setting a duty' })
class DutyPayload {
  @Field(() => Duty, { nullable: true, description: '值班 / The duty' }) duty?: Duty | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '请假登记结果 / Result of recording leave' })
class LeavePayload {
  @Field(() => Leave, { nullable: true, description: '请假 / The leave' }) leave?: Leave | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '排班问题（冲突、请假、空缺）/ A problem of a rota' })
class RosterIssueView {
  @Field({ description: 'CONFLICT 一人同时两处 / DOUBLE 同一时段两项同类值班 / ON_LEAVE 请假 / GAP 空缺 / PROVISIONAL 所涉年份调休安排未录入，工作日为暂定（提示，不阻止发布）/ Kind of problem: CONFLICT one person in two places, DOUBLE two duties of one kind in one slot, ON_LEAVE on duty during leave, GAP a working day without a leader or building manager; CONFLICT, DOUBLE and ON_LEAVE block publishing, GAP needs acknowledging, PROVISIONAL is a warning that does not block publishing' }) kind!: string;
  @Field(() => DateScalar, { description: '日期 / Date' }) date!: string;
  @Field({ description: '说明 / Message' }) message!: string;
  @Field(() => [Duty], { description: '涉及的值班 / Duties involved' }) duties!: Duty[];
}

@InputType({ description: '发布排班 / Publish a date range of the rota' })
class RotaPublishInput {
  @Field(() => ID, { description: '中心 / Center' }) centerId!: string;
  @Field(() => DateScalar, { description: '起 / First day' }) startDate!: string;
  @Field(() => DateScalar, { description: '止（含）/ Last day' }) endDate!: string;
  @Field(() => Int, { description: '您看到的最新发布序号（从未发布为0）/ The latest publication number you saw (0 if none)' }) expectedPublication!: number;
  @Field(() => Boolean, { nullable: true, description: '确认在有空缺的情况下仍发布 / Publish despite gaps' }) acknowledgeGaps?: boolean | null;
}

@ObjectType({ description: '发布结果 / Result of publishing' })
class RotaPublishPayload {
  @Field(() => RotaPublication, { nullable: true, description: '发布记录 / The publication' }) publication?: RotaPublication | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '值班均衡：每人的值班次数 / Duties per person' })
class DutyBalance {
  @Field({ description: '姓名 / Name' }) name!: string;
  @Field(() => String, { nullable: true, description: '职务 / Position' }) title!: string | null;
  @Field(() => Int, { description: '接访次数 / Reception duties' }) reception!: number;
  @Field(() => Int, { description: '楼长次数 / Building-manager days' }) buildingManager!: number;
  @Field(() => Int, { description: '值班天数 / Days on duty' }) days!: number;
}

@ObjectType({ description: '公开的值班信息（无需登录，仅姓名、职务、时段、地点）/ A duty as the public sees it' })
export class PublicDuty {
  @Field(() => DateScalar, { description: '日期 / Date' }) date!: string;
  @Field(() => DutyKind, { description: '类型 / Kind' }) kind!: DutyKind;
  @Field(() => DutySlot, { description: '时段 / Slot' }) slot!: DutySlot;
  @Field({ description: '姓名 / Name' }) name!: string;
  @Field(() => String, { nullable: true, description: '职务 / Position' }) title!: string | null;
  @Field(() => String, { nullable: true, description: '地点 / Room' }) room!: string | null;
  @Field(() => [String], { description: '接访事项 / Topics' }) topics!: string[];
}

@ObjectType({ description: '今日值班快照 / Today’s duties at a center' })
export class TodayDuties {
  @Field(() => DateScalar, { description: '日期（北京时间）/ Date in Beijing' }) date!: string;
  @Field({ description: 'SUBSCRIBED 订阅时 / ROSTER_CHANGED 排班变化 / DAY_CHANGED 换日 / Why this update' }) reason!: string;
  @Field(() => [PublicDuty], { description: '今日值班 / Today’s duties' }) duties!: PublicDuty[];
}

async function centerOf(ctx: HubContext, globalId: string): Promise<Center> {
  const center = await ctx.em.findOne(Center, { id: localId(globalId, 'Center') ?? -1 });
  if (!center) throw badInput('找不到该中心 / Unknown center', 'centerId');
  return center;
}

@Resolver(() => Duty)
export class RosterResolver {
  @Authorized(AUTHENTICATED, KEY.ROSTERS_READ)
  @Query(() => [Duty], { description: '中心的值班表（第三方密钥限其中心）/ Duties of a center in a date range (at most 366 days); API keys: their centers only' })
  async duties(
    @Arg('centerId', () => ID, { description: '中心 / Center' }) centerId: string,
    @Arg('from', () => DateScalar, { description: '起 / From' }) from: string,
    @Arg('to', () => DateScalar, { description: '止（含）/ Until, inclusive' }) to: string,
    @Ctx() ctx: HubContext,
    @Arg('kind', () => DutyKind, { nullable: true, description: '类型 / Kind' }) kind?: DutyKind,
  ): Promise<Duty[]> {
    return new RosterService(ctx).duties(await centerOf(ctx, centerId), from, to, kind);
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN, Role.LEADER)
  @Query(() => [RosterIssueView], { description: '排班检查：冲突、请假冲突、工作日空缺 / Conflicts, leave clashes and gaps' })
  async rosterCheck(
    @Arg('centerId', () => ID, { description: '中心 / Center' }) centerId: string,
    @Arg('from', () => DateScalar, { description: '起 / From' }) from: string,
    @Arg('to', () => DateScalar, { description: '止（含）/ Until, inclusive' }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<RosterIssue[]> {
    return new RosterService(ctx).check(await centerOf(ctx, centerId), from, to);
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN, Role.LEADER)
  @Query(() => [DutyBalance], { description: '值班均衡：区间内每人的值班次数 / Duties per person in a range' })
  async rosterBalance(
    @Arg('centerId', () => ID, { description: '中心 / Center' }) centerId: string,
    @Arg('from', () => DateScalar, { description: '起 / From' }) from: string,
    @Arg('to', () => DateScalar, { description: '止（含）/ Until, inclusive' }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<DutyBalance[]> {
    return (await new RosterService(ctx).balance(await centerOf(ctx, centerId), from, to)).map((r) => ({
      name: r.user.displayName, title: r.user.title, reception: r.reception, buildingManager: r.buildingManager, days: r.days,
    }));
  }

  @Authorized(PUBLIC)
  @Query(() => [PublicDuty], { description: '公开：某中心（按区划代码）一周的领导接访与楼长，无需登录 / Public: who is on duty this week' })
  async publicDuties(
    @Arg('divisionCode', { description: '中心的区划代码，如 150627 / Division code of the center' }) divisionCode: string,
    @Ctx() ctx: HubContext,
    @Arg('from', () => DateScalar, { nullable: true, description: '起始日期，默认今天（北京时间）/ From, default today' }) from?: string,
  ): Promise<PublicDuty[]> {
    const duties = await new RosterService(ctx).publicWeek(divisionCode, from ?? undefined);
    return duties.map((d) => ({ date: d.date, kind: d.kind, slot: d.slot, name: d.name, title: d.title, room: d.room, topics: d.topics }));
  }

  @FieldResolver(() => ID, { description: '值班领导ID / Leader’s user ID' })
  leaderId(@Root() d: Duty): string {
    return toGlobalId('User', d.user.id);
  }

  @FieldResolver(() => String, { description: '值班领导姓名 / Leader’s name' })
  async leaderName(@Root() d: Duty): Promise<string> {
    return (await d.user.loadOrFail()).displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: '职务 / Leader’s position' })
  async leaderTitle(@Root() d: Duty): Promise<string | null> {
    return (await d.user.loadOrFail()).title;
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => DutyGeneratePayload, { description: '按轮换规则生成值班 / Generate duties from a rotation pattern' })
  async dutyGenerate(@Arg('input', IN) input: DutyGenerateInput, @Ctx() ctx: HubContext) {
    return new RosterService(ctx).generate(input);
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => DutyPayload, { description: '调整某一天的值班（人工调整，重新生成时保留）/ Set one day by hand' })
  async dutySet(@Arg('input', IN) input: DutySetInput, @Ctx() ctx: HubContext) {
    return { duty: await new RosterService(ctx).setDuty(input) };
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => RotaPublishPayload, { description: '发布排班：公众、日历订阅和大屏只看到已发布的版本 / Publish a date range of the rota' })
  async rotaPublish(@Arg('input', IN) input: RotaPublishInput, @Ctx() ctx: HubContext) {
    return { publication: await new PublishService(ctx).publish(input) };
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN, Role.LEADER)
  @Query(() => Int, { description: '某中心最新的发布序号（0 表示从未发布）/ Latest publication number of a center' })
  async rotaPublicationNumber(@Arg('centerId', () => ID, { description: '中心 / Center' }) centerId: string, @Ctx() ctx: HubContext): Promise<number> {
    return new PublishService(ctx).latest(await centerOf(ctx, centerId));
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => LeavePayload, { description: '登记请假或不能值班的时段 / Record leave' })
  async leaveCreate(@Arg('input', IN) input: LeaveCreateInput, @Ctx() ctx: HubContext) {
    return { leave: await new RosterService(ctx).addLeave(input) };
  }
}

@InputType({ description: '申请换班 / Ask to swap your duty with another' })
class DutySwapRequestInput {
  @Field(() => ID, { description: '您的值班 / Your duty' }) fromDutyId!: string;
  @Field(() => ID, { description: '想换的值班 / The duty you want instead' }) toDutyId!: string;
  @Field(() => String, { nullable: true, description: '理由 / Reason' }) reason?: string | null;
}

@InputType({ description: '答复或审批换班 / Answer or decide a swap' })
class DutySwapAnswerInput {
  @Field(() => ID, { description: '换班申请ID / Swap ID' }) id!: string;
  @Field(() => Int, { description: '您看到的版本号 / The version you saw' }) version!: number;
  @Field({ description: '同意/批准 / Accept or approve' }) yes!: boolean;
}

@ObjectType({ description: '换班结果 / Result of a swap step' })
class DutySwapPayload {
  @Field(() => DutySwap, { nullable: true, description: '换班申请 / The swap' }) swap?: DutySwap | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '换班申请分页 / A page of swap requests' })
export class DutySwapConnection extends Connection(DutySwap, 'DutySwap') {}

@Resolver(() => DutySwap)
export class SwapResolver {
  @FieldResolver(() => Duty, { description: '申请人的值班 / The requester’s duty' })
  fromDuty(@Root() s: DutySwap): Promise<Duty> {
    return s.fromDuty.loadOrFail();
  }

  @FieldResolver(() => Duty, { description: '想换的值班 / The duty asked for' })
  toDuty(@Root() s: DutySwap): Promise<Duty> {
    return s.toDuty.loadOrFail();
  }

  @FieldResolver(() => ID, { description: '申请人（申请时 fromDuty 的领导）的用户ID / User ID of the leader who asked' })
  requestedById(@Root() s: DutySwap): string {
    return toGlobalId('User', s.requestedBy.id);
  }

  @FieldResolver(() => ID, { description: '被请求人（须同意的领导）的用户ID / User ID of the leader who must accept' })
  counterpartId(@Root() s: DutySwap): string {
    return toGlobalId('User', s.counterpart.id);
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN, Role.LEADER)
  @Query(() => DutySwapConnection, {
    description: '某中心的换班申请，最新的在前：排班员与管理员看全部，领导只看自己申请的或被请求的；无权时 FORBIDDEN，中心不存在时 BAD_USER_INPUT / Swap requests of a center, newest first: schedulers and admins see all, a leader only the swaps they asked for or were asked to accept; FORBIDDEN outside your scope, BAD_USER_INPUT for an unknown center',
  })
  async dutySwaps(
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) centerId: string,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: HubContext,
    @Arg('status', () => [SwapStatus], { nullable: true, description: '只看这些状态（空或不传为全部），如 [REQUESTED, ACCEPTED] 为待处理 / Only these states (all when empty or absent); [REQUESTED, ACCEPTED] are the open ones' }) status?: SwapStatus[] | null,
  ): Promise<Page<DutySwap>> {
    return new SwapService(ctx).list(await centerOf(ctx, centerId), status, args);
  }

  @Authorized(Role.LEADER, Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => DutySwapPayload, { description: '领导申请换班 / A leader asks to swap duties' })
  async dutySwapRequest(@Arg('input', IN) input: DutySwapRequestInput, @Ctx() ctx: HubContext) {
    return { swap: await new SwapService(ctx).request(input) };
  }

  @Authorized(Role.LEADER, Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => DutySwapPayload, { description: '被请求的领导答复 / The other leader accepts or declines' })
  async dutySwapAnswer(@Arg('input', IN) input: DutySwapAnswerInput, @Ctx() ctx: HubContext) {
    return { swap: await new SwapService(ctx).answer({ id: input.id, version: input.version, accept: input.yes }) };
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => DutySwapPayload, { description: '排班员批准或驳回换班（批准即生效）/ A scheduler approves (applies) or rejects' })
  async dutySwapDecide(@Arg('input', IN) input: DutySwapAnswerInput, @Ctx() ctx: HubContext) {
    return { swap: await new SwapService(ctx).decide({ id: input.id, version: input.version, approve: input.yes }) };
  }
}
