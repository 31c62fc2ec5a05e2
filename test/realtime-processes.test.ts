/**
 * Two hub processes on one PostgreSQL: a mutation on one reaches a subscriber on the other; when that
 * process dies mid-stream, the client resumes on the survivor with its last cursor and misses nothing.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch } from './support/cases.js';
import { TEST_SECRET } from './support/env.js';
import { cloneDatabase } from './support/hub.js';
import { gql, start, token, waitForLine, type Running } from './support/process.js';
import { collect } from './support/subscriptions.js';
import { print } from 'graphql';
import { openRaw } from './support/raw-ws.js';

const Stream = graphql(`subscription ProcStream($after: String) { assignmentEvents(after: $after) { cursor topic type caseNumber } }`);
const Ids = graphql(`query ProcIds { centers(first: 1, filter: { search: "150625", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: "人社局" }) { nodes { id center { name } } } }`);

let a: Running;
let b: Running;
/** Caches viewers for a minute: only the access event can make it forget one in time. */
let c: Running;
let drop: () => Promise<void>;
const env = (url: string) => ({ DATABASE_URL: url, TOKEN_SECRET: TEST_SECRET, LOG_LEVEL: 'info', SUPERVISION_SWEEP_SECONDS: '0' });

beforeAll(async () => {
  const db = await cloneDatabase();
  drop = db.drop;
  [a, b, c] = await Promise.all([start(env(db.url)), start(env(db.url)), start({ ...env(db.url), VIEWER_CACHE_MS: '60000' })]);
});
afterAll(async () => {
  for (const p of [a, b, c]) if (p && p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.all([a?.exited, b?.exited, c?.exited]);
  await drop?.();
});

describe('delivery across hub processes', () => {
  it('reaches a subscriber on another process, and resumes on the survivor after a crash', async () => {
    const dispatcher = await token(a.url, 'hj.dispatcher');
    const ids = await gql(a.url, print(Ids), undefined, dispatcher);
    const center = ids.data!.centers.nodes[0].id as string;
    const hr = (ids.data!.agencies.nodes as { id: string; center: { name: string } }[]).find((x) => x.center.name === '杭锦旗综治中心')!.id;
    const dispatchNew = async (title: string) => {
      const created = await gql(a.url, print(CaseCreate), { input: { centerId: center, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title, description: '跨进程', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '工人' }] } }, dispatcher);
      const c = created.data!.caseCreate.case;
      await gql(a.url, print(CaseDispatch), { input: { id: c.id, version: c.version, leadAgencyId: hr } }, dispatcher);
      return c.number as string;
    };

    const staff = await token(b.url, 'hj.hr');
    const client = (url: string) => createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${staff}` }, retryAttempts: 0 });
    const onB = collect(client(b.url), Stream, {});
    await onB.until((c) => c.data.length >= 1);
    const first = await dispatchNew('跨进程一');
    await onB.until((c) => c.data.some((d) => d.assignmentEvents.caseNumber === first));
    const cursor = onB.data.find((d) => d.assignmentEvents.caseNumber === first)!.assignmentEvents.cursor;

    b.child.kill('SIGKILL');
    await b.exited;
    const missed = [await dispatchNew('跨进程二'), await dispatchNew('跨进程三')];

    const onA = collect(client(a.url), Stream, { after: cursor });
    await onA.until((c) => c.data.some((d) => d.assignmentEvents.topic === 'SYSTEM'));
    const live = await dispatchNew('跨进程四');
    await onA.until((c) => c.data.some((d) => d.assignmentEvents.caseNumber === live));
    expect(onA.data.map((d) => d.assignmentEvents.caseNumber ?? 'SUBSCRIBED')).toEqual([...missed, 'SUBSCRIBED', live]);
    onA.dispose();
  });
});

describe('cached viewers across hub processes', () => {
  const Probe = 'query { cases(first: 1) { nodes { id } } }';
  const Revoke = 'mutation { sessionRevoke { revoked userErrors { code } } }';

  it('a session ended on one process stops working on another as soon as the event arrives, not when the cache expires', async () => {
    const staff = await token(a.url, 'hj.hr');
    expect((await gql(c.url, Probe, undefined, staff)).errors).toBeUndefined(); // now cached on c
    expect((await gql(c.url, Probe, undefined, staff)).errors).toBeUndefined();
    const revoked = await gql(a.url, Revoke, undefined, staff);
    expect(revoked.errors).toBeUndefined();
    const t0 = performance.now();
    let code: string | undefined;
    while (performance.now() - t0 < 5_000) {
      const res = await gql(c.url, Probe, undefined, staff);
      code = (res.errors as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code;
      if (code) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(code).toBe('UNAUTHENTICATED');
    // And on the process that ended it, at once.
    expect(((await gql(a.url, Probe, undefined, staff)).errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('API keys across hub processes', () => {
  const KeyCreate = `mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret apiKey { id version } userErrors { code } } }`;
  const Register = `mutation($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { sha256 } userErrors { code } } }`;
  const Revoke = `mutation($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { userErrors { code } } }`;
  const Yj = 'query { centers(first: 1, filter: { search: "150627", level: COUNTY }) { nodes { id } } }';
  const Counters = 'subscription BigScreen($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }';

  it('revoking a key on one process ends its live counters on another at once', async () => {
    const admin = await token(a.url);
    const yj = (await gql(a.url, Yj, undefined, admin)).data!.centers.nodes[0].id as string;
    const created = (await gql(a.url, KeyCreate, { input: { name: '伊金霍洛旗大屏', centerIds: [yj], capabilities: ['STATISTICS_READ'] } }, admin)).data!.apiKeyCreate;
    const hash = (await gql(a.url, Register, { input: { apiKeyId: created.apiKey.id, document: Counters } }, admin)).data!.persistedOperationRegister.persistedOperation.sha256 as string;
    const screen = await openRaw(c.url, { apiKey: created.secret }); // b was killed above
    screen.send({ id: 's', type: 'subscribe', payload: { query: '', variables: { centerId: yj }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } });
    expect((await screen.next((m) => m.id === 's')).payload.data.ledgerCounters.reason).toBe('SUBSCRIBED');
    expect((await gql(a.url, Revoke, { input: { id: created.apiKey.id, version: created.apiKey.version } }, admin)).data!.apiKeyRevoke.userErrors).toEqual([]);
    expect(await screen.next((m) => m.id === 's' && m.type !== 'next')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    screen.close();
  });
});

describe('WebSocket frames a client should not send', () => {
  it('a message over the size limit closes that socket with 1009 and is logged as the client’s doing, not an internal error', async () => {
    const ws = await openRaw(a.url);
    const from = a.lines.length;
    ws.socket.send(JSON.stringify({ id: 'big', type: 'subscribe', payload: { query: `{ __typename } # ${'x'.repeat(300_000)}` } }));
    expect((await ws.closed).code).toBe(1009);
    await waitForLine(a, /WS_ERR_UNSUPPORTED_MESSAGE_LENGTH/);
    const logged = a.lines.slice(from).filter((l) => /WS_ERR_UNSUPPORTED_MESSAGE_LENGTH|Max payload/.test(l));
    expect(logged.map((l) => JSON.parse(l).level)).toEqual([30]);
    expect(a.lines.slice(from).filter((l) => /Internal error|"level":50/.test(l))).toEqual([]);
  });
});
