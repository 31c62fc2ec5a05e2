import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { UserError } from '../../shared/errors.js';
import { Role } from '../../shared/role.js';
import { DateScalar } from '../../shared/scalars.js';
import { CalendarDay, CalendarDayKind } from '../calendar/calendar-day.entity.js';
import { CalendarYearService } from '../calendar/calendar-year.service.js';
import { CalendarYearView } from '../calendar/calendar.types.js';
import { CaseDeadlines } from './case-deadlines.js';

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

/**
 * Changes of the official calendar. They live here, above calendar/, because each one moves open cases'
 * time limits in the same transaction (`CaseDeadlines`).
 */
@Resolver()
export class CalendarChangeResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarYearSetPayload, { description: '录入国务院某年的节假日安排（全域管理员）；该年不再是暂定，在办案件的期限随之重算 / Enter a year’s official arrangement; open cases’ limits are recomputed' })
  async calendarYearSet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CalendarYearSetInput, @Ctx() ctx: HubContext) {
    const { year, recalculation } = await new CalendarYearService(ctx, new CaseDeadlines(ctx)).setYear(input);
    return { calendarYear: year, recalculatedCases: recalculation.changed, unverifiedCases: recalculation.unverified };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDayPayload, { description: '设置节假日或调休上班日（全域管理员）/ Set a holiday or make-up workday' })
  async calendarDaySet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CalendarDaySetInput, @Ctx() ctx: HubContext) {
    const { day, recalculation } = await new CalendarYearService(ctx, new CaseDeadlines(ctx)).setDay(input.date, input.kind, input.name);
    return { calendarDay: day, recalculatedCases: recalculation.changed };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarDayPayload, { description: '删除日历例外，恢复为普通周几 / Remove a calendar exception' })
  async calendarDayRemove(@Arg('date', () => DateScalar, { description: '日期 / Date' }) date: string, @Ctx() ctx: HubContext) {
    const { removed, recalculation } = await new CalendarYearService(ctx, new CaseDeadlines(ctx)).removeDay(date);
    return { removed, recalculatedCases: recalculation.changed };
  }
}
