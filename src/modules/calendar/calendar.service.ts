import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../shared/context.js';
import { badInput, forbidden, UserErrorCode } from '../../shared/errors.js';
import { isCalendarDate } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { Category } from '../catalog/category.entity.js';
import { Role } from '../identity/role.js';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity.js';
import { CaseKind, DayCount, TimeLimitPolicy } from './time-limit-policy.entity.js';
import { daysBetween, deadline, isWorkingDay, MapExceptions, type CalendarExceptions } from './working-days.js';

/** The official calendar as loaded for one operation (a few dozen rows a year). */
export async function loadCalendar(em: EntityManager): Promise<CalendarExceptions> {
  const days = await em.find(CalendarDay, {}, { orderBy: { date: 'asc' } });
  return new MapExceptions(new Map(days.map((d) => [d.date, d.kind])));
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
}

export class CalendarService {
  constructor(private readonly ctx: HubContext) {}

  private assertNationalAdmin(): void {
    if (!this.ctx.viewer.canEverywhere([Role.ADMIN])) {
      throw forbidden('官方日历与办理时限全国统一，只有全域管理员可以修改 / Only an admin over every center may change them');
    }
  }

  days(from: string, to: string): Promise<CalendarDay[]> {
    if (to < from) throw badInput('to 不能早于 from / to must not be before from', 'to');
    if (daysBetween(from, to) > 800) throw badInput('一次最多查询800天 / At most 800 days at once', 'to');
    return this.ctx.em.find(CalendarDay, { date: { $gte: from, $lte: to } }, { orderBy: { date: 'asc' } });
  }

  async setDay(date: string, kind: CalendarDayKind, name: string): Promise<CalendarDay> {
    this.assertNationalAdmin();
    const v = new Validator();
    const label = v.text('name', name, '名称', { required: true, max: 40 })!;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (kind === CalendarDayKind.MAKEUP_WORKDAY && weekday !== 0 && weekday !== 6) {
      v.add('kind', UserErrorCode.INVALID, '调休上班日只能是周六或周日');
    }
    v.throwIfAny();
    const existing = await this.ctx.em.findOne(CalendarDay, { date });
    const day = existing ?? this.ctx.em.create(CalendarDay, { date, kind, name: label });
    day.kind = kind;
    day.name = label;
    await this.ctx.em.flush();
    return day;
  }

  async removeDay(date: string): Promise<boolean> {
    this.assertNationalAdmin();
    if (!isCalendarDate(date)) throw badInput('无效日期 / Invalid date', 'date');
    return (await this.ctx.em.nativeDelete(CalendarDay, { date })) > 0;
  }

  async setPolicy(input: TimeLimitPolicyInput): Promise<TimeLimitPolicy> {
    this.assertNationalAdmin();
    const v = new Validator();
    v.int('acceptDays', input.acceptDays, '受理期限', 1, 365);
    v.int('finishDays', input.finishDays, '办结期限', 1, 3650);
    v.int('maxExtensions', input.maxExtensions, '可延期次数', 0, 10);
    v.int('maxExtensionDays', input.maxExtensionDays, '每次延期天数', 0, 365);
    v.int('warnDaysBefore', input.warnDaysBefore, '临期提醒天数', 0, 60);
    const basis = v.text('basis', input.basis, '法律依据', { required: true, max: 200 })!;
    const code = input.categoryCode?.trim() || null;
    const em = this.ctx.em;
    // A policy names a category that exists (a made-up or over-long code used to reach the column as a server fault).
    if (code !== null && !(await em.count(Category, { code }))) v.add('categoryCode', UserErrorCode.NOT_FOUND, `没有代码为 ${code.slice(0, 40)} 的类别`);
    v.throwIfAny();
    const policy = (await em.findOne(TimeLimitPolicy, { kind: input.kind, categoryCode: code }))
      ?? em.create(TimeLimitPolicy, { ...input, categoryCode: code, basis });
    Object.assign(policy, { ...input, categoryCode: code, basis });
    await em.flush();
    return policy;
  }
}
