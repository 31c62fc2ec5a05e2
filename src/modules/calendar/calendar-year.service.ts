import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../shared/context.js';
import { badInput, UserErrorCode } from '../../shared/errors.js';
import { isCalendarDate } from '../../shared/scalars.js';
import { inTransaction } from '../../shared/transaction.js';
import { Validator } from '../../shared/validation.js';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity.js';
import { CalendarYear } from './calendar-year.entity.js';
import { assertNationalAdmin, loadCalendar } from './calendar.service.js';
import type { CalendarYearView } from './calendar.types.js';
import { statutoryBasis, statutoryHolidays } from './statutory-holidays.js';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, toUtcDate, type OfficialCalendar } from './working-days.js';


export interface Recalculation {
  /** Open cases whose acceptance or due date moved (each got a DUE_DATE_RECALCULATED timeline event). */
  changed: number;
  /** Open cases whose stored date does not follow from their policy on the old calendar (the policy changed
   * since, or the date was set otherwise); they are left as they are. */
  unverified: number;
}

/**
 * What moves with the official calendar, in the same transaction as its change: open cases' time limits
 * (`CaseDeadlines` in cases/, which sits above calendar/ and so is handed in rather than imported).
 */
export interface CalendarFollower {
  recalculate(before: OfficialCalendar, after: OfficialCalendar, from: string, reason: Record<string, unknown>): Promise<Recalculation>;
}

export interface CalendarYearSetInput {
  year: number;
  notice: string;
  days: { date: string; kind: CalendarDayKind; name: string }[];
}

function isWeekend(date: string): boolean {
  const weekday = toUtcDate(date).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** One year of the official calendar: the statutory holidays (computed), the entered arrangement, whether provisional. */
export async function calendarYearView(em: EntityManager, year: number): Promise<CalendarYearView> {
  if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) throw badInput(`年份须在 ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR} 之间 / year out of range`, 'year');
  const entered = await em.findOne(CalendarYear, { year });
  const days = await em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
  return {
    year, provisional: !entered, notice: entered?.notice ?? null, enteredAt: entered?.enteredAt ?? null,
    basis: statutoryBasis(year), statutoryHolidays: statutoryHolidays(year), days,
  };
}

/**
 * Changes of the official calendar: a whole year's arrangement (the State Council's notice), or one day.
 * Either change recomputes the time limits of open cases in the same transaction (`follower`).
 */
export class CalendarYearService {
  constructor(private readonly ctx: HubContext, private readonly follower: CalendarFollower) {}

  /**
   * Enters a year's official arrangement: its days replace the year's entered days, the year is no longer
   * provisional, and open cases' time limits follow.
   */
  async setYear(input: CalendarYearSetInput): Promise<{ year: CalendarYearView; recalculation: Recalculation }> {
    assertNationalAdmin(this.ctx);
    const v = new Validator();
    const { year } = input;
    if (!Number.isInteger(year) || year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) v.add('year', UserErrorCode.OUT_OF_RANGE, `年份须在${FIRST_CALENDAR_YEAR}到${LAST_CALENDAR_YEAR}之间`);
    const notice = v.text('notice', input.notice, '通知文号', { required: true, max: 60 });
    if (input.days.length > 120) v.add('days', UserErrorCode.OUT_OF_RANGE, '一年最多录入120个例外日');
    const seen = new Set<string>();
    const days = input.days.slice(0, 120).map((d, i) => {
      const at = new Validator(['input', 'days', String(i)]);
      if (!d.date.startsWith(`${year}-`)) at.add('date', UserErrorCode.OUT_OF_RANGE, `${d.date}不在${year}年`);
      else if (seen.has(d.date)) at.add('date', UserErrorCode.INVALID, `${d.date}重复录入`);
      seen.add(d.date);
      if (d.kind === CalendarDayKind.MAKEUP_WORKDAY && !isWeekend(d.date)) at.add('kind', UserErrorCode.INVALID, `${d.date}不是周六或周日，不能是调休上班日`);
      const name = at.text('name', d.name, '名称', { required: true, max: 40 });
      v.errors.push(...at.errors);
      return { date: d.date, kind: d.kind, name: name ?? '' };
    });
    if (v.ok) {
      // The notice arranges around the statutory days; a list that lacks one was mistyped.
      const off = new Set(days.filter((d) => d.kind === CalendarDayKind.HOLIDAY).map((d) => d.date));
      const missing = statutoryHolidays(year).filter((h) => !off.has(h.date));
      if (missing.length) {
        v.add('days', UserErrorCode.INVALID, `缺少法定节假日：${missing.map((h) => `${h.date}（${h.name}）`).join('、')}（${statutoryBasis(year)}）`);
      }
    }
    v.throwIfAny();
    const em = this.ctx.em;
    return inTransaction(em, async () => {
      // One calendar writer at a time: the recalculation reads the calendar it replaces.
      await em.execute('select pg_advisory_xact_lock(?)', [20_260_014]);
      const before = await loadCalendar(em);
      await em.nativeDelete(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } });
      for (const d of days) em.create(CalendarDay, d);
      const entered = (await em.findOne(CalendarYear, { year })) ?? em.create(CalendarYear, { year, notice: notice! });
      entered.notice = notice!;
      entered.enteredAt = this.ctx.clock();
      entered.enteredBy = this.ctx.viewer.userId;
      await em.flush();
      const after = before.withYear(year, days);
      const recalculation = await this.follower.recalculate(before, after, `${year}-01-01`, { year, notice });
      return { year: await calendarYearView(em, year), recalculation };
    });
  }

  /** Sets one day (a holiday or a weekend make-up workday) and moves open cases' limits that depend on it. */
  async setDay(date: string, kind: CalendarDayKind, name: string): Promise<{ day: CalendarDay; recalculation: Recalculation }> {
    assertNationalAdmin(this.ctx);
    const v = new Validator();
    const label = v.text('name', name, '名称', { required: true, max: 40 })!;
    if (kind === CalendarDayKind.MAKEUP_WORKDAY && !isWeekend(date)) v.add('kind', UserErrorCode.INVALID, '调休上班日只能是周六或周日');
    v.throwIfAny();
    return this.changeDay(date, async () => {
      const em = this.ctx.em;
      const day = (await em.findOne(CalendarDay, { date })) ?? em.create(CalendarDay, { date, kind, name: label });
      day.kind = kind;
      day.name = label;
      await em.flush();
      return day;
    });
  }

  /** Removes one entered day (statutory holidays stay: they are the law) and moves open cases' limits. */
  async removeDay(date: string): Promise<{ removed: boolean; recalculation: Recalculation }> {
    assertNationalAdmin(this.ctx);
    if (!isCalendarDate(date)) throw badInput('无效日期 / Invalid date', 'date');
    const { day: removed, recalculation } = await this.changeDay(date, async () => (await this.ctx.em.nativeDelete(CalendarDay, { date })) > 0);
    return { removed, recalculation };
  }

  private changeDay<T>(date: string, change: () => Promise<T>): Promise<{ day: T; recalculation: Recalculation }> {
    const em = this.ctx.em;
    return inTransaction(em, async () => {
      await em.execute('select pg_advisory_xact_lock(?)', [20_260_014]);
      const before = await loadCalendar(em);
      const day = await change();
      const after = await loadCalendar(em);
      const recalculation = await this.follower.recalculate(before, after, date, { date });
      return { day, recalculation };
    });
  }
}
