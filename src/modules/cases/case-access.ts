import { raw, type FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { forbidden } from '../../shared/errors.js';
import { Viewer, type ScopedCenter } from '../../shared/viewer.js';
import { Role } from '../../shared/role.js';
import { scopesWhere } from '../organisation/center.service.js';
import { ApiCapability } from '../access/api-key.entity.js';
import { Assignment, AssignmentRole } from './assignment.entity.js';
import type { Case } from './case.entity.js';

/** Roles that read every case of the centers in their scope. */
export const CENTER_READERS = [Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR];

/**
 * Who may see and do what with cases. Center roles act on cases whose current (or, for reading,
 * originating) center is in their scope; agency staff on cases assigned to their agency; mediators on
 * cases assigned to them.
 */
export class CaseAccess {
  constructor(private readonly ctx: HubContext) {}

  private get viewer(): Viewer {
    return this.ctx.viewer;
  }

  /** The filter a case list is narrowed by; never wider than what `canSee` allows. */
  visibleWhere(): FilterQuery<Case> {
    const or: FilterQuery<Case>[] = [];
    const key = this.viewer.apiKey;
    if (key) {
      if (!key.capabilities.includes(ApiCapability.CASES_READ)) return { id: -1 };
      return { center: scopesWhere(key.centers) };
    }
    const scopes = this.viewer.scopes(CENTER_READERS);
    if (scopes === 'all') return {};
    if (scopes.length) or.push({ center: scopesWhere(scopes) }, { originCenter: scopesWhere(scopes) });
    for (const g of this.viewer.grants) {
      if (g.role === Role.AGENCY_STAFF && g.agencyId !== null) {
        const agencyId = Number(g.agencyId);
        or.push({ [raw((a: string) => `exists (select 1 from assignment x where x.case_id = ${a}.id and x.agency_id = ?)`, [agencyId])]: [] } as FilterQuery<Case>);
      }
      if (g.role === Role.MEDIATOR && g.mediatorId !== null) {
        const mediatorId = Number(g.mediatorId);
        or.push({ [raw((a: string) => `exists (select 1 from assignment x where x.case_id = ${a}.id and x.mediator_id = ?)`, [mediatorId])]: [] } as FilterQuery<Case>);
      }
    }
    return or.length ? { $or: or } : { id: -1 };
  }

  private async centers(c: Case): Promise<{ current: ScopedCenter; origin: ScopedCenter }> {
    const [current, origin] = await Promise.all([c.center.loadOrFail(), c.originCenter.loadOrFail()]);
    return { current, origin };
  }

  /** The case's assignments, through the collection so sibling cases load theirs in one batch. */
  private async assignments(c: Case): Promise<Assignment[]> {
    return (await c.assignments.load()).getItems();
  }

  async canSee(c: Case): Promise<boolean> {
    const { current, origin } = await this.centers(c);
    // A key reads the cases its centers currently handle (summaries, personal data masked).
    if (this.viewer.apiKey) return this.viewer.keyCan(ApiCapability.CASES_READ, current);
    if (this.viewer.can(CENTER_READERS, current) || this.viewer.can(CENTER_READERS, origin)) return true;
    if (!this.viewer.hasRole(Role.AGENCY_STAFF, Role.MEDIATOR)) return false;
    const assignments = await this.assignments(c);
    return this.viewer.grants.some((g) => assignments.some((a) =>
      (g.role === Role.AGENCY_STAFF && a.agency?.id === g.agencyId) || (g.role === Role.MEDIATOR && a.mediator?.id === g.mediatorId)));
  }

  /** Reception and dispatch staff over the case's current center. */
  async canDispatch(c: Case): Promise<boolean> {
    return this.viewer.can([Role.DISPATCHER], (await this.centers(c)).current);
  }

  /** Leaders over the case's current center (督办, extension approval). */
  async canLead(c: Case): Promise<boolean> {
    return this.viewer.can([Role.LEADER], (await this.centers(c)).current);
  }

  /** Dispatchers, and whoever the case is currently assigned to (its agencies' staff, its mediator). */
  async canHandle(c: Case): Promise<boolean> {
    if (await this.canDispatch(c)) return true;
    if (!this.viewer.hasRole(Role.AGENCY_STAFF, Role.MEDIATOR)) return false;
    const current = (await this.assignments(c)).filter((a) => a.endedAt === null);
    return this.viewer.grants.some((g) => current.some((a) =>
      (g.role === Role.AGENCY_STAFF && a.agency?.id === g.agencyId && a.role !== AssignmentRole.MEDIATOR)
      || (g.role === Role.MEDIATOR && a.mediator?.id === g.mediatorId)));
  }

  /** Full ID and phone numbers of parties: dispatchers, leaders and current handlers; others see them masked. */
  async canSeePersonalData(c: Case): Promise<boolean> {
    return (await this.canLead(c)) || this.canHandle(c);
  }

  /**
   * The date of the 当日楼长 duty the viewer acts on when only that duty (not a granted role) allows
   * `permission` on the case; the timeline records it (see modules/identity/duty-grants.ts).
   */
  async dutyBasis(c: Case, permission: 'dispatch' | 'lead' | 'handle' | 'see'): Promise<string | undefined> {
    if (permission === 'see' || this.viewer.apiKey) return undefined;
    const roles = permission === 'lead' ? [Role.LEADER] : [Role.DISPATCHER];
    const basis = this.viewer.dutyBasis(roles, (await this.centers(c)).current);
    // A handler acting on their own assignment does not need the duty.
    if (basis && permission === 'handle' && this.viewer.hasRole(Role.AGENCY_STAFF, Role.MEDIATOR)) return undefined;
    return basis;
  }

  async assert(allowed: boolean | Promise<boolean>, what: string): Promise<void> {
    if (!(await allowed)) throw forbidden(`您无权对该案件执行“${what}” / Not allowed to ${what} on this case`);
  }
}

