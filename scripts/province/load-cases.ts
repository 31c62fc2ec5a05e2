/**
 * Fills the case tables from the plan, keeping only what happened before the "as of" instant: parties,
 * assignments, sessions, agreements with instalments and payments, judicial confirmations, feedback,
 * supervisions, extension requests and links. The case rows themselves come last (see `loadCaseRows`):
 * their version and updated_at are counted from the timeline.
 */
import type pg from 'pg';
import { ESTATES, VILLAGE_BASES } from './words.js';

export type Step = (label: string, sql: string, params?: unknown[]) => Promise<number>;

const NAME_KEY = (name: string) => `lower(replace(replace(regexp_replace(${name}, '\\s+', '', 'g'), '（', '('), '）', ')'))`;

/** Pairs of cases with the same repeat applicant: each is linked to the previous one in about 40% of cases. */
export async function buildLinks(db: pg.Client, asOfTs: string): Promise<void> {
  await db.query(`create temp table gen_link as
    select x.high_id, x.low_id, x.low_number, x.number as high_number, t.type, x.actor, x.t_link,
           case when t.type = 'DUPLICATE' then '同一申请人重复反映，合并关注' else '同一当事人，案源同查' end as note
      from (select c.id as high_id, c.number, c.g, c.kind, c.t_recv, c.a_disp as actor,
                   lag(c.id) over w as low_id, lag(c.number) over w as low_number, lag(c.kind) over w as low_kind, lag(c.t_recv) over w as low_recv,
                   c.t_recv + (coalesce(c.t_disp, c.t_rej, c.t_dplan) - c.t_recv) * (0.92 + 0.06 * pg_temp.r(301, c.g)) as t_link
              from gen_case c where c.pool_key is not null
            window w as (partition by c.pool_key order by c.n)) x
     cross join lateral (select case when x.kind = 'PETITION' and x.low_kind = 'PETITION' and x.t_recv - x.low_recv < interval '90 days'
                                     then 'DUPLICATE' else 'SAME_SOURCE' end as type) t
     where x.low_id is not null and pg_temp.r(300, x.g) < 0.4 and x.t_link < '${asOfTs}'::timestamptz`);
  await db.query('create unique index on gen_link (high_id)');
  await db.query('create unique index on gen_link (low_id)');
  await db.query('analyze gen_link');
}

