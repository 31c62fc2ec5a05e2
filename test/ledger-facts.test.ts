/**
 * The ledger's per-case tables (case_ledger_fact, case_party_source) agree with the source rows after
 * every kind of write that moves them, and the ledger read from them answers exactly what the former
 * statements over extension_request, supervision, feedback and case_party answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/shared/ids.js';
import { maskName } from '../src/shared/masking.js';
import { shanghaiDate } from '../src/shared/scalars.js';
import { overdueSql } from '../src/modules/cases/overdue.js';
import { graphql } from './gql/index.js';
import {
  CaseExtensionDecide, CaseExtensionRequest, CaseFeedback, CasePartyAdd, CaseSupervise,
} from './support/cases.js';
import { factories, type BuiltCase, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const Ledger = graphql(`
  query LedgerFactsLedger($centerId: ID, $period: LedgerPeriodInput!) {
    ledger(centerId: $centerId, period: $period) {
      repeatSourceCount repeatSources { label role cases }
      totals {
        received resolved failed open overdue rejected withdrawn dispatched dispatchedWithin15MinutesRate
        dispatchMinutesMedian dispatchMinutesP90 resolutionHoursMedian resolutionHoursP90
        extensionsRequested extensionsApproved supervisions feedbacks satisfactionRate
      }
    }
  }
`);

const ALL_TIME = { kind: 'CUSTOM' as const, from: '2021-01-01', to: '2030-12-31' };
const FROM = new Date('2021-01-01T00:00:00+08:00');
const TO = new Date('2031-01-01T00:00:00+08:00');

let t: TestHub;
let f: Factories;
let desk: Desk;

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  desk = await f.desk();
});
afterAll(() => t?.close());

/** The case a mutation's payload returns; the user errors when it refused. */
function done<P extends { case?: BuiltCase | null; userErrors: readonly { code: string; field: readonly string[] }[] }>(payload: P): BuiltCase {
  if (!payload.case) throw new Error(`refused: ${JSON.stringify(payload.userErrors)}`);
  return payload.case;
}

/**
 * Every case's row as a query over hub_case and the side tables computes it; rows that differ from the
 * kept ones (a case without a kept row differs too).
 */
async function factMismatches() {
  return t.sql(
    `with ref as (
       select k.id as case_id, k.received_at, k.origin_center_id, k.status, k.referral is not null as failed,
              (extract(epoch from k.dispatched_at - k.received_at) / 60)::float8 as dispatch_minutes,
              case when k.concluded_at is not null and k.referral is null and k.status in ('RESOLVED', 'CLOSED')
                   then (extract(epoch from k.concluded_at - k.received_at) / 3600)::float8 end as resolve_hours,
              k.accept_due_date, k.due_date, k.channel, k.kind, k.risk_level, k.category_id,
              (select count(*) from extension_request e where e.case_id = k.id)::int as extensions_requested,
              (select count(*) from extension_request e where e.case_id = k.id and e.status = 'APPROVED')::int as extensions_approved,
              (select count(*) from supervision s where s.case_id = k.id)::int as supervisions,
              (select count(*) from feedback b where b.case_id = k.id and b.satisfaction <> 'UNREACHABLE')::int as feedbacks,
              (select count(*) from feedback b where b.case_id = k.id and b.satisfaction in ('VERY_SATISFIED', 'SATISFIED'))::int as feedbacks_satisfied
         from hub_case k)
     select ref.*, row_to_json(f) as kept
       from ref left join case_ledger_fact f on f.case_id = ref.case_id
      where (ref.received_at, ref.origin_center_id, ref.status, ref.failed, ref.dispatch_minutes, ref.resolve_hours, ref.accept_due_date,
             ref.due_date, ref.channel, ref.kind, ref.risk_level, ref.category_id,
             ref.extensions_requested, ref.extensions_approved, ref.supervisions, ref.feedbacks, ref.feedbacks_satisfied)
            is distinct from
            (f.received_at, f.origin_center_id, f.status, f.failed, f.dispatch_minutes, f.resolve_hours, f.accept_due_date,
             f.due_date, f.channel, f.kind, f.risk_level, f.category_id,
             f.extensions_requested, f.extensions_approved, f.supervisions, f.feedbacks, f.feedbacks_satisfied)`,
  );
}

