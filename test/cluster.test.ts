/**
 * 杭锦旗's hub on two processes behind one port (HUB_PROCESSES=2): the 人社局's staff watch their assignment
 * stream from ten screens, which land on both processes; a burst of dispatches made concurrently reaches every
 * screen once, in the same (commit) order. When one process is killed (SIGKILL), the screens it served drop,
 * the others keep receiving, the primary starts a replacement, and maintenance stays with exactly one process;
 * the dropped screens reconnect with their resume cursor and get what they missed, once, then the live events.
 * SIGTERM stops every process (each drains), the embedded PostgreSQL stops, and the hub exits 0.
 */
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch } from './support/cases.js';
import { TEST_SECRET } from './support/env.js';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, freeLoopbackPort } from '../src/db/embedded.js';
import { gql, start, token, waitForLine, type Running } from './support/process.js';
import { collect, type Collected } from './support/subscriptions.js';

const Stream = graphql(`subscription ClusterStream { assignmentEvents { topic type caseNumber cursor } }`);
const Resume = graphql(`subscription ClusterResume($after: String) { assignmentEvents(after: $after) { topic type caseNumber cursor } }`);
const Ids = graphql(`query ClusterIds { centers(first: 1, filter: { search: "150625", level: COUNTY }) { nodes { id } } agencies(first: 5, filter: { search: "人社局" }) { nodes { id center { name } } } }`);

let hub: Running;
const sockets: Client[] = [];
type Screen = Collected<{ assignmentEvents: { topic: string; caseNumber: string | null; cursor: string } }>;
const screens: Screen[] = [];
let url: string;
// The embedded PostgreSQL, so that stopping the hub is seen to stop it too.
const dataDir = mkdtempSync(join(tmpdir(), 'hub-cluster-'));

beforeAll(async () => {
  const pgPort = await freeLoopbackPort();
  url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${pgPort}/hub`;
  hub = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), HUB_PROCESSES: '2', TOKEN_SECRET: TEST_SECRET, LOG_LEVEL: 'info', SUPERVISION_SWEEP_SECONDS: '0' });
}, 180_000);
afterAll(async () => {
  await Promise.all(sockets.map((c) => c.dispose()));
  if (hub && hub.child.exitCode === null) hub.child.kill('SIGKILL'); // only when a test failed before stopping it
  await hub?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

/** Pids of the worker processes that said they are ready, in the order they did. */
const workers = (run: Running) => run.lines.filter((l) => /"msg":"worker ready"/.test(l)).map((l) => JSON.parse(l).pid as number);
const maintainers = async () => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Every process keeps a connection to try for the lease; only the holder has the advisory lock granted.
    return (await client.query(`select l.pid from pg_locks l join pg_stat_activity a using (pid)
      where l.locktype = 'advisory' and l.granted and a.application_name = 'hub-maintenance' and a.datname = current_database()`)).rowCount;
  } finally {
    await client.end();
  }
};

describe('HUB_PROCESSES=2 on one port', () => {
  it('delivers a burst to every subscriber once and in one order, whichever process holds its socket', async () => {
    expect(workers(hub)).toHaveLength(2);
    const dispatcher = await token(hub.url, 'hj.dispatcher');
    const ids = (await gql(hub.url, print(Ids), undefined, dispatcher)).data!;
    const center = ids.centers.nodes[0].id as string;
    const hr = (ids.agencies.nodes as { id: string; center: { name: string } }[]).find((x) => x.center.name === '杭锦旗综治中心')!.id;

    const staff = await token(hub.url, 'hj.hr');
    const closed: boolean[] = [];
    for (let i = 0; i < 10; i++) {
      closed.push(false);
      const client = createClient({ url: hub.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${staff}` }, retryAttempts: 0, on: { closed: () => (closed[i] = true) } });
      sockets.push(client);
      screens.push(collect(client, Stream, {}));
    }
    await Promise.all(screens.map((s) => s.until((c) => c.data.length >= 1)));

    const receive = async (title: string) =>
      (await gql(hub.url, print(CaseCreate), { input: { centerId: center, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title, description: '讨薪', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '工人' }] } }, dispatcher)).data!.caseCreate.case as { id: string; version: number; number: string };
    const dispatch = async (c: { id: string; version: number; number: string }) => {
      const done = await gql(hub.url, print(CaseDispatch), { input: { id: c.id, version: c.version, leadAgencyId: hr } }, dispatcher);
      expect(done.data!.caseDispatch.userErrors).toEqual([]);
      return c.number;
    };
    // Received one after another (case numbers are counted per center), then dispatched all at once through
    // both processes, so the order of the commits is PostgreSQL's, not the order they were sent in.
    const waiting = [];
    for (let i = 1; i <= 8; i++) waiting.push(await receive(`欠薪集中处置 ${i}`));
    const burst = await Promise.all(waiting.map(dispatch));
    const numbersOf = (s: Screen) => s.data.map((d) => d.assignmentEvents.caseNumber).filter((n) => n !== null);
    await Promise.all(screens.map((s) => s.until(() => burst.every((n) => numbersOf(s).includes(n)))));
    const order = numbersOf(screens[0]!);
    expect([...order].sort()).toEqual([...burst].sort()); // each once
    for (const s of screens) expect(numbersOf(s)).toEqual(order); // the same order everywhere
    expect(await maintainers()).toBe(1);

    // One process dies: the screens it held drop (so both held some), the rest keep receiving.
    const [victim] = workers(hub);
    process.kill(victim!, 'SIGKILL');
    await waitForLine(hub, /"msg":"hub process restarted"/);
    const dropped = closed.filter(Boolean).length;
    expect(dropped).toBeGreaterThan(0);
    expect(dropped).toBeLessThan(10);
    const after = await dispatch(await receive('欠薪集中处置 补充'));
    const alive = screens.filter((_, i) => !closed[i]);
    await Promise.all(alive.map((s) => s.until(() => numbersOf(s).includes(after))));
    for (const s of alive) expect(numbersOf(s)).toEqual([...order, after]);
    expect(workers(hub)).toHaveLength(3);
    await expect.poll(maintainers).toBe(1);

    // The dropped screens reconnect (to either process) from the last event they received: first what they
    // missed while down, then the live events — each once, in commit order, nothing of the burst again.
    const resumed = screens.flatMap((s, i) => {
      if (!closed[i]) return [];
      const client = createClient({ url: hub.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${staff}` }, retryAttempts: 0 });
      sockets.push(client);
      return [collect(client, Resume, { after: s.data.at(-1)!.assignmentEvents.cursor })];
    });
    await Promise.all(resumed.map((s) => s.until(() => numbersOf(s).includes(after))));
    const later = await dispatch(await receive('欠薪集中处置 再补充'));
    await Promise.all([...alive, ...resumed].map((s) => s.until(() => numbersOf(s).includes(later))));
    for (const s of resumed) expect(numbersOf(s)).toEqual([after, later]);
    for (const s of alive) expect(numbersOf(s)).toEqual([...order, after, later]);
  }, 180_000);

  it('stops on SIGTERM: every process drains and exits, then the embedded PostgreSQL, exit 0', async () => {
    const pids = workers(hub).slice(1); // the first was killed above
    await Promise.all(sockets.map((c) => c.dispose()));
    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    expect(hub.lines.filter((l) => /"msg":"stopped"/.test(l))).toHaveLength(3); // two workers, then the primary
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 60_000);
});
