/**
 * Day arithmetic on China's official calendar. Pure functions over calendar dates (YYYY-MM-DD); the
 * exceptions are the statutory holidays (computed for every year) and the yearly arrangement (bridge days
 * and weekend make-up workdays 调休) from the editable `calendar_day` table.
 */
import { statutoryHolidays } from './statutory-holidays.js';

export type DayKind = 'HOLIDAY' | 'MAKEUP_WORKDAY';
export type DayCount = 'CALENDAR' | 'WORKING';

export interface CalendarExceptions {
  /** Kind of the day when it is an exception to the Monday–Friday rule. */
  get(date: string): DayKind | undefined;
}

const DAY_MS = 86_400_000;

/** Years the official calendar covers (the holiday law's revisions the hub knows reach back to 2000). */
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2100;

/** Whether a calendar date falls in a year the official calendar covers (working days mean something there). */
export function onCalendar(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR;
}

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

/**
 * China's official calendar as one operation sees it: the entered exceptions (`calendar_day`), the statutory
 * holidays of every year (computed), and which years have their official arrangement (调休) entered. A year
 * without one is provisional: its statutory holidays are known, its bridge days and make-up workdays are not.
 */
export class OfficialCalendar implements CalendarExceptions {
  constructor(
    private readonly days: ReadonlyMap<string, DayKind>,
    private readonly officialYears: ReadonlySet<number>,
  ) {}

  get(date: string): DayKind | undefined {
    const entered = this.days.get(date);
    if (entered) return entered;
    return statutoryHolidays(Number(date.slice(0, 4))).some((h) => h.date === date) ? 'HOLIDAY' : undefined;
  }

  isProvisional(year: number): boolean {
    return !this.officialYears.has(year);
  }

  /** The provisional years among those of the days from `from` to `to` inclusive. */
  provisionalYears(from: string, to: string): number[] {
    const years: number[] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) if (this.isProvisional(y)) years.push(y);
    return years;
  }

  /** The same calendar with one year's entered days replaced and the year marked official. */
  withYear(year: number, days: { date: string; kind: DayKind }[]): OfficialCalendar {
    const next = new Map([...this.days].filter(([date]) => !date.startsWith(`${year}-`)));
    for (const d of days) next.set(d.date, d.kind);
    return new OfficialCalendar(next, new Set([...this.officialYears, year]));
  }
}

/** A limit's last day and whether it rests on a provisional year (see `OfficialCalendar`). */
export interface Deadline {
  date: string;
  /** Years whose 调休 arrangement is not entered, among those the count ran through. */
  provisionalYears: number[];
}

/** `deadline`, saying which provisional years the count ran through (from the day after `start` to the end). */
export function deadlineOn(calendar: OfficialCalendar, start: string, days: number, count: DayCount): Deadline {
  const date = deadline(start, days, count, calendar);
  return { date, provisionalYears: calendar.provisionalYears(addCalendarDays(start, 1), date) };
}