/** The source rows as a query over case_party and hub_case computes them; rows only on one side. */
async function sourceMismatches() {
  return t.sql(
    `with ref as (
       select p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C" as source, min(p.name) as name, k.received_at, k.origin_center_id
         from case_party p join hub_case k on k.id = p.case_id
        group by p.case_id, p.role, p.type, coalesce(p.id_number, p.name_key) collate "C", k.received_at, k.origin_center_id),
     kept as (select case_id, role, type, source, name, received_at, origin_center_id from case_party_source)
     (select 'missing' as side, * from (select * from ref except all select * from kept) m)
     union all
     (select 'extra', * from (select * from kept except all select * from ref) x)`,
  );
}

/** The per-year source counts as a query over case_party_source computes them; rows only on one side. */
async function sourceYearMismatches() {
  return t.sql(
    `with ref as (
       select extract(year from received_at at time zone 'Asia/Shanghai')::int as year, role, type, source, count(*)::int as cases, min(name) as name
         from case_party_source group by 1, role, type, source),
     kept as (select year, role, type, source, cases, name::text from party_source_year)
     (select 'missing' as side, * from (select * from ref except all select * from kept) m)
     union all
     (select 'extra', * from (select * from kept except all select * from ref) x)`,
  );
}

describe('kept in the writing transaction', () => {
  let a: BuiltCase;
  let b: BuiltCase;
  let c: BuiltCase;

  it('counts extensions, supervisions and feedback as the cases are worked, and the parties as sources', async () => {
    const person = { role: 'APPLICANT' as const, type: 'PERSON' as const, idNumber: '150627199001011235' };
    a = await f.case(desk, { status: 'IN_PROGRESS', input: { parties: [{ ...person, name: '王建国' }] } });
    b = await f.case(desk, { status: 'IN_PROGRESS', input: { parties: [{ ...person, name: '王 建国' }] } });
    c = await f.case(desk, {
      status: 'RESOLVED',
      input: { parties: [{ role: 'APPLICANT', type: 'PERSON', name: '李秀英' }, { role: 'APPLICANT', type: 'PERSON', name: '赵志强' }] },
    });
    const staff = desk.staff.token;
    const leader = desk.leader.token;
    const dispatcher = desk.dispatcher.token;

    const added = await t.gql(CasePartyAdd, { input: { id: a.id, version: a.version, party: { role: 'RESPONDENT', type: 'ORGANISATION', name: '某某建筑公司' } } }, staff);
    a = done(added.casePartyAdd);
    const askA = await t.gql(CaseExtensionRequest, { input: { id: a.id, version: a.version, days: 10, reason: '需补充证据材料' } }, staff);
    a = done(askA.caseExtensionRequest);
    a = done((await t.gql(CaseExtensionDecide, { input: { requestId: askA.caseExtensionRequest.extensionRequest!.id, version: a.version, approve: true } }, leader)).caseExtensionDecide);
    const askB = await t.gql(CaseExtensionRequest, { input: { id: b.id, version: b.version, days: 5, reason: '当事人外出务工' } }, staff);
    b = done(askB.caseExtensionRequest);
    b = done((await t.gql(CaseExtensionDecide, { input: { requestId: askB.caseExtensionRequest.extensionRequest!.id, version: b.version, approve: false, note: '不符合延期条件' } }, leader)).caseExtensionDecide);
    for (const instructions of ['加快办理', '本周内约谈双方']) {
      a = done((await t.gql(CaseSupervise, { input: { id: a.id, version: a.version, instructions, responseDueDate: shanghaiDate(new Date(Date.now() + 7 * 86_400_000)) } }, leader)).caseSupervise);
    }
    const applicant = c.parties.find((p) => p.name === '李秀英')!;
    const second = c.parties.find((p) => p.name === '赵志强')!;
    c = done((await t.gql(CaseFeedback, { input: { id: c.id, version: c.version, partyId: applicant.id, satisfaction: 'SATISFIED' } }, dispatcher)).caseFeedbackRecord);
    c = done((await t.gql(CaseFeedback, { input: { id: c.id, version: c.version, partyId: second.id, satisfaction: 'UNREACHABLE' } }, dispatcher)).caseFeedbackRecord);

    const kept = await t.sql<{ case_id: number; extensions_requested: number; extensions_approved: number; supervisions: number; feedbacks: number; feedbacks_satisfied: number }>(
      `select f.case_id, f.extensions_requested, f.extensions_approved, f.supervisions, f.feedbacks, f.feedbacks_satisfied
         from case_ledger_fact f join hub_case k on k.id = f.case_id where k.number = any($1) order by k.number`, [[a.number, b.number, c.number]],
    );
    expect(kept.map(({ case_id: _, ...counts }) => counts)).toEqual([
      { extensions_requested: 1, extensions_approved: 1, supervisions: 2, feedbacks: 0, feedbacks_satisfied: 0 },
      { extensions_requested: 1, extensions_approved: 0, supervisions: 0, feedbacks: 0, feedbacks_satisfied: 0 },
      { extensions_requested: 0, extensions_approved: 0, supervisions: 0, feedbacks: 1, feedbacks_satisfied: 1 },
    ]);
    // 王建国 and 王 建国 carry one ID number: one source in two cases.
    const sources = await t.sql<{ source: string; cases: string }>(
      `select source, count(*) as cases from case_party_source s join hub_case k on k.id = s.case_id where k.number = any($1) group by source having count(*) > 1`,
      [[a.number, b.number, c.number]],
    );
    expect(sources).toEqual([{ source: '150627199001011235', cases: '2' }]);
    expect(await factMismatches()).toEqual([]);
    expect(await sourceMismatches()).toEqual([]);
    expect(await sourceYearMismatches()).toEqual([]);
  });

  it('follows writes made in SQL too: a satisfaction changed, a supervision removed, a party renamed, a case moved', async () => {
    await t.sql(`update feedback set satisfaction = 'DISSATISFIED' where case_id = (select id from hub_case where number = $1) and satisfaction = 'SATISFIED'`, [c.number]);
    await t.sql(`update feedback set satisfaction = 'VERY_SATISFIED' where case_id = (select id from hub_case where number = $1) and satisfaction = 'UNREACHABLE'`, [c.number]);
    await t.sql(`delete from supervision where id = (select min(s.id) from supervision s join hub_case k on k.id = s.case_id where k.number = $1)`, [a.number]);
    await t.sql(`update extension_request set status = 'REJECTED' where case_id = (select id from hub_case where number = $1)`, [a.number]);
    await t.sql(`update case_party set id_number = null where case_id = (select id from hub_case where number = $1)`, [b.number]);
    await t.sql(`update hub_case set received_at = received_at - interval '1 day', origin_center_id = (select id from center where division_code = '150627')
                  where number = $1`, [a.number]);
    await t.sql(`delete from case_party where case_id = (select id from hub_case where number = $1) and role = 'RESPONDENT'`, [a.number]);
    // The case's own columns the ledger copies: referred elsewhere, re-dated, re-categorised, in one statement.
    await t.sql(`update hub_case set status = 'FAILED', referral = 'LITIGATION', concluded_at = now(), dispatched_at = dispatched_at - interval '7 minutes',
                        due_date = due_date + 3, channel = 'PHONE', kind = 'PETITION', risk_level = 'HIGH',
                        category_id = (select max(id) from category)
                  where number = $1`, [b.number]);
    await t.sql(`update hub_case set received_at = received_at + interval '1 hour' where number = $1`, [c.number]);
    // A case moved into the year before: its sources leave this year's counts (the smallest name recomputed) and join that year's.
    await t.sql(`update hub_case set received_at = received_at - interval '1 year' where number = $1`, [b.number]);
    await t.sql(`update case_party set name = '王建' where case_id = (select id from hub_case where number = $1)`, [a.number]);
    const [fact] = await t.sql<{ supervisions: number; extensions_approved: number; feedbacks: number; feedbacks_satisfied: number }>(
      `select f.supervisions, f.extensions_approved, g.feedbacks, g.feedbacks_satisfied
         from case_ledger_fact f, case_ledger_fact g
        where f.case_id = (select id from hub_case where number = $1) and g.case_id = (select id from hub_case where number = $2)`, [a.number, c.number],
    );
    expect(fact).toEqual({ supervisions: 1, extensions_approved: 0, feedbacks: 2, feedbacks_satisfied: 1 });
    expect(await factMismatches()).toEqual([]);
    expect(await sourceMismatches()).toEqual([]);
    expect(await sourceYearMismatches()).toEqual([]);
  });
});

