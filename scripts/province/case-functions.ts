/**
 * Functions over a planned case (`gen_case` row) shared by the table loaders and the timeline, so that
 * a reason, a satisfaction or a supervision id is the same value in its table and in the timeline, and
 * a case's status at any instant follows from its planned moments. Parties are computed once, into
 * case_party; everything else reads their names from there (see `gen_names`).
 */
import type pg from 'pg';
import { arr } from './sql-functions.js';
import { PHRASES } from './texts.js';
import { ORG_GROUPS, VILLAGE_BASES, STREET_BASES } from './words.js';

const fn = (signature: string, returns: string, body: string) =>
  `create function pg_temp.${signature} returns ${returns} language sql stable as $f$ select ${body} $f$;`;

/** `ph_<name>(u)`: a phrase from PHRASES.<name>; `ph_session(method, u)`: notes of a session held that way. */
export function phraseSql(): string[] {
  const lists = Object.entries(PHRASES).filter(([, v]) => Array.isArray(v)) as [string, string[]][];
  const snake = (s: string) => s.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
  return [
    ...lists.map(([name, values]) => fn(`ph_${snake(name)}(u float8)`, 'text', `pg_temp.pick(${arr(values, 'text')}, u)`)),
    fn('ph_session(method text, u float8)', 'text', `case method ${Object.entries(PHRASES.sessionNotes)
      .map(([m, notes]) => `when '${m}' then pg_temp.pick(${arr(notes, 'text')}, u)`).join(' ')} end`),
  ];
}

