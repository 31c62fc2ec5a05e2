import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { badInput, UserError } from '../../shared/errors.js';
import { DateScalar } from '../../shared/scalars.js';
import { Role } from '../../shared/role.js';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity.js';
import { CalendarService, loadCalendar } from './calendar.service.js';
import { CalendarYearService } from './calendar-year.service.js';
import { CalendarYearView, DeadlineView } from './calendar.types.js';
import { CaseKind, DayCount, TimeLimitPolicy } from './time-limit-policy.entity.js';
import { deadlineOn } from './working-days.js';

@InputType({ description: '设置日历例外日 / Set a day of the official calendar' })
class CalendarDaySetInput {
  @Field(() => DateScalar, { description: '日期 / Date' })
  date!: string;

  @Field(() => CalendarDayKind, { description: '类型 / Kind' })
  kind!: CalendarDayKind;

  @Field({ description: '名称 / Name' })
  name!: string;
}

@ObjectType({ description: '日历变更结果 / Result of a calendar change' })
class CalendarDayPayload {
  @Field(() => CalendarDay, { nullable: true, description: '该日 / The day' })
  calendarDay?: CalendarDay | null;

  @Field(() => Boolean, { nullable: true, description: '是否删除了例外 / Whether an exception was removed' })
  removed?: boolean | null;

  @Field(() => Int, { nullable: true, description: '因此调整了受理期限或办结期限的在办案件数（各自时间线记一条“期限重算”）/ Open cases whose limits moved; each got a DUE_DATE_RECALCULATED timeline event' })
  recalculatedCases?: number | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@InputType({ description: '国务院某年节假日安排中的一天 / One day of a year’s official arrangement' })
class CalendarYearDayInput {
  @Field(() => DateScalar, { description: '日期（须在该年内）/ Date, inside the year' })
  date!: string;

  @Field(() => CalendarDayKind, { description: 'HOLIDAY 放假（含法定节假日与调休放假日）/ MAKEUP_WORKDAY 调休上班（仅周六、周日）/ Kind' })
  kind!: CalendarDayKind;

  @Field({ description: '名称，如“春节”“春节调休上班”（最多40字）/ Name, at most 40 characters' })
  name!: string;
}

@InputType({ description: '录入某年的官方节假日安排（整年替换）/ Enter a year’s official holiday arrangement, replacing the year’s entered days' })
class CalendarYearSetInput {
  @Field(() => Int, { description: '年份（2000–2100）/ Year, 2000–2100' })
  year!: number;

  @Field({ description: '通知文号，如“国办发明电〔2025〕7号”（最多60字）/ The State Council notice, at most 60 characters' })
  notice!: string;

  @Field(() => [CalendarYearDayInput], { description: '该年全部放假日（须含每个法定节假日）与调休上班日，最多120天 / Every day off (each statutory holiday included) and every make-up workday of the year, at most 120' })
  days!: CalendarYearDayInput[];
}

@ObjectType({ description: '录入年度安排的结果 / Result of entering a year’s arrangement' })
class CalendarYearSetPayload {
  @Field(() => CalendarYearView, { nullable: true, description: '该年 / The year' })
  calendarYear?: CalendarYearView | null;

  @Field(() => Int, { nullable: true, description: '因此调整了期限的在办案件数（各自时间线记一条“期限重算”）/ Open cases whose limits moved; each got a DUE_DATE_RECALCULATED timeline event' })
  recalculatedCases?: number | null;

  @Field(() => Int, { nullable: true, description: '期限无法按现行时限规则复核、因而未调整的在办案件数（规则在受理后改过）/ Open cases left unchanged because their dates do not follow from the current policy' })
  unverifiedCases?: number | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@InputType({ description: '设置办理时限规则（按种类与可选的类别）/ Set the time limits of a kind and optional category' })
class TimeLimitPolicySetInput {
  @Field(() => CaseKind, { description: '种类 / Kind' })
  kind!: CaseKind;

  @Field(() => String, { nullable: true, description: '类别代码；空为该种类默认 / Category code; empty: the kind’s default' })
  categoryCode?: string | null;

  @Field(() => Int, { description: '受理期限天数 / Days to accept' })
  acceptDays!: number;

  @Field(() => DayCount, { description: '受理期限计法 / How they count' })
  acceptDayCount!: DayCount;

  @Field(() => Int, { description: '办结期限天数 / Days to finish' })
  finishDays!: number;

  @Field(() => DayCount, { description: '办结期限计法 / How they count' })
  finishDayCount!: DayCount;

  @Field(() => Int, { description: '可延期次数 / Extensions allowed' })
  maxExtensions!: number;

  @Field(() => Int, { description: '每次最多延期天数 / Days per extension at most' })
  maxExtensionDays!: number;

  @Field(() => Int, { description: '临期提醒天数 / Warn this many days before' })
  warnDaysBefore!: number;

  @Field({ description: '法律依据 / Legal basis' })
  basis!: string;

  @Field(() => Int, { nullable: true, description: '异议期限天数；不传保留原值，null 表示不适用 / Objection days (art. 23); omitted: unchanged, null: not applicable' })
  objectionDays?: number | null;

