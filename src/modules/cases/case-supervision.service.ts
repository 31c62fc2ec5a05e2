import type { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorCode } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { loadCalendar, policyFor } from '../calendar/calendar.service.js';
import { addCalendarDays, deadline } from '../calendar/working-days.js';
import { CaseWorkflow } from './case-core.js';
import { inTransaction } from '../../shared/transaction.js';
import { publishCaseEvents } from './case-events.js';
import { CaseEventType } from './case-event.entity.js';
import { OPEN_STATUSES } from './case.enums.js';
import type { CaseExtensionDecideInput, CaseExtensionRequestInput, CaseSuperviseInput, SupervisionAnswerInput } from './case.inputs.js';
import { CaseAction } from './case.transitions.js';
import { overdueSql } from './overdue.js';
import { ExtensionRequest, ExtensionStatus, Supervision, SupervisionKind } from './supervision.entity.js';

/**
 * The latest answer date a supervision may set, in days after today. A supervision asks for a report on a
 * stalled case; the longest limit the law gives a case is 60 + 30 days (信访工作条例 art. 34), and a
 * joint meeting's instruction (which raises a supervision with its due date) may run to a year, never more.
 */
export const SUPERVISION_DUE_MAX_DAYS = 365;

/** Why `due` cannot be a supervision's answer date given `today` (both Asia/Shanghai dates), or undefined. */
export function supervisionDueProblem(due: string, today: string, what = '回复期限'): string | undefined {
  if (due < today) return `${what}不能早于今天（${today}）`;
  const last = addCalendarDays(today, SUPERVISION_DUE_MAX_DAYS);
  if (due > last) return `${what}最迟为一年内（${last}）`;
  return undefined;
}

const OPEN = OPEN_STATUSES.map((s) => `'${s}'`).join(',');

/**
 * Puts overdue and at-risk cases under supervision: one open automatic supervision of each kind per
 * case at most (a partial unique index makes concurrent sweeps on several processes harmless).
 * Returns how many supervisions were raised.
 */
export async function sweepSupervisions(em: EntityManager, today: string): Promise<number> {
  return inTransaction(em, () => sweepInTransaction(em, today));
}

async function sweepInTransaction(em: EntityManager, today: string): Promise<number> {
  const answerBy = addCalendarDays(today, 3);
  const overdue = overdueSql('c', today);
  const raised = await em.execute<{ id: number; case_id: number; kind: string }[]>(
    `with candidates as (
       select c.id, 'OVERDUE' as kind,
              case when c.status = 'RECEIVED' and c.accept_due_date < ?::date
                   then '已超过受理期限（' || c.accept_due_date || '）仍未分流，请立即处理'
                   else '已超过办结期限（' || c.due_date || '），请说明原因并加快办理' end as instructions
         from hub_case c
        where ${overdue.sql}
       union all
       select c.id, 'AT_RISK',
              case when c.risk_level = 'HIGH' and c.status = 'RECEIVED'
                   then '高风险（可能引发群体性事件）案件尚未分流，请优先处理'
                   else '距办结期限（' || c.due_date || '）不足' || p.warn_days_before || '天，请抓紧办理' end
         from hub_case c
         join category cat on cat.id = c.category_id
         join lateral (select warn_days_before from time_limit_policy t
                        where t.kind = c.kind and (t.category_code = cat.code or t.category_code is null)
                        order by t.category_code nulls last limit 1) p on true
        where c.status in (${OPEN})
          and ((c.risk_level = 'HIGH' and c.status = 'RECEIVED')
               or (c.due_date >= ?::date and c.due_date <= ?::date + p.warn_days_before))
     )
     insert into supervision (case_id, kind, instructions, response_due_date)
     select id, kind, instructions, ?::date from candidates
     on conflict ("case_id", "kind") where "answered_at" is null and "kind" <> 'MANUAL' do nothing
     returning id, case_id, kind`,
    [today, ...overdue.params, today, today, answerBy],
  );
  if (raised.length > 0) {
    const events = await em.execute<{ id: string; case_id: number; data: Record<string, unknown> }[]>(
      `insert into case_event (case_id, type, at, data)
       select x.case_id, 'SUPERVISION_RAISED', now(), jsonb_build_object('supervisionId', x.id, 'kind', x.kind, 'automatic', true)
         from jsonb_to_recordset(?::jsonb) as x(id int, case_id int, kind text)
       returning id, case_id, data`,
      [JSON.stringify(raised)],
    );
    await publishCaseEvents(em, events.map((e) => ({ caseId: e.case_id, type: CaseEventType.SUPERVISION_RAISED, eventId: String(e.id), data: e.data })));
  }
  return raised.length;
}

