/**
 * `npm run bench:realtime` — subscribers of assignment events on one hub process, against a bare
 * graphql-ws server that only publishes, in the same run. Prints delivered share, p50/p99 latency from
 * commit to client, p99 ÷ bare, memory per subscriber, and `caseDispatch` throughput (and the hub's CPU
 * per dispatch) with no subscribers, 1,000 subscribers of another county, and 1,000 receiving every
 * event. Asserts nothing; exits non-zero when a step failed, naming the step and why.
 *
 * Env: SCENARIOS (default "100x0.5x20,1000x0.5x20,10000x0.5x20": subscribers × events/s × seconds),
 * THROUGHPUT_MUTATIONS (default 300; 0 skips the throughput step), HUB_NODE_OPTIONS (e.g. --cpu-prof),
 * STEP_TIMEOUT_SECONDS (default 300: the longest any one step may take).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { startEmbeddedOnFreePort, type EmbeddedCluster } from '../src/db/embedded.js';
import { startHub } from '../src/hub.js';
import { createLogger } from '../src/shared/logger.js';
import { openReceivers, type ReceiverOptions, type Receivers } from './bench-receivers.js';

const SCENARIO_LIST = process.env.SCENARIOS ?? '100x0.5x20,1000x0.5x20,10000x0.5x20';
const MUTATIONS = Number(process.env.THROUGHPUT_MUTATIONS ?? 300);
const STEP_SECONDS = Number(process.env.STEP_TIMEOUT_SECONDS ?? 300);
const RESULT = 'BENCH-RESULT ';

/** Runs `work`, or fails after `seconds` naming the step and, from `state`, how far it got. */
async function step<T>(name: string, work: () => Promise<T>, state: () => string = () => '', seconds = STEP_SECONDS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step "${name}" did not finish in ${seconds} s${state() ? `: ${state()}` : ''}`)), seconds * 1000);
  });
  try {
    return await Promise.race([work(), timeout]);
  } catch (error) {
    throw error instanceof Error && error.message.startsWith('step "') ? error : new Error(`step "${name}" failed: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

// Each scenario runs in a fresh process (its own database, hub and bare server), so one scenario's
// thousands of sockets cannot disturb the next; the last process measures mutation throughput.
if (!process.env.BENCH_CHILD) {
  const runs = [
    ...SCENARIO_LIST.split(',').filter(Boolean).map((part) => ({ SCENARIOS: part, THROUGHPUT_MUTATIONS: '0' })),
    ...(MUTATIONS > 0 ? [{ SCENARIOS: '' }] : []),
  ];
  const results: Record<string, unknown>[] = [];
  let failures = 0;
  for (const run of runs) {
    const label = run.SCENARIOS || 'throughput';
    // A child that hangs past all its steps' timeouts is killed and reported, and the next one runs.
    const limit = STEP_SECONDS * 6 * 1000;
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, ...run, BENCH_CHILD: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
      const timer = setTimeout(() => {
        console.error(`run ${label}: no end after ${limit / 1000} s; killing it`);
        child.kill('SIGKILL');
      }, limit);
      let pending = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop()!;
        for (const line of lines) {
          if (line.startsWith(RESULT)) results.push(JSON.parse(line.slice(RESULT.length)) as Record<string, unknown>);
          else console.log(line);
        }
      });
      child.once('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    if (code !== 0) {
      failures += 1;
      console.error(`run ${label} failed (exit ${code}); continuing with the next`);
    }
  }
  console.log('\nsubscribers × events/s | bare p50 / p99 ms | hub p50 / p99 ms | p99 hub ÷ bare | delivered bare / hub');
  for (const r of results.filter((x) => x.kind === 'latency') as { subs: number; rate: number; bare: Row; hub: Row }[]) {
    console.log(`${r.subs} × ${r.rate} | ${r.bare.p50} / ${r.bare.p99} | ${r.hub.p50} / ${r.hub.p99} | ${(r.hub.p99 / Math.max(1, r.bare.p99)).toFixed(2)} | ` +
      `${r.bare.delivered} / ${r.hub.delivered}`);
  }
  for (const r of results.filter((x) => x.kind === 'throughput') as { label: string; perSecond: number; cpuMs: number; delivered: string }[]) {
    console.log(`caseDispatch ${r.label}: ${r.perSecond.toFixed(1)}/s, hub CPU ${r.cpuMs.toFixed(1)} ms per dispatch${r.delivered ? `, delivered ${r.delivered}` : ''}`);
  }
  process.exit(failures ? 1 : 0);
}

