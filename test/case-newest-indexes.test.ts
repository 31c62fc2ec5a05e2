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
  CaseCreate, CaseDelegate, CaseDispatch, CaseEscalate, CaseReassign, CaseReject, Cases, CaseWithdraw, orgIds, type OrgIds,
} from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let org: OrgIds;
let yj: string;
let admin: string;

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
      centerId: org.center('伊金霍洛旗综治中心'), kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'NEIGHBOUR',
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
  admin = await t.login('admin');
  org = await orgIds(t, admin);
  yj = await t.login('yj.dispatcher');
});
afterAll(() => t?.close());

describe('the receipt time an assignment keeps', () => {
  it('stays its case’s through dispatch, reassignment, escalation, delegation, rejection and withdrawal, and every page agrees with the cases', async () => {
    const marriage = org.agency('婚调委', 'yj');
    const lawyers = org.agency('三师联动', 'yj');
    const wang = org.mediator('王丽');
    const gao = org.mediator('高燕');
    // Received out of order: the list's order is the receipt time, not the order of intake.
    const times = ['2025-11-02T09:00:00+08:00', '2025-10-30T15:30:00+08:00', '2025-11-03T08:15:00+08:00', '2025-11-01T11:00:00+08:00', '2025-10-28T10:00:00+08:00'];
    const cases = [];
    for (const receivedAt of times) cases.push(await intake({ receivedAt, categoryCode: 'MARRIAGE_FAMILY' }));
    const town = await intake({ centerId: org.center('阿勒腾席热镇综治中心'), receivedAt: '2025-11-02T09:00:00+08:00' });
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
    expect(ca.mediator?.name).toBe('高燕');
    expect(await drift()).toEqual([]);

    const up = (await t.gql(CaseEscalate, { input: { id: town.id, version: town.version, reason: '镇级难以化解' } }, yj)).caseEscalate.case!;
    const down = (await t.gql(CaseDelegate, { input: { id: up.id, version: up.version, toCenterId: org.center('阿勒腾席热镇综治中心'), reason: '属地化解' } }, yj)).caseDelegate.case!;
    expect(down.center.name).toBe('阿勒腾席热镇综治中心');
    await t.gql(CaseReject, { input: { id: e!.id, version: e!.version, reason: '不属于受理范围' } }, yj);
    cd = (await t.gql(CaseWithdraw, { input: { id: cd.id, version: cd.version, reason: '申请人撤回' } }, yj)).caseWithdraw.case!;
    expect(cd.status).toBe('WITHDRAWN');
    expect(await drift()).toEqual([]);

    for (const first of [1, 2, 100]) {
      await expectPages({ agencyId: marriage }, first);
      await expectPages({ agencyId: lawyers }, first);
      await expectPages({ mediatorId: gao }, first);
      await expectPages({ mediatorId: wang }, first);
      await expectPages({ centerSubtreeOf: org.center('伊金霍洛旗综治中心') }, first);
      await expectPages({ centerSubtreeOf: org.center('伊金霍洛旗综治中心'), statuses: ['RECEIVED'] }, first);
      await expectPages({ centerSubtreeOf: org.center('阿勒腾席热镇综治中心'), statuses: ['RECEIVED'] }, first);
      await expectPages({ agencyId: lawyers, mediatorId: gao, centerSubtreeOf: org.center('伊金霍洛旗综治中心') }, first);
    }
  });
});
