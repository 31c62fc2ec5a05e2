/**
 * Day arithmetic on China's official calendar. Pure functions over calendar dates (YYYY-MM-DD); the
 * exceptions (public holidays, weekend make-up workdays 调休) come from the editable `calendar_day` table.
 */

export type DayKind = 'HOLIDAY' | 'MAKEUP_WORKDAY';
export type DayCount = 'CALENDAR' | 'WORKING';

export interface CalendarExceptions {
  /** Kind of the day when it is an exception to the Monday–Friday rule. */
  get(date: string): DayKind | undefined;
}

const DAY_MS = 86_400_000;

export function toUtcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function fromUtcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addCalendarDays(date: string, days: number): string {
  return fromUtcDate(new Date(toUtcDate(date).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY_MS);
}

export function isWorkingDay(date: string, exceptions: CalendarExceptions): boolean {
  const kind = exceptions.get(date);
  if (kind === 'HOLIDAY') return false;
  if (kind === 'MAKEUP_WORKDAY') return true;
  const weekday = toUtcDate(date).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a time limit of `days` counted from the day after `start` (the start day itself does
 * not count, as in 《民事诉讼法》 and the 信访工作条例). Calendar limits that end on a holiday move to
 * the next working day; working-day limits skip holidays and count make-up workdays.
 */
export function deadline(start: string, days: number, count: DayCount, exceptions: CalendarExceptions): string {
  if (count === 'CALENDAR') {
    let due = addCalendarDays(start, days);
    while (!isWorkingDay(due, exceptions)) due = addCalendarDays(due, 1);
    return due;
  }
  let due = start;
  let counted = 0;
  while (counted < days) {
    due = addCalendarDays(due, 1);
    if (isWorkingDay(due, exceptions)) counted += 1;
  }
  return due;
}

/** Working days from the day after `from` up to and including `to` (0 when `to` <= `from`). */
export function workingDaysBetween(from: string, to: string, exceptions: CalendarExceptions): number {
  let n = 0;
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d, exceptions)) n += 1;
  return n;
}

export class MapExceptions implements CalendarExceptions {
  constructor(private readonly days: ReadonlyMap<string, DayKind>) {}
  get(date: string): DayKind | undefined {
    return this.days.get(date);
  }
}
