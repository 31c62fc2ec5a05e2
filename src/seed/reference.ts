import type { EntityManager } from '@mikro-orm/postgresql';
import { CalendarDay, CalendarDayKind } from '../modules/calendar/calendar-day.entity.js';
import { OFFICIAL_CALENDAR } from '../modules/calendar/official-calendar.js';
import { CaseKind, DayCount, TimeLimitPolicy } from '../modules/calendar/time-limit-policy.entity.js';
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

/** Default time limits from law; admins change them as data. */
export const POLICIES: Omit<TimeLimitPolicy, keyof import('../shared/node.js').HubEntity>[] = [
  {
    kind: CaseKind.PETITION, categoryCode: null, acceptDays: 15, acceptDayCount: DayCount.CALENDAR, finishDays: 60,
    finishDayCount: DayCount.CALENDAR, maxExtensions: 1, maxExtensionDays: 30, warnDaysBefore: 7,
    basis: '《信访工作条例》第二十二、二十三、三十四条：15日内告知是否受理，60日内办结，可延期一次不超过30日',
    objectionDays: 5, objectionDayCount: DayCount.WORKING, reviewRequestDays: 30, reviewAnswerDays: 30, reviewDayCount: DayCount.CALENDAR,
    maxRepresentatives: 5,
  },
  {
    kind: CaseKind.DISPUTE, categoryCode: null, acceptDays: 3, acceptDayCount: DayCount.WORKING, finishDays: 30,
    finishDayCount: DayCount.CALENDAR, maxExtensions: 1, maxExtensionDays: 30, warnDaysBefore: 5,
    basis: '参照《人民法院在线调解规则》：3个工作日内指定调解员，调解期限30日，经当事人同意可延长',
  },
] as never;

/** Reference data every hub needs, demo or not. Idempotent: each part fills only what is missing. */
export async function seedReference(em: EntityManager): Promise<void> {
  if ((await em.count(Category)) === 0) {
    CATEGORIES.forEach(([code, nameZh, nameEn], i) => em.create(Category, { code, nameZh, nameEn, sortOrder: (i + 1) * 10 }));
  }
  if ((await em.count(TimeLimitPolicy)) === 0) {
    for (const p of POLICIES) em.create(TimeLimitPolicy, p);
  }
  if ((await em.count(CalendarDay)) === 0) {
    for (const d of OFFICIAL_CALENDAR) em.create(CalendarDay, { date: d.date, kind: d.kind as CalendarDayKind, name: d.name });
  }
  await em.flush();
}
