/**
 * Every change of access ends the streams it concerns at once, for API keys as for users, on every
 * subscription field: a revoked key, an ended session, a revoked role. (Across hub processes: see
 * realtime-processes.test.ts.)
 */
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredRules, keyAllowed } from '../src/shared/auth.js';
import { graphql } from './gql/index.js';
import { CaseCreate, orgIds, type OrgIds } from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { issueKey, keySocket, register, type IssuedKey } from './support/keys.js';
import { openRaw } from './support/raw-ws.js';
import { collect, type Collected } from './support/subscriptions.js';

const KeyRevoke = graphql(`mutation StreamKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }`);
const SignOut = graphql(`mutation StreamSignOut { sessionRevoke { revoked } }`);
const NewUser = graphql(`mutation StreamUser($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }`);
const Grant = graphql(`mutation StreamGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code message } } }`);
const RoleRevoke = graphql(`mutation StreamRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }`);
const RetireOp = graphql(`mutation StreamRetireOp($input: PersistedOperationRetireInput!) { persistedOperationRetire(input: $input) { userErrors { code } } }`);
const Login = graphql(`mutation StreamLogin($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }`);

const Docs = {
  assignmentEvents: graphql(`subscription AccessAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }`),
  caseEvents: graphql(`subscription AccessCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }`),
  centerEvents: graphql(`subscription AccessCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }`),
  supervisionAlerts: graphql(`subscription AccessAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }`),
  rosterChanges: graphql(`subscription AccessRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }`),
  todayDuties: graphql(`subscription AccessToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }`),
  ledgerCounters: graphql(`subscription AccessCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }`),
  casesInChargeEvents: graphql(`subscription AccessInCharge { casesInChargeEvents { seq topic } }`),
  dayBoardUpdates: graphql(`subscription AccessDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }`),
  dispatchAlerts: graphql(`subscription AccessDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }`),
  jointMeetingEvents: graphql(`subscription AccessMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }`),
};
type Field = keyof typeof Docs;
/** One field's document, without its field-specific types (the tests below treat every field alike). */
const docOf = (f: string) => Docs[f as Field] as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

const SUBSCRIPTION_FIELDS = Object.keys(buildSchema(readFileSync('schema/schema.graphql', 'utf8')).getSubscriptionType()!.getFields()).sort();
const ALL_CAPABILITIES = ['CASES_READ', 'CASES_SUBMIT', 'ROSTERS_READ', 'STATISTICS_READ'];

let t: TestHub;
let org: OrgIds;
let admin: string;
let yjDispatcher: string;
/** Arguments per field, for a viewer of 伊金霍洛旗. */
let variables: Record<Field, Record<string, unknown>>;

const ended = async (c: Collected<unknown>) => {
  await expect(c.until(() => false)).rejects.toThrow();
  return JSON.stringify(c.error);
};

async function caseAtYj(title: string) {
  const res = await t.gql(CaseCreate, { input: {
    centerId: org.center('伊金霍洛旗综治中心'), kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'NEIGHBOUR', title, description: '噪音扰民',
    parties: [{ role: 'APPLICANT', type: 'PERSON', name: '居民' }],
  } as never }, yjDispatcher);
  return res.caseCreate.case!;
}

beforeAll(async () => {
  t = await startTestHub();
  admin = await t.login('admin');
  yjDispatcher = await t.login('yj.dispatcher');
  org = await orgIds(t, admin);
  const yj = org.center('伊金霍洛旗综治中心');
  variables = {
    assignmentEvents: { agencyId: org.agency('人社局', 'yj') },
    caseEvents: { caseId: (await caseAtYj('订阅用案件')).id },
    centerEvents: { centerId: yj },
    supervisionAlerts: { centerId: yj },
    rosterChanges: { centerId: yj },
    todayDuties: { centerId: yj },
    ledgerCounters: { centerId: yj },
    casesInChargeEvents: {},
    dayBoardUpdates: { centerId: yj },
    dispatchAlerts: { centerId: yj },
    jointMeetingEvents: { centerId: yj },
  };
});
afterAll(async () => {
  await t?.close();
});