interface Row { p50: number; p99: number; delivered: string; kibPerSubscriber: number }
const report = (value: Record<string, unknown>) => console.log(RESULT + JSON.stringify(value));

const SECRET = 'bench-secret-bench-secret-bench-secret';
const log = createLogger('warn');
const dir = mkdtempSync(join(tmpdir(), 'hub-rt-'));
chmodSync(dir, 0o755);
const children: ChildProcess[] = [];
let cluster: EmbeddedCluster | undefined;
let db: pg.Client | undefined;

/** Ends a spawned server and waits for it to go: the next scenario must not share the machine with its sockets. */
async function end(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await gone;
  clearTimeout(timer);
}
async function cleanUp(): Promise<void> {
  await Promise.all(children.map(end));
  await db?.end().catch(() => undefined);
  await cluster?.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}

/** Starts a server and resolves with its banner's match; rejects when it exits first. */
function spawnProcess(file: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, [file], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      const match = ready.exec(seen);
      if (match) resolve({ child, match });
    });
    child.once('exit', (code, signal) => reject(new Error(`${file} exited (${code ?? signal}) before it was ready`)));
  });
}

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
/** User + system CPU of a process, in ms (clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

try {
  cluster = process.env.DATABASE_URL ? undefined : await step('start PostgreSQL', () => startEmbeddedOnFreePort(join(dir, 'pg'), log, ['-c', 'max_connections=200']));
  const url = process.env.DATABASE_URL ?? cluster!.url('hub_rt');
  await step('migrate and seed the demo data', async () => {
    const setup = await startHub(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', TOKEN_SECRET: SECRET, SEED_DEMO: 'true', LOG_LEVEL: 'warn', DATA_DIR: dir }), log);
    await setup.close();
  });
  db = new pg.Client({ connectionString: url });
  await db.connect();
  // Cases waiting for dispatch (plain SQL: intake is not what is measured here).
  await db.query(`
    insert into hub_case (number, tracking_code, origin_center_id, center_id, kind, channel, category_id, title, description, received_at, accept_due_date, search_text)
    select 'RT-' || g, 'RTBN-' || lpad(to_hex(g), 9, '0'), c.id, c.id, 'DISPUTE', 'PHONE', (select id from category where code = 'WAGE_ARREARS'),
           '压测案件 ' || g, '压测', now(), current_date + 3, ''
      from generate_series(1, 3000) g, (select id from center where division_code = '150625') c`);
  const pending = (await db.query<{ id: number }>(`select id from hub_case where number like 'RT-%' order by id`)).rows.map((r) => r.id);
  const hrAgency = (await db.query<{ id: number }>(`select id from agency where short_name = '人社局' and center_id = (select id from center where division_code = '150625')`)).rows[0]!.id;
  const otherCounty = (await db.query<{ id: number }>(`select id from center where division_code = '150627'`)).rows[0]!.id;

  const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
  const hubProc = await step('start the hub', () => spawnProcess(here('../src/main.js'), {
    NODE_ENV: 'production', NODE_OPTIONS: process.env.HUB_NODE_OPTIONS ?? '', DATABASE_URL: url, PORT: '0', TOKEN_SECRET: SECRET, LOG_LEVEL: 'warn', SEED_DEMO: 'false', DB_POOL_MAX: '20', SUPERVISION_SWEEP_SECONDS: '0',
  }, /GraphQL API\s+(http\S+)/));
  const hubUrl = hubProc.match[1]!;
  const hubPid = hubProc.child.pid!;
  const bareProc = await step('start the bare graphql-ws server', () => spawnProcess(here('./bare-ws-server.js'), {}, /bare listening (\d+)/));
  const barePort = Number(bareProc.match[1]);

  const post = async (query: string, variables: unknown, token?: string) => {
    const res = await fetch(hubUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: any; errors?: unknown };
  };
  const login = async (u: string) => (await post(`mutation($u: String!) { sessionCreate(input: { username: $u, password: "hub-demo-2025" }) { accessToken } }`, { u })).data.sessionCreate.accessToken as string;
  const dispatcher = await login('hj.dispatcher');
  const staff = await login('hj.hr');
  let next = 0;
  const DISPATCH = `mutation($id: ID!, $lead: ID!) { caseDispatch(input: { id: $id, version: 1, leadAgencyId: $lead }) { userErrors { code } } }`;
  const dispatchOne = async (): Promise<void> => {
    const id = pending[next++];
    if (id === undefined) throw new Error('out of prepared cases');
    const res = await post(DISPATCH, { id: gid('Case', id), lead: gid('Agency', hrAgency) }, dispatcher);
    if (res.errors || res.data.caseDispatch.userErrors.length) throw new Error(JSON.stringify(res));
  };

  interface Target { name: string; receivers: ReceiverOptions; pid: number; publish: () => Promise<void> }
  const hub: Target = {
    name: 'hub', pid: hubPid, publish: dispatchOne,
    receivers: { url: hubUrl.replace(/^http/, 'ws'), params: { authorization: `Bearer ${staff}` }, query: 'subscription { assignmentEvents { topic at } }', confirmedBySystem: true, latency: true },
  };
  const bare: Target = {
    name: 'bare', pid: bareProc.child.pid!,
    // A bare server busy with 10,000 handshakes may reset a request under load ("fetch failed"): retry it.
    publish: async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return void (await (await fetch(`http://127.0.0.1:${barePort}/publish`)).text());
        } catch (error) {
          if (attempt === 5) throw error;
          await new Promise((r) => setTimeout(r, 200 * attempt));
        }
      }
    },
    receivers: { url: `ws://127.0.0.1:${barePort}/graphql`, params: {}, query: 'subscription { events { at } }', confirmedBySystem: false, latency: true },
  };

  /** Opens `n` receivers; for the bare server (which confirms nothing) publishes probes until each has had one. */
  const attach = async (target: Target, n: number, options = target.receivers): Promise<Receivers> => {
    let conn: Receivers | undefined;
    conn = await step(`${target.name} ${n}: connect`, () => openReceivers(options, n, (r) => (conn = r)), () => (conn ? `${conn.ready} ready, ${conn.failed} failed` : 'connecting'));
    if (!options.confirmedBySystem) {
      await step(`${target.name} ${n}: probe until every subscriber receives`, async () => {
        while (conn!.counts.some((c, i) => c === 0 && conn!.isReady[i] === 1)) {
          await target.publish();
          await new Promise((r) => setTimeout(r, 200));
        }
      }, () => `${conn!.counts.filter((c) => c > 0).length} of ${conn!.ready} have received`);
      // Stray probes land before counting starts: wait until no frame has arrived for 2 s.
      await step(`${target.name} ${n}: let the probes land`, async () => {
        for (let seen = -1; seen !== conn!.received;) {
          seen = conn!.received;
          await new Promise((r) => setTimeout(r, 2000));
        }
      });
    }
    conn.reset();
    return conn;
  };
  /** Waits until every receiver has `expected` frames (or 60 s), and says how many arrived, and whether any twice. */
  const drain = async (conn: Receivers, expected: number): Promise<string> => {
    const due = expected * conn.ready;
    const deadline = Date.now() + 60_000;
    while (conn.received < due && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const ready = conn.counts.filter((_, i) => conn.isReady[i] === 1);
    const min = ready.reduce((a, c) => Math.min(a, c), Infinity);
    const max = ready.reduce((a, c) => Math.max(a, c), 0);
    const share = due ? `${((100 * conn.received) / due).toFixed(2)}%` : `${conn.received} (none due)`;
    return `${share} (${conn.received} of ${due}; per socket ${min}–${max}${conn.failed ? `; ${conn.failed} of ${conn.n} failed` : ''}${conn.unexpected ? `; ${conn.unexpected} unexpected frames` : ''})`;
  };

  const latencyRun = async (target: Target, subs: number, rate: number, seconds: number): Promise<Row> => {
    const before = rss(target.pid);
    const conn = await attach(target, subs);
    const after = rss(target.pid);
    const events = Math.round(rate * seconds);
    const t0 = Date.now();
    await step(`${target.name} ${subs}: publish ${events} events`, async () => {
      for (let i = 0; i < events; i += 1) {
        const due = t0 + (i * 1000) / rate;
        if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        await target.publish();
      }
    });
    const delivered = await drain(conn, events);
    const row = { p50: pct(conn.latencies, 50), p99: pct(conn.latencies, 99), delivered, kibPerSubscriber: Math.round((after - before) / subs / 102.4) / 10 };
    console.log(`${target.name.padEnd(5)} ${String(subs).padStart(6)} subscribers × ${rate} ev/s: delivered ${delivered}, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.kibPerSubscriber} KiB per subscriber`);
    conn.close();
    return row;
  };

  for (const s of SCENARIO_LIST.split(',').filter(Boolean)) {
    const [subs, rate, seconds] = s.split('x').map(Number) as [number, number, number];
    const bareRow = await latencyRun(bare, subs, rate, seconds);
    const hubRow = await latencyRun(hub, subs, rate, seconds);
    console.log(`      p99 hub ÷ bare = ${(hubRow.p99 / Math.max(1, bareRow.p99)).toFixed(2)}`);
    report({ kind: 'latency', subs, rate, bare: bareRow, hub: hubRow });
  }

  if (MUTATIONS > 0) {
    const elsewhere = { ...hub.receivers, latency: false, params: { authorization: `Bearer ${await login('yj.dispatcher')}` }, query: 'subscription($c: ID!) { centerEvents(centerId: $c) { topic at } }', variables: { c: gid('Center', otherCounty) } };
    const throughput = async (label: string, subs: number, options?: ReceiverOptions) => {
      const conn = subs ? await attach(hub, subs, options) : undefined;
      const cpu0 = cpuMs(hubPid);
      const t0 = performance.now();
      const before = next;
      await step(`throughput ${label}: ${MUTATIONS} dispatches`, () => Promise.all(Array.from({ length: 8 }, async () => {
        for (let i = 0; i < MUTATIONS / 8; i += 1) await dispatchOne();
      })), () => `${next - before} sent`);
      const done = next - before;
      const perSecond = done / ((performance.now() - t0) / 1000);
      const cpu = (cpuMs(hubPid) - cpu0) / done;
      const delivered = conn ? await drain(conn, options === elsewhere ? 0 : done) : '';
      console.log(`mutations (caseDispatch, concurrency 8) ${label}: ${perSecond.toFixed(1)}/s, hub CPU ${cpu.toFixed(1)} ms per dispatch${delivered ? `, delivered ${delivered}` : ''}`);
      report({ kind: 'throughput', label, perSecond, cpuMs: cpu, delivered });
      conn?.close();
      return perSecond;
    };
    await step('throughput warm-up', () => Promise.all(Array.from({ length: 8 }, async () => {
      for (let i = 0; i < 5; i += 1) await dispatchOne();
    })));
    const none = await throughput('with no subscribers', 0);
    const other = await throughput('with 1,000 subscribers of another county', 1000, elsewhere);
    const many = await throughput('with 1,000 subscribers receiving every event', 1000, { ...hub.receivers, latency: false });
    console.log(`      ratio ${(other / none).toFixed(2)} (another county), ${(many / none).toFixed(2)} (all receiving)`);
  }
  await cleanUp();
  process.exit(0);
} catch (error) {
  console.error(`bench:realtime ${process.env.SCENARIOS || 'throughput'}: ${(error as Error).message}`);
  await cleanUp();
  process.exit(1);
}