describe('the ledger from the kept tables', () => {
  beforeAll(async () => {
    // Two cases of one applicant (by ID number) at the factory's center: a repeat source whatever the seeds hold.
    const party = { role: 'APPLICANT', type: 'PERSON', name: '张桂兰', idNumber: '150627198502021234' } as const;
    for (let i = 0; i < 2; i++) await f.case(desk, { input: { parties: [party] } });
  });

  /** The former statements, kept here only as the reference: side tables and parties joined to the cohort. */
  async function reference(rootDivision: string | null, [from, to]: [Date, Date]) {
    const cohort = `k.received_at >= $1 and k.received_at < $2${rootDivision ? ` and k.origin_center_id in (select id from center where division_code like $3 || '%')` : ''}`;
    const params: unknown[] = rootDivision ? [from, to, rootDivision] : [from, to];
    const [side] = await t.sql<{ received: string; ext: string; approved: string; sup: string; fb: string; satisfied: string }>(
      `select count(*) as received,
              coalesce(sum((select count(*) from extension_request e where e.case_id = k.id)), 0) as ext,
              coalesce(sum((select count(*) from extension_request e where e.case_id = k.id and e.status = 'APPROVED')), 0) as approved,
              coalesce(sum((select count(*) from supervision s where s.case_id = k.id)), 0) as sup,
              coalesce(sum((select count(*) from feedback b where b.case_id = k.id and b.satisfaction <> 'UNREACHABLE')), 0) as fb,
              coalesce(sum((select count(*) from feedback b where b.case_id = k.id and b.satisfaction in ('VERY_SATISFIED', 'SATISFIED'))), 0) as satisfied
         from hub_case k where ${cohort}`,
      params,
    );
    const repeat = await t.sql<{ name: string; type: string; role: string; cases: string; total: string }>(
      `select min(name) as name, type, role, count(*) as cases, count(*) over () as total
         from (select min(p.name) as name, p.type, p.role, coalesce(p.id_number, p.name_key) collate "C" as source, p.case_id
                 from hub_case k join case_party p on p.case_id = k.id
                where ${cohort}
                group by p.role, p.type, source, p.case_id) per_case
        group by role, type, source
       having count(*) > 1
        order by cases desc, name`,
      params,
    );
    // The former figures statement: the case rows themselves, percentiles sorted over hub_case's timestamps.
    const today = shanghaiDate(new Date());
    const overdue = overdueSql('k', today);
    const resolved = `k.concluded_at is not null and k.referral is null and k.status in ('RESOLVED', 'CLOSED')`;
    const [figures] = await t.sql<Record<string, string | number | null>>(
      `select count(*) filter (where ${resolved}) as resolved, count(*) filter (where k.referral is not null) as failed,
              count(*) filter (where k.status in ('RECEIVED', 'DISPATCHED', 'IN_PROGRESS')) as open,
              count(*) filter (where ${overdue.sql.replace(/\?/g, '$' + (params.length + 1))}) as overdue,
              count(*) filter (where k.status = 'REJECTED') as rejected, count(*) filter (where k.status = 'WITHDRAWN') as withdrawn,
              count(k.dispatched_at) as dispatched,
              count(*) filter (where k.dispatched_at - k.received_at <= interval '15 minutes') as within15,
              percentile_cont(0.5) within group (order by extract(epoch from k.dispatched_at - k.received_at) / 60) as dispatch_p50,
              percentile_cont(0.9) within group (order by extract(epoch from k.dispatched_at - k.received_at) / 60) as dispatch_p90,
              percentile_cont(0.5) within group (order by case when ${resolved} then extract(epoch from k.concluded_at - k.received_at) / 3600 end) as resolve_p50,
              percentile_cont(0.9) within group (order by case when ${resolved} then extract(epoch from k.concluded_at - k.received_at) / 3600 end) as resolve_p90
         from hub_case k where ${cohort}`,
      [...params, today],
    );
    return { side: side!, repeat, figures: figures! };
  }

  // This year in Asia/Shanghai: the region-wide year reads the kept per-year source counts.
  const year = shanghaiDate(new Date()).slice(0, 4);
  const YEAR = { kind: 'YEAR' as const, date: `${year}-06-30` };
  const yearRange: [Date, Date] = [new Date(`${year}-01-01T00:00:00+08:00`), new Date(`${Number(year) + 1}-01-01T00:00:00+08:00`)];
  it.each([
    ['region-wide', null, ALL_TIME, [FROM, TO]],
    ['伊金霍洛旗 and its towns', '150627', ALL_TIME, [FROM, TO]],
    ['region-wide, this year', null, YEAR, yearRange],
    ['伊金霍洛旗 and its towns, this year', '150627', YEAR, yearRange],
  ] as const)('answers %s exactly what the former statements answer', async (_, division, period, range) => {
    const admin = await t.login('admin');
    const centerId = division ? (await t.sql<{ id: number }>(`select id from center where division_code = $1`, [division]))[0]!.id : null;
    const ledger = (await t.gql(Ledger, { centerId: centerId ? toGlobalId('Center', centerId) : null, period }, admin)).ledger;
    const ref = await reference(division, [range[0], range[1]]);
    expect(Number(ref.side.ext) + Number(ref.side.sup) + Number(ref.side.fb)).toBeGreaterThan(0);
    expect(ledger.totals).toMatchObject({
      received: Number(ref.side.received),
      extensionsRequested: Number(ref.side.ext), extensionsApproved: Number(ref.side.approved),
      supervisions: Number(ref.side.sup), feedbacks: Number(ref.side.fb),
      satisfactionRate: Number(ref.side.fb) ? Math.round((Number(ref.side.satisfied) / Number(ref.side.fb)) * 10_000) / 10_000 : null,
    });
    const n = (key: string) => Number(ref.figures[key]);
    const r1 = (v: string | number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);
    const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);
    expect(n('resolved') + n('dispatched')).toBeGreaterThan(0);
    expect(ledger.totals).toMatchObject({
      resolved: n('resolved'), failed: n('failed'), open: n('open'), overdue: n('overdue'), rejected: n('rejected'), withdrawn: n('withdrawn'),
      dispatched: n('dispatched'), dispatchedWithin15MinutesRate: rate(n('within15'), n('dispatched')),
      dispatchMinutesMedian: r1(ref.figures.dispatch_p50!), dispatchMinutesP90: r1(ref.figures.dispatch_p90!),
      resolutionHoursMedian: r1(ref.figures.resolve_p50!), resolutionHoursP90: r1(ref.figures.resolve_p90!),
    });
    if (!division) expect(ref.repeat.length).toBeGreaterThan(0);
    if (ref.repeat.length === 0) return expect(ledger.repeatSourceCount).toBe(0);
    expect(ledger.repeatSourceCount).toBe(Number(ref.repeat[0]!.total));
    // Ties (same count and name) may come in either order in both forms: compare the top 10 as a multiset
    // of (label, role, cases) and the ranking by cases.
    const label = (r: { name: string; type: string }) => (r.type === 'PERSON' ? maskName(r.name) : r.name);
    const boundary = Number(ref.repeat[Math.min(9, ref.repeat.length - 1)]!.cases);
    const sure = ref.repeat.slice(0, 10).filter((r) => Number(r.cases) > boundary).map((r) => `${label(r)}|${Number(r.cases)}`);
    const got = ledger.repeatSources.map((r) => `${r.label}|${r.cases}`);
    expect(got.length).toBe(Math.min(10, ref.repeat.length));
    for (const s of sure) expect(got).toContain(s);
    expect(got.map((g) => Number(g.split('|')[1]))).toEqual(ref.repeat.slice(0, 10).map((r) => Number(r.cases)));
  });
});
