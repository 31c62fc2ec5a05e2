/**
 * A dashboard's newest cases — an agency's, a mediator's, a center subtree's and its undispatched queue —
 * are read from indexes that hold them newest first (CaseQueryService.filters): the assignment keeps a
 * copy of its case's receipt time for that. These stories check the copy stays the case's through every
 * change of a case's assignments and centers, that every page is the one the source of truth gives (both
 * read paths, page by page), and that PostgreSQL reads the page from those indexes.
 * The hub's clock stands on Monday 2025-11-03, 10:00 Beijing time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import {
  CaseCreate, CaseDelegate, CaseDispatch, CaseEscalate, CaseReassign, CaseReject, Cases, CaseWithdraw,
} from './support/cases.js';
import { factories, type Factories, type BuiltAgency, type BuiltCenter, type BuiltMediator } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
/** One factory per file: it numbers the division codes it hands out. */
let f: Factories;
let yj: string;
let admin: string;
/** A county built for this file with one town below it, and two agencies with a mediator each. */
let county: BuiltCenter;
let town: BuiltCenter;
let marriageAgency: BuiltAgency;
let lawyersAgency: BuiltAgency;
let wangLi: BuiltMediator;
let gaoYan: BuiltMediator;

/** Only plain columns: the compiled read (one SQL statement); `Cases` (with personal data) takes the ORM path. */
const NewestIds = graphql(`
  query NewestIds($first: Int, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) { nodes { id } pageInfo { hasNextPage endCursor } }
  }
`);

const local = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

async function intake(overrides: Record<string, unknown>) {
  const res = await t.gql(CaseCreate, {
    input: {
      centerId: county.id, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'NEIGHBOUR',
      title: '邻里纠纷', description: '因噪音发生争执', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '申请人甲' }], ...overrides,
    } as never,
  }, yj);
  if (res.caseCreate.userErrors.length) throw new Error(JSON.stringify(res.caseCreate.userErrors));
  return res.caseCreate.case!;
}

/** Assignments whose copy of the receipt time is not their case's. */
const drift = () => t.sql(`select a.id from assignment a join hub_case c on c.id = a.case_id where a.received_at is distinct from c.received_at`);

type Filter = Record<string, unknown>;

/** The source of truth for a filter: the cases it names, newest first, read without the page's indexes. */
async function truth(filter: Filter): Promise<number[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const current = (column: string, id: unknown) => {
    params.push(local(id as string));
    where.push(`exists (select 1 from assignment x where x.case_id = c.id and x.ended_at is null and x.${column} = $${params.length})`);
  };
  if (filter.agencyId) current('agency_id', filter.agencyId);
  if (filter.mediatorId) current('mediator_id', filter.mediatorId);
  if (filter.centerSubtreeOf) {
    params.push(local(filter.centerSubtreeOf as string));
    where.push(`c.center_id in (select s.id from center s, center r where r.id = $${params.length} and (s.id = r.id or s.ancestry like r.ancestry || r.id || '/%'))`);
  }
  if (filter.statuses) where.push(`c.status = any('{${(filter.statuses as string[]).join(',')}}')`);
  const rows = await t.sql<{ id: number }>(`select c.id from hub_case c where ${where.join(' and ')} order by c.received_at desc, c.id desc`, params);
  return rows.map((r) => r.id);
}

/** Every page of a list through both read paths, `first` at a time; each must list the truth in order. */
async function expectPages(filter: Filter, first: number) {
  const expected = await truth(filter);
  for (const path of ['compiled', 'orm'] as const) {
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page <= expected.length; page++) {
      const vars: { first: number; after: string | null; filter: Filter } = { first, after, filter };
      const cases = path === 'compiled' ? (await t.gql(NewestIds, vars as never, admin)).cases : (await t.gql(Cases, vars as never, admin)).cases;
      seen.push(...cases.nodes.map((n) => local(n.id)));
      if ('totalCount' in cases) expect(cases.totalCount, `${path} totalCount ${JSON.stringify(filter)}`).toBe(expected.length);
      if (!cases.pageInfo.hasNextPage) break;
      after = cases.pageInfo.endCursor;
    }
    expect(seen, `${path}, ${first} a page, ${JSON.stringify(filter)}`).toEqual(expected);
  }
}

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2025-11-03T10:00:00+08:00' });
  f = await factories(t);
  admin = f.admin;
  county = await f.center();
  town = await f.center({ parent: county });
  marriageAgency = await f.agency(county, { name: '婚姻家庭纠纷人民调解委员会', shortName: '婚调委', kind: 'MEDIATION_COMMITTEE' });
  lawyersAgency = await f.agency(county, { name: '三师联动调解中心', shortName: '三师联动', kind: 'MEDIATION_COMMITTEE' });
  wangLi = await f.mediator(marriageAgency, { name: '王丽' });
  gaoYan = await f.mediator(lawyersAgency, { name: '高燕' });
  yj = (await f.user('DISPATCHER', { center: county })).token;
});
afterAll(() => t?.close());

