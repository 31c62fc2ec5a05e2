/**
 * Real-time delivery over real WebSockets: the outbox, resumable subscriptions, per-event access,
 * and the graphql-ws limits. Subscriptions first deliver a SYSTEM/SUBSCRIBED message, which tests wait
 * for instead of sleeping.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch, CaseUpdate } from './support/cases.js';
import { DEMO_PASSWORD } from './support/env.js';
import { factories, roleAssignmentIds, type BuiltAgency, type BuiltUser, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const Assignments = graphql(`
  subscription Assignments($after: String, $agencyId: ID) {
    assignmentEvents(after: $after, agencyId: $agencyId) { cursor seq topic type label caseNumber caseStatus details case { title } }
  }
`);
const CaseStream = graphql(`
  subscription CaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor topic type caseStatus } }
`);
const CenterStream = graphql(`
  subscription CenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor topic type caseNumber } }
`);
const Alerts = graphql(`subscription Alerts { supervisionAlerts { cursor topic type caseNumber details } }`);
const Revoke = graphql(`mutation RtRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }`);
const Login = graphql(`mutation RtLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }`);
const Logout = graphql(`mutation RtLogout { sessionRevoke { revoked } }`);
const Sweep = graphql(`mutation RtSweep { caseSupervisionSweep { raised } }`);

let t: TestHub;
let f: Factories;
/** A county built for this file: its agency (`hr`) leads the wage claims, its 林草局 sometimes assists. */
let desk: Desk;
let hr: BuiltAgency;
let forestry: BuiltAgency;
let forestryStaff: BuiltUser;
/** Another county: its dispatcher and leader are strangers to the desk's cases. */
let other: Desk;
let dispatcher: string;

async function newCase(overrides: Record<string, unknown> = {}) {
  const res = await t.gql(CaseCreate, {
    input: {
      centerId: desk.center.id, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'WAGE_ARREARS', title: '欠薪', description: '拖欠工资',
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '工人' }], ...overrides,
    } as never,
  }, dispatcher);
  return res.caseCreate.case!;
}

async function dispatchTo(c: { id: string; version: number }, lead: string, cooperating: string[] = []) {
  const res = await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: lead, cooperatingAgencyIds: cooperating } }, dispatcher);
  if (res.caseDispatch.userErrors.length) throw new Error(JSON.stringify(res.caseDispatch.userErrors));
  return res.caseDispatch.case!;
}

const subscribed = (c: { data: unknown[] }) => c.data.length >= 1;
const payloads = <T extends Record<string, { topic: string }>>(data: T[], key: keyof T) =>
  data.map((d) => d[key]).filter((e) => e.topic !== 'SYSTEM');

beforeAll(async () => {
  t = await startTestHub({ WS_INIT_TIMEOUT_MS: '400' });
  f = await factories(t);
  desk = await f.desk();
  hr = desk.agency;
  forestry = await f.agency(desk.center, { name: '旗林业和草原局', shortName: '林草局', kind: 'FORESTRY_GRASSLAND' });
  forestryStaff = await f.user('AGENCY_STAFF', { agency: forestry });
  other = await f.desk();
  dispatcher = desk.dispatcher.token;
});
afterAll(() => t?.close());

describe('the outbox', () => {
  it('writes one event per committed change, in sequence, and nothing for a refused one', async () => {
    const before = await t.sql<{ n: number; max: string }>('select count(*)::int as n, coalesce(max(seq), 0)::text as max from hub_event');
    const c = await newCase();
    const refused = await t.gql(CaseUpdate, { input: { id: c.id, version: c.version + 5, title: '冲突' } }, dispatcher);
    expect(refused.caseUpdate.userErrors[0]!.code).toBe('CONFLICT');
    await dispatchTo(c, hr.id);
    const rows = await t.sql<{ seq: string; topic: string; type: string }>('select seq::text, topic, type from hub_event where seq > $1 order by seq', [before[0]!.max]);
    expect(rows.map((r) => [r.topic, r.type])).toEqual([['case', 'RECEIVED'], ['assignment', 'DISPATCHED']]);
    expect(BigInt(rows[1]!.seq)).toBe(BigInt(rows[0]!.seq) + 1n);
    const counter = await t.sql<{ last: string }>('select last::text from hub_event_counter');
    expect(counter[0]!.last).toBe(rows[1]!.seq);
  });
});

