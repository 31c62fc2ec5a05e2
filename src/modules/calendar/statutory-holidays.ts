import { Lunar, Solar } from 'lunar-typescript';

/**
 * The statutory public holidays (法定节假日) of any year, from the law in force that year
 * (《全国年节及纪念日放假办法》). 春节, 端午 and 中秋 are lunar dates and 清明 is a solar term; both are
 * computed by lunar-typescript (6tail), never by a hand table. These are the days off by law; the State
 * Council's yearly notice adds bridge days and weekend make-up workdays (调休), which are data
 * (`calendar_day`), entered per year.
 */
export interface StatutoryHoliday {
  date: string;
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节 or 国庆节. */
  name: string;
}

/** One revision of the law: its first year in force and the days it gives. */
interface LawVersion {
  from: number;
  basis: string;
  /** 春节: which days relative to 正月初一 (−1 = 除夕). */
  springFestival: number[];
  /** 劳动节: days of May. */
  labourDay: number[];
  /** 清明, 端午, 中秋 (added in 2008). */
  traditional: boolean;
}

// Newest first. Each revision applies from 1 January of its first year.
const LAW: LawVersion[] = [
  { from: 2025, basis: '《全国年节及纪念日放假办法》（2024年修订）', springFestival: [-1, 0, 1, 2], labourDay: [1, 2], traditional: true },
  { from: 2014, basis: '《全国年节及纪念日放假办法》（2013年修订）', springFestival: [0, 1, 2], labourDay: [1], traditional: true },
  { from: 2008, basis: '《全国年节及纪念日放假办法》（2007年修订）', springFestival: [-1, 0, 1], labourDay: [1], traditional: true },
  // Earlier years: the 1999 revision (no 清明, 端午, 中秋; three days of May). Used for any year before 2008.
  { from: -Infinity, basis: '《全国年节及纪念日放假办法》（1999年修订）', springFestival: [0, 1, 2], labourDay: [1, 2, 3], traditional: false },
];

function lawOf(year: number): LawVersion {
  return LAW.find((l) => year >= l.from)!;
}

/** The legal basis of a year's statutory holidays, e.g. for messages and documentation. */
export function statutoryBasis(year: number): string {
  return lawOf(year).basis;
}

const cache = new Map<number, StatutoryHoliday[]>();

/** The statutory holidays of a Gregorian year, in date order (days shared by two holidays appear twice). */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const law = lawOf(year);
  const pad = (n: number) => String(n).padStart(2, '0');
  const days: StatutoryHoliday[] = [{ date: `${year}-01-01`, name: '元旦' }];
  // 正月初一 of lunar year `year` always falls in January or February of the same Gregorian year.
  const newYear = Lunar.fromYmd(year, 1, 1).getSolar();
  for (const offset of law.springFestival) days.push({ date: newYear.next(offset).toYmd(), name: '春节' });
  for (const d of law.labourDay) days.push({ date: `${year}-05-${pad(d)}`, name: '劳动节' });
  if (law.traditional) {
    days.push({ date: Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()['清明']!.toYmd(), name: '清明节' });
    days.push({ date: Lunar.fromYmd(year, 5, 5).getSolar().toYmd(), name: '端午节' });
    days.push({ date: Lunar.fromYmd(year, 8, 15).getSolar().toYmd(), name: '中秋节' });
  }
  for (const d of [1, 2, 3]) days.push({ date: `${year}-10-${pad(d)}`, name: '国庆节' });
  days.sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, days);
  return days;
}
