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
import { factories, roleAssignmentIds, type Desk, type Factories } from './support/factories.js';
import { DEMO_PASSWORD } from './support/env.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { keySocket, register } from './support/keys.js';
import { openRaw } from './support/raw-ws.js';
import { collect, type Collected } from './support/subscriptions.js';

const KeyRevoke = graphql(`mutation StreamKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { id revokedAt } userErrors { code } } }`);
const SignOut = graphql(`mutation StreamSignOut { sessionRevoke { revoked } }`);
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
let f: Factories;
let admin: string;
/** A county built for this file: its leader watches every stream, its dispatcher makes the changes. */
let desk: Desk;
/** Arguments per field, for a viewer of the desk's county. */
let variables: Record<Field, Record<string, unknown>>;

const ended = async (c: Collected<unknown>) => {
  await expect(c.until(() => false)).rejects.toThrow();
  return JSON.stringify(c.error);
};

const caseAtDesk = (title: string) => f.case(desk, { input: { title, description: '噪音扰民' } });

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  admin = f.admin;
  desk = await f.desk();
  const yj = desk.center.id;
  variables = {
    assignmentEvents: { agencyId: desk.agency.id },
    caseEvents: { caseId: (await caseAtDesk('订阅用案件')).id },
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
  it('ends the big screen’s ledgerCounters for its county at once; the socket takes nothing more and the key cannot reconnect (4403)', async () => {
    const key = await f.apiKey([desk.center], ['STATISTICS_READ'], { name: '大屏' });
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
    for (const i of [1, 2, 3]) await caseAtDesk(`吊销后${i}`);
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
    const key = await f.apiKey([desk.center], ALL_CAPABILITIES as never, { name: '伊码解纷' });
    for (const f of keyFields) await register(t, admin, key, docOf(f) as TypedDocumentNode<unknown, never>);
    const socket = keySocket(t, key.secret);
    const streams = keyFields.map((f) => collect(socket, docOf(f), variables[f as Field]));
    await Promise.all(streams.map((s) => s.until((c) => c.data.length >= 1)));
    await t.gql(KeyRevoke, { input: { id: key.id, version: key.version } }, admin);
    for (const s of streams) expect(await ended(s)).toMatch(/UNAUTHENTICATED/);
    await socket.dispose();
  });
  it('ends the streams of a registered document when it is retired, and only those', async () => {
    const key = await f.apiKey([desk.center], ['ROSTERS_READ'], { name: '门口大屏' });
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
    // A session of its own: signing out must not end the leader's token that other tests hold.
    const token = (await t.gql(Login, { u: desk.leader.username, p: DEMO_PASSWORD })).sessionCreate.accessToken!;
    const socket = t.ws(token);
    const streams = (Object.keys(Docs) as Field[]).map((f) => collect(socket, docOf(f), variables[f]));
    await Promise.all(streams.map((s) => s.until((c) => c.data.length >= 1)));
    await t.gql(SignOut, {}, token);
    for (const s of streams) expect(await ended(s)).toMatch(/UNAUTHENTICATED/);
    const reconnect = await openRaw(t.url, { authorization: `Bearer ${token}` }).catch((e: { code?: number }) => e);
    expect((reconnect as { code?: number }).code).toBe(4403);
  });

  it('loses the live counters when the role that allowed them is revoked', async () => {
    const screen = await f.user('LEADER', { center: desk.center }, { displayName: '大屏值守' });
    const [grant] = await roleAssignmentIds(f, screen);
    const live = collect(t.ws(screen.token), Docs.ledgerCounters, variables.ledgerCounters as never);
    await live.until((c) => c.data.length >= 1);
    await t.gql(RoleRevoke, { input: { id: grant! } }, admin);
    expect(await ended(live)).toMatch(/FORBIDDEN/);
    expect(live.data).toHaveLength(1);
  });
});