export class CaseSupervisionService extends CaseWorkflow {
  async requestExtension(input: CaseExtensionRequestInput): Promise<ExtensionRequest> {
    return this.change(input, CaseAction.REQUEST_EXTENSION, 'handle', async (c, v) => {
      const reason = v.text('reason', input.reason, '延期理由', { required: true, max: 1000 });
      const policy = await policyFor(this.em, c.kind, (await c.category.loadOrFail()).code);
      const approved = await this.em.count(ExtensionRequest, { case: c.id, status: ExtensionStatus.APPROVED });
      const pending = await this.em.count(ExtensionRequest, { case: c.id, status: ExtensionStatus.PENDING });
      if (pending > 0) v.add('id', UserErrorCode.INVALID_STATE, '已有待审批的延期申请');
      if (approved >= policy.maxExtensions) {
        v.add('id', UserErrorCode.INVALID_STATE, `按“${policy.basis}”最多延期${policy.maxExtensions}次，已用完`);
      }
      if (!Number.isInteger(input.days) || input.days < 1 || input.days > policy.maxExtensionDays) {
        v.add('days', UserErrorCode.OUT_OF_RANGE, `每次延期须在1到${policy.maxExtensionDays}天之间（${policy.basis}）`);
      }
      if (!v.ok) return undefined;
      const request = this.em.create(ExtensionRequest, { case: c, days: input.days, reason: reason!, requestedBy: this.actor });
      return { result: request, event: CaseEventType.EXTENSION_REQUESTED, data: { days: input.days, reason } };
    });
  }

  async decideExtension(input: CaseExtensionDecideInput): Promise<ExtensionRequest> {
    const v0 = new Validator();
    const request = await findByGlobalId(this.em, ExtensionRequest, input.requestId, v0, 'requestId', '延期申请');
    v0.throwIfAny();
    const c = await request!.case.loadOrFail();
    return this.change({ id: c.globalId, version: input.version, field: 'requestId', label: '延期申请' }, CaseAction.DECIDE_EXTENSION, 'lead', async (cc, v) => {
      const note = v.text('note', input.note, '审批意见', { max: 500 });
      if (request!.status !== ExtensionStatus.PENDING) v.add('requestId', UserErrorCode.INVALID_STATE, '该申请已审批');
      if (!input.approve && !note) v.add('note', UserErrorCode.REQUIRED, '不批准时请说明理由');
      if (!v.ok) return undefined;
      request!.status = input.approve ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED;
      request!.decidedBy = this.actorRef;
      request!.decidedAt = this.now();
      request!.decisionNote = note ?? null;
      const before = cc.dueDate;
      if (input.approve && cc.dueDate) {
        const policy = await policyFor(this.em, cc.kind, (await cc.category.loadOrFail()).code);
        cc.dueDate = deadline(cc.dueDate, request!.days, policy.finishDayCount, await loadCalendar(this.em));
        cc.extendedDays += request!.days;
      }
      return {
        result: request!, event: CaseEventType.EXTENSION_DECIDED,
        data: { approved: input.approve, days: request!.days, dueDateBefore: before, dueDateAfter: cc.dueDate, note: note ?? null },
      };
    });
  }

  async supervise(input: CaseSuperviseInput): Promise<Supervision> {
    return this.change(input, CaseAction.SUPERVISE, 'lead', async (c, v) => {
      const instructions = v.text('instructions', input.instructions, '督办要求', { required: true, max: 1000 });
      const dueProblem = supervisionDueProblem(input.responseDueDate, shanghaiDate(this.now()));
      if (dueProblem) v.add('responseDueDate', UserErrorCode.OUT_OF_RANGE, dueProblem);
      if (!v.ok) return undefined;
      const s = this.em.create(Supervision, {
        case: c, kind: SupervisionKind.MANUAL, raisedBy: this.actor, instructions: instructions!, responseDueDate: input.responseDueDate,
      });
      await this.em.flush();
      return { result: s, event: CaseEventType.SUPERVISION_RAISED, data: { supervisionId: s.id, kind: s.kind, instructions, responseDueDate: s.responseDueDate } };
    });
  }

  async answer(input: SupervisionAnswerInput): Promise<Supervision> {
    const v0 = new Validator();
    const s = await findByGlobalId(this.em, Supervision, input.supervisionId, v0, 'supervisionId', '督办');
    v0.throwIfAny();
    const c = await s!.case.loadOrFail();
    return this.change({ id: c.globalId, version: input.version, field: 'supervisionId', label: '督办' }, CaseAction.ANSWER_SUPERVISION, 'handle', async (_c, v) => {
      const response = v.text('response', input.response, '回复', { required: true, max: 5000 });
      if (s!.answeredAt) v.add('supervisionId', UserErrorCode.INVALID_STATE, '该督办已回复');
      if (!v.ok) return undefined;
      s!.response = response!;
      s!.answeredAt = this.now();
      s!.answeredBy = this.actorRef;
      return { result: s!, event: CaseEventType.SUPERVISION_ANSWERED, data: { supervisionId: s!.id, response } };
    });
  }

  /** Runs the automatic sweep now (also runs on a timer in every hub process). */
  sweep(): Promise<number> {
    return sweepSupervisions(this.em, shanghaiDate(this.now()));
  }
}