describe('a revoked API key', () => {
  it('ends the big screen’s ledgerCounters for 伊金霍洛旗 at once; the socket takes nothing more and the key cannot reconnect (4403)', async () => {
    const key = await issueKey(t, admin, { codes: ['150627'], capabilities: ['STATISTICS_READ'], name: '大屏' });
    await register(t, admin, key, Docs.ledgerCounters);
    const socket = await openRaw(t.url, { apiKey: key.secret });
    const subscribe = (id: string) => socket.send({ id, type: 'subscribe', payload: { query: print(Docs.ledgerCounters), variables: { centerId: variables.ledgerCounters.centerId } } });
    subscribe('screen');
    expect((await socket.next((m) => m.id === 'screen')).payload.data.ledgerCounters.reason).toBe('SUBSCRIBED');
    const revoked = await t.gql(KeyRevoke, { input: { id: key.id, version: key.version } }, admin);
    expect(revoked.apiKeyRevoke.userErrors).toEqual([]);
    // Ends without waiting for a case to change the figures.
    const end = await socket.next((m) => m.id === 'screen' && m.type !== 'next');
    expect(end).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    for (const i of [1, 2, 3]) await caseAtYj(`吊销后${i}`);
    // A new operation on the same socket is refused, and so is a new connection.
    subscribe('again');
    expect(await socket.next((m) => m.id === 'again')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    await socket.roundTrip();
    expect(socket.received.filter((m) => m.id === 'screen').map((m) => m.type)).toEqual(['next', 'error']);
    socket.close();
    const reconnect = await openRaw(t.url, { apiKey: key.secret }).catch((e: { code?: number }) => e);
    expect((reconnect as { code?: number }).code).toBe(4403);
  });

  it('ends every subscription field a key may call', async () => {
    const rules = declaredRules();
    const keyFields = SUBSCRIPTION_FIELDS.filter((f) => keyAllowed(rules.get(`Subscription.${f}`) ?? [], ALL_CAPABILITIES));
    expect(keyFields).toEqual(['ledgerCounters', 'rosterChanges', 'todayDuties']);
    const key: IssuedKey = await issueKey(t, admin, { codes: ['150627'], capabilities: ALL_CAPABILITIES, name: '伊码解纷' });
    for (const f of keyFields) await register(t, admin, key, docOf(f) as TypedDocumentNode<unknown, never>);
    const socket = keySocket(t, key.secret);
    const streams = keyFields.map((f) => collect(socket, docOf(f), variables[f as Field]));
    await Promise.all(streams.map((s) => s.until((c) => c.data.length >= 1)));
    await t.gql(KeyRevoke, { input: { id: key.id, version: key.version } }, admin);
    for (const s of streams) expect(await ended(s)).toMatch(/UNAUTHENTICATED/);
    await socket.dispose();
  });
  it('ends the streams of a registered document when it is retired, and only those', async () => {
    const key = await issueKey(t, admin, { codes: ['150627'], capabilities: ['ROSTERS_READ'], name: '门口大屏' });
    const todayHash = await register(t, admin, key, Docs.todayDuties);
    const rosterHash = await register(t, admin, key, Docs.rosterChanges);
    const socket = await openRaw(t.url, { apiKey: key.secret });
    const run = (id: string, hash: string) => socket.send({ id, type: 'subscribe', payload: { query: '', variables: { centerId: variables.todayDuties.centerId }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } });
    run('today', todayHash);
    run('roster', rosterHash);
    await socket.next((m) => m.id === 'today');
    await socket.next((m) => m.id === 'roster');
    const [op] = await t.sql<{ id: number; version: number }>('select id, version from persisted_operation where sha256 = $1 order by id desc limit 1', [todayHash]);
    const retired = await t.gql(RetireOp, { input: { id: Buffer.from(`PersistedOperation:${op!.id}`).toString('base64url'), version: op!.version } }, admin);
    expect(retired.persistedOperationRetire.userErrors).toEqual([]);
    expect(await socket.next((m) => m.id === 'today' && m.type !== 'next')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'FORBIDDEN' } }] });
    await socket.roundTrip();
    expect(socket.received.filter((m) => m.id === 'roster').map((m) => m.type)).toEqual(['next']);
    socket.close();
  });
});

describe('a user whose access changes', () => {
  it('loses every subscription field at once when the session ends, and cannot connect again with its token (4403)', async () => {
    expect(Object.keys(Docs).sort()).toEqual(SUBSCRIPTION_FIELDS);
    const token = (await t.gql(Login, { u: 'yj.leader', p: 'hub-demo-2025' })).sessionCreate.accessToken!;
    const socket = t.ws(token);
    const streams = (Object.keys(Docs) as Field[]).map((f) => collect(socket, docOf(f), variables[f]));
    await Promise.all(streams.map((s) => s.until((c) => c.data.length >= 1)));
    await t.gql(SignOut, {}, token);
    for (const s of streams) expect(await ended(s)).toMatch(/UNAUTHENTICATED/);
    const reconnect = await openRaw(t.url, { authorization: `Bearer ${token}` }).catch((e: { code?: number }) => e);
    expect((reconnect as { code?: number }).code).toBe(4403);
  });

  it('loses the live counters when the role that allowed them is revoked', async () => {
    const user = await t.gql(NewUser, { input: { username: 'yj.screen', password: 'Temporary-2025', displayName: '大屏值守', homeCenterId: variables.ledgerCounters.centerId as string } }, admin);
    const grant = await t.gql(Grant, { input: { userId: user.userCreate.user!.id, role: 'LEADER', centerId: variables.ledgerCounters.centerId as string } }, admin);
    expect(grant.userRoleGrant.userErrors).toEqual([]);
    const token = (await t.gql(Login, { u: 'yj.screen', p: 'Temporary-2025' })).sessionCreate.accessToken!;
    const live = collect(t.ws(token), Docs.ledgerCounters, variables.ledgerCounters as never);
    await live.until((c) => c.data.length >= 1);
    await t.gql(RoleRevoke, { input: { id: grant.userRoleGrant.roleAssignment!.id } }, admin);
    expect(await ended(live)).toMatch(/FORBIDDEN/);
    expect(live.data).toHaveLength(1);
  });
});
