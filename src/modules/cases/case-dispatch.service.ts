import { UserErrorCode } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { shanghaiDate } from '../../shared/scalars.js';
import type { Validator } from '../../shared/validation.js';
import { loadCalendar, policyFor } from '../calendar/calendar.service.js';
import { deadline } from '../calendar/working-days.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { PublishedPresenceDay } from '../rosters/presence-rota.entity.js';
import { isPresent } from '../rosters/present-on.js';
import { Stationing, StationingMode } from '../organisation/stationing.entity.js';
import { Assignment, AssignmentRole } from './assignment.entity.js';
import { CaseWorkflow } from './case-core.js';
import { CaseEventType } from './case-event.entity.js';
import { Case } from './case.entity.js';
import { OPEN_STATUSES } from './case.enums.js';
import type { CaseDelegateInput, CaseDispatchInput, CaseReasonInput, CaseReassignInput } from './case.inputs.js';
import { CaseAction } from './case.transitions.js';
import { RoutingRule } from '../routing/routing-rule.entity.js';

export interface MediatorRecommendation {
  mediator: Mediator;
  score: number;
  openCases: number;
  presentToday: boolean;
  reasons: string[];
}

export interface DispatchSuggestion {
  leadAgency: Agency | null;
  cooperatingAgencies: Agency[];
  basis: string;
  mediators: MediatorRecommendation[];
}

/** Open cases per mediator (current MEDIATOR assignments on open cases). */
export async function openLoad(em: CaseWorkflow['em'], mediatorIds: number[]): Promise<Map<number, number>> {
  if (mediatorIds.length === 0) return new Map();
  const rows = await em.execute<{ mediator_id: number; n: string }[]>(
    `select a.mediator_id, count(*) as n from assignment a join hub_case c on c.id = a.case_id
      where a.mediator_id in (${mediatorIds.map(Number).join(',')}) and a.ended_at is null and a.role = 'MEDIATOR'
        and c.status in (${OPEN_STATUSES.map((s) => `'${s}'`).join(',')})
      group by a.mediator_id`,
  );
  return new Map(rows.map((r) => [r.mediator_id, Number(r.n)]));
}

export class CaseDispatchService extends CaseWorkflow {
  /** The centers from `center` up to the root, nearest first. */
  private async lineage(center: Center): Promise<Center[]> {
    const ids = center.lineageIds;
    const found = await this.em.find(Center, { id: { $in: ids } });
    return ids.map((id) => found.find((c) => c.id === id)!).filter(Boolean);
  }

  /** Routing rule, lead and cooperating agencies, and ranked mediators for a case. */
  async suggest(c: Case, limit = 5): Promise<DispatchSuggestion> {
    const center = await c.center.loadOrFail();
    const category = await c.category.loadOrFail();
    const lineage = await this.lineage(center);
    const rules = await this.em.find(RoutingRule, { categoryCode: category.code, center: { $in: lineage.map((l) => l.id) } }, {
      populate: ['leadAgency', 'cooperatingAgencies', 'center'],
    });
    const rule = lineage.map((l) => rules.find((r) => r.center.id === l.id)).find(Boolean);
    const lead = rule ? rule.leadAgency.getEntity() : null;
    const mediators = await this.recommend(c, center, lineage, category.code, lead, limit);
    return {
      leadAgency: lead && !lead.archivedAt ? lead : null,
      cooperatingAgencies: rule ? rule.cooperatingAgencies.getItems().filter((a) => !a.archivedAt) : [],
      basis: rule
        ? `分流规则：${rule.center.getEntity().name} ·「${category.nameZh}」→ ${lead!.shortName}${rule.cooperatingAgencies.length ? `，协同：${rule.cooperatingAgencies.getItems().map((a) => a.shortName).join('、')}` : ''}`
        : `没有「${category.nameZh}」的分流规则，请人工选择牵头部门`,
      mediators,
    };
  }

