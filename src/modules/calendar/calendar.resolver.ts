import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { badInput, UserError } from '../../shared/errors.js';
import { DateScalar } from '../../shared/scalars.js';
import { Role } from '../../shared/role.js';
import { CalendarDay } from './calendar-day.entity.js';
import { CalendarService, loadCalendar } from './calendar.service.js';
import { calendarYearView } from './calendar-year.service.js';
import { CalendarYearView, DeadlineView } from './calendar.types.js';
import { CaseKind, DayCount, TimeLimitPolicy } from './time-limit-policy.entity.js';
import { deadlineOn } from './working-days.js';

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
    return calendarYearView(ctx.em, year);
  }

  @Authorized(AUTHENTICATED)
  @Query(() => [TimeLimitPolicy], { description: '办理时限规则 / Time-limit policies' })
  timeLimitPolicies(@Ctx() ctx: HubContext): Promise<TimeLimitPolicy[]> {
    return ctx.em.find(TimeLimitPolicy, {}, { orderBy: { kind: 'asc', categoryCode: 'asc' } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TimeLimitPolicyPayload, { description: '设置办理时限规则（全域管理员）/ Set a time-limit policy' })
  async timeLimitPolicySet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: TimeLimitPolicySetInput, @Ctx() ctx: HubContext) {
    return { timeLimitPolicy: await new CalendarService(ctx).setPolicy(input) };
  }
}
