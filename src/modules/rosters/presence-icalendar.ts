import { addCalendarDays } from '../calendar/working-days.js';
import { fold, stamp, text } from './icalendar.js';

export interface PresenceEntry {
  stationingId: number;
  date: string;
  agencyName: string;
  windowNumber: string | null;
  publication: number;
  publishedAt: Date;
}

/**
 * An iCalendar feed of the published presence of a center's rotating agencies: one all-day event per agency
 * and day. The UID is stable per stationing and day and SEQUENCE is the publication that last wrote it, so
 * calendar apps update rather than duplicate (as the duty feed does). A day taken off the rota disappears
 * from the feed at the next publication.
 */
export function presenceCalendar(name: string, centerName: string, entries: PresenceEntry[], now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//zongzhi-hub//rotating agencies//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(name)}`, 'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const e of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:presence-${e.stationingId}-${e.date}@zongzhi-hub`,
      `SEQUENCE:${e.publication}`,
      `DTSTAMP:${stamp(now)}`,
      `LAST-MODIFIED:${stamp(e.publishedAt)}`,
      `DTSTART;VALUE=DATE:${e.date.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${addCalendarDays(e.date, 1).replace(/-/g, '')}`,
      `SUMMARY:${text(`轮驻：${e.agencyName}`)}`,
      `LOCATION:${text([centerName, e.windowNumber].filter(Boolean).join(' '))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