  /**
   * Ranks mediators of the agencies of the case's center and the centers above it: specialty match,
   * free capacity, and whether their agency is stationed and present at the case's center today
   * (a rotating agency only on its rota days).
   */
  async recommend(c: Case, center: Center, lineage: Center[], categoryCode: string, lead: Agency | null, limit: number): Promise<MediatorRecommendation[]> {
    const candidates = await this.em.find(Mediator, {
      active: true, archivedAt: null, agency: { archivedAt: null, center: { $in: lineage.map((l) => l.id) } },
    }, { populate: ['agency'] });
    if (candidates.length === 0) return [];
    const today = shanghaiDate(this.now());
    const calendar = await loadCalendar(this.em);
    const stationings = await this.em.find(Stationing, {
      center: center.id, agency: { $in: [...new Set(candidates.map((m) => m.agency.id))] },
      startDate: { $lte: today }, $or: [{ endDate: null }, { endDate: { $gte: today } }],
    });
    // Only the published rota counts (present-on.ts is the one home of presence on a date).
    const rotaToday = new Set((await this.em.find(PublishedPresenceDay, {
      date: today, stationing: { $in: stationings.map((s) => s.id) },
    })).map((p) => p.stationing.id));
    const load = await openLoad(this.em, candidates.map((m) => m.id));
    const previous = new Set((await this.em.find(Assignment, { case: c.id, role: AssignmentRole.MEDIATOR })).map((a) => a.mediator?.id));

    const ranked = candidates.map((m) => {
      const reasons: string[] = [];
      let score = 0;
      const agency = m.agency.getEntity();
      if (m.specialties.includes(categoryCode)) {
        score += 50;
        reasons.push('擅长该类纠纷');
      }
      const open = load.get(m.id) ?? 0;
      const free = m.capacity - open;
      if (free <= 0) {
        score -= 100;
        reasons.push(`已满负荷（在办${open}件/上限${m.capacity}件）`);
      } else {
        score += Math.round(30 * (free / m.capacity));
        reasons.push(`在办${open}件/上限${m.capacity}件`);
      }
      const s = stationings.find((x) => x.agency.id === agency.id);
      let present = false;
      if (!s) {
        reasons.push(`${agency.shortName}未入驻本中心`);
      } else if (s.mode === StationingMode.RESIDENT) {
        present = isPresent(s, today, calendar, false);
        score += present ? 20 : 0;
        reasons.push(present ? `${agency.shortName}常驻本中心，今日在岗` : `${agency.shortName}常驻本中心，今日非工作日`);
      } else if (s.mode === StationingMode.ROTATING) {
        present = isPresent(s, today, calendar, rotaToday.has(s.id));
        score += present ? 20 : 0;
        reasons.push(present ? `${agency.shortName}今日轮驻本中心` : `${agency.shortName}轮驻，今日不在岗`);
      } else {
        score += 5;
        reasons.push(`${agency.shortName}随叫随到`);
      }
      if (lead && agency.id === lead.id) {
        score += 15;
        reasons.push('属牵头部门');
      }
      if (m.title) reasons.push(m.title);
      if (previous.has(m.id)) {
        score -= 10;
        reasons.push('曾被指派过本案');
      }
      return { mediator: m, score, openCases: open, presentToday: present, reasons };
    });
    ranked.sort((a, b) => b.score - a.score || a.openCases - b.openCases || a.mediator.id - b.mediator.id);
    return ranked.slice(0, limit);
  }

  /** Checks an agency may take part in handling a case at `center`: active, and of this center or one above. */
  private async agencyFor(v: Validator, globalId: string, field: string, lineage: Center[]): Promise<Agency | undefined> {
    const agency = await findByGlobalId(this.em, Agency, globalId, v, field, '部门');
    if (!agency) return undefined;
    if (agency.archivedAt) v.add(field, UserErrorCode.ARCHIVED, `“${agency.shortName}”已归档`);
    else if (!lineage.some((l) => l.id === agency.center.id)) {
      v.add(field, UserErrorCode.OUT_OF_SCOPE, `“${agency.name}”不属于本中心或其上级中心`);
    }
    return agency;
  }

  private async mediatorFor(v: Validator, globalId: string, lineage: Center[], override: boolean): Promise<Mediator | undefined> {
    const m = await findByGlobalId(this.em, Mediator, globalId, v, 'mediatorId', '调解员');
    if (!m) return undefined;
    const agency = await m.agency.loadOrFail();
    if (m.archivedAt || !m.active) v.add('mediatorId', UserErrorCode.INVALID_STATE, `${m.name}目前不接案`);
    else if (!lineage.some((l) => l.id === agency.center.id)) v.add('mediatorId', UserErrorCode.OUT_OF_SCOPE, `${m.name}不属于本中心或其上级中心`);
    else if (!override) {
      const open = (await openLoad(this.em, [m.id])).get(m.id) ?? 0;
      if (open >= m.capacity) {
        v.add('mediatorId', UserErrorCode.INVALID_STATE, `${m.name}已满负荷（在办${open}件/上限${m.capacity}件）；确需指派请设置 overrideCapacity`);
      }
    }
    return m;
  }

  private assign(c: Case, role: AssignmentRole, target: { agency?: Agency; mediator?: Mediator }): Assignment {
    return this.em.create(Assignment, {
      case: c, receivedAt: c.receivedAt, role, agency: target.agency ?? null, mediator: target.mediator ?? null, assignedBy: this.actor, assignedAt: this.now(),
    });
  }

