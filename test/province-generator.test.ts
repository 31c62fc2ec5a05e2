/**
 * The province generator: a small province (2,000 cases) in a database of its own, checked against the
 * hub's rules — division codes, ID numbers, deadlines from the calendar, every timeline replayed through
 * the legal transitions — and for repeatability: the same seed gives the same rows in another database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AlreadyGeneratedError, analyzeGenerated, generateProvince, type Summary } from '../scripts/province/generate.js';
import { prepareDatabase } from '../scripts/province/database.js';
import { startHub, type Hub } from '../src/hub.js';
import { deadline, OfficialCalendar, type DayCount, type DayKind } from '../src/modules/calendar/working-days.js';
import { nameKey } from '../src/modules/cases/case-intake.service.js';
import { CaseStatus, OPEN_STATUSES } from '../src/modules/cases/case.enums.js';
import { CaseAction, nextStatus } from '../src/modules/cases/case.transitions.js';
import { LEVEL_DIGITS, type CenterLevel } from '../src/modules/organisation/center.entity.js';
import { createLogger } from '../src/shared/logger.js';
import { isCreditCode, isResidentIdNumber } from '../src/shared/identity-numbers.js';
import { shanghaiDate } from '../src/shared/scalars.js';
import { isDivisionCode, MOBILE } from '../src/shared/validation.js';
import { DEMO_PASSWORD } from './support/env.js';
import { testConfig } from './support/hub.js';

const CASES = 2000;
const AS_OF = '2026-11-20';
const AS_OF_TS = new Date(`${AS_OF}T00:00:00+08:00`);
const GENERATED = ['center', 'agency', 'stationing', 'presence_day', 'mediator', 'hub_user', 'role_assignment', 'routing_rule',
  'routing_rule_cooperating', 'hub_case', 'case_counter', 'case_party', 'assignment', 'case_event', 'mediation_session', 'agreement',
  'instalment', 'payment', 'judicial_confirmation', 'feedback', 'supervision', 'extension_request', 'case_link'];

interface TestDb {
  url: string;
  db: pg.Client;
  drop(): Promise<void>;
}

async function freshDatabase(): Promise<TestDb> {
  const url = new URL(inject('pgAdminUrl'));
  const name = `province_${randomBytes(5).toString('hex')}`;
  url.pathname = `/${name}`;
  await prepareDatabase(url.toString());
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  return {
    url: url.toString(),
    db,
    async drop() {
      await db.end();
      const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
      await admin.connect();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

async function rows<R extends pg.QueryResultRow>(db: pg.Client, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(sql, params)).rows;
}

async function one<R extends pg.QueryResultRow>(db: pg.Client, sql: string, params: unknown[] = []): Promise<R> {
  return (await rows<R>(db, sql, params))[0]!;
}

/** md5 of every generated table's rows, all columns, in id (or key) order. */
async function checksums(db: pg.Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of GENERATED) {
    const order = table === 'routing_rule_cooperating' ? 't.routing_rule_id, t.agency_id' : table === 'case_counter' ? 't.center_id, t.year' : 't.id';
    out[table] = (await one<{ h: string }>(db, `select md5(coalesce(string_agg(t::text, '|' order by ${order}), '')) as h from "${table}" t`)).h;
  }
  return out;
}

/** Every index, constraint and trigger definition of the schema. */
async function schemaSnapshot(db: pg.Client): Promise<string> {
  const { s } = await one<{ s: string }>(db, `select
      (select string_agg(indexname || ': ' || indexdef, E'\\n' order by indexname) from pg_indexes where schemaname = 'public')
      || E'\\n' || (select string_agg(conrelid::regclass || '.' || conname || ': ' || pg_get_constraintdef(oid) || ' ' || convalidated, E'\\n' order by conrelid::regclass::text, conname)
                    from pg_constraint where connamespace = 'public'::regnamespace)
      || E'\\n' || (select string_agg(tgrelid::regclass || '.' || tgname, E'\\n' order by tgname) from pg_trigger where not tgisinternal) as s`);
  return s;
}

