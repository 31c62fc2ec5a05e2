import { Role } from '../../shared/role.js';

/**
 * The one home of the 当日楼长's authority. On the day a person is the PUBLISHED building manager of a
 * center, they hold DISPATCHER and LEADER over that center (and, as every center grant, the centers
 * below it): they may dispatch, reassign and supervise its cases. The grant is derived from the published
 * rota, never stored as a role, and ends at midnight Beijing time (the date is the hub clock's Shanghai date).
 *
 * `loadViewer` appends these rows to the granted roles in the same statement, so HTTP, WebSocket, lists,
 * `node` and subscriptions all see the same viewer. Publishing the rota announces an access change for the
 * people whose duty today it changed (`PublishService`).
 */
export const BUILDING_MANAGER_ROLES: readonly Role[] = [Role.DISPATCHER, Role.LEADER];

/**
 * Rows shaped like `role_assignment` joined to `center` (role, center_id, ancestry, agency_id,
 * mediator_id) plus `duty_date`, for parameters (userId, date).
 */
export const DUTY_GRANTS_SQL = `
  select r.role, pd.center_id, c.ancestry, null::int as agency_id, null::int as mediator_id, to_char(pd.date, 'YYYY-MM-DD') as duty_date
    from published_duty pd
    join center c on c.id = pd.center_id and c.archived_at is null
    cross join (values ${BUILDING_MANAGER_ROLES.map((r) => `('${r}')`).join(', ')}) as r(role)
   where pd.user_id = ? and pd.kind = 'BUILDING_MANAGER' and pd.date = ?::date`;

/** "as 楼长 of <date>": how the timeline and the audit show an action taken on the rota's authority. */
export function actingAsLabel(date: string): string {
  return `以${date}当日楼长身份 / as 楼长 of ${date}`;
}