  private describe(a: Assignment[]): Record<string, unknown>[] {
    return a.map((x) => ({ role: x.role, agency: x.agency?.getEntity().shortName ?? null, mediator: x.mediator?.getEntity().name ?? null }));
  }

  async dispatch(input: CaseDispatchInput): Promise<Case> {
    return this.change(input, CaseAction.DISPATCH, 'dispatch', async (c, v) => {
      const lineage = await this.lineage(await c.center.loadOrFail());
      const mediator = input.mediatorId ? await this.mediatorFor(v, input.mediatorId, lineage, !!input.overrideCapacity) : undefined;
      let lead = input.leadAgencyId ? await this.agencyFor(v, input.leadAgencyId, 'leadAgencyId', lineage) : undefined;
      if (!input.leadAgencyId && !input.mediatorId) v.add('leadAgencyId', UserErrorCode.REQUIRED, '须指定牵头部门或调解员');
      lead ??= mediator ? await mediator.agency.loadOrFail() : undefined;
      const cooperating = await this.cooperating(v, input.cooperatingAgencyIds ?? [], lead, lineage);
      const note = v.text('note', input.note, '说明', { max: 1000 });
      if (!v.ok) return undefined;

      const created = [
        this.assign(c, AssignmentRole.LEAD, { agency: lead }),
        ...cooperating.map((agency) => this.assign(c, AssignmentRole.COOPERATING, { agency })),
        ...(mediator ? [this.assign(c, AssignmentRole.MEDIATOR, { mediator, agency: await mediator.agency.loadOrFail() })] : []),
      ];
      const now = this.now();
      c.dispatchedAt ??= now;
      if (c.dueDate === null) {
        const policy = await policyFor(this.em, c.kind, (await c.category.loadOrFail()).code);
        c.dueDate = deadline(shanghaiDate(now), policy.finishDays, policy.finishDayCount, await loadCalendar(this.em));
      }
      return {
        result: c, event: CaseEventType.DISPATCHED,
        data: { assignments: this.describe(created), dueDate: c.dueDate, note: note ?? null, minutesSinceReceived: Math.round((now.getTime() - c.receivedAt.getTime()) / 60_000) },
      };
    });
  }

  private async cooperating(v: Validator, ids: string[], lead: Agency | undefined, lineage: Center[]): Promise<Agency[]> {
    if (ids.length > 10) {
      v.add('cooperatingAgencyIds', UserErrorCode.OUT_OF_RANGE, '协同部门最多10个');
      return [];
    }
    const agencies: Agency[] = [];
    for (const [i, id] of [...new Set(ids)].entries()) {
      const a = await this.agencyFor(v, id, `cooperatingAgencyIds.${i}`, lineage);
      if (a && lead && a.id === lead.id) v.add(`cooperatingAgencyIds.${i}`, UserErrorCode.INVALID, '协同部门不能与牵头部门相同');
      else if (a) agencies.push(a);
    }
    return agencies;
  }

  async reassign(input: CaseReassignInput): Promise<Case> {
    return this.change(input, CaseAction.REASSIGN, 'dispatch', async (c, v) => {
      const lineage = await this.lineage(await c.center.loadOrFail());
      const reason = v.text('reason', input.reason, '改派原因', { required: true, max: 300 });
      const current = (await this.em.find(Assignment, { case: c.id, endedAt: null }, { populate: ['agency', 'mediator'] }));
      const currentLead = current.find((a) => a.role === AssignmentRole.LEAD);
      const lead = input.leadAgencyId ? await this.agencyFor(v, input.leadAgencyId, 'leadAgencyId', lineage) : undefined;
      const mediator = input.mediatorId ? await this.mediatorFor(v, input.mediatorId, lineage, !!input.overrideCapacity) : undefined;
      const effectiveLead = lead ?? currentLead?.agency?.getEntity();
      const cooperating = input.cooperatingAgencyIds ? await this.cooperating(v, input.cooperatingAgencyIds, effectiveLead, lineage) : undefined;
      if (!input.leadAgencyId && !input.mediatorId && !input.cooperatingAgencyIds) {
        v.add('leadAgencyId', UserErrorCode.REQUIRED, '请指定新的牵头部门、协同部门或调解员');
      }
      if (!v.ok) return undefined;

      const now = this.now();
      const ended: Assignment[] = [];
      const end = (a: Assignment) => {
        a.endedAt = now;
        a.endReason = reason!;
        ended.push(a);
      };
      const toAdd: [AssignmentRole, { agency?: Agency; mediator?: Mediator }][] = [];
      if (lead && lead.id !== currentLead?.agency?.id) {
        if (currentLead) end(currentLead);
        toAdd.push([AssignmentRole.LEAD, { agency: lead }]);
      }
      if (cooperating) {
        const keep = new Set(cooperating.map((a) => a.id));
        const currentCooperating = current.filter((x) => x.role === AssignmentRole.COOPERATING);
        for (const a of currentCooperating) if (!keep.has(a.agency!.id)) end(a);
        const have = new Set(currentCooperating.map((x) => x.agency!.id));
        for (const a of cooperating) if (!have.has(a.id)) toAdd.push([AssignmentRole.COOPERATING, { agency: a }]);
      }
      if (mediator) {
        const currentMediator = current.find((a) => a.role === AssignmentRole.MEDIATOR);
        if (currentMediator?.mediator?.id !== mediator.id) {
          if (currentMediator) end(currentMediator);
          toAdd.push([AssignmentRole.MEDIATOR, { mediator, agency: await mediator.agency.loadOrFail() }]);
        }
      }
      if (ended.length === 0 && toAdd.length === 0) {
        v.add('id', UserErrorCode.INVALID, '改派前后相同，没有变化');
        return undefined;
      }
      // End the old rows first: the database allows one current lead and one current mediator per case.
      await this.em.flush();
      const added = toAdd.map(([role, target]) => this.assign(c, role, target));
      return { result: c, event: CaseEventType.REASSIGNED, data: { reason, ended: this.describe(ended), added: this.describe(added) } };
    });
  }