describe('the receipt time an assignment keeps', () => {
  it('stays its case’s through dispatch, reassignment, escalation, delegation, rejection and withdrawal, and every page agrees with the cases', async () => {
    const marriage = marriageAgency.id;
    const lawyers = lawyersAgency.id;
    const wang = wangLi.id;
    const gao = gaoYan.id;
    // Received out of order: the list's order is the receipt time, not the order of intake.
    const times = ['2025-11-02T09:00:00+08:00', '2025-10-30T15:30:00+08:00', '2025-11-03T08:15:00+08:00', '2025-11-01T11:00:00+08:00', '2025-10-28T10:00:00+08:00'];
    const cases = [];
    for (const receivedAt of times) cases.push(await intake({ receivedAt, categoryCode: 'MARRIAGE_FAMILY' }));
    const atTown = await intake({ centerId: town.id, receivedAt: '2025-11-02T09:00:00+08:00' });
    expect(await drift()).toEqual([]);

    // A mediator of 婚调委 makes it both lead and mediator's agency: two current rows of one agency.
    const [a, b, c, d, e] = cases;
    let ca = (await t.gql(CaseDispatch, { input: { id: a!.id, version: a!.version, mediatorId: wang } }, yj)).caseDispatch.case!;
    let cb = (await t.gql(CaseDispatch, { input: { id: b!.id, version: b!.version, leadAgencyId: marriage, cooperatingAgencyIds: [lawyers] } }, yj)).caseDispatch.case!;
    const cc = (await t.gql(CaseDispatch, { input: { id: c!.id, version: c!.version, mediatorId: gao, leadAgencyId: marriage } }, yj)).caseDispatch.case!;
    let cd = (await t.gql(CaseDispatch, { input: { id: d!.id, version: d!.version, leadAgencyId: lawyers } }, yj)).caseDispatch.case!;
    expect([ca, cb, cc, cd].every(Boolean)).toBe(true);
    expect(await drift()).toEqual([]);
    await expectPages({ agencyId: marriage }, 1);

    ca = (await t.gql(CaseReassign, { input: { id: ca.id, version: ca.version, mediatorId: gao, leadAgencyId: lawyers, reason: '转律师调解员' } }, yj)).caseReassign.case!;
    cb = (await t.gql(CaseReassign, { input: { id: cb.id, version: cb.version, leadAgencyId: lawyers, reason: '改由三师联动牵头' } }, yj)).caseReassign.case!;
    expect(ca.mediator?.name).toBe(gaoYan.name);
    expect(await drift()).toEqual([]);

    const up = (await t.gql(CaseEscalate, { input: { id: atTown.id, version: atTown.version, reason: '镇级难以化解' } }, yj)).caseEscalate.case!;
    const down = (await t.gql(CaseDelegate, { input: { id: up.id, version: up.version, toCenterId: town.id, reason: '属地化解' } }, yj)).caseDelegate.case!;
    expect(down.center.name).toBe(town.name);
    await t.gql(CaseReject, { input: { id: e!.id, version: e!.version, reason: '不属于受理范围' } }, yj);
    cd = (await t.gql(CaseWithdraw, { input: { id: cd.id, version: cd.version, reason: '申请人撤回' } }, yj)).caseWithdraw.case!;
    expect(cd.status).toBe('WITHDRAWN');
    expect(await drift()).toEqual([]);

    for (const first of [1, 2, 100]) {
      await expectPages({ agencyId: marriage }, first);
      await expectPages({ agencyId: lawyers }, first);
      await expectPages({ mediatorId: gao }, first);
      await expectPages({ mediatorId: wang }, first);
      await expectPages({ centerSubtreeOf: county.id }, first);
      await expectPages({ centerSubtreeOf: county.id, statuses: ['RECEIVED'] }, first);
      await expectPages({ centerSubtreeOf: town.id, statuses: ['RECEIVED'] }, first);
      await expectPages({ agencyId: lawyers, mediatorId: gao, centerSubtreeOf: county.id }, first);
    }
  }, 300_000);

  // The page is read from the agency's index alone, so the viewer's scope must be applied while walking it.
  it('shows a viewer of another banner none of an agency’s cases, and its own banner all of them, read either way', async () => {
    const marriage = marriageAgency.id;
    const fresh = await intake({ receivedAt: '2025-11-03T09:30:00+08:00', categoryCode: 'MARRIAGE_FAMILY' });
    const dispatched = (await t.gql(CaseDispatch, { input: { id: fresh.id, version: fresh.version, leadAgencyId: marriage } }, yj)).caseDispatch.case!;
    expect(dispatched.status).toBe('DISPATCHED');
    const outsider = (await f.user('DISPATCHER', { center: await f.center() })).token; // another county's dispatcher
    const CaseById = graphql(`query NewestCaseById($id: ID!) { node(id: $id) { id } }`);
    expect((await t.gql(CaseById, { id: fresh.id }, outsider)).node).toBeNull();
    expect((await t.gql(CaseById, { id: fresh.id }, yj)).node?.id).toBe(fresh.id);
    const expected = await truth({ agencyId: marriage });
    expect(expected).toContain(local(fresh.id));
    for (const [token, want] of [[outsider, []], [yj, expected]] as const) {
      for (const first of [1, 20]) {
        const compiled = (await t.gql(NewestIds, { first, filter: { agencyId: marriage } }, token)).cases;
        const orm = (await t.gql(Cases, { first, filter: { agencyId: marriage } }, token)).cases;
        expect(compiled.nodes.map((n) => local(n.id))).toEqual(want.slice(0, first));
        expect(orm.nodes.map((n) => local(n.id))).toEqual(want.slice(0, first));
      }
    }
  });
});

