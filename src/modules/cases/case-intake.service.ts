import { planDispatchAlerts } from './dispatch-alerts/dispatch-alert.service.js';
import { randomInt } from 'node:crypto';
import { UserErrorCode } from '../../shared/errors.js';
import { isCreditCode, isResidentIdNumber } from '../../shared/identity-numbers.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { loadCalendar, policyFor } from '../calendar/calendar.service.js';
import { deadline } from '../calendar/working-days.js';
import { Category } from '../catalog/category.entity.js';
import { Role } from '../../shared/role.js';
import { Center } from '../organisation/center.entity.js';
import { CaseWorkflow, type CaseRef } from './case-core.js';
import { inTransaction } from '../../shared/transaction.js';
import { CaseEventType } from './case-event.entity.js';
import { Case } from './case.entity.js';
import { RiskLevel } from './case.enums.js';
import type { CaseCreateInput, CasePartyAddInput, CaseUpdateInput, PartyInput } from './case.inputs.js';
import { CaseAction } from './case.transitions.js';
import { Party, PartyRole, PartyType } from './party.entity.js';
import { checkRepresentatives } from './representatives.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 random Crockford base-32 characters (60 bits) as XXXX-XXXX-XXXX. */
export function newTrackingCode(): string {
  const chars = Array.from({ length: 12 }, () => CROCKFORD[randomInt(32)]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Folds a name for matching: no spaces, full-width brackets as half-width, lower case. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

export type CleanParty = Pick<Party, 'role' | 'type' | 'name' | 'nameKey' | 'idNumber' | 'phone' | 'headcount' | 'address' | 'representative'>;

/** Validates one party; errors land under `path` (e.g. ['parties', '0']). */
export function cleanParty(v: Validator, p: PartyInput, path: string[]): CleanParty {
  const at = (f: string) => [...path, f];
  const name = v.text(at('name'), p.name, '当事人姓名或名称', { required: true, max: 100 }) ?? '';
  let idNumber = p.idNumber?.trim().toUpperCase() || null;
  if (idNumber) {
    const ok = p.type === PartyType.PERSON ? isResidentIdNumber(idNumber) : isCreditCode(idNumber);
    if (!ok) {
      v.add([...path, 'idNumber'], UserErrorCode.INVALID, p.type === PartyType.PERSON
        ? '身份证号无效（须为18位，出生日期真实，校验位正确）'
        : '统一社会信用代码无效（须为18位，校验位正确）');
      idNumber = null;
    }
  }
  const phone = v.phone(at('phone'), p.phone, '手机号', true) ?? null;
  const headcount = p.headcount ?? 1;
  v.check(Number.isInteger(headcount) && headcount >= 1 && headcount <= 100_000, [...path, 'headcount'], UserErrorCode.OUT_OF_RANGE,
    '代表人数须在1到100000之间');
  const address = v.text(at('address'), p.address, '地址', { max: 200 }) ?? null;
  return { role: p.role, type: p.type, name, nameKey: nameKey(name), idNumber, phone, headcount, address, representative: !!p.representative };
}

export interface IntakeHooks {
  authorize?: (center: Center) => void;
  within?: (c: Case) => Promise<void>;
}

export class CaseIntakeService extends CaseWorkflow {
  private async category(v: Validator, code: string | null | undefined): Promise<Category | undefined> {
    if (code == null) return undefined;
    const category = await this.em.findOne(Category, { code: code.trim(), archivedAt: null });
    if (!category) v.add('categoryCode', UserErrorCode.NOT_FOUND, `未知的类别代码“${code}”（见 caseCategories）`);
    return category ?? undefined;
  }

  private checkDetails(v: Validator, input: Partial<CaseCreateInput>, required: boolean) {
    return {
      title: v.text('title', input.title, '标题', { required, max: 100 }),
      description: v.text('description', input.description, '诉求与事实', { required, max: 5000 }),
      place: v.text('place', input.place, '地点', { max: 200 }),
      riskReason: v.text('riskReason', input.riskReason, '风险说明', { max: 300 }),
    };
  }

  /** The next number of `center` in `year`, in the caller's transaction: no gaps, no duplicates. */
  private async nextNumber(center: Center, year: number): Promise<string> {
    const [row] = await this.em.execute<{ last: number }[]>(
      `insert into case_counter (center_id, year, last) values (?, ?, 1)
       on conflict (center_id, year) do update set last = case_counter.last + 1 returning last`,
      [center.id, year],
    );
    return `${center.divisionCode}-${year}-${String(row!.last).padStart(6, '0')}`;
  }

  /**
   * Intake. `hooks.authorize` replaces the dispatcher check (a citizen submission authorizes by its
   * key); `hooks.within` runs in the intake transaction once the case is saved.
   */
  async create(input: CaseCreateInput, hooks: IntakeHooks = {}): Promise<Case> {
    const v = new Validator();
    const center = await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '受理中心');
    v.throwIfAny();
    if (hooks.authorize) hooks.authorize(center!);
    else this.ctx.viewer.assertCan([Role.DISPATCHER], center!, '在该中心受理案件');
    if (center!.archivedAt) v.add('centerId', UserErrorCode.ARCHIVED, '该中心已归档，不能受理');
    const category = await this.category(v, input.categoryCode);
    const details = this.checkDetails(v, input, true);
    const now = this.now();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt.getTime() > now.getTime() + 5 * 60_000) v.add('receivedAt', UserErrorCode.OUT_OF_RANGE, '受理时间不能晚于现在');
    if (receivedAt.getTime() < now.getTime() - 90 * 86_400_000) v.add('receivedAt', UserErrorCode.OUT_OF_RANGE, '受理时间最多回溯90天');
    if (input.parties.length > 50) v.add('parties', UserErrorCode.OUT_OF_RANGE, '一次最多登记50名当事人');
    const parties = input.parties.slice(0, 50).map((p, i) => cleanParty(v, p, ['parties', String(i)]));
    if (!parties.some((p) => p.role === PartyRole.APPLICANT)) v.add('parties', UserErrorCode.REQUIRED, '至少需要一名申请人');
    if (input.riskFlag && input.riskFlag !== RiskLevel.NONE && !details.riskReason) {
      v.add('riskReason', UserErrorCode.REQUIRED, '标记风险时须说明原因');
    }
    v.throwIfAny();

    const policy = await policyFor(this.em, input.kind, category!.code);
    checkRepresentatives(v, input.channel, parties, policy);
    v.throwIfAny();
    const calendar = await loadCalendar(this.em);
    const receivedDate = shanghaiDate(receivedAt);
    return inTransaction(this.em, async () => {
      const c = this.em.create(Case, {
        number: await this.nextNumber(center!, Number(receivedDate.slice(0, 4))),
        trackingCode: newTrackingCode(),
        originCenter: center!,
        center: center!,
        kind: input.kind,
        channel: input.channel,
        category: category!,
        title: details.title!,
        description: details.description!,
        place: details.place ?? null,
        amount: input.amount ?? null,
        riskFlag: input.riskFlag ?? RiskLevel.NONE,
        riskReason: details.riskReason ?? null,
        receivedAt,
        acceptDueDate: deadline(receivedDate, policy.acceptDays, policy.acceptDayCount, calendar),
      });
      const created = parties.map((p) => this.em.create(Party, { ...p, case: c }));
      await this.refreshRisk(c, created);
      await this.em.flush();
      await planDispatchAlerts(this.em, c, center!, now);
      this.record(c, CaseEventType.RECEIVED, {
        number: c.number, kind: c.kind, channel: c.channel, category: category!.code, riskLevel: c.riskLevel,
        parties: created.map((p) => ({ role: p.role, type: p.type, name: p.name, headcount: p.headcount })),
        acceptDueDate: c.acceptDueDate, policy: policy.basis,
      }, null, c.status);
      await this.em.flush();
      await hooks.within?.(c);
      await this.publish();
      return c;
    });
  }

  async update(input: CaseUpdateInput): Promise<Case> {
    return this.change(input, CaseAction.UPDATE, 'dispatch', async (c, v) => {
      const category = await this.category(v, input.categoryCode);
      const details = this.checkDetails(v, {
        title: input.title ?? undefined, description: input.description ?? undefined,
        place: input.place, riskReason: input.riskReason,
      }, false);
      // Given means required: a blank title is refused, not skipped (it is blank in caseCreate too).
      if (input.title !== undefined && !details.title) v.add('title', UserErrorCode.REQUIRED, '标题不能为空');
      if (input.description !== undefined && !details.description) v.add('description', UserErrorCode.REQUIRED, '诉求与事实不能为空');
      const flag = input.riskFlag ?? c.riskFlag;
      const reason = input.riskReason === undefined ? c.riskReason : details.riskReason;
      if (flag !== RiskLevel.NONE && !reason) v.add('riskReason', UserErrorCode.REQUIRED, '标记风险时须说明原因');
      if (!v.ok) return undefined;
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const set = <K extends 'title' | 'description' | 'place' | 'amount' | 'riskFlag' | 'riskReason'>(key: K, value: Case[K] | undefined) => {
        if (value === undefined || value === c[key]) return;
        before[key] = c[key];
        after[key] = value;
        c[key] = value;
      };
      const oldCategory = await c.category.loadOrFail();
      if (category && category.id !== oldCategory.id) {
        before.category = oldCategory.code;
        after.category = category.code;
        c.category = this.em.getReference(Category, category.id, { wrapped: true });
      }
      set('title', details.title ?? undefined);
      set('description', details.description ?? undefined);
      if (input.place !== undefined) set('place', details.place ?? null);
      if (input.amount !== undefined) set('amount', input.amount);
      set('riskFlag', input.riskFlag ?? undefined);
      if (input.riskReason !== undefined) set('riskReason', details.riskReason ?? null);
      if (Object.keys(after).length === 0) return { result: c, event: null };
      await this.refreshRisk(c, await c.parties.loadItems());
      return { result: c, event: CaseEventType.UPDATED, data: { before, after } };
    });
  }

  async addParty(input: CasePartyAddInput): Promise<Case> {
    return this.change(input as CaseRef, CaseAction.ADD_PARTY, 'handle', async (c, v) => {
      const clean = cleanParty(v, input.party, ['party']);
      const existing = await c.parties.loadItems();
      if (existing.length >= 50) v.add('party', UserErrorCode.OUT_OF_RANGE, '一个案件最多50名当事人');
      if (!v.ok) return undefined;
      const party = this.em.create(Party, { ...clean, case: c });
      await this.refreshRisk(c, [...existing, party]);
      return {
        result: c, event: CaseEventType.PARTY_ADDED,
        data: { party: { role: party.role, type: party.type, name: party.name, headcount: party.headcount } },
      };
    });
  }
}
