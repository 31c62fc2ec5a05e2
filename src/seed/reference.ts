import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, CalendarDayKind } from '../modules/calendar/calendar-day.entity.js';
import { CalendarYear } from '../modules/calendar/calendar-year.entity.js';
import { OFFICIAL_CALENDAR, OFFICIAL_YEARS } from '../modules/calendar/official-calendar.js';
import { DEFAULT_TIME_LIMITS } from '../modules/calendar/time-limit-defaults.js';
import { TimeLimitPolicy } from '../modules/calendar/time-limit-policy.entity.js';
import { Category } from '../modules/catalog/category.entity.js';

/** The default category taxonomy; admins extend it. */
export const CATEGORIES: [code: string, zh: string, en: string][] = [
  ['WAGE_ARREARS', '拖欠工资', 'Wage arrears'],
  ['CONSTRUCTION_PAYMENT', '工程款纠纷', 'Construction payment'],
  ['TRAFFIC_ACCIDENT', '交通事故', 'Traffic accident'],
  ['PROPERTY_DAMAGE', '财产损害赔偿', 'Property or tort damage'],
  ['LAND_GRASSLAND', '土地草原', 'Land and grassland'],
  ['NEIGHBOUR', '邻里纠纷', 'Neighbour dispute'],
  ['MARRIAGE_FAMILY', '婚姻家庭', 'Marriage and family'],
  ['MEDICAL', '医疗纠纷', 'Medical dispute'],
  ['CONSUMER', '消费纠纷', 'Consumer dispute'],
  ['LABOUR_CONTRACT', '劳动合同', 'Labour contract'],
  ['PROPERTY_MANAGEMENT', '物业纠纷', 'Property management'],
  ['OTHER', '其他', 'Other'],
];


/** Reference data every hub needs, demo or not. Idempotent: each part fills only what is missing. */
export async function seedReference(em: EntityManager): Promise<void> {
  if ((await em.count(Category)) === 0) {
    CATEGORIES.forEach(([code, nameZh, nameEn], i) => em.create(Category, { code, nameZh, nameEn, sortOrder: (i + 1) * 10 }));
  }
  if ((await em.count(TimeLimitPolicy)) === 0) {
    for (const p of DEFAULT_TIME_LIMITS) em.create(TimeLimitPolicy, p);
  }
  if ((await em.count(CalendarDay)) === 0) {
    for (const d of OFFICIAL_CALENDAR) em.create(CalendarDay, { date: d.date, kind: d.kind as CalendarDayKind, name: d.name });
  }
  // Hubs seeded before years were tracked hold these years' days already: mark them official once.
  if ((await em.count(CalendarYear)) === 0) {
    for (const y of OFFICIAL_YEARS) em.create(CalendarYear, { year: y.year, notice: y.notice });
  }
  await em.flush();
}
