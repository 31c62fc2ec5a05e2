import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { UserError, UserErrorCode } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { localId } from '../../shared/ids.js';
import { DateScalar } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { inTransaction } from '../../shared/transaction.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import { CalendarWarning, provisionalWarnings } from '../calendar/calendar.types.js';
import { addCalendarDays, isWorkingDay } from '../calendar/working-days.js';
import { assertRotaRange, checkRotaRange } from './date-range.js';
import { Role } from '../../shared/role.js';
import { PresenceDay } from '../organisation/presence-day.entity.js';
import { Stationing, StationingMode } from '../organisation/stationing.entity.js';

@InputType({ description: '设置轮驻部门的在岗日（按星期，节假日除外，调休上班日按其星期）/ Set the days a rotating agency is present' })
class PresenceSetInput {
  @Field(() => ID, { description: '轮驻的入驻记录 / The rotating stationing' }) stationingId!: string;
  @Field(() => [Int], { description: '星期几（1=周一…7=周日）；空列表清除该范围内的在岗日 / Weekdays (1 = Monday … 7 = Sunday); an empty list clears the range' }) weekdays!: number[];
  @Field(() => DateScalar, { description: '起 / First day' }) startDate!: string;
  @Field(() => DateScalar, { description: '止（含，最多366天）/ Last day (at most 366 days)' }) endDate!: string;
}

@ObjectType({ description: '轮驻在岗日设置结果 / Result of setting presence days' })
class PresencePayload {
  @Field(() => [DateScalar], { nullable: true, description: '该范围内的在岗日 / Days present in the range' }) dates?: string[] | null;
  @Field(() => [CalendarWarning], { nullable: true, description: '日历提示：范围内有尚未录入调休安排的年份 / Years in the range whose official arrangement is not entered' }) warnings?: CalendarWarning[] | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

/** Which days a rotating (轮驻) agency is at the center; the dispatch recommendation reads them. */
export class PresenceService {
  constructor(private readonly ctx: HubContext) {}

  async days(stationingId: string, from: string, to: string): Promise<string[]> {
    assertRotaRange(from, to);
    const days = await this.ctx.em.find(PresenceDay, { stationing: localId(stationingId, 'Stationing') ?? -1, date: { $gte: from, $lte: to } }, { orderBy: { date: 'asc' } });
    return days.map((d) => d.date);
  }

  /** Replaces the presence days in a range by the chosen weekdays that are working days of the stationing. */
  async set(input: PresenceSetInput): Promise<{ dates: string[]; warnings: CalendarWarning[] }> {
    const em = this.ctx.em;
    const v = new Validator();
    const s = await findByGlobalId(em, Stationing, input.stationingId, v, 'stationingId', '入驻记录');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.SCHEDULER, Role.ADMIN], await s!.center.loadOrFail(), '安排该中心的轮驻');
    if (s!.mode !== StationingMode.ROTATING) v.add('stationingId', UserErrorCode.INVALID, '只有轮驻的部门需要设置在岗日');
    // An empty list is an answer, not a mistake: no weekdays means no presence days, so the range is cleared.
    const weekdays = [...new Set(input.weekdays)];
    if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) v.add('weekdays', UserErrorCode.INVALID, '星期几须为1到7');
    checkRotaRange(v, input.startDate, input.endDate);
    v.throwIfAny();
    const calendar = await loadCalendar(em);
    const dates: string[] = [];
    for (let d = input.startDate; d <= input.endDate; d = addCalendarDays(d, 1)) {
      if (weekdays.includes(new Date(`${d}T00:00:00Z`).getUTCDay() || 7) && isWorkingDay(d, calendar) && s!.covers(d)) dates.push(d);
    }
    await inTransaction(em, async () => {
      await em.nativeDelete(PresenceDay, { stationing: s!.id, date: { $gte: input.startDate, $lte: input.endDate } });
      for (const date of dates) em.create(PresenceDay, { stationing: s!, date });
      await em.flush();
    });
    return { dates, warnings: weekdays.length ? provisionalWarnings(calendar.provisionalYears(input.startDate, input.endDate)) : [] };
  }
}

@Resolver()
export class PresenceResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => [DateScalar], { description: '轮驻部门在某范围内的在岗日 / Days a rotating stationing is present in a range' })
  presenceDays(
    @Arg('stationingId', () => ID, { description: '入驻记录 / Stationing' }) stationingId: string,
    @Arg('from', () => DateScalar, { description: '起 / From' }) from: string,
    @Arg('to', () => DateScalar, { description: '止（含）/ Until, inclusive' }) to: string,
    @Ctx() ctx: HubContext,
  ): Promise<string[]> {
    return new PresenceService(ctx).days(stationingId, from, to);
  }

  @Authorized(Role.SCHEDULER, Role.ADMIN)
  @Mutation(() => PresencePayload, { description: '按星期设置轮驻部门的在岗日（替换该范围内原有的）/ Set a rotating agency’s days in a range' })
  async presenceSet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: PresenceSetInput, @Ctx() ctx: HubContext) {
    return new PresenceService(ctx).set(input);
  }
}
