import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { forbidden, UserErrorCode } from '../../shared/errors.js';
import { ApiCapability } from '../access/api-key.entity.js';
import { findByGlobalId, checkVersion } from '../../shared/lookup.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { inTransaction } from '../../shared/transaction.js';
import { staleReads } from '../../shared/read-replica.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import { provisionalWarnings, type CalendarWarning } from '../calendar/calendar.types.js';
import { addCalendarDays, isWorkingDay } from '../calendar/working-days.js';
import { Role } from '../../shared/role.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Duty, DutyKind, DutySlot, Leave, PublishedDuty, slotsOverlap } from './duty.entity.js';
import { assertRotaRange, checkOnCalendar, checkRotaRange } from './date-range.js';
import { rosterEvent } from './roster-events.js';

export enum Cadence {
  WORKING_DAYS = 'WORKING_DAYS',
  WEEKLY = 'WEEKLY',
  EVERY_DAY = 'EVERY_DAY',
}

export interface GenerateInput {
  centerId: string;
  kind: DutyKind;
  userIds: string[];
  cadence: Cadence;
  weekdays?: number[] | null;
  slot?: DutySlot | null;
  room?: string | null;
  topics?: string[] | null;
  startDate: string;
  endDate: string;
}

export interface RosterIssue {
  /** PROVISIONAL: the range reaches a year whose official arrangement is not entered (a warning, not a fault). */
  /** DOUBLE: two duties of one kind in one slot of one day (left by an edit before the rule held everywhere). */
  kind: 'CONFLICT' | 'DOUBLE' | 'ON_LEAVE' | 'GAP' | 'PROVISIONAL';
  date: string;
  message: string;
  duties: Duty[];
}

const SCHEDULERS = [Role.SCHEDULER, Role.ADMIN];
const KIND_ZH: Record<DutyKind, string> = { [DutyKind.RECEPTION]: '接访', [DutyKind.BUILDING_MANAGER]: '楼长' };

