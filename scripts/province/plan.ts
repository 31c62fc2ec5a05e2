/**
 * The case plan: one row per case in the temporary table `gen_case`, holding every random choice and
 * every moment of the case's life (received, dispatched, sessions, agreement and payments, feedback,
 * closure, extension, supervisions), whether or not the moment lies before the "as of" instant. The
 * tables are then filled from the plan, and the timeline keeps only what happened before that instant.
 *
 * Randomness is `pg_temp.r(stream, g)`: a hash of (seed, stream, g), so a case's choices depend only
 * on the seed and its generation number g, never on the order rows are processed in.
 */
import type pg from 'pg';

const r = (s: number, g = 'g') => `pg_temp.r(${s}, ${g})`;
const mins = (expr: string) => `(${expr}) * interval '1 minute'`;
const days = (expr: string) => `(${expr}) * interval '1 day'`;

export interface PlanInput {
  cases: number;
  /** Ids of the new rows start after these. */
  caseId0: number;
  partyId0: number;
  agreementId0: number;
  supervisionId0: number;
  windowStart: string;
  windowDays: number;
  asOfTs: string;
  /** Cumulative shares: counties, days of the window, categories (rural, urban). */
  countyCum: number[];
  dayCum: number[];
  ruralCum: number[];
  urbanCum: number[];
}

/** Random draws: county, day and time received, category, kind and channel. */
function stageA(p: PlanInput): string {
  return `create temp table gen_a as
  select s.g, s.ci, c.cat, k.kind, ch.channel, s.slot_u, gc.n_towns, gc.urban,
         pg_temp.sh_at($3::date + s.day_off, m.minutes) as t_recv
    from (select g, width_bucket(${r(1)}, $1::float8[]) + 1 as ci, width_bucket(${r(2)}, $2::float8[]) as day_off,
                 ${r(3)} as u3, ${r(4)} as u4, ${r(5)} as u5, ${r(6)} as slot_u, ${r(7)} as u7, ${r(8)} as u8
            from generate_series(1, ${p.cases}) g) s
    join gen_county gc on gc.ci = s.ci
    cross join lateral (select width_bucket(s.u3, case when gc.urban then $4::float8[] else $5::float8[] end) + 1 as cat offset 0) c
    join gen_cat cat on cat.cat = c.cat
    cross join lateral (select case when s.u4 < cat.petition_share then 'PETITION' else 'DISPUTE' end as kind offset 0) k
    cross join lateral (select case
        when s.u8 < 0.15 * s.day_off / ${p.windowDays}.0 then 'ONLINE'
        when k.kind = 'PETITION' then (array['PETITION_VISIT','PETITION_LETTER','ONLINE','PHONE','TRANSFER'])[width_bucket(s.u5, array[0.40,0.60,0.80,0.92]::float8[]) + 1]
        else (array['WALK_IN','PHONE','ONLINE','GRID_REPORT','TRANSFER'])[width_bucket(s.u5, array[0.38,0.53,0.73,0.93]::float8[]) + 1] end as channel offset 0) ch
    cross join lateral (select case when ch.channel = 'ONLINE' then 420 + s.u7 * 960
        when s.u7 < 0.6 then 480 + s.u7 / 0.6 * 240 else 870 + (s.u7 - 0.6) / 0.4 * 210 end as minutes offset 0) m`;
}

