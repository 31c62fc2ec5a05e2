import type { EntityManager } from '@mikro-orm/postgresql';
import { loadCalendar } from '../calendar/calendar.service.js';
import { isWorkingDay, type CalendarExceptions } from '../calendar/working-days.js';
import { Stationing, StationingMode } from '../organisation/stationing.entity.js';
import { PublishedPresenceDay } from './presence-rota.entity.js';

/**
 * Presence on a date, in one home: is an agency at a center on `date`? Resident agencies are there
 * every working day of the official calendar (调休 included); rotating (轮驻) agencies only on the days of
 * their PUBLISHED presence rota; agencies on call are not "present". Always within the stationing's dates.
 * The TypeScript form (`isPresent`, `presentOn`) and the SQL form (`PRESENT_ON_SQL`) must agree; a test
 * checks it over a grid of agencies and dates.
 */
export interface PresenceFacts {
  mode: StationingMode | string;
  startDate: string;
  endDate: string | null;
}

/** The TypeScript form: `published` says whether the stationing's published rota has the date. */
export function isPresent(s: PresenceFacts, date: string, calendar: CalendarExceptions, published: boolean): boolean {
  if (date < s.startDate || (s.endDate !== null && date > s.endDate)) return false;
  switch (s.mode) {
    case StationingMode.RESIDENT:
      return isWorkingDay(date, calendar);
    case StationingMode.ROTATING:
      return published;
    default:
      return false;
  }
}

/** `presentOn(agency, center, date)`, read from the database through the TypeScript form. */
export async function presentOn(em: EntityManager, agencyId: number, centerId: number, date: string): Promise<boolean> {
  const stationings = await em.find(Stationing, { agency: agencyId, center: centerId, startDate: { $lte: date } });
  const s = stationings.find((x) => x.covers(date));
  if (!s) return false;
  const published = s.mode === StationingMode.ROTATING && (await em.count(PublishedPresenceDay, { stationing: s.id, date })) > 0;
  return isPresent(s, date, await loadCalendar(em), published);
}

/**
 * The SQL form: a boolean expression over a `stationing` row aliased `s` and a date expression `date`
 * (a column, e.g. `x.d`: it is read several times). A working day: a MAKEUP_WORKDAY exception, or no HOLIDAY exception on Monday–Friday.
 */
export function PRESENT_ON_SQL(s: string, date: string): string {
  return `(${s}.start_date <= ${date} and (${s}.end_date is null or ${s}.end_date >= ${date}) and case ${s}.mode
    when '${StationingMode.RESIDENT}' then coalesce((select cd.kind = 'MAKEUP_WORKDAY' from calendar_day cd where cd.date = ${date}), extract(isodow from ${date}) < 6)
    when '${StationingMode.ROTATING}' then exists (select 1 from published_presence_day ppd where ppd.stationing_id = ${s}.id and ppd.date = ${date})
    else false end)`;
}