  private async endAll(c: Case, reason: string): Promise<Assignment[]> {
    const current = await this.em.find(Assignment, { case: c.id, endedAt: null }, { populate: ['agency', 'mediator'] });
    const now = this.now();
    for (const a of current) {
      a.endedAt = now;
      a.endReason = reason;
    }
    return current;
  }

  async reject(input: CaseReasonInput): Promise<Case> {
    return this.change(input, CaseAction.REJECT, 'dispatch', async (c, v) => {
      const reason = v.text('reason', input.reason, '不予受理理由', { required: true, max: 1000 });
      if (!v.ok) return undefined;
      c.outcomeNote = reason!;
      c.concludedAt = this.now();
      return { result: c, event: CaseEventType.REJECTED, data: { reason } };
    });
  }

  async withdraw(input: CaseReasonInput): Promise<Case> {
    return this.change(input, CaseAction.WITHDRAW, 'dispatch', async (c, v) => {
      const reason = v.text('reason', input.reason, '撤回原因', { required: true, max: 1000 });
      if (!v.ok) return undefined;
      const ended = await this.endAll(c, `撤回：${reason}`);
      c.outcomeNote = reason!;
      c.concludedAt = this.now();
      return { result: c, event: CaseEventType.WITHDRAWN, data: { reason, ended: this.describe(ended) } };
    });
  }

  /** A town center hands the case up to its county center (纵向联动); the number stays. */
  async escalate(input: CaseReasonInput): Promise<Case> {
    return this.change(input, CaseAction.ESCALATE, 'dispatch', async (c, v) => {
      const reason = v.text('reason', input.reason, '上报原因', { required: true, max: 1000 });
      const from = await c.center.loadOrFail();
      const parent = from.parent ? await from.parent.loadOrFail() : undefined;
      if (!parent) v.add('id', UserErrorCode.INVALID_STATE, `“${from.name}”没有上级中心`);
      else if (parent.archivedAt) v.add('id', UserErrorCode.ARCHIVED, '上级中心已归档');
      if (!v.ok) return undefined;
      const ended = await this.endAll(c, `上报${parent!.name}`);
      c.center = this.em.getReference(Center, parent!.id, { wrapped: true });
      return { result: c, event: CaseEventType.ESCALATED, data: { from: from.name, to: parent!.name, reason, ended: this.describe(ended) } };
    });
  }

  /** A county center hands the case down to a center below it; the number stays. */
  async delegate(input: CaseDelegateInput): Promise<Case> {
    return this.change(input, CaseAction.DELEGATE, 'dispatch', async (c, v) => {
      const reason = v.text('reason', input.reason, '交办原因', { required: true, max: 1000 });
      const from = await c.center.loadOrFail();
      const to = await findByGlobalId(this.em, Center, input.toCenterId, v, 'toCenterId', '下级中心');
      if (to && (to.id === from.id || !from.contains(to))) v.add('toCenterId', UserErrorCode.INVALID, `“${to.name}”不是“${from.name}”的下级中心`);
      else if (to?.archivedAt) v.add('toCenterId', UserErrorCode.ARCHIVED, '该中心已归档');
      if (!v.ok) return undefined;
      const ended = await this.endAll(c, `交办${to!.name}`);
      c.center = this.em.getReference(Center, to!.id, { wrapped: true });
      return { result: c, event: CaseEventType.DELEGATED, data: { from: from.name, to: to!.name, reason, ended: this.describe(ended) } };
    });
  }
}