/** Fate, movement between centers, dispatch, handling time, sessions, outcome, parties, amount and risk. */
function stageC(p: PlanInput): string {
  const G = 'b.g';
  return `select b.g, b.n, ${p.caseId0} + b.n as id, b.ci, b.cat, cat.category_id, cat.code, b.kind, b.channel, b.t_recv,
         b.origin_id, b.number, b.tracking_code, gc.center_id as county_center_id, count(*) over (partition by b.ci) as county_cases,
         pol.accept_days, pol.accept_w, pol.finish_days, pol.finish_w, pol.max_ext_days, pol.warn_days, pol.basis,
         f.fate, f.w_stage, mv.move,
         case when mv.move = 'E' then gc.center_id when mv.move = 'D' then gc.town_ids[mv.to_slot] else b.origin_id end as center_id,
         pg_temp.dl(pg_temp.sh_date(b.t_recv), pol.accept_days, pol.accept_w) as accept_due,
         dp.t_dplan,
         case when mv.move is not null then b.t_recv + (dp.t_dplan - b.t_recv) * (0.05 + 0.2 * ${r(18, G)}) end as t_move,
         case when f.fate in ('N','S') or (f.fate = 'W' and f.w_stage >= 1) then dp.t_dplan end as t_disp,
         hd.hd, hd.f1,
         case when f.fate = 'W' then (case when f.w_stage = 2 then 1 else 0 end)
              when f.fate in ('N','S') then least(1 + width_bucket(${r(22, G)}, case when b.kind = 'PETITION'
                then array[0.15,0.35,0.60,0.80]::float8[] else array[0.25,0.50,0.72,0.87]::float8[] end), 1 + floor(3 * hd.hd)::int)
              else 0 end as n_sess,
         case when f.fate = 'R' then b.t_recv + ${mins(`pg_temp.lu(60, 14400, ${r(24, G)})`)} end as t_rej,
         case when f.fate in ('N','S') then case when ${r(25, G)} < (case when b.kind = 'PETITION' then 0.07 else 0.035 end)
              * (case when cat.code in ('LAND_GRASSLAND','MEDICAL') then 1.5 else 1 end) then 'FAILED' else 'RESOLVED' end end as outcome,
         hc.hc,
         case when b.kind = 'PETITION' then 1 + width_bucket(${r(42, G)}, array[0.45,0.75,0.90]::float8[])
              else 1 + width_bucket(${r(42, G)}, array[0.55,0.83,0.94]::float8[]) end as n_app,
         case when b.kind = 'PETITION' then width_bucket(${r(43, G)}, array[0.30,0.80]::float8[])
              else 1 + width_bucket(${r(43, G)}, array[0.62,0.90]::float8[]) end as n_resp,
         ${r(44, G)} < 0.05 as rep,
         case when ${r(48, G)} < cat.amount_share then greatest(100, round((case when cat.code = 'WAGE_ARREARS' and hc.hc > 1
              then hc.hc * pg_temp.lu(3000, 40000, ${r(49, G)}) else pg_temp.lu(cat.amount_min, cat.amount_max, ${r(49, G)}) end)::numeric, -2))::numeric(16,2) end as amount,
         risk.auto0, risk.flag0, pg_temp.rmax(risk.auto0, risk.flag0) as level0,
         case when risk.flag0 <> 'NONE' then pg_temp.ph_risk_reasons(${r(46, G)}) end as reason0,
         case when ${r(47, G)} < 0.7 then 'MEDIUM' else 'HIGH' end as flag_late,
         pg_temp.ph_risk_reasons(${r(39, G)}) as reason_late,
         ${r(30, G)} < 0.008 as risk_late_u, ${r(32, G)} < 0.05 as amount_late_u, ${r(28, G)} < 0.06 as party_added_u,
         case when cat.code = 'CONSTRUCTION_PAYMENT' then 0.3 when cat.code = 'WAGE_ARREARS' then 0 else 0.03 end as app_org,
         cat.resp_org, cat.org_groups
    from gen_b b
    join gen_county gc on gc.ci = b.ci
    join gen_cat cat on cat.cat = b.cat
    join gen_policy pol on pol.cat = b.cat and pol.kind = b.kind
    cross join lateral (select
        case when b.kind = 'PETITION' and ${r(10, G)} < 0.05 then 'R'
             when ${r(10, G)} >= 0.05 and ${r(10, G)} < 0.07 then 'W'
             when ${r(10, G)} >= 0.07 and ${r(10, G)} < 0.075 then 'S' else 'N' end as fate,
        width_bucket(${r(11, G)}, array[0.35, 0.8]::float8[]) as w_stage offset 0) f
    cross join lateral (select
        case when f.fate <> 'R' and b.slot > 0 and ${r(16, G)} < 0.05 then 'E'
             when f.fate <> 'R' and b.slot = 0 and gc.n_towns > 0 and ${r(16, G)} < 0.03 then 'D' end as move,
        1 + floor(${r(17, G)} * gc.n_towns)::int as to_slot offset 0) mv
    cross join lateral (select b.t_recv + ${mins(`case
        when ${r(12, G)} < 0.03 then case when b.kind = 'PETITION' then pg_temp.lu(16 * 1440, 25 * 1440, ${r(13, G)}) else pg_temp.lu(5 * 1440, 12 * 1440, ${r(13, G)}) end
        when b.channel = 'ONLINE' and ${r(14, G)} < 0.7 then 5 + 10 * ${r(13, G)}
        when b.kind = 'PETITION' then pg_temp.lu(60, 10 * 1440, ${r(13, G)})
        when b.channel in ('WALK_IN', 'PETITION_VISIT') then pg_temp.lu(10, 240, ${r(13, G)})
        else pg_temp.lu(30, 3 * 1440, ${r(13, G)}) end
        + case when mv.move is not null then 600 + 1440 * ${r(15, G)} else 0 end`)} as t_dplan offset 0) dp
    cross join lateral (select case
        when f.fate = 'S' then pg_temp.lu(200, 500, ${r(20, G)})
        when ${r(21, G)} < 0.08 then case when b.kind = 'PETITION' then pg_temp.lu(50, 95, ${r(20, G)}) else pg_temp.lu(24, 55, ${r(20, G)}) end
        when b.kind = 'PETITION' then pg_temp.lu(2, 50, ${r(20, G)})
        else pg_temp.lu(0.1, 25, ${r(20, G)}) end as hd,
        0.05 + 0.35 * ${r(23, G)} as f1 offset 0) hd
    cross join lateral (select case
        when cat.code = 'WAGE_ARREARS' and ${r(40, G)} < 0.3 then round(pg_temp.lu(5, 120, ${r(41, G)}))::int
        when cat.code = 'LAND_GRASSLAND' and b.kind = 'PETITION' and ${r(40, G)} < 0.25 then round(pg_temp.lu(3, 40, ${r(41, G)}))::int
        when cat.code = 'PROPERTY_MANAGEMENT' and ${r(40, G)} < 0.35 then round(pg_temp.lu(5, 200, ${r(41, G)}))::int
        when cat.code = 'CONSUMER' and ${r(40, G)} < 0.05 then round(pg_temp.lu(5, 60, ${r(41, G)}))::int
        when ${r(40, G)} < 0.03 then 2 + floor(${r(41, G)} * 5)::int else 1 end as hc offset 0) hc
    cross join lateral (select case when hc.hc >= 30 then 'HIGH' when hc.hc >= 5 then 'MEDIUM' else 'NONE' end as auto0 offset 0) a0
    cross join lateral (select a0.auto0, case
        when ${r(45, G)} < 0.025 then case when ${r(38, G)} < 0.7 then 'MEDIUM' else 'HIGH' end
        when a0.auto0 <> 'NONE' and ${r(45, G)} < 0.2 then 'HIGH' else 'NONE' end as flag0 offset 0) risk`;
}