export function caseFunctionSql(cases: number, countyNames: string[], asOfTs: string): string[] {
  const asOf = `'${asOfTs}'::timestamptz`;
  const village = ORG_GROUPS.findIndex(([key]) => key === 'village');
  // Organisations of a county and group: a pool growing with the county's cases, drawn from unevenly (big firms recur).
  const POOL = 'least(9999, greatest(20, round(c.county_cases * 0.03)))';
  return [
    // The status in effect just before instant t (an event at t sees the status before it).
    fn('st(c gen_case, t timestamptz)', 'text', `case
      when c.fate = 'R' then case when t > c.t_rej then 'REJECTED' else 'RECEIVED' end
      when c.fate = 'W' and t > c.t_w then 'WITHDRAWN'
      when c.t_disp is null or t <= c.t_disp then 'RECEIVED'
      when c.n_sess = 0 or t <= c.t_s1rec then 'DISPATCHED'
      when c.t_conc is null or t <= c.t_conc then 'IN_PROGRESS'
      when t <= c.t_close then c.outcome
      else 'CLOSED' end`),
    fn('cname(ci int)', 'text', `(${arr(countyNames, 'text')})[ci]`),
    fn('money(x numeric)', 'text', `case when x is null then '若干' when x >= 10000 then trim_scale(round(x / 10000, 2))::text || '万元'
      else trim_scale(x)::text || '元' end`),
    fn('referral(c gen_case)', 'text', `case
      when c.code in ('WAGE_ARREARS', 'LABOUR_CONTRACT') then case when pg_temp.r(59, c.g) < 0.6 then 'ARBITRATION' else 'LITIGATION' end
      when c.kind = 'PETITION' then (array['ADMINISTRATIVE_REVIEW','LITIGATION','NONE'])[width_bucket(pg_temp.r(59, c.g), array[0.5, 0.9]::float8[]) + 1]
      else (array['LITIGATION','ARBITRATION','NONE'])[width_bucket(pg_temp.r(59, c.g), array[0.85, 0.9]::float8[]) + 1] end`),
    // Parties: applicants 1..n_app, then respondents; one respondent may have been added after dispatch.
    fn('p_role(c gen_case, k int)', 'text', `case when k <= c.n_app then 'APPLICANT' else 'RESPONDENT' end`),
    fn('p_org(c gen_case, k int)', 'bool', `case when k = 1 and c.rep then false
      when k <= c.n_app then pg_temp.r(200 + k, c.g) < c.app_org else pg_temp.r(200 + k, c.g) < c.resp_org end`),
    fn('p_pkey(c gen_case, k int)', 'bigint', `case when k = 1 and c.rep then c.pool_key else (k - 1)::bigint * ${cases + 1} + c.g end`),
    fn('p_okey(c gen_case, k int)', 'bigint', `(c.ci * 10 + pg_temp.pick(c.org_groups, pg_temp.r(210 + k, c.g)))::bigint * 10000
      + floor(case when pg_temp.pick(c.org_groups, pg_temp.r(210 + k, c.g)) = ${village} then least(60, ${POOL}) else ${POOL} end
        * pg_temp.r(220 + k, c.g) ^ 2)::bigint`),
    fn('p_heads(c gen_case, k int)', 'int', `case when k = 1 then c.hc
      when k <= c.n_app and pg_temp.r(250 + k, c.g) < 0.08 then 2 + floor(pg_temp.r(260 + k, c.g) * 3)::int else 1 end`),
    fn('p_addr(c gen_case, k int, org bool)', 'text', `case
      when org then case when pg_temp.r(270 + k, c.g) < 0.5 then pg_temp.cname(c.ci)
        || pg_temp.pick(${arr(STREET_BASES, 'text')}, pg_temp.r(280 + k, c.g)) || '路' || (1 + floor(pg_temp.r(290 + k, c.g) * 300))::int || '号' end
      when pg_temp.r(270 + k, c.g) < 0.35 then pg_temp.cname(c.ci) || pg_temp.pick(${arr(VILLAGE_BASES, 'text')}, pg_temp.r(280 + k, c.g))
        || case when pg_temp.r(290 + k, c.g) < 0.6 then '嘎查' else '村' end end`),
    fn('handler_name(c gen_case)', 'text', `case when c.has_med then c.med_names[c.mi1]
      else case when c.reassign = 'LEAD' then c.lead_short else c.lead0_short end || '工作人员' end`),
    // Feedback of applicant k.
    fn('sat(c gen_case, k int)', 'text', `case when c.outcome = 'RESOLVED'
      then (array['VERY_SATISFIED','SATISFIED','NEUTRAL','DISSATISFIED','VERY_DISSATISFIED','UNREACHABLE'])[width_bucket(pg_temp.r(310 + k, c.g), array[0.45,0.83,0.93,0.955,0.96]::float8[]) + 1]
      else (array['VERY_SATISFIED','SATISFIED','NEUTRAL','DISSATISFIED','VERY_DISSATISFIED','UNREACHABLE'])[width_bucket(pg_temp.r(310 + k, c.g), array[0.05,0.25,0.60,0.85,0.90]::float8[]) + 1] end`),
    fn('fb_comment(c gen_case, k int)', 'text', `case
      when pg_temp.sat(c, k) in ('DISSATISFIED', 'VERY_DISSATISFIED') then pg_temp.ph_comments_bad(pg_temp.r(320 + k, c.g))
      when pg_temp.sat(c, k) in ('VERY_SATISFIED', 'SATISFIED') and pg_temp.r(330 + k, c.g) < 0.3 then pg_temp.ph_comments_good(pg_temp.r(320 + k, c.g)) end`),
    fn('fb_at(c gen_case, k int)', 'timestamptz', `c.t_fb0 + (k - 1) * interval '7 minutes'`),
    // Outcome notes and reasons, the same in the case row and in its timeline.
    fn('resolve_note(c gen_case)', 'text', 'pg_temp.ph_resolve_notes(pg_temp.r(341, c.g))'),
    fn('fail_note(c gen_case)', 'text', 'pg_temp.ph_fail_notes(pg_temp.r(342, c.g))'),
    fn('reject_reason(c gen_case)', 'text', 'pg_temp.ph_reject_reasons(pg_temp.r(343, c.g))'),
    fn('withdraw_reason(c gen_case)', 'text', 'pg_temp.ph_withdraw_reasons(pg_temp.r(344, c.g))'),
    fn('outcome_note(c gen_case, t timestamptz)', 'text', `case
      when c.fate = 'R' and c.t_rej < t then pg_temp.reject_reason(c)
      when c.fate = 'W' and c.t_w < t then pg_temp.withdraw_reason(c)
      when c.t_conc < t then case when c.outcome = 'RESOLVED' then pg_temp.resolve_note(c) else pg_temp.fail_note(c) end end`),
    // Session k.
    fn('s_method(c gen_case, k int)', 'text', `(array['FACE_TO_FACE','SEPARATE','PHONE','VIDEO'])[width_bucket(pg_temp.r(160 + k, c.g), array[0.5,0.7,0.9]::float8[]) + 1]`),
    fn('s_participants(c gen_case, k int, a text, r text)', 'text', `replace(replace(replace(pg_temp.ph_participants(pg_temp.r(170 + k, c.g)),
      '{H}', pg_temp.handler_name(c)), '{A}', a), '{R}', r)`),
    // The assignments current right after dispatch, as the timeline describes them.
    fn('dispatched_list(c gen_case)', 'jsonb', `jsonb_build_array(jsonb_build_object('role', 'LEAD', 'agency', c.lead0_short, 'mediator', null))
      || case when c.has_coop then jsonb_build_array(jsonb_build_object('role', 'COOPERATING', 'agency', c.coop_short, 'mediator', null)) else '[]'::jsonb end
      || case when c.has_med then jsonb_build_array(jsonb_build_object('role', 'MEDIATOR', 'agency', c.med_agency_shorts[c.mi0], 'mediator', c.med_names[c.mi0])) else '[]'::jsonb end`),
    fn('reassign_reason(c gen_case)', 'text', `case when c.reassign = 'LEAD' then '信访事项转交有权处理的职能部门办理'
      else pg_temp.ph_reassign_reasons(0.5 * pg_temp.r(345, c.g)) end`),
    fn('ext_reason(c gen_case)', 'text', 'pg_temp.ph_extension_reasons(pg_temp.r(370, c.g))'),
    fn('ext_note(c gen_case)', 'text', `case when not c.ext_ok then pg_temp.ph_extension_rejected(pg_temp.r(372, c.g))
      when pg_temp.r(371, c.g) < 0.5 then pg_temp.ph_extension_approved(pg_temp.r(372, c.g)) end`),
    // Supervisions, in slots: 1 high risk not yet dispatched, 2 acceptance overdue, 3 raised by a leader,
    // 4 due date near, 5 past the due date. Slots that happened get consecutive ids from the case's base.
    fn('sup_t(c gen_case, j int)', 'timestamptz', '(array[c.t_high, c.t_acc, c.t_man, c.t_risk_s, c.t_over])[j]'),
    fn('sup_a(c gen_case, j int)', 'timestamptz', '(array[c.a_high, c.a_acc, c.a_man, c.a_risk, c.a_over])[j]'),
    fn('sup_kind(j int)', 'text', `(array['AT_RISK', 'OVERDUE', 'MANUAL', 'AT_RISK', 'OVERDUE'])[j]`),
    fn('sup_in(c gen_case, j int)', 'int', `case when pg_temp.sup_t(c, j) < ${asOf} then 1 else 0 end`),
    fn('sup_id(c gen_case, j int, base bigint)', 'bigint', `base + ${[1, 2, 3, 4, 5].map((i) => `case when ${i} <= j then pg_temp.sup_in(c, ${i}) else 0 end`).join(' + ')}`),
    fn('sup_instr(c gen_case, j int)', 'text', `case j
      when 1 then '高风险（可能引发群体性事件）案件尚未分流，请优先处理'
      when 2 then '已超过受理期限（' || c.accept_due || '）仍未分流，请立即处理'
      when 3 then pg_temp.ph_supervision_instructions(pg_temp.r(363, c.g))
      when 4 then '距办结期限（' || c.due_eff || '）不足' || c.warn_days || '天，请抓紧办理'
      else '已超过办结期限（' || c.due_eff || '），请说明原因并加快办理' end`),
    fn('sup_due(c gen_case, j int)', 'date', `case when j = 3 then c.man_due else pg_temp.sh_date(pg_temp.sup_t(c, j)) + 3 end`),
    fn('sup_resp(c gen_case, j int)', 'text', 'pg_temp.ph_supervision_responses(pg_temp.r(360 + j, c.g))'),
    // Who answers: reception staff while the case waits for dispatch, its handler afterwards.
    fn('sup_by(c gen_case, j int)', 'int', 'case when j <= 2 then c.a_disp else c.a_h end'),
  ];
}

export async function createPhraseFunctions(db: pg.Client): Promise<void> {
  for (const sql of phraseSql()) await db.query(sql);
}

/** Needs the plan table `gen_case` (its row type is the functions' argument). */
export async function createCaseFunctions(db: pg.Client, cases: number, countyNames: string[], asOfTs: string): Promise<void> {
  for (const sql of caseFunctionSql(cases, countyNames, asOfTs)) await db.query(sql);
}