export class RosterService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  /** A change of the working rota, for the center's staff (the public sees publications). */
  private rosterChanged(center: Center, type: string, details: Record<string, unknown>): Promise<string | undefined> {
    return rosterEvent(this.em, center, type, '排班变化', details);
  }

  private async center(v: Validator, globalId: string): Promise<Center> {
    const center = await findByGlobalId(this.em, Center, globalId, v, 'centerId', '中心');
    v.throwIfAny();
    this.ctx.viewer.assertCan(SCHEDULERS, center!, '编排该中心的值班');
    return center!;
  }

  /** Leaders on a rota must hold the LEADER role over the center (or above it) and be active. */
  private async leaders(v: Validator, ids: string[], center: Center, field: string): Promise<User[]> {
    const users: User[] = [];
    for (const [i, id] of ids.entries()) {
      const u = await findByGlobalId(this.em, User, id, v, ids.length > 1 ? `${field}.${i}` : field, '人员');
      if (!u) continue;
      const roles = await u.roles.loadItems({ populate: ['center'] });
      const leads = roles.some((r) => r.role === Role.LEADER && (r.center === null || r.center.getEntity().contains(center)));
      if (!u.active) v.add(ids.length > 1 ? `${field}.${i}` : field, UserErrorCode.INVALID_STATE, `${u.displayName}的账号已停用`);
      else if (!leads) v.add(ids.length > 1 ? `${field}.${i}` : field, UserErrorCode.OUT_OF_SCOPE, `${u.displayName}不是该中心的领导（须有领导角色）`);
      else users.push(u);
    }
    return users;
  }

  /**
   * One duty per slot: at a center, two duties of the same kind may share a date only as a morning and an
   * afternoon (`slotsOverlap`). The one check for creating, editing and generating; called inside the
   * transaction after `lockRota`, so two schedulers saving at once cannot both take a slot.
   */
  private async checkSlotFree(v: Validator, center: Center, kind: DutyKind, date: string, slot: DutySlot, self?: number): Promise<void> {
    const sameDay = await this.em.find(Duty, { center: center.id, kind, date, ...(self ? { id: { $ne: self } } : {}) });
    const taken = sameDay.find((x) => slotsOverlap(x.slot, slot));
    if (taken) {
      v.add('date', UserErrorCode.TAKEN,
        `${date}该时段已有${KIND_ZH[kind]}值班（请修改那一项：id ${taken.globalId}）/ That slot is taken; edit the existing duty`);
    }
  }

  /** Serializes the edits of one center's working rota (generate, set) so the slot check sees committed rows. */
  private async lockRota(center: Center): Promise<void> {
    await this.em.execute('select pg_advisory_xact_lock(?, ?)', [20_261_201, center.id]);
  }

  /**
   * Fills a date range from a rotation pattern: people in the given order take the included days in turn.
   * Days edited by hand keep their duty; the pattern's own earlier duties in the range are replaced.
   */
  async generate(input: GenerateInput): Promise<{ duties: Duty[]; warnings: CalendarWarning[] }> {
    const v = new Validator();
    const center = await this.center(v, input.centerId);
    // WEEKLY with `weekdays: []` is a pattern of no days: it removes the pattern's duties in the range and
    // needs nobody. Only a missing list (null) is a mistake.
    const weekdays = [...new Set(input.weekdays ?? [])];
    const noDays = input.cadence === Cadence.WEEKLY && input.weekdays != null && weekdays.length === 0;
    if (input.userIds.length === 0 && !noDays) v.add('userIds', UserErrorCode.REQUIRED, '至少需要一名值班人员');
    if (input.userIds.length > 50) v.add('userIds', UserErrorCode.OUT_OF_RANGE, '最多50名值班人员');
    const users = await this.leaders(v, input.userIds.slice(0, 50), center, 'userIds');
    checkRotaRange(v, input.startDate, input.endDate);
    if (input.cadence === Cadence.WEEKLY && input.weekdays == null) v.add('weekdays', UserErrorCode.REQUIRED, '按周轮换须指定星期几（1=周一 … 7=周日）');
    if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) v.add('weekdays', UserErrorCode.INVALID, '星期几须为1到7（1=周一 … 7=周日）');
    const room = v.text('room', input.room, '接访地点', { max: 60 }) ?? null;
    const topics = (input.topics ?? []).map((t) => t.trim()).filter(Boolean);
    if (topics.length > 10 || topics.some((t) => [...t].length > 30)) v.add('topics', UserErrorCode.OUT_OF_RANGE, '接访事项最多10项，每项不超过30字');
    const slot = input.slot ?? DutySlot.FULL_DAY;
    if (input.kind === DutyKind.BUILDING_MANAGER && slot !== DutySlot.FULL_DAY) v.add('slot', UserErrorCode.INVALID, '楼长按全天安排');
    v.throwIfAny();

    const calendar = await loadCalendar(this.em);
    const days: string[] = [];
    for (let d = input.startDate; d <= input.endDate; d = addCalendarDays(d, 1)) {
      const weekday = new Date(`${d}T00:00:00Z`).getUTCDay() || 7;
      const include = input.cadence === Cadence.EVERY_DAY
        || (input.cadence === Cadence.WORKING_DAYS && isWorkingDay(d, calendar))
        || (input.cadence === Cadence.WEEKLY && weekdays.includes(weekday) && isWorkingDay(d, calendar));
      if (include) days.push(d);
    }
    return inTransaction(this.em, async () => {
      await this.lockRota(center);
      const existing = await this.em.find(Duty, { center: center.id, kind: input.kind, date: { $gte: input.startDate, $lte: input.endDate } });
      const manual = existing.filter((x) => x.manual && slotsOverlap(x.slot, slot));
      for (const x of existing) if (!x.manual && slotsOverlap(x.slot, slot)) this.em.remove(x);
      await this.em.flush();
      const created: Duty[] = [];
      let turn = 0;
      for (const date of days) {
        if (manual.some((m) => m.date === date)) continue;
        created.push(this.em.create(Duty, {
          center, kind: input.kind, date, slot, user: users[turn % users.length]!, room, topics, manual: false,
        }));
        turn += 1;
      }
      await this.em.flush();
      await this.rosterChanged(center, 'GENERATED', { kind: input.kind, from: input.startDate, to: input.endDate, duties: created.length, kept: manual.length });
      // Every-day patterns do not read the calendar; the others picked working days that may still move.
      const warnings = input.cadence === Cadence.EVERY_DAY ? [] : provisionalWarnings(calendar.provisionalYears(input.startDate, input.endDate));
      return { duties: created, warnings };
    });
  }

  /** Sets one day by hand (a new duty, or a change of an existing one at the version the client saw). */
  async setDuty(input: { id?: string | null; version?: number | null; centerId: string; kind: DutyKind; date: string; slot?: DutySlot | null; userId: string; room?: string | null; topics?: string[] | null }): Promise<Duty> {
    const v = new Validator();
    const center = await this.center(v, input.centerId);
    const [user] = await this.leaders(v, [input.userId], center, 'userId');
    const room = v.text('room', input.room, '接访地点', { max: 60 }) ?? null;
    const slot = input.slot ?? DutySlot.FULL_DAY;
    if (input.kind === DutyKind.BUILDING_MANAGER && slot !== DutySlot.FULL_DAY) v.add('slot', UserErrorCode.INVALID, '楼长按全天安排');
    checkOnCalendar(v, 'date', input.date);
    let duty: Duty | undefined;
    if (input.id) {
      duty = await findByGlobalId(this.em, Duty, input.id, v, 'id', '值班');
      if (duty && duty.center.id !== center.id) v.add('id', UserErrorCode.INVALID, '该值班不属于此中心');
      if (duty && duty.kind !== input.kind) v.add('kind', UserErrorCode.INVALID, '不能改变已有值班的类型（请另建一项）/ The kind of a duty cannot change');
      if (duty) {
        if (input.version == null) v.add('version', UserErrorCode.REQUIRED, '修改已有值班须传版本号');
        else checkVersion(v, duty, input.version, '值班');
      }
    }
    v.throwIfAny();
    return inTransaction(this.em, async () => {
      await this.lockRota(center);
      await this.checkSlotFree(v, center, input.kind, input.date, slot, duty?.id);
      v.throwIfAny();
      const target = duty ?? this.em.create(Duty, { center, kind: input.kind, date: input.date, slot, user: user!, manual: true });
      target.date = input.date;
      target.slot = slot;
      target.user = this.em.getReference(User, user!.id, { wrapped: true });
      if (input.room !== undefined) target.room = room;
      if (input.topics) target.topics = input.topics.map((t) => t.trim()).filter(Boolean).slice(0, 10);
      target.manual = true;
      await this.em.flush();
      await this.rosterChanged(center, 'DUTY_SET', { kind: input.kind, date: input.date, slot, leader: user!.displayName });
      return target;
    });
  }

  async addLeave(input: { userId: string; startDate: string; endDate: string; reason: string }): Promise<Leave> {
    const v = new Validator();
    const user = await findByGlobalId(this.em, User, input.userId, v, 'userId', '人员');
    v.throwIfAny();
    const home = await user!.homeCenter.loadOrFail();
    this.ctx.viewer.assertCan(SCHEDULERS, home, '登记该人员的请假');
    // Leave matters only to the rota (rosterCheck's ON_LEAVE, the swaps): only people who can be on it take it here.
    await this.leaders(v, [input.userId], home, 'userId');
    checkRotaRange(v, input.startDate, input.endDate);
    const reason = v.text('reason', input.reason, '事由', { required: true, max: 200 })!;
    v.throwIfAny();
    const leave = this.em.create(Leave, { user: user!, startDate: input.startDate, endDate: input.endDate, reason });
    await this.em.flush();
    return leave;
  }

  /** A center's duties in a rota range (`assertRotaRange`: BAD_USER_INPUT naming `to`); an API key only for its own centers. */
  duties(center: Center, from: string, to: string, kind?: DutyKind | null): Promise<Duty[]> {
    assertRotaRange(from, to);
    const { viewer } = this.ctx;
    if (viewer.apiKey && !viewer.keyCan(ApiCapability.ROSTERS_READ, center)) throw forbidden('该密钥不能读取此中心的排班 / Center outside the key');
    const where: FilterQuery<Duty> = { center: center.id, date: { $gte: from, $lte: to }, ...(kind ? { kind } : {}) };
    return this.em.find(Duty, where, { orderBy: { date: 'asc', kind: 'asc', slot: 'asc' }, populate: ['user'] });
  }

  /**
   * Problems of a center's rota in a range: one person on two overlapping duties (at any center), two duties of
   * one kind in one slot, a person on duty while on leave, and working days without a building manager or a
   * reception leader.
   */
  async check(center: Center, from: string, to: string): Promise<RosterIssue[]> {
    this.assertCanReview(center);
    const own = await this.duties(center, from, to);
    const userIds = [...new Set(own.map((d) => d.user.id))];
    const everywhere = userIds.length
      ? await this.em.find(Duty, { user: { $in: userIds }, date: { $gte: from, $lte: to } }, { populate: ['user', 'center'] })
      : [];
    const leaves = userIds.length
      ? await this.em.find(Leave, { user: { $in: userIds }, startDate: { $lte: to }, endDate: { $gte: from } })
      : [];
    const issues: RosterIssue[] = [];
    const seen = new Set<string>();
    for (const [i, d] of own.entries()) {
      for (const o of own.slice(i + 1)) {
        if (o.kind !== d.kind || o.date !== d.date || !slotsOverlap(o.slot, d.slot)) continue;
        issues.push({ kind: 'DOUBLE', date: d.date, duties: [d, o],
          message: `${d.date}同一时段有两项${KIND_ZH[d.kind]}值班（${d.user.getEntity().displayName}、${o.user.getEntity().displayName}），只能保留一项` });
      }
      const others = everywhere.filter((o) => o.id !== d.id && o.user.id === d.user.id && o.date === d.date && slotsOverlap(o.slot, d.slot));
      for (const o of others) {
        const key = [d.id, o.id].sort().join('-');
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push({ kind: 'CONFLICT', date: d.date, duties: [d, o], message: `${d.user.getEntity().displayName}在${d.date}同一时段有两项值班（${o.center.getEntity().name}）` });
      }
      const leave = leaves.find((l) => l.user.id === d.user.id && l.startDate <= d.date && d.date <= l.endDate);
      if (leave) issues.push({ kind: 'ON_LEAVE', date: d.date, duties: [d], message: `${d.user.getEntity().displayName}在${d.date}请假（${leave.reason}）` });
    }
    const calendar = await loadCalendar(this.em);
    for (const w of provisionalWarnings(calendar.provisionalYears(from, to))) {
      const first = `${w.year}-01-01` > from ? `${w.year}-01-01` : from;
      issues.push({ kind: 'PROVISIONAL', date: first, duties: [], message: w.message });
    }
    for (let day = from; day <= to; day = addCalendarDays(day, 1)) {
      if (!isWorkingDay(day, calendar)) continue;
      const today = own.filter((d) => d.date === day);
      if (!today.some((d) => d.kind === DutyKind.BUILDING_MANAGER)) issues.push({ kind: 'GAP', date: day, duties: [], message: `${day}（工作日）没有楼长` });
      if (!today.some((d) => d.kind === DutyKind.RECEPTION)) issues.push({ kind: 'GAP', date: day, duties: [], message: `${day}（工作日）没有接访领导` });
    }
    return issues.sort((a, b) => a.date.localeCompare(b.date));
  }

  /** Schedulers, admins and leaders over the center read its checks and balance. */
  private assertCanReview(center: Center): void {
    this.ctx.viewer.assertCan([...SCHEDULERS, Role.LEADER], center, '查看该中心的排班检查');
  }

  /** Duties per person in a range, to keep the turns fair. */
  async balance(center: Center, from: string, to: string): Promise<{ user: User; reception: number; buildingManager: number; days: number }[]> {
    this.assertCanReview(center);
    const duties = await this.duties(center, from, to);
    const byUser = new Map<number, { user: User; reception: number; buildingManager: number; dates: Set<string> }>();
    for (const d of duties) {
      const row = byUser.get(d.user.id) ?? { user: d.user.getEntity(), reception: 0, buildingManager: 0, dates: new Set<string>() };
      if (d.kind === DutyKind.RECEPTION) row.reception += 1;
      else row.buildingManager += 1;
      row.dates.add(d.date);
      byUser.set(d.user.id, row);
    }
    return [...byUser.values()]
      .map((r) => ({ user: r.user, reception: r.reception, buildingManager: r.buildingManager, days: r.dates.size }))
      .sort((a, b) => b.days - a.days || a.user.displayName.localeCompare(b.user.displayName));
  }

  /**
   * The published week of the center with `divisionCode` (empty when there is none): who receives petitioners
   * and who runs the building, from `from` for 7 days. Anonymous callers (the citizen mini-program, door
   * screens) read it by the thousand and a publication may reach them a few seconds late, so it is read on the
   * streaming replica when it is close behind (`staleReads`); a scheduler who just published reads the primary.
   */
  async publicWeek(divisionCode: string, from = shanghaiDate(this.ctx.clock())): Promise<PublishedDuty[]> {
    const reads = staleReads(this.em);
    const center = await reads.findOne(Center, { divisionCode: divisionCode.trim(), archivedAt: null });
    if (!center) return [];
    return reads.find(PublishedDuty, { center: center.id, date: { $gte: from, $lte: addCalendarDays(from, 6) } }, { orderBy: { date: 'asc', kind: 'asc', slot: 'asc' } });
  }
}