const ACTIONS: Record<string, CaseAction> = {
  UPDATED: CaseAction.UPDATE, PARTY_ADDED: CaseAction.ADD_PARTY, DISPATCHED: CaseAction.DISPATCH, REASSIGNED: CaseAction.REASSIGN,
  REJECTED: CaseAction.REJECT, WITHDRAWN: CaseAction.WITHDRAW, SESSION_RECORDED: CaseAction.RECORD_SESSION,
  AGREEMENT_RECORDED: CaseAction.RECORD_AGREEMENT, PAYMENT_RECORDED: CaseAction.RECORD_PAYMENT,
  CONFIRMATION_REQUESTED: CaseAction.REQUEST_CONFIRMATION, CONFIRMATION_DECIDED: CaseAction.DECIDE_CONFIRMATION, RESOLVED: CaseAction.RESOLVE,
  FAILED: CaseAction.FAIL, EXTENSION_REQUESTED: CaseAction.REQUEST_EXTENSION, EXTENSION_DECIDED: CaseAction.DECIDE_EXTENSION,
  SUPERVISION_RAISED: CaseAction.SUPERVISE, SUPERVISION_ANSWERED: CaseAction.ANSWER_SUPERVISION, FEEDBACK_RECORDED: CaseAction.RECORD_FEEDBACK,
  CLOSED: CaseAction.CLOSE, ESCALATED: CaseAction.ESCALATE, DELEGATED: CaseAction.DELEGATE, LINKED: CaseAction.LINK,
};

let a: TestDb;
let summary: Summary;
let schemaBefore: string;

beforeAll(async () => {
  a = await freshDatabase();
  schemaBefore = await schemaSnapshot(a.db);
  summary = await generateProvince(a.db, { seed: 7, cases: CASES, asOf: AS_OF });
  await analyzeGenerated(a.db);
}, 180_000);

afterAll(async () => {
  await a?.drop();
});

