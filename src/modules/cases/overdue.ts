import type { SqlFragment } from '../../shared/sql-fragment.js';
import { CaseStatus, OPEN_STATUSES } from './case.enums.js';

/** What the overdue rule reads of a case (an entity or a row). */
export interface OverdueFacts {
  status: string;
  /** 受理期限: the date by which a received case must be dispatched. */
  acceptDueDate: string;
  /** 办结期限: set when the case is dispatched; null before. */
  dueDate: string | null;
}

const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(',');

/**
 * 超期 (overdue), the TypeScript form: an open case past its acceptance limit while still waiting to be
 * dispatched, or past its due date. `today` is the date in Asia/Shanghai (`YYYY-MM-DD`); the limit day
 * itself is not overdue. Lists, counters, the ledger, the day board, supervision sweeps, leaders' loads
 * and joint-meeting agendas all decide it here or through `overdueSql`; a test checks the two agree.
 */
export function isOverdue(c: OverdueFacts, today: string): boolean {
  if (!(OPEN_STATUSES as string[]).includes(c.status)) return false;
  if (c.status === CaseStatus.RECEIVED && today > c.acceptDueDate) return true;
  return c.dueDate !== null && today > c.dueDate;
}

/**
 * 超期, the SQL form over the `hub_case` row aliased `c`: true or false, never null (a case without a
 * due date is simply not overdue by it), so `not (…)` selects exactly the cases that are not overdue.
 */
export function overdueSql(c: string, today: string): SqlFragment {
  return {
    sql: `(${c}.status in (${OPEN_LIST}) and ((${c}.status = '${CaseStatus.RECEIVED}' and ${c}.accept_due_date < ?::date)
      or (${c}.due_date is not null and ${c}.due_date < ?::date)))`,
    params: [today, today],
  };
}
