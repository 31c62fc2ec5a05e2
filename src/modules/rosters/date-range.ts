import { badInput, UserErrorCode } from '../../shared/errors.js';
import type { Validator } from '../../shared/validation.js';
import { daysBetween, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR, onCalendar } from '../calendar/working-days.js';

/** The longest range a rota is read or edited in at once. */
export const MAX_RANGE_DAYS = 366;

/** A forward range of at most `MAX_RANGE_DAYS` days: the one rule for every rota query and edit. */
export function isRotaRange(from: string, to: string): boolean {
  return to >= from && daysBetween(from, to) < MAX_RANGE_DAYS;
}

/** Query arguments `from`/`to` (rosterCheck, rosterBalance, presenceRota, presenceDays): BAD_USER_INPUT naming `to`. */
export function assertRotaRange(from: string, to: string): void {
  if (!isRotaRange(from, to)) throw badInput(`区间无效或超过${MAX_RANGE_DAYS}天 / Invalid range: to must not precede from, at most ${MAX_RANGE_DAYS} days`, 'to');
}

/**
 * A range in a mutation's input: OUT_OF_RANGE on `endDate` when it runs backwards or is too long, and on
 * either end outside the official calendar's years (working days, holidays and make-up days are only known there).
 */
export function checkRotaRange(v: Validator, start: string, end: string, fields = { start: 'startDate', end: 'endDate' }): void {
  checkOnCalendar(v, fields.start, start);
  checkOnCalendar(v, fields.end, end);
  if (end < start) v.add(fields.end, UserErrorCode.OUT_OF_RANGE, '结束日期不能早于开始日期 / The end date is before the start date');
  else if (daysBetween(start, end) >= MAX_RANGE_DAYS) v.add(fields.end, UserErrorCode.OUT_OF_RANGE, `一次最多编排${MAX_RANGE_DAYS}天 / At most ${MAX_RANGE_DAYS} days at once`);
}

/** One date of a rota edit must lie in the official calendar's years; false (and an error in `v`) when not. */
export function checkOnCalendar(v: Validator, field: string, date: string): boolean {
  if (onCalendar(date)) return true;
  v.add(field, UserErrorCode.OUT_OF_RANGE,
    `日期须在工作日历覆盖的${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}年之内 / The date must lie in ${FIRST_CALENDAR_YEAR}–${LAST_CALENDAR_YEAR}, the years of the working-day calendar`);
  return false;
}