  @Field(() => DayCount, { nullable: true, description: '异议期限计法；不传保留原值 / How objection days count; omitted: unchanged' })
  objectionDayCount?: DayCount | null;

  @Field(() => Int, { nullable: true, description: '复查/复核请求期限天数（第三十五、三十六条）；不传保留原值 / Days to request review or re-review; omitted: unchanged' })
  reviewRequestDays?: number | null;

  @Field(() => Int, { nullable: true, description: '复查/复核答复期限天数；不传保留原值 / Days to answer a review; omitted: unchanged' })
  reviewAnswerDays?: number | null;

  @Field(() => DayCount, { nullable: true, description: '复查/复核期限计法；不传保留原值 / How review days count; omitted: unchanged' })
  reviewDayCount?: DayCount | null;

  @Field(() => Int, { nullable: true, description: '走访代表人数上限（第二十条）；不传保留原值 / Most representatives of a visit (art. 20); omitted: unchanged' })
  maxRepresentatives?: number | null;
}

@ObjectType({ description: '时限规则变更结果 / Result of a policy change' })
class TimeLimitPolicyPayload {
  @Field(() => TimeLimitPolicy, { nullable: true, description: '规则 / The policy' })
  timeLimitPolicy?: TimeLimitPolicy | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@Resolver()
export class CalendarResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => [CalendarDay], { description: '区间内的放假日与调休上班日（最多800天）：录入的安排，加上尚未录入的法定节假日（按法律计算）/ Days off and make-up workdays in a range (at most 800 days): the entered arrangement plus the statutory holidays not entered, computed from the law' })
  calendarDays(
    @Arg('from', () => DateScalar, { description: '起 / From' }) from: string,
    @Arg('to', () => DateScalar, { description: '止（含）/ Until, inclusive' }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<CalendarDay[]> {
    return new CalendarService(ctx).days(from, to);
  }

  @Authorized(AUTHENTICATED)
  @Query(() => DeadlineView, { description: '期限届满日：自起算日次日起计；经过尚未录入调休安排的年份时标为暂定 / The last day of a time limit counted from the day after `from`; provisional when the count runs through a year whose arrangement is not entered' })
  async deadline(
    @Arg('from', () => DateScalar, { description: '起算日 / Start day' }) from: string,
    @Arg('days', () => Int, { description: '天数（1–3650）/ Days (1–3650)' }) days: number,
    @Arg('count', () => DayCount, { description: '计法 / How days count' }) count: DayCount,
    @Ctx() ctx: HubContext,
  ): Promise<DeadlineView> {
    if (days < 1 || days > 3650) throw badInput('days 须在 1–3650 之间 / days must be 1..3650', 'days');
    const d = deadlineOn(await loadCalendar(ctx.em), from, days, count);
    return { date: d.date, provisional: d.provisionalYears.length > 0, provisionalYears: d.provisionalYears };
  }

  @Authorized(AUTHENTICATED)
  @Query(() => CalendarYearView, { description: '某年的官方日历：法定节假日（计算）、录入的安排、是否暂定 / One year of the official calendar' })
  calendarYear(@Arg('year', () => Int, { description: '年份（2000–2100）/ Year, 2000–2100' }) year: number, @Ctx() ctx: HubContext): Promise<CalendarYearView> {
    return new CalendarYearService(ctx).view(year);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarYearSetPayload, { description: '录入国务院某年的节假日安排（全域管理员）；该年不再是暂定，在办案件的期限随之重算 / Enter a year’s official arrangement; open cases’ limits are recomputed' })
  async calendarYearSet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CalendarYearSetInput, @Ctx() ctx: HubContext) {
    const { year, recalculation } = await new CalendarYearService(ctx).setYear(input);
    return { calendarYear: year, recalculatedCases: recalculation.changed, unverifiedCases: recalculation.unverified };
  }

  @Authorized(AUTHENTICATED)
  @Query(() => [TimeLimitPolicy], { description: '办理时限规则 / Time-limit policies' })
  timeLimitPolicies(@Ctx() ctx: HubContext): Promise<TimeLimitPolicy[]> {
    return ctx.em.find(TimeLimitPolicy, {}, { orderBy: { kind: 'asc', categoryCode: 'asc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDayPayload, { description: '设置节假日或调休上班日（全域管理员）/ Set a holiday or make-up workday' })
  async calendarDaySet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CalendarDaySetInput, @Ctx() ctx: HubContext) {
    const { day, recalculation } = await new CalendarYearService(ctx).setDay(input.date, input.kind, input.name);
    return { calendarDay: day, recalculatedCases: recalculation.changed };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDayPayload, { description: '删除日历例外，恢复为普通周几 / Remove a calendar exception' })
  async calendarDayRemove(@Arg('date', () => DateScalar, { description: '日期 / Date' }) date: string, @Ctx() ctx: HubContext) {
    const { removed, recalculation } = await new CalendarYearService(ctx).removeDay(date);
    return { removed, recalculatedCases: recalculation.changed };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TimeLimitPolicyPayload, { description: '设置办理时限规则（全域管理员）/ Set a time-limit policy' })
  async timeLimitPolicySet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: TimeLimitPolicySetInput, @Ctx() ctx: HubContext) {
    return { timeLimitPolicy: await new CalendarService(ctx).setPolicy(input) };
  }
}
