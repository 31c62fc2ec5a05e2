import type { Ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../shared/context.js';
import { UserErrorCode, UserErrors } from '../../shared/errors.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { inTransaction } from '../../shared/transaction.js';
import { User } from '../identity/user.entity.js';
import { CaseAccess } from './case-access.js';
import { CaseEvent, CaseEventType } from './case-event.entity.js';
import { Case } from './case.entity.js';
import { CaseStatus, maxRisk, RiskLevel } from './case.enums.js';
import { ACTION_ZH, CaseAction, nextStatus } from './case.transitions.js';
import { STATUS_ZH } from './case-labels.js';
import { publishCaseEvents } from './case-events.js';
import { PartyRole, type Party } from './party.entity.js';
import { actingAsLabel } from '../identity/duty-grants.js';

export type Permission = 'dispatch' | 'handle' | 'lead' | 'see';

export interface CaseRef {
  id: string;
  version: number;
  /**
   * The input field that named the case, for the field paths of `userErrors`: `id` unless the input names
   * something of the case instead (`supervisionId`, `requestId`), whose case `id` is then derived.
   */
  field?: string;
  /** What that field names, for "not found" (an invisible case answers as an unknown id would). */
  label?: string;
  /** The input field that carries the case's version (`version` unless the input has its own, e.g. `caseVersion`). */
  versionField?: string;
}

/** The automatic group-incident risk of a set of parties. */
export function autoRisk(parties: Pick<Party, 'headcount'>[], size: number, sizeHigh: number): RiskLevel {
  const most = Math.max(0, ...parties.map((p) => p.headcount));
  if (most >= sizeHigh) return RiskLevel.HIGH;
  if (most >= size) return RiskLevel.MEDIUM;
  return RiskLevel.NONE;
}

/**
 * 代表人数: the people the applicant side stands for — the 72 workers of a wage claim, not 73 with the
 * company they claim against. Respondents are who the claim is against, not people the case represents.
 */
export function representedCount(parties: Pick<Party, 'role' | 'headcount'>[]): number {
  return parties.reduce((sum, p) => (p.role === PartyRole.APPLICANT ? sum + p.headcount : sum), 0);
}

/** `representedCount` in SQL, for the case row aliased `c`. */
export const representedCountSql = (c: string): string =>
  `(select coalesce(sum(x.headcount), 0)::int from case_party x where x.case_id = ${c}.id and x.role = '${PartyRole.APPLICANT}')`;

export function searchText(c: Case, parties: Pick<Party, 'name'>[]): string {
  return [c.title, c.description, c.place ?? '', ...parties.map((p) => p.name)].join(' ');
}

/**
 * What every case mutation shares: find the case the client named, check the caller may act, the
 * version the client saw, and that the transition is legal; then run the change in one transaction,
 * bump the version and record the timeline event.
 */
export class CaseWorkflow {
  readonly access: CaseAccess;
  /** Timeline events recorded in the current transaction, published to the outbox before commit. */
  private pending: CaseEvent[] = [];

  constructor(protected readonly ctx: HubContext) {
    this.access = new CaseAccess(ctx);
  }

  protected get em(): EntityManager {
    return this.ctx.em;
  }

  protected now(): Date {
    return this.ctx.clock();
  }

  protected get actor(): User | null {
    return this.ctx.viewer.userId === null ? null : this.em.getReference(User, this.ctx.viewer.userId);
  }

  protected get actorRef(): Ref<User> | null {
    return this.ctx.viewer.userId === null ? null : this.em.getReference(User, this.ctx.viewer.userId, { wrapped: true });
  }

  protected allowed(c: Case, permission: Permission): Promise<boolean> {
    switch (permission) {
      case 'dispatch':
        return this.access.canDispatch(c);
      case 'handle':
        return this.access.canHandle(c);
      case 'lead':
        return this.access.canLead(c);
      case 'see':
        return this.access.canSee(c);
    }
  }

  /** The case a client names, or a NOT_FOUND user error (also for cases the viewer may not see). */
  async findVisible(globalId: string, field = 'id', label = '案件'): Promise<Case> {
    const v = new Validator();
    const c = await findByGlobalId(this.em, Case, globalId, v, field, label);
    if (c && !(await this.access.canSee(c))) v.add(field, UserErrorCode.NOT_FOUND, `找不到该${label}（ID 无效或不存在）`);
    v.throwIfAny();
    return c!;
  }

  protected async change<T>(
    ref: CaseRef,
    action: CaseAction,
    permission: Permission,
    work: (c: Case, v: Validator) => Promise<{ result: T; event: CaseEventType | null; data?: Record<string, unknown> } | undefined>,
  ): Promise<T> {
    const field = ref.field ?? 'id';
    const c = await this.findVisible(ref.id, field, ref.label);
    await this.access.assert(this.allowed(c, permission), ACTION_ZH[action]);
    const dutyDate = await this.access.dutyBasis(c, permission);
    const actingAs = dutyDate ? { actingAs: { role: 'BUILDING_MANAGER', date: dutyDate, label: actingAsLabel(dutyDate) } } : {};
    const v = new Validator();
    const versionField = ref.versionField ?? 'version';
    if (!checkVersion(v, c, ref.version, '案件', versionField)) v.throwIfAny();
    const to = nextStatus(c.status, action);
    if (to === undefined) {
      throw UserErrors.of(['input', field], UserErrorCode.INVALID_STATE,
        `案件当前状态为“${STATUS_ZH[c.status]}”（${c.status}），不能${ACTION_ZH[action]}`);
    }
    this.pending = [];
    return inTransaction(this.em, async () => {
      // Serialise writers of this case: the second of two concurrent changes waits here, then sees the
      // version the first one wrote and gets CONFLICT before it touches anything.
      const [row] = await this.em.execute<{ version: number }[]>('select version from hub_case where id = ? for update', [c.id]);
      if (row!.version !== ref.version) {
        throw UserErrors.of(['input', versionField], UserErrorCode.CONFLICT,
          `该案件已被他人修改（当前版本 ${row!.version}，您看到的是 ${ref.version}），请刷新后重试`);
      }
      const from = c.status;
      const outcome = await work(c, v);
      v.throwIfAny();
      // `event: null` is a change that changes nothing (an update with no new value): no version, no event.
      if (outcome && outcome.event === null) return outcome.result;
      c.status = to;
      c.updatedAt = this.now(); // always bumps the version, so concurrent edits of the same case conflict
      if (outcome?.event) this.record(c, outcome.event, { ...outcome.data, ...actingAs }, from, to);
      await this.em.flush();
      await this.publish();
      return outcome?.result as T;
    });
  }

  record(c: Case, type: CaseEventType, data: Record<string, unknown>, from: CaseStatus | null = null, to: CaseStatus | null = null): CaseEvent {
    const event = this.em.create(CaseEvent, {
      case: c, type, actor: this.actor, at: this.now(), fromStatus: from, toStatus: from === to ? null : to, data,
    });
    this.pending.push(event);
    return event;
  }

  /** Writes this transaction's timeline events to the outbox (call after the last flush, before commit). */
  protected async publish(): Promise<void> {
    const events = this.pending;
    this.pending = [];
    await publishCaseEvents(this.em, events.map((e) => ({
      caseId: e.case.id, type: e.type, eventId: String(e.id), fromStatus: e.fromStatus, toStatus: e.toStatus,
      actorId: e.actor?.id ?? null, data: e.data,
    })));
  }

  /** Recomputes the effective risk after parties or the flag changed; records a RISK_CHANGED event. */
  async refreshRisk(c: Case, parties: Party[]): Promise<void> {
    const before = c.riskLevel;
    const auto = autoRisk(parties, this.ctx.config.riskGroupSize, this.ctx.config.riskGroupSizeHigh);
    c.riskLevel = maxRisk(auto, c.riskFlag);
    c.searchText = searchText(c, parties);
    if (before !== c.riskLevel && c.id !== undefined) {
      this.record(c, CaseEventType.RISK_CHANGED, { before, after: c.riskLevel, automatic: auto, flag: c.riskFlag });
    }
  }
}
