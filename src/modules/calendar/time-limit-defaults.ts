import { CaseKind, DayCount, type TimeLimitPolicy } from './time-limit-policy.entity.js';
import type { HubEntity } from '../../shared/node.js';

/** Default time limits from law, seeded once; admins change them as data (`timeLimitPolicySet`). */
export const DEFAULT_TIME_LIMITS: Omit<TimeLimitPolicy, keyof HubEntity>[] = [
  {
    kind: CaseKind.PETITION, categoryCode: null, acceptDays: 15, acceptDayCount: DayCount.CALENDAR, finishDays: 60,
    finishDayCount: DayCount.CALENDAR, maxExtensions: 1, maxExtensionDays: 30, warnDaysBefore: 7,
    basis: '《信访工作条例》第二十二、二十三、三十四条：15日内告知是否受理，60日内办结，可延期一次不超过30日',
    // 第二十三条：非本机关职责的，5个工作日内提出异议；第三十五、三十六条：复查、复核各30日内申请、30日内答复；第二十条：代表不超过5人。
    objectionDays: 5, objectionDayCount: DayCount.WORKING, reviewRequestDays: 30, reviewAnswerDays: 30, reviewDayCount: DayCount.CALENDAR,
    maxRepresentatives: 5,
  },
  {
    kind: CaseKind.DISPUTE, categoryCode: null, acceptDays: 3, acceptDayCount: DayCount.WORKING, finishDays: 30,
    finishDayCount: DayCount.CALENDAR, maxExtensions: 1, maxExtensionDays: 30, warnDaysBefore: 5,
    basis: '参照《人民法院在线调解规则》：3个工作日内指定调解员，调解期限30日，经当事人同意可延长',
    objectionDays: null, objectionDayCount: DayCount.WORKING, reviewRequestDays: null, reviewAnswerDays: null, reviewDayCount: DayCount.CALENDAR,
    maxRepresentatives: null,
  },
];
