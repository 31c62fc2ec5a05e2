import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../shared/context.js';
import { badInput, forbidden, UserErrorCode } from '../../shared/errors.js';
import { isCalendarDate } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { Category } from '../catalog/category.entity.js';
import { Role } from '../../shared/role.js';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity.js';
import { CaseKind, DayCount, TimeLimitPolicy } from './time-limit-policy.entity.js';
import { CalendarYear } from './calendar-year.entity.js';
import { statutoryHolidays } from './statutory-holidays.js';
import { daysBetween, deadline, isWorkingDay, OfficialCalendar } from './working-days.js';

/** The official calendar as loaded for one operation (a few dozen rows a year, and the entered years). */
export async function loadCalendar(em: EntityManager): Promise<OfficialCalendar> {
  const days = await em.find(CalendarDay, {}, { orderBy: { date: 'asc' } });
  const years = await em.find(CalendarYear, {});
  return new OfficialCalendar(new Map(days.map((d) => [d.date, d.kind])), new Set(years.map((y) => y.year)));
}

/** The policy for a kind and category: the category's own, else the kind's default. */
export async function policyFor(em: EntityManager, kind: CaseKind, categoryCode: string): Promise<TimeLimitPolicy> {
  const policies = await em.find(TimeLimitPolicy, { kind, $or: [{ categoryCode }, { categoryCode: null }] });
  const policy = policies.find((p) => p.categoryCode === categoryCode) ?? policies.find((p) => p.categoryCode === null);
  if (!policy) throw new Error(`no time-limit policy for ${kind}`);
  return policy;
}

export { deadline, isWorkingDay };

export interface TimeLimitPolicyInput {
  kind: CaseKind;
  categoryCode?: string | null;
  acceptDays: number;
  acceptDayCount: DayCount;
  finishDays: number;
  finishDayCount: DayCount;
  maxExtensions: number;
  maxExtensionDays: number;
  warnDaysBefore: number;
  basis: string;
  objectionDays?: number | null;
  objectionDayCount?: DayCount | null;
  reviewRequestDays?: number | null;
  reviewAnswerDays?: number | null;
  reviewDayCount?: DayCount | null;
  maxRepresentatives?: number | null;
}

/** The official calendar and the time limits are national: only an admin over every center changes them. */
export function assertNationalAdmin(ctx: HubContext): void {
  if (!ctx.viewer.canEverywhere([Role.ADMIN])) {
    throw forbidden('官方日历与办理时限全国统一，只有全域管理员可以修改 / Only an admin over every center may change them');
  }
}

export class CalendarService {
  constructor(private readonly ctx: HubContext) {}

  private assertNationalAdmin(): void {
    assertNationalAdmin(this.ctx);
  }

  /** The days off and make-up workdays in a range: the entered ones, and the statutory holidays not entered. */
  async days(from: string, to: string): Promise<CalendarDay[]> {
    if (to < from) throw badInput('to 不能早于 from / to must not be before from', 'to');
    if (daysBetween(from, to) > 800) throw badInput('一次最多查询800天 / At most 800 days at once', 'to');
    const entered = await this.ctx.em.find(CalendarDay, { date: { $gte: from, $lte: to } }, { orderBy: { date: 'asc' } });
    const byDate = new Map<string, CalendarDay>(entered.map((d) => [d.date, d]));
    const computed = new Set<string>();
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y += 1) {
      for (const h of statutoryHolidays(y)) {
        if (h.date < from || h.date > to || (byDate.has(h.date) && !computed.has(h.date))) continue;
        const same = byDate.get(h.date);
        // A plain object, never persisted: the law's day, not an entered one. 2028: 中秋 falls on 国庆.
        byDate.set(h.date, { date: h.date, kind: CalendarDayKind.HOLIDAY, name: same ? `${same.name}、${h.name}` : h.name });
        computed.add(h.date);
      }
    }
    return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  async setPolicy(input: TimeLimitPolicyInput): Promise<TimeLimitPolicy> {
    this.assertNationalAdmin();
    const v = new Validator();
    v.int('acceptDays', input.acceptDays, '受理期限', 1, 365);
    v.int('finishDays', input.finishDays, '办结期限', 1, 3650);
    v.int('maxExtensions', input.maxExtensions, '可延期次数', 0, 10);
    v.int('maxExtensionDays', input.maxExtensionDays, '每次延期天数', 0, 365);
    v.int('warnDaysBefore', input.warnDaysBefore, '临期提醒天数', 0, 60);
    v.int('objectionDays', input.objectionDays, '异议期限', 1, 60);
    v.int('reviewRequestDays', input.reviewRequestDays, '复查请求期限', 1, 365);
    v.int('reviewAnswerDays', input.reviewAnswerDays, '复查答复期限', 1, 365);
    v.int('maxRepresentatives', input.maxRepresentatives, '代表人数上限', 1, 100);
    const basis = v.text('basis', input.basis, '法律依据', { required: true, max: 200 })!;
    const code = input.categoryCode?.trim() || null;
    const em = this.ctx.em;
    // A policy names a category that exists (a made-up or over-long code used to reach the column as a server fault).
    if (code !== null && !(await em.count(Category, { code }))) v.add('categoryCode', UserErrorCode.NOT_FOUND, `没有代码为 ${code.slice(0, 40)} 的类别`);
    v.throwIfAny();
    // Omitted procedure limits keep what the policy had; null clears them (not applicable).
    const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    if (defined.objectionDayCount === null) delete defined.objectionDayCount;
    if (defined.reviewDayCount === null) delete defined.reviewDayCount;
    const policy = (await em.findOne(TimeLimitPolicy, { kind: input.kind, categoryCode: code }))
      ?? em.create(TimeLimitPolicy, { ...defined, categoryCode: code, basis } as never);
    Object.assign(policy, { ...defined, categoryCode: code, basis });
    await em.flush();
    return policy;
  }
}