describe('assignment events for an agency dashboard', () => {
  it('pushes a new assignment of the agency the moment it is committed, and only those', async () => {
    const live = collect(t.ws(forestryStaff.token), Assignments, {});
    await live.until(subscribed);
    expect(live.data[0]!.assignmentEvents).toMatchObject({ topic: 'SYSTEM', type: 'SUBSCRIBED' });
    const onlyHr = await newCase({ title: '只给人社' });
    await dispatchTo(onlyHr, hr.id);
    const withForestry = await newCase({ title: '人社牵头林草协同' });
    await dispatchTo(withForestry, hr.id, [forestry.id]);
    await live.until((c) => c.data.length >= 2);
    const [event] = payloads(live.data, 'assignmentEvents');
    expect(event).toMatchObject({ topic: 'ASSIGNMENT', type: 'DISPATCHED', label: '分流', caseNumber: withForestry.number, caseStatus: 'DISPATCHED', case: { title: '人社牵头林草协同' } });
    expect(event!.details).toMatchObject({ assignments: [{ role: 'LEAD', agency: hr.shortName }, { role: 'COOPERATING', agency: '林草局' }] });
    expect(live.data).toHaveLength(2);
    live.dispose();
  });

  it('resumes from a cursor with exactly the missed events, then goes on live', async () => {
    const token = desk.staff.token;
    const first = collect(t.ws(token), Assignments, {});
    await first.until(subscribed);
    const a = await newCase({ title: 'A' });
    await dispatchTo(a, hr.id);
    await first.until((c) => c.data.length >= 2);
    const cursor = first.data[1]!.assignmentEvents.cursor;
    first.dispose();

    const b = await newCase({ title: 'B' });
    await dispatchTo(b, hr.id);
    const c2 = await newCase({ title: 'C' });
    await dispatchTo(c2, hr.id);

    const resumed = collect(t.ws(token), Assignments, { after: cursor });
    await resumed.until((c) => c.data.some((d) => d.assignmentEvents.topic === 'SYSTEM'));
    const d = await newCase({ title: 'D' });
    await dispatchTo(d, hr.id);
    await resumed.until((c) => c.data.length >= 4);
    // (The SYSTEM message carries the same sequence as the last missed event; it must not repeat that event.)
    expect(resumed.data.map((x) => [x.assignmentEvents.topic, x.assignmentEvents.caseNumber])).toEqual([
      ['ASSIGNMENT', b.number], ['ASSIGNMENT', c2.number], ['SYSTEM', null], ['ASSIGNMENT', d.number],
    ]);
    const seqs = resumed.data.filter((x) => x.assignmentEvents.topic !== 'SYSTEM').map((x) => BigInt(x.assignmentEvents.seq));
    expect([...seqs].sort((p, q) => (p < q ? -1 : 1))).toEqual(seqs);
    resumed.dispose();
  });

  it('refuses a forged cursor and a scope that is not the caller’s', async () => {
    const token = desk.staff.token;
    const bad = collect(t.ws(token), Assignments, { after: 'not-a-cursor!' });
    await expect(bad.until(() => false)).rejects.toThrow(/Invalid resume cursor/);
    const foreign = collect(t.ws(token), Assignments, { agencyId: other.agency.id });
    await expect(foreign.until(() => false)).rejects.toThrow(/Unknown scope/);
    const anonymous = collect(t.ws(), Assignments, {});
    await expect(anonymous.until(() => false)).rejects.toThrow(/UNAUTHENTICATED|请先登录/);
  });
});

