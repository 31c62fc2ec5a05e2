import { DutyKind, DutySlot, type PublishedDuty } from './duty.entity.js';

/** Working hours of each slot, Beijing time. */
const HOURS: Record<DutySlot, [string, string]> = {
  FULL_DAY: ['083000', '173000'],
  MORNING: ['083000', '120000'],
  AFTERNOON: ['143000', '173000'],
};

/** RFC 5545 TEXT escaping. */
export function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface DutyView {
  duty: PublishedDuty;
  centerName: string;
}

/**
 * The UID of a published duty: its place in the rota (center, date, kind, and the half-day it begins in),
 * never a row id. Regenerating a pattern replaces the rows but not the places, so calendar apps keep their
 * events; a different leader on the same place is an update of the same event (same UID, higher SEQUENCE),
 * not a delete and an add. A whole day and a morning begin together and never coexist (slots may not
 * overlap), so shortening a whole day to a morning is an update too; an afternoon is its own event.
 */
export function dutyUid(duty: Pick<PublishedDuty, 'center' | 'date' | 'kind' | 'slot'>): string {
  const half = duty.slot === DutySlot.AFTERNOON ? 'pm' : 'am';
  return `duty-${duty.center.id}-${duty.date.replace(/-/g, '')}-${duty.kind.toLowerCase()}-${half}@zongzhi-hub`;
}

/**
 * An iCalendar feed of published duties. UIDs are stable per place in the rota (see `dutyUid`) and SEQUENCE is
 * the publication that last published it, so calendar apps update an event when a day is edited or the rota is
 * regenerated instead of adding a second one.
 */
export function dutyCalendar(name: string, duties: DutyView[], now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//zongzhi-hub//duty rosters//ZH', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(name)}`, 'X-WR-TIMEZONE:Asia/Shanghai',
    'BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:19910915T000000', 'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800', 'TZNAME:CST', 'END:STANDARD', 'END:VTIMEZONE',
  ];
  for (const { duty, centerName } of duties) {
    const leaderName = duty.name;
    const leaderTitle = duty.title;
    const day = duty.date.replace(/-/g, '');
    const [start, end] = HOURS[duty.slot as DutySlot];
    const what = duty.kind === DutyKind.RECEPTION ? '领导接访' : '当日楼长';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${dutyUid(duty)}`,
      `SEQUENCE:${duty.publication}`,
      `DTSTAMP:${stamp(now)}`,
      `LAST-MODIFIED:${stamp(duty.publishedAt)}`,
      `DTSTART;TZID=Asia/Shanghai:${day}T${start}`,
      `DTEND;TZID=Asia/Shanghai:${day}T${end}`,
      `SUMMARY:${text(`${what}：${leaderName}${leaderTitle ? `（${leaderTitle}）` : ''}`)}`,
      `LOCATION:${text([centerName, duty.room].filter(Boolean).join(' '))}`,
      ...(duty.topics.length ? [`DESCRIPTION:${text(`接访事项：${duty.topics.join('、')}`)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