/** Sessions, dispatch targets, reassignment and the other steps placed between dispatch and the first session. */
function stageD(p: PlanInput): string {
  const s1 = `c.t_disp + ${days('c.f1 * c.hd')}`;
  const sp = `${days('(0.8 - c.f1) * c.hd / (greatest(c.n_sess, 1) - 1 + 0.8)')}`;
  return `select c.*, x.t_s1, x.sp,
         pg_temp.s_rec(x.t_s1, x.sp, c.g, 1) as t_s1rec,
         pg_temp.s_rec(x.t_s1, x.sp, c.g, greatest(c.n_sess, 1)) as t_snrec,
         case when c.fate in ('N','S') then c.t_disp + ${days('c.hd')} end as t_conc,
         case when c.fate = 'W' then case c.w_stage
              when 0 then c.t_recv + (c.t_dplan - c.t_recv) * 0.8
              when 1 then c.t_disp + (x.t_s1 - c.t_disp) * 0.7
              else pg_temp.s_rec(x.t_s1, x.sp, c.g, 1) + (c.t_disp + ${days('c.hd')} - pg_temp.s_rec(x.t_s1, x.sp, c.g, 1)) * 0.5 end end as t_w,
         case when c.fate in ('N','S') then c.t_disp + (x.t_s1 - c.t_disp) * (0.2 + 0.4 * ${r(27, 'c.g')}) end as t_reas,
         case when c.fate in ('N','S') and c.party_added_u then c.t_disp + (x.t_s1 - c.t_disp) * (0.65 + 0.3 * ${r(29, 'c.g')}) end as t_pa,
         case when c.fate in ('N','S') and c.risk_late_u and c.level0 = 'NONE' then c.t_disp + (x.t_s1 - c.t_disp) * (0.61 + 0.03 * ${r(31, 'c.g')}) end as t_risk,
         case when c.fate in ('N','S') and c.amount_late_u and c.amount is not null then c.t_recv + (c.t_disp - c.t_recv) * (0.3 + 0.6 * ${r(33, 'c.g')}) end as t_upd,
         d.lead_pet, d.has_coop, d.has_med, d.mi0, d.reassign,
         case when d.reassign = 'MED' then 1 + ((d.mi0 + floor(${r(38, 'c.g')} * (cardinality(rt.med_ids) - 1))::int) % cardinality(rt.med_ids)) else d.mi0 end as mi1,
         case when d.lead_pet then rt.petitions_id else rt.lead_id end as lead0_id,
         case when d.lead_pet then rt.petitions_short else rt.lead_short end as lead0_short,
         rt.lead_id, rt.lead_short, rt.coop_id, rt.coop_short, rt.court_id, rt.court_name, rt.med_ids, rt.med_names, rt.med_agency_ids,
         rt.med_agency_shorts, rt.med_users,
         pg_temp.pick(case when d.lead_pet then rt.petitions_staff else rt.lead_staff end, ${r(113, 'c.g')}) as staff0,
         pg_temp.pick(rt.lead_staff, ${r(114, 'c.g')}) as staff1
    from (${stageC(p)} offset 0) c
    join gen_route rt on rt.ci = c.ci and rt.category_id = c.category_id
    cross join lateral (select ${s1} as t_s1, ${sp} as sp offset 0) x
    cross join lateral (select c.kind = 'PETITION' and ${r(34, 'c.g')} < 0.5 as lead_pet offset 0) l
    cross join lateral (select l.lead_pet,
        not l.lead_pet and rt.coop_id is not null and ${r(35, 'c.g')} < (case when c.code = 'WAGE_ARREARS' or c.hc >= 5 then 0.3 else 0.06 end) as has_coop,
        cardinality(rt.med_ids) > 0 and ${r(36, 'c.g')} < (case when c.channel = 'ONLINE' then 0.4 else 0.15 end) as has_med,
        1 + floor(${r(37, 'c.g')} * cardinality(rt.med_ids))::int as mi0,
        case when c.fate not in ('N','S') then null
             when l.lead_pet and ${r(26, 'c.g')} < 0.25 then 'LEAD'
             when not l.lead_pet and cardinality(rt.med_ids) >= 2 and ${r(36, 'c.g')} < (case when c.channel = 'ONLINE' then 0.4 else 0.15 end)
                  and ${r(26, 'c.g')} < 0.06 then 'MED' end as reassign offset 0) d`;
}

