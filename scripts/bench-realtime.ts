/**
 * `npm run bench:realtime` — subscribers of assignment events on one hub process, against a bare
 * graphql-ws server that only publishes. Prints delivered share, p50/p99 latency from commit to client,
 * memory per subscriber, and mutation throughput with and without 1,000 subscribers. Asserts nothing.
 *
 * Env: SCENARIOS (default "1000x4x10,5000x1x10,10000x0.5x20": subscribers × events/s × seconds),
 * THROUGHPUT_MUTATIONS (default 300).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { startEmbeddedOnFreePort } from '../src/db/embedded.js';
import { startHub } from '../src/hub.js';
import { createLogger } from '../src/shared/logger.js';

const SCENARIOS = (process.env.SCENARIOS ?? '1000x4x10,5000x1x10,10000x0.5x20').split(',').filter(Boolean).map((s) => {
  const [subs, rate, seconds] = s.split('x').map(Number);
  return { subs: subs!, rate: rate!, seconds: seconds! };
});
const MUTATIONS = Number(process.env.THROUGHPUT_MUTATIONS ?? 300);

// Each scenario runs in a fresh process (its own database, hub and bare server), so one scenario's
// thousands of sockets cannot disturb the next; the last one also measures mutation throughput.
if (!process.env.BENCH_CHILD) {
  const runs = [
    ...(process.env.SCENARIOS ?? '1000x4x10,5000x1x10,10000x0.5x20').split(',').map((part) => ({ SCENARIOS: part, SKIP_THROUGHPUT: '1' })),
    { SCENARIOS: '' },
  ];
  for (const run of runs) {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, ...run, BENCH_CHILD: '1' }, stdio: 'inherit' });
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench run ${JSON.stringify(run)} exited with ${code}`))));
    });
  }
  process.exit(0);
}
const SECRET = 'bench-secret-bench-secret-bench-secret';
const log = createLogger('warn');

const dir = mkdtempSync(join(tmpdir(), 'hub-rt-'));
chmodSync(dir, 0o755);
const cluster = process.env.DATABASE_URL ? undefined : await startEmbeddedOnFreePort(join(dir, 'pg'), log, ['-c', 'max_connections=200']);
const url = process.env.DATABASE_URL ?? cluster!.url('hub_rt');
const setup = await startHub(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', TOKEN_SECRET: SECRET, SEED_DEMO: 'true', LOG_LEVEL: 'warn', DATA_DIR: dir }), log);
await setup.close();
const db = new pg.Client({ connectionString: url });
await db.connect();

// Cases waiting for dispatch (plain SQL: intake is not what is measured here).
await db.query(`
  insert into hub_case (number, tracking_code, origin_center_id, center_id, kind, channel, category_id, title, description, received_at, accept_due_date, search_text)
  select 'RT-' || g, 'RTBN-' || lpad(to_hex(g), 9, '0'), c.id, c.id, 'DISPUTE', 'PHONE', (select id from category where code = 'WAGE_ARREARS'),
         '压测案件 ' || g, '压测', now(), current_date + 3, ''
    from generate_series(1, 3000) g, (select id from center where division_code = '150625') c`);
const pending = (await db.query<{ id: number }>(`select id from hub_case where number like 'RT-%' order by id`)).rows.map((r) => r.id);
const hrAgency = (await db.query<{ id: number }>(`select id from agency where short_name = '人社局' and center_id = (select id from center where division_code = '150625')`)).rows[0]!.id;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

function spawnProcess(file: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, [file], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = ready.exec(chunk.toString());
      if (match) resolve({ child, match });
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const hubProc = await spawnProcess(here('../src/main.js'), {
  NODE_ENV: 'production', NODE_OPTIONS: process.env.HUB_NODE_OPTIONS ?? '', DATABASE_URL: url, PORT: '0', TOKEN_SECRET: SECRET, LOG_LEVEL: 'warn', SEED_DEMO: 'false', DB_POOL_MAX: '20', SUPERVISION_SWEEP_SECONDS: '0',
}, /GraphQL API\s+(http\S+)/);
const hubUrl = hubProc.match[1]!;
const bareProc = await spawnProcess(here('./bare-ws-server.js'), {}, /bare listening (\d+)/);
const barePort = Number(bareProc.match[1]);

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

async function post(query: string, variables: unknown, token?: string) {
  const res = await fetch(hubUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: unknown };
}
const login = async (u: string) => (await post(`mutation($u: String!) { sessionCreate(input: { username: $u, password: "hub-demo-2025" }) { accessToken } }`, { u })).data.sessionCreate.accessToken as string;
const dispatcher = await login('hj.dispatcher');
const staff = await login('hj.hr');
let next = 0;
const DISPATCH = `mutation($id: ID!, $lead: ID!) { caseDispatch(input: { id: $id, version: 1, leadAgencyId: $lead }) { userErrors { code } } }`;
async function dispatchOne(): Promise<void> {
  const id = pending[next++];
  if (id === undefined) throw new Error('out of prepared cases');
  const res = await post(DISPATCH, { id: gid('Case', id), lead: gid('Agency', hrAgency) }, dispatcher);
  if (res.errors || res.data.caseDispatch.userErrors.length) throw new Error(JSON.stringify(res));
}

interface Target { url: string; params: Record<string, unknown>; query: string; at: (data: any) => string; pid: number; publish: () => Promise<void> }
const hubTarget: Target = {
  url: hubUrl.replace(/^http/, 'ws'), params: { authorization: `Bearer ${staff}` }, pid: hubProc.child.pid!,
  query: 'subscription { assignmentEvents { topic at } }', at: (d) => (d.assignmentEvents.topic === 'SYSTEM' ? '' : d.assignmentEvents.at),
  publish: dispatchOne,
};
const bareTarget: Target = {
  url: `ws://127.0.0.1:${barePort}/graphql`, params: {}, pid: bareProc.child.pid!, query: 'subscription { events { at } }', at: (d) => d.events.at,
  publish: async () => {
    await fetch(`http://127.0.0.1:${barePort}/publish`);
  },
};

async function connect(target: Target, n: number) {
  const latencies: number[] = [];
  let received = 0;
  const clients: Client[] = [];
  const disposers: (() => void)[] = [];
  let ready = 0;
  let errors = 0;
  let readyWake: (() => void) | undefined;
  for (let i = 0; i < n; i += 1) {
    const client = createClient({ url: target.url, webSocketImpl: WebSocket, connectionParams: target.params, retryAttempts: 5, lazy: false, keepAlive: 0, onNonLazyError: () => undefined });
    clients.push(client);
    let first = true;
    disposers.push(client.subscribe({ query: target.query }, {
      next: ({ data }) => {
        const at = target.at(data);
        if (first && (at === '' || target === bareTarget)) {
          first = false;
          ready += 1;
          readyWake?.();
          if (at === '') return;
        }
        received += 1;
        latencies.push(Date.now() - Date.parse(at));
      },
      error: (e) => {
        errors += 1;
        if (errors === 1) console.error('subscription error', e);
      },
      complete: () => undefined,
    }));
    // Connect in small batches: a burst of thousands overflows the listen backlog.
    if (i % 100 === 99) await new Promise((r) => setTimeout(r, 40));
  }
  return {
    clients, latencies, get received() { return received; }, get failed() { return errors; },
    async waitReady() {
      // The hub confirms each subscription (SYSTEM/SUBSCRIBED); the bare server has no such message, so
      // one probe event marks it ready.
      const started = Date.now();
      let reported = started;
      while (ready + errors < n) {
        if (Date.now() - reported > 10_000) {
          reported = Date.now();
          console.log(`  … ${ready}/${n} subscriptions ready, ${errors} failed after ${Math.round((Date.now() - started) / 1000)} s`);
        }
        if (target === bareTarget) await target.publish();
        await new Promise<void>((r) => {
          readyWake = r;
          setTimeout(r, 100);
        });
      }
      // Let stray readiness probes land before counting starts.
      await new Promise((r) => setTimeout(r, 500));
      latencies.length = 0;
      received = 0;
    },
    async close() {
      for (const d of disposers) d();
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};

async function scenario(target: Target, name: string, subs: number, rate: number, seconds: number) {
  const before = rss(target.pid);
  const conn = await connect(target, subs);
  await conn.waitReady();
  const after = rss(target.pid);
  const events = Math.round(rate * seconds);
  const t0 = Date.now();
  for (let i = 0; i < events; i += 1) {
    const due = t0 + (i * 1000) / rate;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    await target.publish();
  }
  const deadline = Date.now() + 30_000;
  while (conn.received < events * subs && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // Share of what was due to the subscribers that connected (connection failures are reported apart).
  const delivered = conn.received / (events * (subs - conn.failed));
  if (conn.failed) console.log(`      ${conn.failed} of ${subs} subscriptions failed to connect`);
  console.log(`${name.padEnd(5)} ${String(subs).padStart(6)} subscribers × ${String(rate).padStart(3)} ev/s: delivered ${(delivered * 100).toFixed(2)}%, ` +
    `p50 ${pct(conn.latencies, 50)} ms, p99 ${pct(conn.latencies, 99)} ms, ${((after - before) / subs / 1024).toFixed(1)} KiB per subscriber`);
  await conn.close();
  return { p99: pct(conn.latencies, 99), delivered };
}

for (const s of SCENARIOS) {
  const bare = await scenario(bareTarget, 'bare', s.subs, s.rate, s.seconds);
  const hub = await scenario(hubTarget, 'hub', s.subs, s.rate, s.seconds);
  console.log(`      p99 hub / bare = ${(hub.p99 / Math.max(1, bare.p99)).toFixed(2)}`);
}

const otherBanner: Target = { ...hubTarget, at: (d) => (d.centerEvents.topic === 'SYSTEM' ? '' : d.centerEvents.at), params: { authorization: `Bearer ${await login('yj.dispatcher')}` }, query: 'subscription { centerEvents(centerId: "' + gid('Center', (await db.query<{ id: number }>(`select id from center where division_code = '150627'`)).rows[0]!.id) + '") { topic at } }' };

async function throughput(label: string, subs: number, target = hubTarget) {
  const conn = subs ? await connect(target, subs) : undefined;
  await conn?.waitReady();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let i = 0; i < MUTATIONS / 8; i += 1) await dispatchOne();
  }));
  const perSecond = MUTATIONS / ((performance.now() - t0) / 1000);
  console.log(`mutations (caseDispatch, concurrency 8) ${label}: ${perSecond.toFixed(0)}/s`);
  await conn?.close();
  return perSecond;
}
/** Ends a spawned server and waits for it to go: the next scenario must not share the machine with its sockets. */
async function end(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await gone;
  clearTimeout(timer);
}
if (process.env.SKIP_THROUGHPUT) {
  await Promise.all([end(hubProc.child), end(bareProc.child)]);
  await db.end();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
const none = await throughput('with no subscribers', 0);
const elsewhere = await throughput('with 1,000 subscribers of another banner attached', 1000, otherBanner);
const many = await throughput('with 1,000 subscribers receiving every event', 1000);
console.log(`      ratio ${(elsewhere / none).toFixed(2)} (attached elsewhere), ${(many / none).toFixed(2)} (all receiving)`);

await Promise.all([end(hubProc.child), end(bareProc.child)]);
await db.end();
await cluster?.stop();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
