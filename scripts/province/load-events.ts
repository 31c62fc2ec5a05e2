/**
 * The timeline (case_event): for every case, the events the services would have written for the steps
 * its plan says happened before the "as of" instant, with the payloads the services write. Events are
 * numbered case by case in time order, so within a case the id orders them, as the hub expects.
 */
import type { Step } from './load-cases.js';

const r = (s: number | string) => `pg_temp.r(${s}, c.g)`;
const obj = (...pairs: string[]) => `jsonb_build_object(${pairs.join(', ')})`;
const assignment = (role: string, agency: string, mediator = 'null') => `jsonb_build_array(${obj(`'role', '${role}'`, `'agency', ${agency}`, `'mediator', ${mediator}`)})`;

/** Each branch yields (at, ord, type, actor, from_status, to_status, data); `ord` breaks ties between events at the same instant. */
const BRANCHES = [
  `select c.t_recv, 1, 'RECEIVED'::text, c.a_recv::int, null::text, 'RECEIVED'::text, ${obj(
    `'number', c.number`, `'kind', c.kind`, `'channel', c.channel`, `'category', c.code`, `'riskLevel', c.level0`,
    `'parties', n.intake`,
    `'acceptDueDate', c.accept_due`, `'policy', c.basis`)}`,

  `select c.t_move, 3, case c.move when 'E' then 'ESCALATED' else 'DELEGATED' end, c.a_recv, 'RECEIVED', null, ${obj(
    `'from', c.origin_name`, `'to', c.center_name`,
    `'reason', case c.move when 'E' then pg_temp.ph_escalate_reasons(${r(347)}) else pg_temp.ph_delegate_reasons(${r(347)}) end`,
    `'ended', '[]'::jsonb`)} where c.move is not null`,

  `select c.t_upd, 4, 'UPDATED', c.a_disp, pg_temp.st(c, c.t_upd), null,
     ${obj(`'before', ${obj(`'amount', null`)}`, `'after', ${obj(`'amount', c.amount::text`)}`)} where c.t_upd is not null`,

  `select l.t_link, 5, 'LINKED', l.actor, pg_temp.st(c, l.t_link), null, ${obj(`'with', l.low_number`, `'type', l.type`, `'note', l.note`)}
     from gen_link l where l.high_id = c.id`,

  `select c.t_disp, 6, 'DISPATCHED', c.a_disp, 'RECEIVED', 'DISPATCHED', ${obj(
    `'assignments', pg_temp.dispatched_list(c)`, `'dueDate', c.due_orig`,
    `'note', case when ${r(348)} < 0.3 then pg_temp.ph_dispatch_notes(${r(349)}) end`,
    `'minutesSinceReceived', round(extract(epoch from c.t_disp - c.t_recv) / 60)::int`)} where c.t_disp is not null`,

  `select c.t_reas, 7, 'REASSIGNED', c.a_disp, 'DISPATCHED', null, ${obj(`'reason', pg_temp.reassign_reason(c)`,
    `'ended', case when c.reassign = 'LEAD' then ${assignment('LEAD', 'c.lead0_short')}
               else ${assignment('MEDIATOR', 'c.med_agency_shorts[c.mi0]', 'c.med_names[c.mi0]')} end`,
    `'added', case when c.reassign = 'LEAD' then ${assignment('LEAD', 'c.lead_short')}
               else ${assignment('MEDIATOR', 'c.med_agency_shorts[c.mi1]', 'c.med_names[c.mi1]')} end`)} where c.reassign is not null`,

  // A flag raised later: the risk change is recorded inside the update, before the update itself.
  `select c.t_risk, 8, 'RISK_CHANGED', c.a_disp, null, null, ${obj(`'before', c.level0`, `'after', pg_temp.rmax(c.auto0, c.flag_late)`,
    `'automatic', c.auto0`, `'flag', c.flag_late`)} where c.t_risk is not null`,
  `select c.t_risk, 9, 'UPDATED', c.a_disp, pg_temp.st(c, c.t_risk), null, ${obj(
    `'before', ${obj(`'riskFlag', 'NONE'`, `'riskReason', null`)}`, `'after', ${obj(`'riskFlag', c.flag_late`, `'riskReason', c.reason_late`)}`)}
     where c.t_risk is not null`,

  `select c.t_pa, 10, 'PARTY_ADDED', c.a_disp, pg_temp.st(c, c.t_pa), null, ${obj(`'party', ${obj(`'role', 'RESPONDENT'`,
    `'type', n.types[c.n_app + c.n_resp + 1]`, `'name', n.names[c.n_app + c.n_resp + 1]`, `'headcount', 1`)}`)}
     where c.t_pa is not null`,

  `select c.t_ext_req, 11, 'EXTENSION_REQUESTED', c.a_h, pg_temp.st(c, c.t_ext_req), null, ${obj(`'days', c.ext_days`, `'reason', pg_temp.ext_reason(c)`)}
     where c.ext`,
  `select c.t_ext_dec, 12, 'EXTENSION_DECIDED', c.a_lead, pg_temp.st(c, c.t_ext_dec), null, ${obj(`'approved', c.ext_ok`, `'days', c.ext_days`,
    `'dueDateBefore', c.due_orig`, `'dueDateAfter', case when c.ext_ok then c.due_eff else c.due_orig end`, `'note', pg_temp.ext_note(c)`)} where c.ext`,

  `select s.rec, 13, 'SESSION_RECORDED', c.a_h, x.fs, case when x.fs = 'DISPATCHED' then 'IN_PROGRESS' end,
     ${obj(`'method', pg_temp.s_method(c, k)`, `'heldAt', pg_temp.iso(s.held)`, `'participants', pg_temp.s_participants(c, k, n.a_name, n.r_name)`)}
     from generate_series(1, c.n_sess) k
     cross join lateral (select pg_temp.s_at(c.t_s1, c.sp, c.g, k) as held, pg_temp.s_rec(c.t_s1, c.sp, c.g, k) as rec offset 0) s
     cross join lateral (select pg_temp.st(c, s.rec) as fs offset 0) x`,

  `select c.t_agr, 14, 'AGREEMENT_RECORDED', c.a_h, 'IN_PROGRESS', null, ${obj(`'totalAmount', c.total::text`, `'effectiveDate', c.eff`,
    `'instalments', (select jsonb_agg(${obj(`'dueDate', (array[c.due1, c.due2, c.due3])[k]`, `'amount', ((array[c.amt1, c.amt2, c.amt3])[k])::text`)} order by k)
       from generate_series(1, c.n_inst) k)`)} where c.t_agr is not null`,

  `select i.pat, 15, 'PAYMENT_RECORDED', c.a_h, pg_temp.st(c, i.pat), null, ${obj(`'amount', i.amount::text`, `'paidDate', pg_temp.sh_date(i.pat)`,
    `'outstanding', (c.total - i.cum)::text`, `'note', pg_temp.ph_payment_notes(${r('350 + k')})`)}
     from generate_series(1, c.n_inst) k
     cross join lateral (select (array[c.pat1, c.pat2, c.pat3])[k] as pat, (array[c.amt1, c.amt2, c.amt3])[k] as amount,
                                (array[c.amt1, c.amt1 + c.amt2, c.total])[k] as cum offset 0) i
     where c.t_agr is not null and k < c.def_from`,

  `select c.t_conc, 16, c.outcome, c.a_h, 'IN_PROGRESS', c.outcome, case when c.outcome = 'RESOLVED' then ${obj(`'note', pg_temp.resolve_note(c)`)}
     else ${obj(`'referral', pg_temp.referral(c)`, `'note', pg_temp.fail_note(c)`)} end where c.t_conc is not null`,

  `select c.t_jc_req, 17, 'CONFIRMATION_REQUESTED', c.a_h, pg_temp.st(c, c.t_jc_req), null, ${obj(`'court', c.court_name`,
    `'requestedDate', c.jc_req`, `'decisionDueDate', c.jc_req + 15`)} where c.has_jc`,
  `select c.t_jc_dec, 18, 'CONFIRMATION_DECIDED', c.a_h, pg_temp.st(c, c.t_jc_dec), null, ${obj(
    `'result', case when c.jc_ok then 'CONFIRMED' else 'REJECTED' end`, `'decidedDate', c.jc_dec`, `'withinLimit', c.jc_dec <= c.jc_req + 15`)}
     where c.has_jc`,

  // Automatic supervisions are raised by the sweep (no actor, no status); a leader's goes through the workflow.
  `select s.t, 19, 'SUPERVISION_RAISED', case when j = 3 then c.a_lead end, case when j = 3 then pg_temp.st(c, s.t) end, null,
     case when j = 3 then ${obj(`'supervisionId', s.id`, `'kind', 'MANUAL'`, `'instructions', pg_temp.sup_instr(c, j)`, `'responseDueDate', c.man_due`)}
          else ${obj(`'supervisionId', s.id`, `'kind', pg_temp.sup_kind(j)`, `'automatic', true`)} end
     from generate_series(1, 5) j
     cross join lateral (select pg_temp.sup_t(c, j) as t, pg_temp.sup_id(c, j, n.supervision_base) as id offset 0) s where s.t is not null`,
  `select s.a, 20, 'SUPERVISION_ANSWERED', pg_temp.sup_by(c, j), pg_temp.st(c, s.a), null, ${obj(`'supervisionId', s.id`, `'response', pg_temp.sup_resp(c, j)`)}
     from generate_series(1, 5) j
     cross join lateral (select pg_temp.sup_a(c, j) as a, pg_temp.sup_id(c, j, n.supervision_base) as id offset 0) s where pg_temp.sup_t(c, j) is not null`,

  `select pg_temp.fb_at(c, k), 21, 'FEEDBACK_RECORDED', case when c.fb_disp then c.a_disp else c.a_h end, c.outcome, null,
     ${obj(`'party', n.names[k]`, `'satisfaction', pg_temp.sat(c, k)`, `'comment', pg_temp.fb_comment(c, k)`)}
     from generate_series(1, c.n_app) k where c.fb`,

  `select c.t_close, 22, 'CLOSED', c.a_disp, c.outcome, 'CLOSED', ${obj(
    `'note', case when ${r(355)} < 0.5 then pg_temp.ph_close_notes(${r(356)}) end`,
    `'withoutFeedbackReason', case when not c.fb then pg_temp.ph_without_feedback(${r(357)}) end`,
    `'satisfaction', case when c.fb then (select jsonb_agg(pg_temp.sat(c, k) order by k) from generate_series(1, c.n_app) k) else '[]'::jsonb end`)}
     where c.t_close is not null`,

  `select c.t_rej, 23, 'REJECTED', c.a_disp, 'RECEIVED', 'REJECTED', ${obj(`'reason', pg_temp.reject_reason(c)`)} where c.fate = 'R'`,
  `select c.t_w, 24, 'WITHDRAWN', c.a_disp, pg_temp.st(c, c.t_w), 'WITHDRAWN', ${obj(`'reason', pg_temp.withdraw_reason(c)`,
    `'ended', case when c.w_stage = 0 then '[]'::jsonb else pg_temp.dispatched_list(c) end`)} where c.fate = 'W'`,

  // The other side of a link is recorded on the earlier case too, without changing it.
  `select l.t_link, 25, 'LINKED', l.actor, null, null, ${obj(`'with', l.high_number`, `'type', l.type`, `'note', l.note`)}
     from gen_link l where l.low_id = c.id`,
];

export async function loadEvents(step: Step, asOfTs: string): Promise<void> {
  // Ids come from the sequence in the order rows are inserted: cases in receiving order (read along the
  // index on n), each case's events in time order; so within a case the id orders the timeline.
  await step('case_event', `insert into case_event (case_id, type, actor_id, at, from_status, to_status, data)
    select c.id, e.type, e.actor, e.at, e.fs, e.ts, e.data
      from gen_case c
     cross join lateral (select * from gen_names n where n.case_id = c.id offset 0) n
     cross join lateral (select * from (${BRANCHES.join('\n     union all ')}) e0(at, ord, type, actor, fs, ts, data)
                          where e0.at < '${asOfTs}'::timestamptz) e
     order by c.n, e.at, e.ord`);
}

/** Per case: how many changes its timeline records (each bumped the version) and when the last one was. */
export async function summariseEvents(step: Step, caseId0: number): Promise<void> {
  await step('timeline summary', `create temp table gen_events as
    select case_id, count(*) filter (where from_status is not null) as changes, max(at) filter (where from_status is not null) as updated_at
      from case_event where case_id > ${caseId0} group by case_id`);
  await step('timeline summary index', 'create unique index on gen_events (case_id)');
}