export async function loadCaseChildren(step: Step, asOfTs: string): Promise<void> {
  const asOf = `'${asOfTs}'::timestamptz`;
  // A party is a person or an organisation drawn by key: the same key is the same person (name, ID number,
  // phone) in every case it appears in. Computed once per case, into arrays that the party rows, the
  // timeline (parties at intake, feedback names) and the case row (search text) all read. The aggregates
  // take the parties in k order, as generate_series yields them (an ORDER BY per aggregate sorts each).
  await step('parties', `create temp table gen_names as
    select c.id as case_id, o.party_base, o.supervision_base, p.*,
           p.names[1] as a_name, case when c.n_resp > 0 then p.names[c.n_app + 1] else '对方' end as r_name,
           array_to_string(p.names, ' ') as name_list
      from gen_case c
      join gen_off o on o.id = c.id
     cross join lateral (select array_agg(x.role) as roles, array_agg(x.type) as types, array_agg(x.nm) as names,
                                array_agg(x.idno) as idnos, array_agg(x.phone) as phones, array_agg(x.heads) as heads,
                                array_agg(x.addr) as addrs,
                                sum(x.heads) filter (where k <= c.n_app) as heads_total,
                                jsonb_agg(jsonb_build_object('role', x.role, 'type', x.type, 'name', x.nm, 'headcount', x.heads))
                                  filter (where k <= c.n_app + c.n_resp) as intake
         from generate_series(1, o.n_parties) k
        cross join lateral (select pg_temp.p_org(c, k) as org, pg_temp.p_pkey(c, k) as pkey, pg_temp.p_okey(c, k) as okey offset 0) y0
        cross join lateral (select y0.*, pg_temp.id17(y0.pkey, pg_temp.p_area(y0.pkey, substr(c.origin_code, 1, 6), case when k = 1 and c.rep then 0
                                     when k <= c.n_app and c.code in ('WAGE_ARREARS', 'CONSTRUCTION_PAYMENT') then 0.4 else 0.05 end)) as id17 offset 0) y
        cross join lateral (select case when k <= c.n_app then 'APPLICANT' else 'RESPONDENT' end as role,
              case when y.org then 'ORGANISATION' else 'PERSON' end as type,
              case when y.org then pg_temp.o_name(y.okey) else pg_temp.p_name(y.pkey) end as nm,
              case when y.org then case when pg_temp.r(230 + k, c.g) < 0.7 then pg_temp.o_code(y.okey) end
                   when pg_temp.r(230 + k, c.g) < case when k <= c.n_app then 0.85 else 0.4 end then pg_temp.id_text(y.id17) end as idno,
              case when y.org then case when pg_temp.r(240 + k, c.g) < 0.45 then pg_temp.phone(40000000 + y.okey) end
                   when pg_temp.r(240 + k, c.g) < case when k <= c.n_app then 0.92 else 0.55 end then pg_temp.phone(y.pkey) end as phone,
              pg_temp.p_heads(c, k) as heads, pg_temp.p_addr(c, k, y.org) as addr offset 0) x) p`);
  await step('parties index', 'create unique index on gen_names (case_id)');
  await step('case_party', `insert into case_party (id, created_at, updated_at, version, case_id, role, type, name, name_key, id_number, phone, headcount, address)
    select n.party_base + u.k, t.t, t.t, 1, n.case_id, u.role, u.type, u.name, ${NAME_KEY('u.name')}, u.idno, u.phone, u.heads, u.addr
      from gen_names n
      join gen_case c on c.id = n.case_id
     cross join lateral unnest(n.roles, n.types, n.names, n.idnos, n.phones, n.heads, n.addrs) with ordinality as u(role, type, name, idno, phone, heads, addr, k)
     cross join lateral (select case when u.k > c.n_app + c.n_resp then c.t_pa else c.t_recv end as t offset 0) t`);

  await step('assignment', `insert into assignment (created_at, updated_at, version, case_id, received_at, role, agency_id, mediator_id, assigned_by_id, assigned_at, ended_at, end_reason)
    select a.at, coalesce(e.ended, a.at), case when e.ended is null then 1 else 2 end, c.id, c.t_recv, a.role, a.agency_id, a.mediator_id, c.a_disp, a.at, e.ended, e.reason
      from gen_case c
     cross join lateral (values
         (1, 'LEAD', c.lead0_id, null::int, c.t_disp, c.reassign = 'LEAD', true),
         (2, 'COOPERATING', c.coop_id, null::int, c.t_disp, false, c.has_coop),
         (3, 'MEDIATOR', c.med_agency_ids[c.mi0], c.med_ids[c.mi0], c.t_disp, c.reassign = 'MED', c.has_med),
         (4, case when c.reassign = 'LEAD' then 'LEAD' else 'MEDIATOR' end,
             case when c.reassign = 'LEAD' then c.lead_id else c.med_agency_ids[c.mi1] end,
             case when c.reassign = 'MED' then c.med_ids[c.mi1] end, c.t_reas, false, c.reassign is not null)
       ) a(slot, role, agency_id, mediator_id, at, replaced, present)
     cross join lateral (select
         case when a.replaced and c.t_reas < ${asOf} then c.t_reas when c.fate = 'W' and c.t_w < ${asOf} then c.t_w end as ended,
         case when a.replaced and c.t_reas < ${asOf} then pg_temp.reassign_reason(c)
              when c.fate = 'W' and c.t_w < ${asOf} then '撤回：' || pg_temp.withdraw_reason(c) end as reason) e
     where c.t_disp < ${asOf} and a.present and a.at < ${asOf}`);

  await step('mediation_session', `insert into mediation_session (created_at, updated_at, version, case_id, method, held_at, participants, notes, mediator_id, recorded_by_id)
    select s.rec, s.rec, 1, c.id, s.m, s.held, pg_temp.s_participants(c, k, n.a_name, n.r_name), pg_temp.ph_session(s.m, pg_temp.r(180 + k, c.g)),
           case when c.has_med then c.med_ids[c.mi1] end, c.a_h
      from gen_case c
      join gen_names n on n.case_id = c.id
     cross join lateral generate_series(1, c.n_sess) k
     cross join lateral (select pg_temp.s_at(c.t_s1, c.sp, c.g, k) as held, pg_temp.s_rec(c.t_s1, c.sp, c.g, k) as rec, pg_temp.s_method(c, k) as m) s
     where s.rec < ${asOf}`);

  await step('agreement', `insert into agreement (id, created_at, updated_at, version, case_id, terms, total_amount, effective_date)
    select o.agreement_id, c.t_agr, c.t_agr, 1, c.id,
           replace(replace(replace(pg_temp.ph_agreement_terms(pg_temp.r(346, c.g)), '{A}', n.a_name), '{R}', n.r_name), '{M}', pg_temp.money(c.total)),
           c.total, c.eff
      from gen_case c join gen_names n on n.case_id = c.id join gen_off o on o.id = c.id where c.t_agr < ${asOf}`);

  const instalments = `from gen_case c
      join gen_off o on o.id = c.id
     cross join lateral generate_series(1, c.n_inst) k
     cross join lateral (select (array[c.due1, c.due2, c.due3])[k] as due, (array[c.amt1, c.amt2, c.amt3])[k] as amount,
                                (array[c.pat1, c.pat2, c.pat3])[k] as pat) i
     cross join lateral (select k < c.def_from and i.pat < ${asOf} as paid) p
     where c.t_agr < ${asOf}`;
  await step('instalment', `insert into instalment (created_at, updated_at, version, agreement_id, seq, due_date, amount, paid_amount)
    select c.t_agr, case when p.paid then i.pat else c.t_agr end, case when p.paid then 2 else 1 end, o.agreement_id, k, i.due, i.amount,
           case when p.paid then i.amount else 0 end
      ${instalments}`);
  await step('payment', `insert into payment (created_at, updated_at, version, agreement_id, amount, paid_date, note, recorded_by_id)
    select i.pat, i.pat, 1, o.agreement_id, i.amount, pg_temp.sh_date(i.pat), pg_temp.ph_payment_notes(pg_temp.r(350 + k, c.g)), c.a_h
      ${instalments} and p.paid`);
  await step('judicial_confirmation', `insert into judicial_confirmation (created_at, updated_at, version, agreement_id, court_id, requested_date,
                                     decision_due_date, result, decided_date, note)
    select c.t_jc_req, case when d.decided then c.t_jc_dec else c.t_jc_req end, case when d.decided then 2 else 1 end, o.agreement_id, c.court_id,
           c.jc_req, c.jc_req + 15, case when not d.decided then 'PENDING' when c.jc_ok then 'CONFIRMED' else 'REJECTED' end,
           case when d.decided then c.jc_dec end, case when d.decided and not c.jc_ok then '协议部分内容违反法律规定，驳回申请' end
      from gen_case c join gen_off o on o.id = c.id cross join lateral (select c.t_jc_dec < ${asOf} as decided) d
     where c.has_jc and c.t_jc_req < ${asOf}`);

  await step('feedback', `insert into feedback (created_at, updated_at, version, case_id, party_id, satisfaction, comment, recorded_by_id)
    select pg_temp.fb_at(c, k), pg_temp.fb_at(c, k), 1, c.id, o.party_base + k, pg_temp.sat(c, k), pg_temp.fb_comment(c, k),
           case when c.fb_disp then c.a_disp else c.a_h end
      from gen_case c join gen_off o on o.id = c.id cross join lateral generate_series(1, c.n_app) k
     where c.fb and pg_temp.fb_at(c, k) < ${asOf}`);

  await step('supervision', `insert into supervision (id, created_at, updated_at, version, case_id, kind, raised_by_id, instructions, response_due_date,
                           response, answered_by_id, answered_at)
    select pg_temp.sup_id(c, j, o.supervision_base), t, coalesce(a, t), case when a is null then 1 else 2 end, c.id, pg_temp.sup_kind(j),
           case when j = 3 then c.a_lead end, pg_temp.sup_instr(c, j), pg_temp.sup_due(c, j),
           case when a is not null then pg_temp.sup_resp(c, j) end, case when a is not null then pg_temp.sup_by(c, j) end, a
      from gen_case c
      join gen_off o on o.id = c.id
     cross join lateral generate_series(1, 5) j
     cross join lateral (select pg_temp.sup_t(c, j) as t, case when pg_temp.sup_a(c, j) < ${asOf} then pg_temp.sup_a(c, j) end as a) s
     where s.t < ${asOf}`);

  await step('extension_request', `insert into extension_request (created_at, updated_at, version, case_id, days, reason, requested_by_id, status,
                                 decided_by_id, decided_at, decision_note)
    select c.t_ext_req, case when d.decided then c.t_ext_dec else c.t_ext_req end, case when d.decided then 2 else 1 end, c.id, c.ext_days,
           pg_temp.ext_reason(c), c.a_h, case when not d.decided then 'PENDING' when c.ext_ok then 'APPROVED' else 'REJECTED' end,
           case when d.decided then c.a_lead end, case when d.decided then c.t_ext_dec end, case when d.decided then pg_temp.ext_note(c) end
      from gen_case c cross join lateral (select c.t_ext_dec < ${asOf} as decided) d
     where c.ext and c.t_ext_req < ${asOf}`);

  await step('case_link', `insert into case_link (created_at, updated_at, version, low_id, high_id, type, note, created_by_id)
    select l.t_link, l.t_link, 1, l.low_id, l.high_id, l.type, l.note, l.actor from gen_link l`);
}

