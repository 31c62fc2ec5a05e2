import type { DayKind } from './working-days.js';

/**
 * The years whose official arrangement is seeded, with the notice each comes from. Only notices that were
 * published are listed: a later year stays provisional until an admin enters its notice (`calendarYearSet`).
 */
export const OFFICIAL_YEARS: { year: number; notice: string }[] = [
  { year: 2025, notice: '国办发明电〔2024〕12号' },
  { year: 2026, notice: '国办发明电〔2025〕7号' },
];

/**
 * China's official holiday arrangements (国务院办公厅关于…部分节假日安排的通知) for the years above, seeded into
 * the editable `calendar_day` table: every day off of each holiday (statutory and bridge days) and the weekend
 * make-up workdays (调休上班), which count as working.
 */
export const OFFICIAL_CALENDAR: { date: string; kind: DayKind; name: string }[] = [
  ...range('2025-01-01', '2025-01-01', '元旦'),
  ...range('2025-01-28', '2025-02-04', '春节'),
  { date: '2025-01-26', kind: 'MAKEUP_WORKDAY', name: '春节调休上班' },
  { date: '2025-02-08', kind: 'MAKEUP_WORKDAY', name: '春节调休上班' },
  ...range('2025-04-04', '2025-04-06', '清明节'),
  ...range('2025-05-01', '2025-05-05', '劳动节'),
  { date: '2025-04-27', kind: 'MAKEUP_WORKDAY', name: '劳动节调休上班' },
  ...range('2025-05-31', '2025-06-02', '端午节'),
  ...range('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  { date: '2025-09-28', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
  { date: '2025-10-11', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },

  ...range('2026-01-01', '2026-01-03', '元旦'),
  { date: '2026-01-04', kind: 'MAKEUP_WORKDAY', name: '元旦调休上班' },
  ...range('2026-02-15', '2026-02-23', '春节'),
  { date: '2026-02-14', kind: 'MAKEUP_WORKDAY', name: '春节调休上班' },
  { date: '2026-02-28', kind: 'MAKEUP_WORKDAY', name: '春节调休上班' },
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  { date: '2026-05-09', kind: 'MAKEUP_WORKDAY', name: '劳动节调休上班' },
  ...range('2026-06-19', '2026-06-21', '端午节'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  { date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
  { date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
];

function range(from: string, to: string, name: string): { date: string; kind: DayKind; name: string }[] {
  const days = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000)) {
    days.push({ date: d.toISOString().slice(0, 10), kind: 'HOLIDAY' as const, name });
  }
  return days;
}
