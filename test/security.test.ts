/**
 * Hostile clients: one test per item of the OWASP GraphQL cheat sheet and of common GraphQL scanners'
 * checks, on HTTP and WebSocket; reaching another agency's case by every path; personal-data audit;
 * login throttling; execution limits. The hub runs with SCHEMA_DISCLOSURE=staff (production's default).
 */
import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { HubContext } from '../src/shared/context.js';
import { graphql } from './gql/index.js';
import { DEMO_PASSWORD } from './support/env.js';
import { CaseUpdate } from './support/cases.js';
import { factories, type Desk, type Factories } from './support/factories.js';
import { startTestHub, wsOnce, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const Login = graphql(`mutation SecLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken userErrors { code } } }`);
const Cases = graphql(`query SecCases { cases(first: 100) { nodes { id number parties { id } leadAgency { shortName } } } }`);
const CaseParties = graphql(`
  query SecCaseParties($id: ID!) {
    node(id: $id) { ... on Case { id number parties { id name idNumber phone } } }
  }
`);
const CaseCenter = graphql(`query SecCaseCenter($id: ID!) { node(id: $id) { ... on Case { version status center { id } } } }`);
const LiveParties = graphql(`
  subscription SecLiveParties($centerId: ID!) { centerEvents(centerId: $centerId) { topic case { number parties { name phone } } } }
`);
const Audit = graphql(`
  query SecAudit($caseId: ID) {
    personalDataAccesses(first: 50, caseId: $caseId) { nodes { at fields reason operationName requestId user { username } case { number } partyName } }
  }
`);

type Err = { message: string; extensions?: Record<string, unknown> };

/** The errors a subscribe message is refused with (graphql-ws reports them through the sink's error). */
function wsErrors(client: ReturnType<TestHub['ws']>, query: string): Promise<Err[]> {
  return new Promise((resolve) => {
    client.subscribe({ query }, {
      next: (v) => resolve((v.errors ?? []) as Err[]),
      error: (e) => resolve(Array.isArray(e) ? (e as Err[]) : [{ message: String(e) }]),
      complete: () => undefined,
    });
  });
}
async function errorsOf(res: Response): Promise<Err[]> {
  return ((await res.json()) as { errors?: Err[] }).errors ?? [];
}

@ObjectType({ description: '慢字段 / A slow object' })
class Slow {
  @Field({ description: '值 / Value' })
  value!: string;
}

@Resolver()
class SlowResolver {
  @Authorized('PUBLIC')
  @Query(() => [Slow], { description: '先等待，再返回对象 / Waits, then returns objects' })
  async slowList(): Promise<Slow[]> {
    await new Promise((r) => setTimeout(r, 2_000));
    return [{ value: 'late' }];
  }

  @Authorized('PUBLIC')
  @Query(() => String, { description: '执行很久的 SQL / A long SQL statement' })
  async slowSql(@Ctx() ctx: HubContext): Promise<string> {
    await ctx.em.execute('select pg_sleep(10)');
    return 'done';
  }
}

let t: TestHub;
let f: Factories;
/** A county built for this file: its dispatcher is the signed-in staff member of the checks below. */
let desk: Desk;
let staff: string;
/** A party whose ID and phone numbers the masking and audit checks look at. */
const witness = { role: 'APPLICANT' as const, type: 'PERSON' as const, name: '证件测试人', idNumber: '150627199001011235', phone: '13812345678' };
beforeAll(async () => {
  // 1.5 s, not less: the factories below create users, and hashing a password on a loaded machine takes a few hundred ms.
  t = await startTestHub({ SCHEMA_DISCLOSURE: 'staff', EXECUTION_TIMEOUT_MS: '1500' }, { extraResolvers: [SlowResolver] });
  f = await factories(t);
  desk = await f.desk();
  staff = desk.dispatcher.token;
});
afterAll(() => t?.close());

describe('OWASP GraphQL cheat sheet and scanner checks', () => {
  it('CSRF: no simple requests (text/plain POST, GET without preflight header)', async () => {
    const plain = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(plain.status).toBe(400);
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
  });

  it('GET mutation is refused', async () => {
    const res = await fetch(`${t.url}?query=${encodeURIComponent('mutation { sessionRevoke { revoked } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(res.status).toBe(405);
  });

  it('batching: an array of operations is refused', async () => {
    const res = await t.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('alias overloading: more than 30 aliases are refused, on HTTP and WebSocket', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await errorsOf(await t.post({ query })))[0]!.message).toMatch(/别名过多.*Aliases limit of 30 exceeded, found 31/);
    expect((await wsErrors(t.ws(staff), query))[0]!.message).toMatch(/别名过多.*Aliases limit of 30 exceeded, found 31/);
  });

  it('directive overloading: more than 50 directives, or a repeated non-repeatable one, are refused', async () => {
    const many = `{ __typename ${'@include(if: true) '.repeat(1)} ${Array.from({ length: 51 }, (_, i) => `t${i % 20}: __typename @skip(if: false)`).join(' ')} }`;
    expect((await errorsOf(await t.post({ query: many }))).map((e) => e.message).join()).toMatch(/Directives limit of 50 exceeded/);
    const repeated = `{ __typename @include(if: true) @include(if: true) }`;
    expect((await errorsOf(await t.post({ query: repeated })))[0]!.message).toMatch(/can only be used once/);
  });

  it('deep queries beyond 12 levels and circular fragments are refused', async () => {
    let deep = 'id';
    for (let i = 0; i < 7; i += 1) deep = `center { parent { ${deep} } }`;
    const res = await t.post({ query: `{ agencies(first: 1) { nodes { ${deep} } } }` }, { authorization: `Bearer ${staff}` });
    expect((await errorsOf(res))[0]!.message).toMatch(/查询嵌套过深.*Query depth limit of 12 exceeded, found \d+/);
    const circular = 'query { centers(first: 1) { nodes { ...A } } } fragment A on Center { parent { ...B } } fragment B on Center { parent { ...A } }';
    expect((await errorsOf(await t.post({ query: circular })))[0]!.message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('query cost: nested pages that could fetch more than 10,000 objects are refused before running', async () => {
    const query = '{ cases(first: 100) { nodes { timeline(first: 100) { nodes { seq } } assignments { agency { name } } } } }';
    const errors = await errorsOf(await t.post({ query }, { authorization: `Bearer ${staff}` }));
    expect(errors[0]!.message).toMatch(/Query cost \d+ exceeds 10000/);
    const dashboard = '{ cases(first: 100) { nodes { number parties { name } assignments { agency { name } mediator { name } } timeline(first: 5) { nodes { label } } } } }';
    expect(await errorsOf(await t.post({ query: dashboard }, { authorization: `Bearer ${staff}` }))).toEqual([]);
  });

  it('token limit: a document of more than 5,000 tokens is refused before it is parsed whole', async () => {
    const query = `{ ${'__typename '.repeat(5_001)} }`;
    expect((await errorsOf(await t.post({ query })))[0]!.message).toMatch(/more that 5000 tokens/);
  });

  it('connections require first or last within 1..100', async () => {
    const none = await errorsOf(await t.post({ query: '{ cases { nodes { id } } }' }, { authorization: `Bearer ${staff}` }));
    expect(none[0]!.message).toMatch(/first or last is required/);
    const huge = await errorsOf(await t.post({ query: '{ cases(first: 1000) { nodes { id } } }' }, { authorization: `Bearer ${staff}` }));
    expect(huge[0]!.message).toMatch(/first must be 1\.\.100/);
  });

  it('field suggestions: “did you mean” is hidden from anonymous callers, shown to staff', async () => {
    const anonymous = await errorsOf(await t.post({ query: '{ caseCategorie { code } }' }));
    expect(anonymous[0]!.message).toMatch(/Cannot query field "caseCategorie"/);
    expect(anonymous[0]!.message).not.toMatch(/Did you mean/);
    const asStaff = await errorsOf(await t.post({ query: '{ caseCategorie { code } }' }, { authorization: `Bearer ${staff}` }));
    expect(asStaff[0]!.message).toMatch(/Did you mean "caseCategories"/);
    const ws = await wsErrors(t.ws(), '{ caseCategorie { code } }');
    expect(ws[0]!.message).toMatch(/Cannot query field/);
    expect(ws[0]!.message).not.toMatch(/Did you mean/);
  });

  it('introspection: refused to anonymous callers on HTTP and WebSocket, allowed to staff', async () => {
    const anonymous = await errorsOf(await t.post({ query: '{ __schema { types { name } } }' }));
    expect(anonymous[0]!.extensions!.code).toBe('FORBIDDEN');
    const hidden = await errorsOf(await t.post({ query: '{ a: __type(name: "Case") { fields { name } } }' }));
    expect(hidden[0]!.extensions!.code).toBe('FORBIDDEN');
    const ws = await wsErrors(t.ws(), '{ __schema { queryType { name } } }');
    expect(ws[0]!.extensions!.code).toBe('FORBIDDEN');
    const res = await t.post({ query: '{ __schema { queryType { name } } }' }, { authorization: `Bearer ${staff}` });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(loadConfig({ NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(40) }).schemaDisclosure).toBe('staff');
  });

  it('error leakage: a failing SQL statement shows a generic message and no stack, SQL or path of the server', async () => {
    const res = await t.post({ query: '{ slowSql }' });
    const body = JSON.stringify(await res.json());
    expect(body).toMatch(/INTERNAL_SERVER_ERROR|TIMEOUT/);
    expect(body).not.toMatch(/pg_sleep|statement timeout|stack|\/work\/|node_modules/);
  });

  it('request size: bodies over 256 KiB are refused with 413, WebSocket messages over 256 KiB close the socket', async () => {
    const res = await t.post({ query: '{ __typename }', variables: { pad: 'x'.repeat(300_000) } });
    expect(res.status).toBe(413);
    const result = await wsOnce(t.ws(), `{ __typename } # ${'x'.repeat(300_000)}`).catch((e: { code?: number }) => e);
    expect((result as { code?: number }).code).toBe(1009);
  });

  it('execution time: fields stop resolving after EXECUTION_TIMEOUT_MS and long SQL is cancelled', async () => {
    const late = await t.post({ query: '{ slowList { value } }' });
    const body = (await late.json()) as { errors: Err[]; data: unknown };
    expect(body.errors[0]!.extensions!.code).toBe('TIMEOUT');
    const started = performance.now();
    const sql = await errorsOf(await t.post({ query: '{ slowSql }' }));
    expect(sql.length).toBe(1);
    // The 10 s statement was cancelled by the 1.5 s statement timeout (generous bound: this asserts cancellation, not speed).
    expect(performance.now() - started).toBeLessThan(9_000);
  });
});

describe('another agency’s case is out of reach by every path', () => {
  let foreign: { id: string; partyId: string };
  let own: string;
  let hr: string;
  beforeAll(async () => {
    hr = desk.staff.token;
    own = (await f.case(desk, { status: 'DISPATCHED' })).id;
    // Another agency stationed at the same center, with a case of its own.
    const neighbour = await f.desk({ center: desk.center });
    const other = await f.case(neighbour, { status: 'DISPATCHED', input: { parties: [witness] } });
    foreign = { id: other.id, partyId: other.parties[0]!.id };
  });

  it('the connection lists only cases assigned to the viewer’s agency', async () => {
    const mine = (await t.gql(Cases, {}, hr)).cases.nodes;
    expect(mine.map((c) => c.id)).toEqual([own]);
    expect(mine.every((c) => c.leadAgency?.shortName === desk.agency.shortName)).toBe(true);
  });

  it('node(id), nodes(ids), aliases and nested parties return nothing', async () => {
    const query = `query Probe($c: ID!, $p: ID!) {
      a: node(id: $c) { id } b: node(id: $p) { id }
      c: nodes(ids: [$c, $p]) { id }
      d: node(id: $c) { ... on Case { parties { name idNumber } timeline(first: 5) { nodes { details } } } }
    }`;
    const res = await t.post({ query, variables: { c: foreign.id, p: foreign.partyId } }, { authorization: `Bearer ${hr}` });
    const body = (await res.json()) as { data: Record<string, unknown> };
    expect(body.data).toEqual({ a: null, b: null, c: [null, null], d: null });
  });

  it('over WebSocket the same', async () => {
    const res = await wsOnce<{ node: unknown }>(t.ws(hr), `{ node(id: "${foreign.id}") { id } }`);
    expect(res.data).toEqual({ node: null });
  });
});

describe('personal data', () => {
  it('every unmasked read is audited with who, what, when and why; masked reads are not', async () => {
    const dispatcher = desk.dispatcher.token;
    const own = await f.case(desk, { input: { parties: [witness] } });
    const res = await t.request(CaseParties, { id: own.id }, dispatcher, { 'x-access-reason': encodeURIComponent('回访当事人核实身份') });
    const parties = (res.body.data!.node as { parties: { idNumber: string | null; phone: string | null }[] }).parties;
    expect(parties.some((p) => p.phone && !p.phone.includes('*'))).toBe(true);
    const audit = await t.gql(Audit, { caseId: own.id }, (await f.user('AUDITOR')).token);
    const rows = audit.personalDataAccesses.nodes;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ reason: '回访当事人核实身份', operationName: 'SecCaseParties', user: { username: desk.dispatcher.username }, case: { number: own.number } });
    expect(rows[0]!.fields.length).toBeGreaterThan(0);
    expect(rows[0]!.requestId).toMatch(/[0-9a-f-]{36}/);

    // A viewer who sees a case only masked leaves no audit row.
    const count = async () => (await t.sql<{ n: string }>('select count(*) as n from personal_data_access'))[0]!.n;
    const before = await count();
    // Admins maintain the organisation; they see cases, but personal data only masked.
    const countyAdmin = (await f.user('ADMIN', { center: desk.center })).token;
    const seen = (await t.request(CaseParties, { id: own.id }, countyAdmin)).body.data!.node as { parties: { phone: string | null }[] };
    expect(seen.parties.filter((p) => p.phone).every((p) => p.phone!.includes('*'))).toBe(true);
    expect(await count()).toBe(before);
  });

  it('audits full values pushed over a subscription too, judged afresh for each event', async () => {
    const dispatcher = desk.dispatcher.token;
    const own = await f.case(desk, { status: 'DISPATCHED', input: { parties: [witness] } });
    const center = (await t.gql(CaseCenter, { id: own.id }, dispatcher)).node as { version: number; status: string; center: { id: string } };
    const live = collect(t.ws(dispatcher), LiveParties, { centerId: center.center.id });
    await live.until((c) => c.data.length >= 1);
    const before = Number((await t.sql<{ n: string }>(`select count(*) as n from personal_data_access where operation_name = 'SecLiveParties'`))[0]!.n);
    const updated = await t.gql(CaseUpdate, { input: { id: own.id, version: center.version, place: '阿勒腾席热镇调解室' } }, dispatcher);
    expect(updated.caseUpdate.userErrors, JSON.stringify({ center, updated })).toEqual([]);
    await live.until((c) => c.data.some((d) => d.centerEvents.case?.parties.some((p) => p.phone && !p.phone.includes('*'))));
    const after = Number((await t.sql<{ n: string }>(`select count(*) as n from personal_data_access where operation_name = 'SecLiveParties'`))[0]!.n);
    expect(after).toBeGreaterThan(before);
    live.dispose();
  });

  it('the audit log is for auditors only and cannot be altered', async () => {
    const res = await t.request(Audit, {}, desk.dispatcher.token);
    expect(res.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    await expect(t.sql(`update personal_data_access set reason = 'x'`)).rejects.toThrow(/immutable/);
    await expect(t.sql(`delete from personal_data_access`)).rejects.toThrow(/immutable/);
  });

  it('masks ID and phone numbers as 150627********1234 and 138****5678 for viewers without the right', async () => {
    const c = await f.case(desk, { input: { parties: [witness, { role: 'RESPONDENT', type: 'PERSON', name: '被申请人', idNumber: '15062719850203107X', phone: '13900001111' }] } });
    // Admins maintain the organisation; they see the county's cases with personal data masked.
    const countyAdmin = (await f.user('ADMIN', { center: desk.center })).token;
    const node = (await t.request(CaseParties, { id: c.id }, countyAdmin)).body.data?.node as { parties: { name: string; idNumber: string | null; phone: string | null }[] };
    expect(node.parties.map((p) => [p.name, p.idNumber])).toEqual([['证件测试人', '150627********1235'], ['被申请人', '150627********107X']]);
    expect(node.parties.map((p) => p.phone)).toEqual(['138****5678', '139****1111']);
  });
});

describe('login throttling', () => {
  it('blocks an account after 5 wrong passwords, even for the right one, and leaves other accounts alone', async () => {
    const attempt = (username: string, password: string) => t.request(Login, { input: { username, password } });
    const [target, bystander] = [await f.user('LEADER', { center: desk.center }), await f.user('LEADER', { center: desk.center })];
    for (let i = 0; i < 5; i += 1) {
      const res = await attempt(target.username, `wrong-${i}`);
      expect(res.body.data!.sessionCreate.userErrors[0]!.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await attempt(target.username, DEMO_PASSWORD);
    expect(blocked.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(blocked.body.errors![0]!.extensions!.retryAfterSeconds)).toBeGreaterThan(600);
    const other = await attempt(bystander.username, DEMO_PASSWORD);
    expect(other.body.data!.sessionCreate.accessToken).toBeTruthy();
  });
});