/** Agreement, payments, judicial confirmation, feedback and closure, extension, supervisions and who acts. */
function stageE(p: PlanInput): string {
  const pay = (k: number, prev?: string) => {
    const date = `greatest(a2.eff, a3.due${k} + case when ${r(60 + k, 'c.g')} < 0.85 then floor(${r(63 + k, 'c.g')} * 6)::int - 2 else 8 + floor(${r(63 + k, 'c.g')} * 33)::int end)`;
    const at = `greatest(pg_temp.sh_at(${date}, 540 + ${r(66 + k, 'c.g')} * 510), a1.t_agr + interval '30 minutes')`;
    return prev ? `greatest(${at}, ${prev} + interval '1 day')` : at;
  };
  return `select c.*, a1.t_agr, a1.total, a1.n_inst, a2.eff, a3.due1, a3.due2, a3.due3, a3.amt1, a3.amt2, a3.amt3, a3.def_from,
         pa.pat1, pa.pat2, pa.pat3, pl.last_pay,
         jc.has_jc, jc.jc_req, jc.t_jc_req, jc.jc_dec, jc.t_jc_dec, jc.jc_ok,
         fb.t_fb0, fb.fb, fb.fb_disp, fb.t_close,
         e0.due_orig, e0.t_endo, e1.ext, e1.t_ext_req, e1.ext_days, e1.t_ext_dec, e1.ext_ok, e2.due_eff,
         su.t_acc, su.t_high, su.t_risk_s, su.t_over, su.t_man, su.man_due,
         su.t_open_end + ${mins(`60 + ${r(92, 'c.g')} * 1380`)} as a_acc,
         su.t_open_end + ${mins(`60 + ${r(94, 'c.g')} * 1380`)} as a_high,
         e0.t_endo + ${mins(`60 + ${r(96, 'c.g')} * 1380`)} as a_risk,
         e0.t_endo + ${mins(`60 + ${r(98, 'c.g')} * 1380`)} as a_over,
         su.t_man + ${mins(`120 + ${r(102, 'c.g')} * 4200`)} as a_man,
         pg_temp.pick(co.dispatchers, ${r(110, 'c.g')}) as a_recv,
         pg_temp.pick(cf.dispatchers, ${r(111, 'c.g')}) as a_disp,
         pg_temp.pick(cf.leaders, ${r(112, 'c.g')}) as a_lead,
         case when c.has_med then c.med_users[c.mi1] when c.reassign = 'LEAD' then c.staff1 else c.staff0 end as a_h,
         co.name as origin_name, co.code as origin_code, cf.name as center_name,
         case when c.rep then ${8 * (p.cases + 1)} + c.ci * 100000 + floor(${r(302, 'c.g')} * greatest(5, round(c.county_cases * 0.01)))::bigint end as pool_key
    from (${stageD(p)} offset 0) c
    join gen_center co on co.center_id = c.origin_id
    join gen_center cf on cf.center_id = c.center_id
    cross join lateral (select case when c.outcome = 'RESOLVED' and c.amount is not null and ${r(50, 'c.g')} < 0.8
           then c.t_snrec + (c.t_conc - c.t_snrec) * 0.3 end as t_agr,
        greatest(100, round(c.amount * (0.5 + 0.5 * ${r(51, 'c.g')})::numeric, -2))::numeric(16,2) as total,
        1 + width_bucket(${r(52, 'c.g')}, array[0.6, 0.85]::float8[]) as n_inst offset 0) a1
    cross join lateral (select pg_temp.sh_date(a1.t_agr) as eff offset 0) a2
    cross join lateral (select d1 as due1, d1 + 15 + floor(${r(54, 'c.g')} * 31)::int as due2,
        d1 + 30 + floor(${r(54, 'c.g')} * 31)::int + floor(${r(55, 'c.g')} * 31)::int as due3,
        case a1.n_inst when 1 then a1.total when 2 then round(a1.total * case when ${r(56, 'c.g')} < 0.5 then 0.3 else 0.5 end, 2) else round(a1.total * 0.4, 2) end as amt1,
        case a1.n_inst when 1 then null when 2 then a1.total - round(a1.total * case when ${r(56, 'c.g')} < 0.5 then 0.3 else 0.5 end, 2) else round(a1.total * 0.3, 2) end as amt2,
        case when a1.n_inst = 3 then a1.total - round(a1.total * 0.4, 2) - round(a1.total * 0.3, 2) end as amt3,
        case when ${r(57, 'c.g')} < 0.04 then 1 + floor(${r(58, 'c.g')} * a1.n_inst)::int else a1.n_inst + 1 end as def_from
      from (select a2.eff + floor(${r(53, 'c.g')} * case when a1.n_inst = 1 then 6 else 8 end)::int as d1) d offset 0) a3
    cross join lateral (select ${pay(1)} as pat1 offset 0) p1
    cross join lateral (select p1.pat1, ${pay(2, 'p1.pat1')} as pat2 offset 0) p2
    cross join lateral (select p2.pat1, p2.pat2, ${pay(3, 'p2.pat2')} as pat3 offset 0) pa
    cross join lateral (select case when a1.t_agr is null or a3.def_from = 1 then null
        else (array[pa.pat1, pa.pat2, pa.pat3])[least(a3.def_from - 1, a1.n_inst)] end as last_pay offset 0) pl
    cross join lateral (select a1.t_agr is not null and ${r(70, 'c.g')} < 0.06 as has_jc,
        a2.eff + 1 + floor(${r(71, 'c.g')} * 20)::int as jc_req, ${r(76, 'c.g')} < 0.96 as jc_ok offset 0) j0
    cross join lateral (select j0.has_jc, j0.jc_req, j0.jc_ok, pg_temp.sh_at(j0.jc_req, 600 + ${r(72, 'c.g')} * 360) as t_jc_req,
        j0.jc_req + case when ${r(73, 'c.g')} < 0.95 then 3 + floor(${r(74, 'c.g')} * 13)::int else 16 + floor(${r(74, 'c.g')} * 10)::int end as jc_dec offset 0) j1
    cross join lateral (select j1.*, pg_temp.sh_at(j1.jc_dec, 600 + ${r(75, 'c.g')} * 360) as t_jc_dec offset 0) jc
    cross join lateral (select t0 as t_fb0, f as fb, ${r(83, 'c.g')} < 0.6 as fb_disp,
        case when f then t0 + ${mins('(c.n_app - 1) * 7')} else t0 end + ${mins(`10 + ${r(82, 'c.g')} * 1430`)} as t_close
      from (select greatest(c.t_conc, pl.last_pay, case when jc.has_jc then jc.t_jc_dec end) + ${days(`1 + 6 * ${r(80, 'c.g')}`)} as t0,
                   ${r(81, 'c.g')} < 0.92 as f) f0
      where c.fate in ('N','S')
      union all select null, null, null, null where c.fate not in ('N','S')) fb
    cross join lateral (select case when c.t_disp is not null then pg_temp.dl(pg_temp.sh_date(c.t_disp), c.finish_days, c.finish_w) end as due_orig,
        coalesce(c.t_conc, c.t_w) as t_endo offset 0) e0
    cross join lateral (select x.ext, x.ext_ok,
        case when x.ext then greatest(c.t_disp + interval '2 hours',
          pg_temp.sh_at(e0.due_orig - c.warn_days - 3 - floor(${r(86, 'c.g')} * 4)::int, 540 + ${r(87, 'c.g')} * 480)) end as t_ext_req,
        case when x.ext then least(c.max_ext_days, greatest(1,
          ceil(extract(epoch from c.t_conc - pg_temp.sh_at(e0.due_orig + 1, 0)) / 86400)::int + floor(${r(88, 'c.g')} * 6)::int)) end as ext_days
      from (select c.fate in ('N','S') and c.t_conc > pg_temp.sh_at(e0.due_orig + 1, 0)
                   and ${r(85, 'c.g')} < (case when c.fate = 'S' then 0.9 else 0.7 end) as ext,
                   ${r(90, 'c.g')} < 0.88 as ext_ok) x offset 0) e
    cross join lateral (select e.*, e.t_ext_req + ${mins(`120 + ${r(89, 'c.g')} * 2760`)} as t_ext_dec offset 0) e1
    cross join lateral (select case when e1.ext and e1.ext_ok then pg_temp.dl(e0.due_orig, e1.ext_days, c.finish_w) else e0.due_orig end as due_eff offset 0) e2
    cross join lateral (select t_open_end,
        case when t_open_end > pg_temp.sh_at(c.accept_due + 1, 10 + ${r(91, 'c.g')} * 10) then pg_temp.sh_at(c.accept_due + 1, 10 + ${r(91, 'c.g')} * 10) end as t_acc,
        case when c.level0 = 'HIGH' and t_open_end > c.t_recv + ${mins(`1 + ${r(93, 'c.g')} * 9`)} then c.t_recv + ${mins(`1 + ${r(93, 'c.g')} * 9`)} end as t_high,
        case when c.t_disp < t_risk0 and e0.t_endo > t_risk0 then t_risk0 end as t_risk_s,
        case when c.t_disp is not null and e0.t_endo > t_over0 then t_over0 end as t_over,
        case when c.fate in ('N','S') and (${r(99, 'c.g')} < 0.012 or (pg_temp.rmax(c.level0, case when c.t_risk is not null then c.flag_late else 'NONE' end) = 'HIGH' and ${r(99, 'c.g')} < 0.25))
             then c.t_disp + (e0.t_endo - c.t_disp) * (0.2 + 0.4 * ${r(100, 'c.g')}) end as t_man,
        pg_temp.sh_date(c.t_disp + (e0.t_endo - c.t_disp) * (0.2 + 0.4 * ${r(100, 'c.g')})) + 3 + floor(${r(101, 'c.g')} * 5)::int as man_due
      from (select coalesce(c.t_disp, c.t_rej, c.t_w) as t_open_end,
                   pg_temp.sh_at(e2.due_eff - c.warn_days, 10 + ${r(95, 'c.g')} * 10) as t_risk0,
                   pg_temp.sh_at(e2.due_eff + 1, 10 + ${r(97, 'c.g')} * 10) as t_over0) s offset 0) su`;
}

