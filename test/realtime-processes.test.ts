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
import { gql, start, token, type Running } from './support/process.js';
import { collect } from './support/subscriptions.js';
import { print } from 'graphql';

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