describe('a generated province of 2,000 cases', () => {
  it('has county/banner centers with 3–10 town centers each, the 1+4+N agencies, mediators and staff', async () => {
    expect(summary).toMatchObject({ seed: 7, cases: CASES, asOf: AS_OF, counties: 3 });
    const counties = await rows<{ id: number; towns: string }>(a.db,
      `select c.id, (select count(*) from center t where t.parent_id = c.id) as towns from center c where c.level = 'COUNTY'`);
    expect(counties).toHaveLength(3);
    for (const c of counties) expect(Number(c.towns)).toBeGreaterThanOrEqual(3);
    for (const c of counties) expect(Number(c.towns)).toBeLessThanOrEqual(10);

    const kinds = await rows<{ center_id: number; kinds: string[] }>(a.db, 'select center_id, array_agg(distinct kind) as kinds from agency group by 1');
    for (const { kinds: k } of kinds) {
      expect(k).toEqual(expect.arrayContaining(['RECEPTION_CENTER', 'LITIGATION_SERVICE', 'PROCURATORATE_SERVICE', 'PUBLIC_LEGAL_SERVICE',
        'PETITIONS', 'COURT', 'JUSTICE', 'HUMAN_RESOURCES', 'POLICE', 'MEDIATION_COMMITTEE']));
    }
    // Every agency is stationed at its own county center; the justice bureau reaches every town on call.
    expect(await one(a.db, `select count(*)::int as n from agency a where not exists
      (select 1 from stationing s where s.agency_id = a.id and s.center_id = a.center_id)`)).toEqual({ n: 0 });
    expect(await one(a.db, `select count(*)::int as n from center t where t.level = 'TOWN' and not exists
      (select 1 from stationing s join agency a on a.id = s.agency_id where s.center_id = t.id and a.kind = 'JUSTICE' and s.mode = 'ON_CALL')`)).toEqual({ n: 0 });
    expect(Number((await one<{ n: string }>(a.db, `select count(*) as n from presence_day`)).n)).toBeGreaterThan(0);

    const codes = (await rows<{ code: string }>(a.db, 'select code from category')).map((r) => r.code);
    const mediators = await rows<{ specialties: string[]; capacity: number }>(a.db, 'select specialties, capacity from mediator');
    expect(mediators.length).toBeGreaterThan(90);
    for (const m of mediators) {
      expect(m.specialties.length).toBeGreaterThan(0);
      for (const s of m.specialties) expect(codes).toContain(s);
      expect(m.capacity).toBeGreaterThanOrEqual(1);
    }
    expect(await one(a.db, `select r.role, r.center_id from hub_user u join role_assignment r on r.user_id = u.id where u.username = 'province.admin'`))
      .toEqual({ role: 'ADMIN', center_id: null });
  });

  it('gives every center a valid GB/T 2260 code under its parent, as the center service requires', async () => {
    const centers = await rows<{ id: number; level: CenterLevel; division_code: string; parent_id: number | null; ancestry: string; parent_code: string | null }>(a.db,
      `select c.id, c.level, c.division_code, c.parent_id, c.ancestry, p.division_code as parent_code from center c left join center p on p.id = c.parent_id`);
    expect(new Set(centers.map((c) => c.division_code)).size).toBe(centers.length);
    for (const c of centers) {
      expect(isDivisionCode(c.division_code, LEVEL_DIGITS[c.level]), c.division_code).toBe(true);
      expect(c.division_code.startsWith('15')).toBe(true);
      if (c.level === 'COUNTY') expect([c.parent_id, c.ancestry]).toEqual([null, '/']);
      else {
        expect(c.division_code.startsWith(c.parent_code!)).toBe(true);
        expect(c.ancestry).toBe(`/${c.parent_id}/`);
      }
    }
  });

  it('has the case mix of a real center: a third petitions, most closed, about 95% resolved', async () => {
    const mix = await one<Record<string, string>>(a.db, `select count(*) as cases,
        count(*) filter (where kind = 'PETITION') as petitions,
        count(*) filter (where status = 'CLOSED') as closed,
        count(*) filter (where status in ('RECEIVED', 'DISPATCHED', 'IN_PROGRESS')) as open,
        count(*) filter (where status in ('RESOLVED', 'CLOSED') and referral is null and concluded_at is not null) as resolved,
        count(*) filter (where referral is not null) as failed,
        count(*) filter (where dispatched_at is not null) as dispatched,
        count(*) filter (where received_at < $1::timestamptz - interval '30 months' or received_at >= $1::timestamptz) as outside
      from hub_case`, [AS_OF_TS]);
    const n = (k: string) => Number(mix[k]);
    expect(n('cases')).toBe(CASES);
    expect(n('outside')).toBe(0);
    expect(n('petitions') / CASES).toBeGreaterThan(0.25);
    expect(n('petitions') / CASES).toBeLessThan(0.42);
    expect(n('closed') / CASES).toBeGreaterThan(0.8);
    expect(n('open')).toBeGreaterThan(0);
    expect(n('resolved') / (n('resolved') + n('failed'))).toBeGreaterThan(0.93);
    expect(n('resolved') / (n('resolved') + n('failed'))).toBeLessThan(0.98);

    const per = await one<Record<string, string>>(a.db, `select
        (select count(*) from case_party)::float / $1 as parties, (select count(*) from case_event)::float / $1 as events,
        (select count(*) from assignment)::float / $2 as assignments`, [CASES, n('dispatched')]);
    expect(Number(per.parties)).toBeGreaterThan(2.6);
    expect(Number(per.parties)).toBeLessThan(3.5);
    expect(Number(per.events)).toBeGreaterThan(8);
    expect(Number(per.events)).toBeLessThan(12);
    expect(Number(per.assignments)).toBeGreaterThan(1.15);
    expect(Number(per.assignments)).toBeLessThan(1.5);

    const overdue = await one<{ n: number }>(a.db, `select count(*)::int as n from hub_case where status in ('RECEIVED','DISPATCHED','IN_PROGRESS')
      and ((status = 'RECEIVED' and accept_due_date < $1::date) or due_date < $1::date)`, [AS_OF]);
    expect(overdue.n).toBeGreaterThan(0);
    const closedWithFeedback = await one<{ share: number }>(a.db, `select avg(case when exists (select 1 from feedback f where f.case_id = c.id) then 1 else 0 end)::float as share
      from hub_case c where c.status = 'CLOSED'`);
    expect(closedWithFeedback.share).toBeGreaterThan(0.85);
    for (const table of ['supervision', 'extension_request', 'agreement', 'payment', 'case_link', 'judicial_confirmation']) {
      expect(Number((await one<{ n: string }>(a.db, `select count(*) as n from ${table}`)).n), table).toBeGreaterThan(0);
    }
    // Repeat sources (案源同查): the same person, and the same respondent company, in several cases.
    expect(Number((await one<{ n: string }>(a.db, `select count(*) as n from (select id_number from case_party where type = 'PERSON' and id_number is not null
      group by 1 having count(distinct case_id) > 1) x`)).n)).toBeGreaterThan(0);
    expect(Number((await one<{ n: string }>(a.db, `select count(*) as n from (select name_key from case_party where type = 'ORGANISATION' and role = 'RESPONDENT'
      group by 1 having count(distinct case_id) > 1) x`)).n)).toBeGreaterThan(0);
  });

  it('writes valid ID numbers (GB 11643), credit codes (GB 32100) and mobile numbers, and folds names as the intake does', async () => {
    const parties = await rows<{ type: string; name: string; name_key: string; id_number: string | null; phone: string | null; headcount: number }>(a.db,
      'select type, name, name_key, id_number, phone, headcount from case_party');
    let ids = 0;
    for (const p of parties) {
      if (p.id_number) {
        ids += 1;
        expect(p.type === 'PERSON' ? isResidentIdNumber(p.id_number) : isCreditCode(p.id_number), `${p.type} ${p.id_number}`).toBe(true);
      }
      if (p.phone) expect(MOBILE.test(p.phone), p.phone).toBe(true);
      expect(p.name_key).toBe(nameKey(p.name));
      expect(p.headcount).toBeGreaterThanOrEqual(1);
    }
    expect(ids / parties.length).toBeGreaterThan(0.5);
    // Distinct people have distinct ID numbers: one number, one name.
    expect(await one(a.db, `select count(*)::int as n from (select id_number from case_party where id_number is not null group by 1
      having count(distinct name) > 1) x`)).toEqual({ n: 0 });
  });

  it('numbers cases per receiving center and year, keeps the counters in step, and gives unique tracking codes', async () => {
    const cases = await rows<{ number: string; code: string; received_at: Date; tracking_code: string }>(a.db,
      'select c.number, o.division_code as code, c.received_at, c.tracking_code from hub_case c join center o on o.id = c.origin_center_id');
    const seqs = new Map<string, number[]>();
    for (const c of cases) {
      const [prefix, year, seq] = c.number.split('-');
      expect(prefix).toBe(c.code);
      expect(year).toBe(shanghaiDate(c.received_at).slice(0, 4));
      expect(seq).toMatch(/^\d{6}$/);
      seqs.set(`${prefix}-${year}`, [...(seqs.get(`${prefix}-${year}`) ?? []), Number(seq)]);
      expect(c.tracking_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    }
    expect(new Set(cases.map((c) => c.tracking_code)).size).toBe(cases.length);
    const counters = await rows<{ key: string; last: number }>(a.db,
      `select c.division_code || '-' || k.year as key, k.last from case_counter k join center c on c.id = k.center_id`);
    expect(counters.length).toBe(seqs.size);
    for (const { key, last } of counters) {
      const got = seqs.get(key)!.sort((x, y) => x - y);
      expect(got).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    }
  });

  it('computes acceptance and due dates from the official calendar and the time-limit policies', async () => {
    const calendar = new OfficialCalendar(new Map((await rows<{ date: string; kind: DayKind }>(a.db, 'select date::text as date, kind from calendar_day'))
      .map((d) => [d.date, d.kind])), new Set((await rows<{ year: number }>(a.db, 'select year from calendar_year')).map((r) => r.year)));
    const policies = await rows<{ kind: string; accept_days: number; accept_day_count: DayCount; finish_days: number; finish_day_count: DayCount }>(a.db,
      'select * from time_limit_policy where category_code is null');
    const cases = await rows<{ id: number; kind: string; received_at: Date; accept_due_date: string; dispatched_at: Date | null; due_date: string | null;
      extended_days: number; approved: number | null }>(a.db,
      `select c.id, c.kind, c.received_at, c.accept_due_date::text, c.dispatched_at, c.due_date::text, c.extended_days,
              (select days from extension_request e where e.case_id = c.id and e.status = 'APPROVED') as approved
         from hub_case c`);
    for (const c of cases) {
      const p = policies.find((x) => x.kind === c.kind)!;
      expect(c.accept_due_date).toBe(deadline(shanghaiDate(c.received_at), p.accept_days, p.accept_day_count, calendar));
      if (!c.dispatched_at) {
        expect(c.due_date).toBeNull();
        continue;
      }
      const due = deadline(shanghaiDate(c.dispatched_at), p.finish_days, p.finish_day_count, calendar);
      expect(c.extended_days).toBe(c.approved ?? 0);
      expect(c.due_date).toBe(c.extended_days ? deadline(due, c.extended_days, p.finish_day_count, calendar) : due);
    }
  });

  it('replays every timeline through the legal transitions to the case status, version and timestamps', async () => {
    const cases = new Map((await rows<{ id: number; status: CaseStatus; version: number; updated_at: Date; received_at: Date; dispatched_at: Date | null;
      concluded_at: Date | null; closed_at: Date | null; number: string }>(a.db, 'select * from hub_case')).map((c) => [c.id, c]));
    const events = await rows<{ case_id: number; type: string; at: Date; from_status: CaseStatus | null; to_status: CaseStatus | null;
      data: Record<string, unknown>; actor_id: number | null }>(a.db, 'select case_id, type, at, from_status, to_status, data, actor_id from case_event order by case_id, id');
    const byCase = new Map<number, typeof events>();
    for (const e of events) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);
    expect(byCase.size).toBe(CASES);
    for (const [id, timeline] of byCase) {
      const c = cases.get(id)!;
      const [first] = timeline;
      expect([first!.type, first!.to_status, first!.data.number]).toEqual(['RECEIVED', 'RECEIVED', c.number]);
      let status: CaseStatus = CaseStatus.RECEIVED;
      let changes = 0;
      let last = c.received_at.getTime();
      let previous = 0;
      const at: Record<string, number> = {};
      for (const e of timeline.slice(1)) {
        expect(e.at.getTime()).toBeGreaterThanOrEqual(previous);
        expect(e.at.getTime()).toBeLessThan(AS_OF_TS.getTime());
        previous = e.at.getTime();
        at[e.type] ??= e.at.getTime();
        if (e.from_status === null) {
          // Written beside the workflow: the supervision sweep, the far side of a link, a risk change inside an update.
          expect(['SUPERVISION_RAISED', 'LINKED', 'RISK_CHANGED']).toContain(e.type);
          if (e.type === 'SUPERVISION_RAISED') expect([e.actor_id, e.data.automatic]).toEqual([null, true]);
          continue;
        }
        expect(e.from_status, `case ${id} ${e.type}`).toBe(status);
        const next = nextStatus(status, ACTIONS[e.type]!);
        expect(next, `case ${id}: ${e.type} in ${status}`).toBeDefined();
        expect(e.to_status).toBe(next === status ? null : next);
        expect(e.actor_id).not.toBeNull();
        status = next!;
        changes += 1;
        last = e.at.getTime();
      }
      expect(status, `case ${id}`).toBe(c.status);
      expect(c.version).toBe(1 + changes);
      expect(c.updated_at.getTime()).toBe(last);
      expect(c.dispatched_at?.getTime()).toBe(at.DISPATCHED);
      expect(c.closed_at?.getTime()).toBe(at.CLOSED);
      expect(c.concluded_at?.getTime()).toBe(at.RESOLVED ?? at.FAILED ?? at.REJECTED ?? at.WITHDRAWN);
    }
  });

  it('keeps the tables in step with the timeline', async () => {
    const pairs: [table: string, event: string, where?: string][] = [
      ['mediation_session', 'SESSION_RECORDED'], ['feedback', 'FEEDBACK_RECORDED'], ['agreement', 'AGREEMENT_RECORDED'],
      ['supervision', 'SUPERVISION_RAISED'], ['extension_request', 'EXTENSION_REQUESTED'],
      ['supervision', 'SUPERVISION_ANSWERED', 'answered_at is not null'], ['extension_request', 'EXTENSION_DECIDED', `status <> 'PENDING'`],
    ];
    for (const [table, event, where] of pairs) {
      const mismatched = await one<{ n: number }>(a.db, `select count(*)::int as n from hub_case c
        where (select count(*) from ${table} t where t.case_id = c.id ${where ? `and ${where}` : ''})
           <> (select count(*) from case_event e where e.case_id = c.id and e.type = '${event}')`);
      expect(mismatched.n, `${table} vs ${event}`).toBe(0);
    }
    expect(await one(a.db, `select count(*)::int as n from supervision s where not exists (select 1 from case_event e
      where e.case_id = s.case_id and e.type = 'SUPERVISION_RAISED' and (e.data->>'supervisionId')::int = s.id)`)).toEqual({ n: 0 });
    expect(await one(a.db, `select count(*)::int as n from agreement g where (select sum(paid_amount) from instalment i where i.agreement_id = g.id)
      <> coalesce((select sum(amount) from payment p where p.agreement_id = g.id), 0)
      or (select sum(amount) from instalment i where i.agreement_id = g.id) <> g.total_amount`)).toEqual({ n: 0 });
    const links = await one<{ links: number; events: number }>(a.db,
      `select (select count(*) from case_link)::int * 2 as links, (select count(*) from case_event where type = 'LINKED')::int as events`);
    expect(links.events).toBe(links.links);
    expect(await one(a.db, `select count(*)::int as n from feedback f join case_party p on p.id = f.party_id
      where p.case_id <> f.case_id or p.role <> 'APPLICANT'`)).toEqual({ n: 0 });
    expect(await one(a.db, `select count(*)::int as n from hub_case c where c.dispatched_at is not null and not exists
      (select 1 from assignment a where a.case_id = c.id and a.role = 'LEAD')`)).toEqual({ n: 0 });
    // The parties the timeline names are the parties stored: at intake all but a respondent added later, and each feedback's.
    expect(await one(a.db, `select count(*)::int as n from case_event e where e.type = 'RECEIVED' and (e.data->'parties')
      <> (select jsonb_agg(jsonb_build_object('role', p.role, 'type', p.type, 'name', p.name, 'headcount', p.headcount) order by p.id)
            from case_party p where p.case_id = e.case_id and not exists (select 1 from case_event x where x.case_id = e.case_id
              and x.type = 'PARTY_ADDED' and x.data->'party'->>'name' = p.name and p.id = (select max(id) from case_party q where q.case_id = e.case_id)))`))
      .toEqual({ n: 0 });
    expect(await one(a.db, `select count(*)::int as n from feedback f join case_party p on p.id = f.party_id where not exists (select 1 from case_event e
      where e.case_id = f.case_id and e.type = 'FEEDBACK_RECORDED' and e.data->>'party' = p.name and e.data->>'satisfaction' = f.satisfaction)`)).toEqual({ n: 0 });
    // Flagged risk has a reason; the level is the higher of the flag and what the headcount says (5+ medium, 30+ high).
    expect(await one(a.db, `select count(*)::int as n from hub_case c cross join lateral (select max(headcount) as most from case_party p where p.case_id = c.id) h
      where (c.risk_flag <> 'NONE' and c.risk_reason is null)
         or c.risk_level <> (array['NONE','LOW','MEDIUM','HIGH'])[greatest(array_position(array['NONE','LOW','MEDIUM','HIGH'], c.risk_flag),
              case when h.most >= 30 then 4 when h.most >= 5 then 3 else 1 end)]`)).toEqual({ n: 0 });
    // The intake service's search text: title, description, place and every party's name.
    expect(await one(a.db, `select count(*)::int as n from hub_case c where c.search_text <> c.title || ' ' || c.description || ' ' || coalesce(c.place, '')
      || ' ' || (select string_agg(p.name, ' ' order by p.id) from case_party p where p.case_id = c.id)`)).toEqual({ n: 0 });
  });

  it('leaves nothing for the supervision sweep of the day before: overdue and at-risk cases are already under supervision', async () => {
    const today = '2026-11-19';
    const open = OPEN_STATUSES.map((s) => `'${s}'`).join(',');
    const missing = await one<{ overdue: number; at_risk: number }>(a.db, `select
        (select count(*)::int from hub_case c where c.status in (${open})
           and ((c.status = 'RECEIVED' and c.accept_due_date < $1::date) or c.due_date < $1::date)
           and not exists (select 1 from supervision s where s.case_id = c.id and s.kind = 'OVERDUE' and s.answered_at is null)) as overdue,
        (select count(*)::int from hub_case c join time_limit_policy p on p.kind = c.kind and p.category_code is null where c.status in (${open})
           and ((c.risk_level = 'HIGH' and c.status = 'RECEIVED') or (c.due_date >= $1::date and c.due_date <= $1::date + p.warn_days_before))
           and not exists (select 1 from supervision s where s.case_id = c.id and s.kind = 'AT_RISK' and s.answered_at is null)) as at_risk`, [today]);
    expect(missing).toEqual({ overdue: 0, at_risk: 0 });
  });

  it('leaves the schema exactly as the migrations made it', async () => {
    expect(await schemaSnapshot(a.db)).toBe(schemaBefore);
  });

  it('refuses to generate into a database that holds generated data; with force it rebuilds the very same rows', async () => {
    const before = await checksums(a.db);
    await expect(generateProvince(a.db, { seed: 7, cases: CASES, asOf: AS_OF })).rejects.toBeInstanceOf(AlreadyGeneratedError);
    expect(await checksums(a.db)).toEqual(before);
    await generateProvince(a.db, { seed: 7, cases: CASES, asOf: AS_OF, force: true });
    expect(await checksums(a.db)).toEqual(before);
  }, 120_000);

  it('gives the same rows for the same seed in another database, and other rows for another seed', async () => {
    const b = await freshDatabase();
    try {
      await generateProvince(b.db, { seed: 7, cases: CASES, asOf: AS_OF });
      const sums = await checksums(b.db);
      expect(sums).toEqual(await checksums(a.db));
      await generateProvince(b.db, { seed: 8, cases: CASES, asOf: AS_OF, force: true });
      const other = await checksums(b.db);
      expect(other.hub_case).not.toBe(sums.hub_case);
      expect(other.case_event).not.toBe(sums.case_event);
    } finally {
      await b.drop();
    }
  }, 120_000);

  describe('read through the hub', () => {
    let hub: Hub;
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(hub.url, {
        method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const login = async (username: string) => (await gql(
      'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }',
      { input: { username, password: DEMO_PASSWORD } },
    )).sessionCreate.accessToken as string;

    beforeAll(async () => {
      hub = await startHub(testConfig(a.url), createLogger('silent'));
    }, 60_000);
    afterAll(async () => {
      await hub?.close();
    });

    it('shows a closed case with its parties and whole timeline to the province admin and its county, not to another county', async () => {
      const c = await one<{ id: number; number: string; county: string; other: string }>(a.db, `select c.id, c.number,
          (select division_code from center where id = coalesce(o.parent_id, o.id)) as county,
          (select division_code from center where level = 'COUNTY' and id <> coalesce(o.parent_id, o.id) limit 1) as other
        from hub_case c join center o on o.id = c.center_id
        where c.status = 'CLOSED' and exists (select 1 from mediation_session s where s.case_id = c.id) order by c.id limit 1`);
      const query = `query($number: String!) { caseByNumber(number: $number) { number status parties { name role }
        timeline(first: 100) { totalCount nodes { type fromStatus toStatus } } } }`;
      const seen = (await gql(query, { number: c.number }, await login('province.admin'))).caseByNumber;
      const parties = await rows<{ name: string; role: string }>(a.db, 'select name, role from case_party where case_id = $1 order by id', [c.id]);
      const events = await rows<{ type: string; from_status: string | null; to_status: string | null }>(a.db,
        'select type, from_status, to_status from case_event where case_id = $1 order by id', [c.id]);
      expect(seen).toEqual({
        number: c.number, status: 'CLOSED', parties,
        timeline: { totalCount: events.length, nodes: events.map((e) => ({ type: e.type, fromStatus: e.from_status, toStatus: e.to_status })) },
      });
      expect((await gql(query, { number: c.number }, await login(`${c.county}.dispatcher1`))).caseByNumber.number).toBe(c.number);
      expect((await gql(query, { number: c.number }, await login(`${c.other}.dispatcher1`))).caseByNumber).toBeNull();
    });
  });
});
