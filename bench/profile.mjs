/**
 * A CPU profile of the hub under one reference query: `node bench/profile.mjs <key> [seconds]`
 * (key: case, page20, page100, search, ledger). Uses the bench's province (CASES, default 20,000), starts the
 * hub with --cpu-prof, runs the query at CONCURRENCY for the given seconds, stops the hub and prints the
 * functions and files with the most self time. The .cpuprofile stays in PROFILE_DIR (default /tmp/hub-profile)
 * for Chrome DevTools.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openProvince } from './database.mjs';
import { closedLoop, gql } from './load.mjs';
import { freePort, killAll, startHub, stopServer } from './processes.mjs';
import { pickParameters, referenceQueries } from './queries.mjs';

const [key = 'case', seconds = '10'] = process.argv.slice(2);
const CASES = Number(process.env.CASES ?? 20_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const dir = process.env.PROFILE_DIR ?? '/tmp/hub-profile';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.once('exit', killAll);

const province = await openProvince({ cases: CASES, log: console.log, port: await freePort() });
let hub;
try {
  const db = new pg.Client({ connectionString: province.url });
  await db.connect();
  const params = await pickParameters(db);
  await db.end();
  const q = referenceQueries(params).find((r) => r.key === key);
  if (!q) throw new Error(`no reference query ${key}`);
  process.env.HUB_NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${dir} ${process.env.HUB_NODE_OPTIONS ?? ''}`;
  hub = await startHub(province.url, 10, join(dir, 'data'));
  const login = await gql(hub.url, `mutation { sessionCreate(input: { username: "province.admin", password: "${process.env.PROVINCE_PASSWORD ?? 'hub-demo-2025'}" }) { accessToken } }`);
  const token = login.sessionCreate.accessToken;
  const send = (i) => gql(hub.url, q.hub.query, q.hub.variables(i), token);
  await closedLoop(send, 2, CONCURRENCY);
  const run = await closedLoop(send, Number(seconds), CONCURRENCY);
  console.log(`${q.title}: ${(run.latencies.length / run.seconds).toFixed(0)} req/s`);
  await stopServer(hub);
} finally {
  killAll();
  await province.stop();
}

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i += 1) {
  const n = byId.get(profile.samples[i]);
  self.set(n.id, (self.get(n.id) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (cf) => cf.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'hub:');
const group = (keyOf) => {
  const m = new Map();
  for (const [id, us] of self) {
    const k = keyOf(byId.get(id).callFrame);
    m.set(k, (m.get(k) ?? 0) + us);
  }
  return [...m].sort((a, b) => b[1] - a[1]);
};
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
console.log(`\nself time by package/file (${(total / 1e6).toFixed(1)} s sampled):`);
for (const [k, us] of group((cf) => {
  const w = where(cf);
  if (!w) return `(${cf.functionName || 'native'})`;
  if (w.startsWith('hub:')) return w;
  const parts = w.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0].startsWith('node:') ? 'node:' + parts[0].slice(5) : parts[0];
}).slice(0, 25)) console.log(`${pct(us)}  ${k}`);
console.log('\nself time by function:');
for (const [k, us] of group((cf) => `${cf.functionName || '(anonymous)'}  ${where(cf)}:${cf.lineNumber + 1}`).slice(0, 40)) console.log(`${pct(us)}  ${k}`);
