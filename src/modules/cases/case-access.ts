import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { forbidden } from '../../shared/errors.js';
import { sqlFilter } from '../../shared/sql-fragment.js';
import type { Viewer, ScopedCenter } from '../../shared/viewer.js';
import { Role } from '../../shared/role.js';
import { Assignment, AssignmentRole } from './assignment.entity.js';
import type { Case } from './case.entity.js';
import { readsAssignments, visibleTo, visibleToSql } from '../access/case-visibility.js';

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

  /** The filter a case list is narrowed by: the visibility rule's SQL form (`visibleToSql`). */
  visibleWhere(): FilterQuery<Case> {
    return sqlFilter<Case>((a) => visibleToSql(this.viewer, a));
  }

  /** True when the visibility rule holds for every case (its SQL form is `true`): nothing to narrow by. */
  seesEveryCase(): boolean {
    return visibleToSql(this.viewer, 'c').sql === 'true';
  }

  private async centers(c: Case): Promise<{ current: ScopedCenter; origin: ScopedCenter }> {
    const [current, origin] = await Promise.all([c.center.loadOrFail(), c.originCenter.loadOrFail()]);
    return { current, origin };
  }

  /** The case's assignments, through the collection so sibling cases load theirs in one batch. */
  private async assignments(c: Case): Promise<Assignment[]> {
    return (await c.assignments.load()).getItems();
  }

  /** The visibility rule's TypeScript form (`visibleTo`) for a case in hand; assignments load only when they matter. */
  async canSee(c: Case): Promise<boolean> {
    const { current, origin } = await this.centers(c);
    const assignments = readsAssignments(this.viewer) ? await this.assignments(c) : [];
    return visibleTo(this.viewer, {
      centerPath: `${current.ancestry}${current.id}/`, originPath: `${origin.ancestry}${origin.id}/`,
      agencyIds: assignments.flatMap((a) => (a.agency ? [a.agency.id] : [])),
      mediatorIds: assignments.flatMap((a) => (a.mediator ? [a.mediator.id] : [])),
    });
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