/** Receiving order, receiving center, case number (per center and year) and tracking code. */
function stageB(): string {
  const share = '(case when a.urban then 0.72 else 0.55 end)';
  // 60 bits from the generation number through an invertible mix (so codes are unique), as 12 Crockford base-32 characters.
  const bits = (i: number) => `substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', ((m4.x4 >> ${5 * i}) & 31)::int + 1, 1)`;
  const code = [11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map(bits);
  return `create temp table gen_b as
  select x.*, gcn.code as origin_code,
         gcn.code || '-' || x.yr || '-' || lpad(row_number() over (partition by x.origin_id, x.yr order by x.n)::text, 6, '0') as number,
         ${code.slice(0, 4).join(' || ')} || '-' || ${code.slice(4, 8).join(' || ')} || '-' || ${code.slice(8).join(' || ')} as tracking_code
    from (select a.*, row_number() over (order by a.t_recv, a.g) as n, s.slot,
                 case when s.slot = 0 then gc.center_id else gc.town_ids[s.slot] end as origin_id,
                 extract(year from a.t_recv at time zone 'Asia/Shanghai')::int as yr
            from gen_a a
            join gen_county gc on gc.ci = a.ci
           cross join lateral (select case when a.slot_u < ${share} or a.n_towns = 0 then 0
                 else 1 + least(a.n_towns - 1, floor((a.slot_u - ${share}) / (1 - ${share}) * a.n_towns)::int) end as slot offset 0) s) x
    join gen_center gcn on gcn.center_id = x.origin_id
   cross join lateral (select ((x.g::numeric * 1103515245123 + pg_temp.h(303, 0) % 1000000007) % 1152921504606846976)::bigint as x1 offset 0) m1
   cross join lateral (select (m1.x1 # (m1.x1 >> 29)) as x2 offset 0) m2
   cross join lateral (select ((m2.x2::numeric * 6364136223846793005) % 1152921504606846976)::bigint as x3 offset 0) m3
   cross join lateral (select (m3.x3 # (m3.x3 >> 32)) as x4 offset 0) m4`;
}

/**
 * Where each case's rows start in the tables whose ids other rows or the timeline refer to (parties,
 * agreement, supervisions): ids are assigned here, in receiving order, for what exists "as of".
 */
function stageF(p: PlanInput): string {
  const asOf = `'${p.asOfTs}'::timestamptz`;
  return `create temp table gen_off as
  select c.id, k.np as n_parties,
         ${p.partyId0} + coalesce(sum(k.np) over prev, 0) as party_base,
         ${p.agreementId0} + coalesce(sum(k.na) over prev, 0) + 1 as agreement_id,
         ${p.supervisionId0} + coalesce(sum(k.ns) over prev, 0) as supervision_base
    from gen_case c
    cross join lateral (select c.n_app + c.n_resp + case when c.t_pa < ${asOf} then 1 else 0 end as np,
        case when c.t_agr < ${asOf} then 1 else 0 end as na,
        ${['c.t_high', 'c.t_acc', 'c.t_man', 'c.t_risk_s', 'c.t_over'].map((t) => `case when ${t} < ${asOf} then 1 else 0 end`).join(' + ')} as ns offset 0) k
    window prev as (order by c.n rows between unbounded preceding and 1 preceding)`;
}

export async function buildPlan(db: pg.Client, p: PlanInput, log: (s: string) => void): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t0 = performance.now();
    await db.query(sql, params);
    log(`    plan ${label} ${Math.round(performance.now() - t0)} ms`);
  };
  await db.query(`create function pg_temp.s_at(t_s1 timestamptz, sp interval, g bigint, k int) returns timestamptz language sql stable as
    $f$ select t_s1 + sp * ((k - 1) + case when k > 1 then 0.8 * pg_temp.r(120 + k, g) else 0 end) $f$`);
  await db.query(`create function pg_temp.s_rec(t_s1 timestamptz, sp interval, g bigint, k int) returns timestamptz language sql stable as
    $f$ select pg_temp.s_at(t_s1, sp, g, k) + least(interval '2 hours', sp * 0.15) * pg_temp.r(130 + k, g) $f$`);
  await db.query('analyze gen_county, gen_center, gen_cat, gen_policy, gen_route');
  await step('received', stageA(p), [p.countyCum, p.dayCum, p.windowStart, p.urbanCum, p.ruralCum]);
  await step('numbers', stageB());
  await db.query('drop table gen_a');
  await db.query('analyze gen_b');
  await step('lifecycle', `create temp table gen_case as ${stageE(p)}`);
  await db.query('drop table gen_b');
  await db.query('create unique index gen_case_n on gen_case (n)');
  await db.query('create unique index gen_case_id on gen_case (id)');
  await step('offsets', stageF(p));
  await db.query('create unique index gen_off_id on gen_off (id)');
  await db.query('analyze gen_off');
  await db.query('analyze gen_case (n, id, ci, cat, category_id, center_id, origin_id)');
}
