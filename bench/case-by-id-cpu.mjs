/**
 * The hub's own CPU per request for the reference query "case by id with its parties":
 * `node bench/case-by-id-cpu.mjs [root …]` — each root is a checkout with a built hub (default: this one),
 * so two commits can be compared in the same minutes on a loaded machine. Uses the bench's province
 * (CASES, default 20,000; see database.mjs), starts every hub at once on it and, for ROUNDS rounds
 * (default 3), alternates them: SEQUENTIAL requests one at a time (default 2,000), then CONCURRENCY
 * (default 8) for SECONDS (default 5). CPU is the hub process's user + system time (/proc/<pid>/stat)
 * over the requests; TOGETHER=1 drives all hubs at once instead of in turn. PROFILE=1 runs the hubs
 * with --cpu-prof and prints each one's top 20 functions by self time (idle left out); PROFILE_DIR keeps
 * the .cpuprofile files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openProvince, ROOT } from './database.mjs';
import { closedLoop, gql } from './load.mjs';
import { cpuMs, freePort, killAll, startHub, stopServer } from './processes.mjs';
import { pickParameters, referenceQueries } from './queries.mjs';

const roots = process.argv.length > 2 ? process.argv.slice(2).map((r) => resolve(r)) : [ROOT];
const CASES = Number(process.env.CASES ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SEQUENTIAL = Number(process.env.SEQUENTIAL ?? 2_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const SECONDS = Number(process.env.SECONDS ?? 5);
const PROFILE = process.env.PROFILE === '1';
// TOGETHER=1: all hubs are driven at the same time (on a loaded machine, alternating rounds see different loads).
const TOGETHER = process.env.TOGETHER === '1';
// Where the .cpuprofile files stay (for Chrome DevTools); by default they go with the run's temporary files.
const PROFILE_DIR = process.env.PROFILE_DIR;
process.once('exit', killAll);

const work = mkdtempSync(join(tmpdir(), 'case-by-id-cpu-'));
const province = await openProvince({ cases: CASES, log: console.log, port: await freePort() });
const hubs = [];
try {
  const db = new pg.Client({ connectionString: province.url });
  await db.connect();
  const q = referenceQueries(await pickParameters(db)).find((r) => r.key === 'case');
  await db.end();
  for (const [i, root] of roots.entries()) {
    const profileDir = join(PROFILE_DIR ?? work, `profile-${i}`);
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
    process.env.HUB_NODE_OPTIONS = PROFILE ? `--cpu-prof --cpu-prof-dir=${profileDir}` : '';
    const server = await startHub(province.url, 10, join(work, `data-${i}`), root);
    const login = await gql(server.url, `mutation { sessionCreate(input: { username: "province.admin", password: "${process.env.PROVINCE_PASSWORD ?? 'hub-demo-2025'}" }) { accessToken } }`);
    const token = login.sessionCreate.accessToken;
    const send = (n) => gql(server.url, q.hub.query, q.hub.variables(n), token);
    await closedLoop(send, 2, CONCURRENCY); // warm-up: JIT, prepared statements, document cache
    hubs.push({ name: `${root.split('/').pop()}#${i}`, server, send, seq: [], conc: [], requests: 0 });
  }
  const measure = async (hub, run) => {
    const before = cpuMs(hub.server.child.pid);
    const requests = await run();
    hub.requests += requests.count;
    return { cpu: (cpuMs(hub.server.child.pid) - before) / requests.count, rate: requests.count / requests.seconds };
  };
  const sequential = (hub) => measure(hub, async () => {
    const t0 = performance.now();
    for (let n = 0; n < SEQUENTIAL; n += 1) await hub.send(n);
    return { count: SEQUENTIAL, seconds: (performance.now() - t0) / 1000 };
  });
  const concurrent = (hub) => measure(hub, async () => {
    const run = await closedLoop(hub.send, SECONDS, CONCURRENCY);
    return { count: run.latencies.length, seconds: run.seconds };
  });
  for (let round = 1; round <= ROUNDS; round += 1) {
    if (TOGETHER) {
      // Every hub driven at once: each sees the same machine load at every moment.
      (await Promise.all(hubs.map(sequential))).forEach((m, i) => hubs[i].seq.push(m));
      (await Promise.all(hubs.map(concurrent))).forEach((m, i) => hubs[i].conc.push(m));
    }
    for (const hub of hubs) {
      if (!TOGETHER) {
        hub.seq.push(await sequential(hub));
        hub.conc.push(await concurrent(hub));
      }
      const [s, c] = [hub.seq.at(-1), hub.conc.at(-1)];
      console.log(`round ${round} ${hub.name}: sequential ${s.cpu.toFixed(3)} ms CPU/req (${s.rate.toFixed(0)} req/s), ` +
        `concurrency ${CONCURRENCY} ${c.cpu.toFixed(3)} ms CPU/req (${c.rate.toFixed(0)} req/s)`);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log('\nmedians over the rounds:');
  for (const hub of hubs) {
    console.log(`${hub.name} (${hub.requests} measured requests): sequential ${median(hub.seq.map((m) => m.cpu)).toFixed(3)} ms CPU/req, ${median(hub.seq.map((m) => m.rate)).toFixed(0)} req/s; ` +
      `concurrency ${CONCURRENCY} ${median(hub.conc.map((m) => m.cpu)).toFixed(3)} ms CPU/req, ${median(hub.conc.map((m) => m.rate)).toFixed(0)} req/s`);
  }
  for (const hub of hubs) await stopServer(hub.server);
  if (PROFILE) for (const [i, hub] of hubs.entries()) printTop(hub.name, join(PROFILE_DIR ?? work, `profile-${i}`));
} finally {
  killAll();
  await province.stop();
  rmSync(work, { recursive: true, force: true });
}

/** The 20 functions with the most self time in the hub's profile. */
function printTop(name, dir) {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) return;
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const cf = byId.get(id).callFrame;
    if (cf.functionName === '(idle)') return; // waiting for the client or PostgreSQL: not the hub's CPU
    const where = cf.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'hub:');
    const key = `${cf.functionName || '(anonymous)'}  ${where}${where ? `:${cf.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${name}: self time, top 20 of ${(total / 1e6).toFixed(1)} s busy`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
