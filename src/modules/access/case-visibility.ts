import type { SqlFragment } from '../../shared/sql-fragment.js';
import type { Viewer } from '../../shared/viewer.js';
import { ApiCapability } from './api-key.entity.js';
import { Role } from '../../shared/role.js';

/** Roles that read every case of the centers in their scope. */
export const CENTER_READERS: readonly Role[] = [Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR];

/**
 * Where a case reaches, which is all the visibility rule reads of it: the paths of its current and its
 * originating center (`ancestry || id || '/'`, e.g. `/1/5/` for center 5 under 1 — the same shape as a
 * live event's `centerPaths`) and every agency and mediator it was ever assigned to (ended
 * assignments included: a former handler keeps reading the case it worked on).
 */
export interface CaseReach {
  centerPath: string;
  originPath: string;
  agencyIds: readonly number[];
  mediatorIds: readonly number[];
}

/**
 * 案件可见范围 (who may see a case), the TypeScript form, for one case in hand (node, documents,
 * subscriptions, a live event). Center roles (`readers`) see the cases whose current or originating
 * center lies in a subtree they hold; agency staff the cases ever assigned to their agency; mediators
 * the cases ever assigned to them; an API key with CASES_READ the cases its centers currently handle.
 * Everyone else (a citizen, a key without CASES_READ) sees none. `visibleToSql` is the same rule for
 * lists, search, same-source and exports; a test checks the two agree for every kind of viewer.
 */
export function visibleTo(viewer: Viewer, c: CaseReach, readers: readonly Role[] = CENTER_READERS): boolean {
  const key = viewer.apiKey;
  if (key) return key.capabilities.includes(ApiCapability.CASES_READ) && key.centers.some((k) => c.centerPath.startsWith(k.prefix));
  return viewer.grants.some((g) =>
    (readers.includes(g.role) && (g.centerId === null || c.centerPath.startsWith(g.subtreePrefix!) || c.originPath.startsWith(g.subtreePrefix!)))
    || (g.role === Role.AGENCY_STAFF && g.agencyId !== null && c.agencyIds.includes(g.agencyId))
    || (g.role === Role.MEDIATOR && g.mediatorId !== null && c.mediatorIds.includes(g.mediatorId)));
}

/** Whether the viewer's visibility of a case can depend on its assignments (else `agencyIds`/`mediatorIds` need no loading). */
export function readsAssignments(viewer: Viewer): boolean {
  return !viewer.apiKey && viewer.hasRole(Role.AGENCY_STAFF, Role.MEDIATOR);
}

/** The centers of `scopes` and their subtrees, as a subquery of center ids. */
function centersIn(scopes: readonly { centerId: number; prefix: string }[]): SqlFragment {
  return {
    sql: `(select z.id from center z where ${scopes.map(() => '(z.id = ? or z.ancestry like ?)').join(' or ')})`,
    params: scopes.flatMap((s) => [s.centerId, `${s.prefix}%`]),
  };
}

/**
 * 案件可见范围, the SQL form: a condition on the `hub_case` row aliased `c`, true or false (never null),
 * for every list of cases. Same rule as `visibleTo`.
 */
export function visibleToSql(viewer: Viewer, c: string): SqlFragment {
  const key = viewer.apiKey;
  if (key) {
    if (!key.capabilities.includes(ApiCapability.CASES_READ) || key.centers.length === 0) return { sql: 'false', params: [] };
    const mine = centersIn(key.centers);
    return { sql: `${c}.center_id in ${mine.sql}`, params: mine.params };
  }
  const scopes = viewer.scopes(CENTER_READERS);
  if (scopes === 'all') return { sql: 'true', params: [] };
  const or: SqlFragment[] = [];
  if (scopes.length) {
    const mine = centersIn(scopes);
    or.push({ sql: `${c}.center_id in ${mine.sql}`, params: mine.params }, { sql: `${c}.origin_center_id in ${mine.sql}`, params: mine.params });
  }
  const assigned = (column: 'agency_id' | 'mediator_id', ids: number[]): void => {
    if (ids.length) or.push({ sql: `exists (select 1 from assignment x where x.case_id = ${c}.id and x.${column} in (${ids.map(() => '?').join(', ')}))`, params: ids });
  };
  assigned('agency_id', viewer.grants.filter((g) => g.role === Role.AGENCY_STAFF && g.agencyId !== null).map((g) => Number(g.agencyId)));
  assigned('mediator_id', viewer.grants.filter((g) => g.role === Role.MEDIATOR && g.mediatorId !== null).map((g) => Number(g.mediatorId)));
  if (or.length === 0) return { sql: 'false', params: [] };
  return { sql: `(${or.map((f) => f.sql).join(' or ')})`, params: or.flatMap((f) => f.params) };
}
