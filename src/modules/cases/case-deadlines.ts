import { shanghaiDate } from '../../shared/scalars.js';
import type { CalendarFollower, Recalculation } from '../calendar/calendar-year.service.js';
import { policyFor } from '../calendar/calendar.service.js';
import type { TimeLimitPolicy } from '../calendar/time-limit-policy.entity.js';
import { deadline, type OfficialCalendar } from '../calendar/working-days.js';
import { CaseWorkflow } from './case-core.js';
import { CaseEventType } from './case-event.entity.js';
import { Case } from './case.entity.js';
import { CaseStatus, OPEN_STATUSES } from './case.enums.js';
import { ExtensionRequest, ExtensionStatus } from './supervision.entity.js';

/**
 * Moves open cases' time limits when the official calendar changes (an admin enters a year's arrangement or
 * edits a day). Each date is recomputed the way it was first computed — the acceptance limit from the day
 * received, the due date from the first dispatch plus each approved extension in turn — on the new calendar.
 */
export class CaseDeadlines extends CaseWorkflow implements CalendarFollower {
  /**
   * Recomputes every open case whose acceptance or due date is on or after `from` (an earlier date cannot
   * depend on a change from `from` on). Runs inside the caller's transaction; publishes the timeline events.
   */
  async recalculate(before: OfficialCalendar, after: OfficialCalendar, from: string, reason: Record<string, unknown>): Promise<Recalculation> {
    const cases = await this.em.find(Case, {
      status: { $in: OPEN_STATUSES },
      $or: [{ status: CaseStatus.RECEIVED, acceptDueDate: { $gte: from } }, { dueDate: { $gte: from } }],
    }, { populate: ['category'], orderBy: { id: 'asc' } });
    const extensions = cases.length
      ? await this.em.find(ExtensionRequest, { case: { $in: cases.map((c) => c.id) }, status: ExtensionStatus.APPROVED }, { orderBy: { decidedAt: 'asc', id: 'asc' } })
      : [];
    const policies = new Map<string, TimeLimitPolicy>();
    const result: Recalculation = { changed: 0, unverified: 0 };
    for (const c of cases) {
      const key = `${c.kind}/${c.category.getEntity().code}`;
      if (!policies.has(key)) policies.set(key, await policyFor(this.em, c.kind, c.category.getEntity().code));
      const policy = policies.get(key)!;
      const acceptOn = (cal: OfficialCalendar) => deadline(shanghaiDate(c.receivedAt), policy.acceptDays, policy.acceptDayCount, cal);
      const dueOn = (cal: OfficialCalendar) => extensions.filter((e) => e.case.id === c.id)
        .reduce((due, e) => deadline(due, e.days, policy.finishDayCount, cal), deadline(shanghaiDate(c.dispatchedAt!), policy.finishDays, policy.finishDayCount, cal));

      const changes: Record<string, { before: string; after: string }> = {};
      let verified = true;
      if (c.status === CaseStatus.RECEIVED && c.acceptDueDate >= from) {
        if (acceptOn(before) !== c.acceptDueDate) verified = false;
        else if (acceptOn(after) !== c.acceptDueDate) changes.acceptDueDate = { before: c.acceptDueDate, after: acceptOn(after) };
      }
      if (c.dueDate !== null && c.dueDate >= from && c.dispatchedAt) {
        if (dueOn(before) !== c.dueDate) verified = false;
        else if (dueOn(after) !== c.dueDate) changes.dueDate = { before: c.dueDate, after: dueOn(after) };
      }
      if (!verified) result.unverified += 1;
      if (Object.keys(changes).length === 0) continue;
      if (changes.acceptDueDate) c.acceptDueDate = changes.acceptDueDate.after;
      if (changes.dueDate) c.dueDate = changes.dueDate.after;
      c.updatedAt = this.now(); // bumps the version: a client holding the old dates gets CONFLICT
      this.record(c, CaseEventType.DUE_DATE_RECALCULATED, { ...reason, ...changes });
      result.changed += 1;
    }
    await this.em.flush();
    await this.publish();
    return result;
  }
}