/** The case rows, with version and updated_at as the timeline left them; then the number counters. */
export async function loadCaseRows(step: Step, asOfTs: string): Promise<void> {
  const asOf = `'${asOfTs}'::timestamptz`;
  const fill = (template: string) => `left(replace(replace(replace(replace(replace(replace(${template},
    '{A}', n.a_name), '{R}', n.r_name), '{N}', n.heads_total::text), '{M}', pg_temp.money(c.amount)),
    '{P}', coalesce(t.place, t.town)), '{T}', t.town), 100)`;
  await step('hub_case', `insert into hub_case (id, created_at, updated_at, version, number, tracking_code, origin_center_id, center_id, kind, channel,
      category_id, title, description, place, amount, status, risk_level, risk_flag, risk_reason, received_at, accept_due_date, dispatched_at,
      due_date, extended_days, concluded_at, closed_at, referral, outcome_note, search_text)
    select c.id, c.t_recv, coalesce(ev.updated_at, c.t_recv), 1 + coalesce(ev.changes, 0), c.number, c.tracking_code, c.origin_id,
           case when c.t_move < ${asOf} then c.center_id else c.origin_id end, c.kind, c.channel, c.category_id,
           tx.title, tx.description, t.place,
           case when c.t_upd >= ${asOf} then null else c.amount end,
           pg_temp.st(c, ${asOf}),
           case when c.t_risk < ${asOf} then pg_temp.rmax(c.auto0, c.flag_late) else c.level0 end,
           case when c.t_risk < ${asOf} then c.flag_late else c.flag0 end,
           case when c.t_risk < ${asOf} then c.reason_late else c.reason0 end,
           c.t_recv, c.accept_due,
           case when c.t_disp < ${asOf} then c.t_disp end,
           case when c.t_disp < ${asOf} then case when x.extended then c.due_eff else c.due_orig end end,
           case when x.extended then c.ext_days else 0 end,
           case when coalesce(c.t_conc, c.t_w, c.t_rej) < ${asOf} then coalesce(c.t_conc, c.t_w, c.t_rej) end,
           case when c.t_close < ${asOf} then c.t_close end,
           case when c.outcome = 'FAILED' and c.t_conc < ${asOf} then pg_temp.referral(c) end,
           pg_temp.outcome_note(c, ${asOf}),
           tx.title || ' ' || tx.description || ' ' || coalesce(t.place, '') || ' ' || n.name_list
      from gen_case c
      join gen_county gc on gc.ci = c.ci
      join gen_cat cat on cat.cat = c.cat
     cross join lateral (select * from gen_names n where n.case_id = c.id offset 0) n
      left join lateral (select * from gen_events ev where ev.case_id = c.id offset 0) ev on true
     cross join lateral (select c.ext and c.ext_ok and c.t_ext_dec < ${asOf} as extended) x
     cross join lateral (select
         case when c.origin_id <> c.county_center_id then replace(c.origin_name, '综治中心', '')
              when c.center_id <> c.county_center_id then replace(c.center_name, '综治中心', '')
              else pg_temp.pick(gc.town_names, pg_temp.r(401, c.g)) end as town) t0
     cross join lateral (select t0.town, case when pg_temp.r(402, c.g) < 0.75 then
         case when gc.urban then case when pg_temp.r(403, c.g) < 0.5 then gc.name else t0.town end || pg_temp.pick(${'$1'}::text[], pg_temp.r(404, c.g)) || '小区'
              else t0.town || pg_temp.pick(${'$2'}::text[], pg_temp.r(404, c.g)) || case when pg_temp.r(405, c.g) < 0.6 then '嘎查' else '村' end end end as place) t
     cross join lateral (select ${fill('pg_temp.pick(cat.titles, pg_temp.r(406, c.g))')} as title,
                                ${fill('pg_temp.pick(cat.descs, pg_temp.r(407, c.g))').replace(', 100)', ', 5000)')} as description) tx`, [ESTATES, VILLAGE_BASES]);
  await step('case_counter', `insert into case_counter (center_id, year, last)
    select c.origin_id, extract(year from c.t_recv at time zone 'Asia/Shanghai')::int, count(*) from gen_case c group by 1, 2 order by 1, 2`);
}
