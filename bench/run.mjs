/**
 * `npm run bench:peer` — the hub and PostGraphile 5 side by side over the same generated province, each
 * as its own process with the same PostgreSQL pool size, driven alternately (warm-up, then rounds
 * hub/PostGraphile/hub/PostGraphile …) at the same concurrency. Prints requests/s, p50, p99, SQL statements
 * per request and resident memory per reference query, then the hub's dispatch throughput with and
 * without 1,000 subscribers. Asserts nothing.
 *
 * Env: CASES (default 1000000), CONCURRENCY (8), POOL_MAX (10, both servers), ROUNDS (3), ROUND_SECONDS (5),
 * WARMUP_SECONDS (3), SQL_REQUESTS (10), MUTATIONS (300 per dispatch scenario; 0 skips them),
 * SHOW_SQL (N: print each server's N most frequent statements), DATABASE_URL, PROVINCE_DATA_DIR,
 * PROVINCE_PASSWORD (default the demo password), SEARCH_CATEGORY, SEARCH_TEXT, HUB_ROOT (another checkout
 * whose built hub — `npm run build` there — is measured instead of this one's, e.g. a commit before a change;
 * the bench scripts, the province and PostGraphile stay this checkout's).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openProvince, ROOT } from './database.mjs';
import { closedLoop, gql, percentile, statementsPerRequest } from './load.mjs';
import { dispatchThroughput } from './mutations.mjs';
import { cpuMs, freePort, killAll, rssMiB, startHub, startPostGraphile, stopServer } from './processes.mjs';
import { pickParameters, referenceQueries } from './queries.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const CASES = env('CASES', 1_000_000);
const CONCURRENCY = env('CONCURRENCY', 8);
const POOL = env('POOL_MAX', 10);
const ROUNDS = env('ROUNDS', 3);
const ROUND_SECONDS = env('ROUND_SECONDS', 5);
const WARMUP_SECONDS = env('WARMUP_SECONDS', 3);
const SQL_REQUESTS = env('SQL_REQUESTS', 10);
const MUTATIONS = env('MUTATIONS', 300);
const SHOW_SQL = env('SHOW_SQL', 0);
const HUB_ROOT = process.env.HUB_ROOT ? resolve(process.env.HUB_ROOT) : ROOT;

const log = (s) => console.log(s);
const version = (dir, name) => JSON.parse(readFileSync(join(ROOT, dir, 'node_modules', name, 'package.json'), 'utf8')).version;

function machine() {
  const mem = /MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))[1];
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  return `${cpus().length} cores (${model.trim()}), ${(Number(mem) / 1024 / 1024).toFixed(1)} GiB memory`;
}

let province;
let hub;
let pgl;
let db;
const hubDataDir = mkdtempSync(join(tmpdir(), 'bench-peer-hub-'));

async function cleanup() {
  await db?.end().catch(() => undefined);
  await stopServer(hub).catch(() => undefined);
  await stopServer(pgl).catch(() => undefined);
  await province?.stop().catch(() => undefined);
  rmSync(hubDataDir, { recursive: true, force: true });
}
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopping = true;
    console.error(`\n${signal}: stopping the servers and PostgreSQL …`);
    killAll();
    void cleanup().finally(() => process.exit(130));
  });
}
process.once('exit', killAll);

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a');
function table(header, rows, textColumns = 1) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const left = (i) => i < textColumns;
  const line = (cells) => `| ${cells.map((c, i) => (left(i) ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (left(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

async function main() {
  console.log(`bench:peer — the hub and PostGraphile 5 side by side`);
  console.log(`machine: ${machine()}`);
  province = await openProvince({ cases: CASES, log, port: await freePort() });
  db = new pg.Client({ connectionString: province.url });
  await db.connect();
  await db.query('create extension if not exists pg_stat_statements');
  const pgVersion = (await db.query('show server_version')).rows[0].server_version;
  console.log(`versions: Node ${process.version}, PostgreSQL ${pgVersion}; hub: @apollo/server ${version('', '@apollo/server')}, type-graphql ${version('', 'type-graphql')}, ` +
    `@mikro-orm/core ${version('', '@mikro-orm/core')}, graphql ${version('', 'graphql')}; peer: postgraphile ${version('bench', 'postgraphile')} ` +
    `(grafast ${version('bench', 'grafast')}, amber + simplify-inflection ${version('bench', '@graphile/simplify-inflection')} + connection-filter ` +
    `${version('bench', 'postgraphile-plugin-connection-filter')} + pg-aggregates ${version('bench', '@graphile/pg-aggregates')})`);
  if (HUB_ROOT !== ROOT) console.log(`hub measured: ${HUB_ROOT}`);
  console.log(`province: ${province.cases.toLocaleString('en')} cases, ${province.source}${province.owned ? '' : ' (read-only)'}`);
  const params = await pickParameters(db);
  console.log(`parameters: dashboard of agency ${params.agencyId} (${params.agencyName}); search category ${params.categoryCode}, text "${params.search}"; ` +
    `ledger of center ${params.ledgerCenterId} (${params.ledgerCenterName}) and its subtree, year ${params.year}; ${params.caseIds.length} case ids spread over the table`);
  console.log(`concurrency ${CONCURRENCY}, pool ${POOL} connections per server, warm-up ${WARMUP_SECONDS} s, ${ROUNDS} rounds × ${ROUND_SECONDS} s per server, ` +
    `SQL counted over ${SQL_REQUESTS} sequential requests\n`);

  hub = await startHub(province.url, POOL, hubDataDir, HUB_ROOT);
  pgl = await startPostGraphile(province.url, POOL);
  const idle = { hub: rssMiB(hub.pid), pgl: rssMiB(pgl.pid) };
  console.log(`started: hub ${hub.url} (${fmt(idle.hub)} MiB), PostGraphile ${pgl.url} (${fmt(idle.pgl)} MiB)`);
  const login = async () => {
    const data = await gql(hub.url, `mutation($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken userErrors { message } } }`,
      { u: 'province.admin', p: process.env.PROVINCE_PASSWORD ?? 'hub-demo-2025' });
    if (!data.sessionCreate.accessToken) throw new Error(`province.admin could not log in: ${JSON.stringify(data.sessionCreate.userErrors)}`);
    return data.sessionCreate.accessToken;
  };

  const results = [];
  for (const q of referenceQueries(params)) {
    const token = await login(); // access tokens live 15 minutes; a fresh one per query
    const servers = [
      { name: 'hub', proc: hub, spec: q.hub, send: (i) => gql(hub.url, q.hub.query, q.hub.variables(i), token) },
      { name: 'PostGraphile', proc: pgl, spec: q.pgl, send: (i) => gql(pgl.url, q.pgl.query, q.pgl.variables(i)) },
    ];
    const answers = await Promise.all(servers.map(async (s) => s.spec.ids(await s.send(0))));
    const same = JSON.stringify(answers[0]) === JSON.stringify(answers[1]);
    console.log(`${q.title}: ${same ? 'same answer' : 'ANSWERS DIFFER'} (hub ${JSON.stringify(answers[0]).slice(0, 80)}, PostGraphile ${JSON.stringify(answers[1]).slice(0, 80)})`);
    for (const s of servers) await closedLoop(s.send, WARMUP_SECONDS, CONCURRENCY);
    for (const s of servers) Object.assign(s, { latencies: [], count: 0, seconds: 0, rounds: [], cpu: 0 });
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const s of servers) {
        const cpu0 = cpuMs(s.proc.pid);
        const run = await closedLoop(s.send, ROUND_SECONDS, CONCURRENCY);
        s.cpu += cpuMs(s.proc.pid) - cpu0;
        s.latencies.push(...run.latencies);
        s.count += run.latencies.length;
        s.seconds += run.seconds;
        s.rounds.push(run.latencies.length / run.seconds);
      }
    }
    for (const s of servers) {
      const sql = await statementsPerRequest(db, s.send, SQL_REQUESTS, SHOW_SQL);
      s.latencies.sort((a, b) => a - b);
      results.push([`${q.title}`, s.name, fmt(s.count / s.seconds), `${fmt(Math.min(...s.rounds))}–${fmt(Math.max(...s.rounds))}`,
        fmt(percentile(s.latencies, 50), 1), fmt(percentile(s.latencies, 99), 1), fmt(s.cpu / s.count, 1), fmt(sql.perRequest, 1), fmt(sql.msPerRequest, 1), fmt(sql.planMsPerRequest, 2),
        fmt(sql.rowsPerRequest), fmt(rssMiB(s.proc.pid))]);
      console.log(`  ${s.name.padEnd(12)} ${results.at(-1).slice(2).join('  ')}`);
      for (const st of sql.statements) console.log(`      ${String(st.calls).padStart(5)} × ${String(st.ms).padStart(7)} ms (plan ${st.plan} ms)  ${st.query}`);
    }
  }

  console.log(`\nReference queries — ${province.cases.toLocaleString('en')} cases, concurrency ${CONCURRENCY}, pool ${POOL} per server:\n`);
  table(['query', 'server', 'req/s', 'req/s per round', 'p50 ms', 'p99 ms', 'CPU ms/req', 'SQL/req', 'SQL ms/req', 'plan ms/req', 'rows/req', 'RSS MiB'], results, 2);
  console.log(`\nIdle after start: hub ${fmt(idle.hub)} MiB, PostGraphile ${fmt(idle.pgl)} MiB. CPU ms/req: the server process's own CPU time ` +
    `(user + system) over the rounds per request. SQL/req: every statement PostgreSQL ran for a request (BEGIN/COMMIT/SET too); SQL ms/req: their ` +
    `execution time inside PostgreSQL; plan ms/req: PostgreSQL's planning time for them (none for a reused generic plan); rows/req: the rows they returned or wrote (all four over ${SQL_REQUESTS} sequential requests). RSS: VmRSS after the query's rounds.`);
  console.log(`Ledger: the hub computes the figures the query selects (here counts by status and the dispatched; percentiles, side tables and repeat sources only when selected); ` +
    `PostGraphile counts the same cohort by status (pg-aggregates) plus the dispatched ones — fewer figures, the closest it offers.`);

  await stopServer(pgl);
  await stopServer(hub);
  if (MUTATIONS > 0 && province.owned) {
    await db.end();
    db = undefined;
    console.log(`\ncaseDispatch throughput (hub only), ${MUTATIONS} mutations per scenario, concurrency ${CONCURRENCY}:`);
    const rows = await dispatchThroughput({ url: province.url, province: params, poolMax: POOL, dataDir: hubDataDir, mutations: MUTATIONS, concurrency: CONCURRENCY, log });
    console.log('');
    table(['scenario', 'dispatches/s', 'p50 ms', 'p99 ms', 'hub CPU ms/dispatch', 'SQL/dispatch', 'SQL ms/dispatch', 'hub RSS MiB', 'events delivered'],
      rows.map((r) => [r.label, fmt(r.perSecond), fmt(r.p50, 1), fmt(r.p99, 1), fmt(r.cpu, 1), r.sql === undefined ? '' : fmt(r.sql, 1),
        r.sqlMs === undefined ? '' : fmt(r.sqlMs, 1), fmt(r.rss), r.delivered + (r.failed ? ` (${r.failed} failed to subscribe)` : '')]));
  } else if (MUTATIONS > 0) {
    console.log(`\ncaseDispatch throughput skipped: ${province.source} is reused read-only ` +
      `(PROVINCE_DATA_DIR=none uses the bench's own province, where the dispatches run on a copy).`);
  }
}

try {
  await main();
} catch (error) {
  if (!stopping) console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