/** Every plan node of an EXPLAIN (FORMAT JSON), subplans included. */
function nodes(plan: Record<string, unknown>): Record<string, unknown>[] {
  return [plan, ...((plan.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(nodes)];
}

describe('the plans on a banner of 20,000 cases', () => {
  beforeAll(async () => {
    // A banner's size: a dozen agencies with a mediator each and three towns, so that one agency's cases
    // are a small share of the banner's (with two agencies each holds half and a plan may rightly walk them all).
    for (let i = 0; i < 10; i += 1) await f.mediator(await f.agency(county));
    for (let i = 0; i < 2; i += 1) await f.center({ parent: county });
    // The built county and its towns: every case with a lead agency of the banner, a third also with a
    // mediator, one in fifty still waiting to be dispatched.
    await t.sql(`
      with banner as (select id from center where id = $1 or ancestry like (select ancestry || id || '/%' from center where id = $1)),
      centers as (select array_agg(id order by id) as ids from banner),
      agencies as (select array_agg(a.id order by a.id) as ids from agency a where a.center_id in (select id from banner)),
      mediators as (select array_agg(m.id order by m.id) as ids, array_agg(m.agency_id order by m.id) as agency_ids
                      from mediator m join agency a on a.id = m.agency_id where a.center_id in (select id from banner)),
      c as (
        insert into hub_case (number, tracking_code, origin_center_id, center_id, kind, channel, category_id, title, description, status,
                              risk_level, risk_flag, received_at, accept_due_date, due_date, search_text)
        select 'IDX-' || g, 'IDX' || lpad(to_hex(g), 11, '0'), ctr.id, ctr.id, 'DISPUTE', 'WALK_IN', (select id from category order by id limit 1),
               '生成案件', '生成', case when g % 50 = 0 then 'RECEIVED' else 'CLOSED' end, 'NONE', 'NONE',
               timestamptz '2025-10-01 00:00+08' - g * interval '7 minutes', date '2025-10-05', date '2025-11-01', '生成案件'
          from generate_series(1, 20000) g, centers
         cross join lateral (select centers.ids[1 + g % cardinality(centers.ids)] as id) ctr
        returning id, received_at, status
      )
      insert into assignment (case_id, received_at, role, agency_id, mediator_id, assigned_at)
      select c.id, c.received_at, 'LEAD', agencies.ids[1 + c.id % cardinality(agencies.ids)], null, c.received_at from c, agencies where c.status <> 'RECEIVED'
      union all
      select c.id, c.received_at, 'MEDIATOR', mediators.agency_ids[1 + c.id % cardinality(mediators.ids)], mediators.ids[1 + c.id % cardinality(mediators.ids)], c.received_at
        from c, mediators where c.status <> 'RECEIVED' and c.id % 3 = 0`, [local(county.id)]);
    await t.sql('analyze');
    await t.sql('create extension if not exists pg_stat_statements');
  }, 120_000);

  /** The plan PostgreSQL reuses for the statement the hub ran (a prepared statement's generic plan). */
  async function plansOf(marker: string, filter: Filter, unlike = '-'): Promise<Record<string, unknown>[][]> {
    for (const first of [20, 100]) {
      await t.gql(NewestIds, { first, filter } as never, admin);
      await t.gql(Cases, { first, filter } as never, admin);
    }
    const statements = await t.sql<{ query: string }>(
      `select query from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) and query like 'select %' and query like $1 and query not like $2`, [`%${marker}%`, `%${unlike}%`]);
    expect(statements.length).toBeGreaterThan(0);
    const plans = [];
    for (const { query } of statements) {
      // pg_stat_statements shows literals as parameters; the queue's literal status is what lets it use its partial index.
      const text = query.replace(/k\.status = \$\d+/g, `k.status = 'RECEIVED'`);
      const [row] = await t.sql<{ 'QUERY PLAN': [{ Plan: Record<string, unknown> }] }>(`explain (generic_plan, format json) ${text}`);
      plans.push(nodes(row!['QUERY PLAN'][0].Plan));
    }
    return plans;
  }

  const uses = (plan: Record<string, unknown>[], index: string) => plan.some((n) => n['Index Name'] === index);
  const walksAllCases = (plan: Record<string, unknown>[]) =>
    plan.some((n) => n['Relation Name'] === 'hub_case' && (n['Node Type'] === 'Seq Scan' || n['Index Name'] === 'hub_case_received_at_index'));

  it('reads an agency’s and a mediator’s newest current cases from their assignments, newest first', async () => {
    const agency = await t.sql<{ id: number }>(`select agency_id as id from assignment where ended_at is null and agency_id is not null group by 1 order by count(*) desc limit 1`);
    const mediator = await t.sql<{ id: number }>(`select mediator_id as id from assignment where ended_at is null and mediator_id is not null group by 1 order by count(*) desc limit 1`);
    const toGlobal = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
    for (const plan of await plansOf('where d.agency_id', { agencyId: toGlobal('Agency', agency[0]!.id) })) {
      expect(uses(plan, 'assignment_agency_current_newest')).toBe(true);
      expect(walksAllCases(plan)).toBe(false);
    }
    for (const plan of await plansOf('where d.mediator_id', { mediatorId: toGlobal('Mediator', mediator[0]!.id) })) {
      expect(uses(plan, 'assignment_mediator_current_newest')).toBe(true);
      expect(walksAllCases(plan)).toBe(false);
    }
    await expectPages({ agencyId: toGlobal('Agency', agency[0]!.id) }, 100);
  }, 300_000);

  // The per-center scan is ordered by center first and bounded by a range, not an equality: with
  // `center_id = ce.id` a generic plan walked hub_case_received_at_index filtering by center instead.
  it('reads a subtree’s newest cases center by center from the center’s own index', async () => {
    const banner = county.id;
    for (const plan of await plansOf('cross join lateral', { centerSubtreeOf: banner }, 'k.status = ')) {
      expect(uses(plan, 'hub_case_center_newest')).toBe(true);
      expect(walksAllCases(plan)).toBe(false);
    }
  });

  it('reads a subtree’s undispatched queue from the queue’s own index', async () => {
    const banner = county.id;
    for (const plan of await plansOf(`k.status = `, { centerSubtreeOf: banner, statuses: ['RECEIVED'] })) {
      expect(uses(plan, 'hub_case_undispatched_newest')).toBe(true);
      expect(walksAllCases(plan)).toBe(false);
    }
    await expectPages({ centerSubtreeOf: banner, statuses: ['RECEIVED'] }, 100);
  }, 300_000);
});