describe('access is checked for every event', () => {
  it('ends a subscription with the next event after its role is revoked, and after sign-out', async () => {
    const temp = await f.user('AGENCY_STAFF', { agency: hr }, { displayName: '临时人员' });
    const [grant] = await roleAssignmentIds(f, temp);
    const stream = collect(t.ws(temp.token), Assignments, {});
    await stream.until(subscribed);
    await t.gql(Revoke, { input: { id: grant! } }, f.admin);
    await dispatchTo(await newCase({ title: '撤权后' }), hr.id);
    await expect(stream.until(() => false)).rejects.toThrow(/access changed/);
    expect(payloads(stream.data, 'assignmentEvents')).toEqual([]);

    // A session of its own: signing out must not end the token the other tests hold.
    const hrToken = (await t.gql(Login, { u: desk.staff.username, p: DEMO_PASSWORD })).sessionCreate.accessToken!;
    const staffStream = collect(t.ws(hrToken), Assignments, {});
    await staffStream.until(subscribed);
    await t.gql(Logout, {}, hrToken);
    await expect(staffStream.until(() => false)).rejects.toThrow(/Session ended/);
  });

  it('streams one case to whoever may see it, and a center to its own staff', async () => {
    const c = await newCase({ title: '单案订阅' });
    const caseStream = collect(t.ws(dispatcher), CaseStream, { caseId: c.id });
    const center = collect(t.ws(desk.leader.token), CenterStream, { centerId: desk.center.id });
    await caseStream.until(subscribed);
    await center.until(subscribed);
    await dispatchTo(c, hr.id);
    await caseStream.until((x) => x.data.length >= 2);
    await center.until((x) => x.data.some((d) => d.centerEvents.caseNumber === c.number));
    expect(caseStream.data[1]!.caseEvents).toMatchObject({ topic: 'ASSIGNMENT', type: 'DISPATCHED', caseStatus: 'DISPATCHED' });
    const outsider = collect(t.ws(other.dispatcher.token), CaseStream, { caseId: c.id });
    await expect(outsider.until(() => false)).rejects.toThrow(/Unknown scope/);
    const otherCenter = collect(t.ws(other.leader.token), CenterStream, { centerId: desk.center.id });
    await expect(otherCenter.until(() => false)).rejects.toThrow(/Unknown scope/);
  });

  it('alerts leaders of automatic supervision', async () => {
    const alerts = collect(t.ws(desk.leader.token), Alerts, {});
    await alerts.until(subscribed);
    const risky = await newCase({ title: '群体讨薪', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '代表', headcount: 50 }] });
    await t.gql(Sweep, {}, desk.leader.token);
    await alerts.until((x) => x.data.some((d) => d.supervisionAlerts.caseNumber === risky.number));
    const alert = alerts.data.find((d) => d.supervisionAlerts.caseNumber === risky.number)!.supervisionAlerts;
    expect(alert).toMatchObject({ topic: 'SUPERVISION', type: 'SUPERVISION_RAISED', details: { kind: 'AT_RISK', automatic: true } });
  });
});

describe('graphql-ws hardening', () => {
  const url = () => t.url.replace(/^http/, 'ws');
  const closeOf = (socket: WebSocket) => new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));

  it('closes a socket that never sends connection_init (4408) and one with an invalid token (4403)', async () => {
    const silent = new WebSocket(url(), 'graphql-transport-ws');
    expect((await closeOf(silent)).code).toBe(4408);
    const forged = new WebSocket(url(), 'graphql-transport-ws');
    forged.once('open', () => forged.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged.token.here' } })));
    expect((await closeOf(forged)).code).toBe(4403);
  });

  it('applies the HTTP validation limits to subscribe messages and caps operations per connection', async () => {
    const client = t.ws(desk.staff.token);
    const deep = collect(client, graphql(`subscription Deep { assignmentEvents { case { center { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }`), {});
    await expect(deep.until(() => false)).rejects.toThrow(/depth/);
    const streams = Array.from({ length: 20 }, () => collect(client, Assignments, {}));
    await Promise.all(streams.map((s) => s.until(subscribed)));
    const extra = collect(client, Assignments, {});
    await expect(extra.until(() => false)).rejects.toThrow(/At most 20 operations/);
    streams[0]!.dispose();
    const again = collect(client, Assignments, {});
    await again.until(subscribed);
  });

  it('releases a subscription on the server as soon as the client completes it', async () => {
    const before = t.hub.events.subscriberCount;
    const client = t.ws(desk.staff.token);
    const streams = Array.from({ length: 5 }, () => collect(client, Assignments, {}));
    await Promise.all(streams.map((s) => s.until(subscribed)));
    expect(t.hub.events.subscriberCount).toBe(before + 5);
    for (const s of streams) s.dispose();
    // No event arrives for these subscriptions; they must still be gone.
    await vi.waitFor(() => expect(t.hub.events.subscriberCount).toBe(before), { timeout: 5_000, interval: 20 });
  });
});
