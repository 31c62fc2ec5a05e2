/**
 * `npm run bench:cases` — how fast the hub lists a dashboard page of cases with their parties and
 * assignments, and how many SQL statements one request costs. Prints figures; asserts nothing.
 *
 * Uses DATABASE_URL's server when set, else a throwaway embedded PostgreSQL. Env: CASES (default 20000),
 * REQUESTS (default 300), CONCURRENCY (default 8).
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { startEmbedded } from '../src/db/embedded.js';
import { startHub } from '../src/hub.js';
import { createLogger } from '../src/shared/logger.js';

const CASES = Number(process.env.CASES ?? 20_000);
const REQUESTS = Number(process.env.REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 8);
const log = createLogger('warn');

const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
chmodSync(dir, 0o755);
const cluster = process.env.DATABASE_URL ? undefined : await startEmbedded(join(dir, 'pg'), 55_000 + Math.floor(Math.random() * 5000), log);
const url = process.env.DATABASE_URL ?? cluster!.url('hub_bench');
const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, PORT: '0', TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret', SEED_DEMO: 'true', LOG_LEVEL: 'warn', DB_POOL_MAX: '10', DATA_DIR: dir });
// Migrations and demo data, in-process; then the hub under test runs as its own process, as in production.
const setup = await startHub(config, log);
await setup.close();
const main = fileURLToPath(new URL('../src/main.js', import.meta.url));
const child = spawn(process.execPath, [main], {
  env: { PATH: process.env.PATH, NODE_OPTIONS: process.env.CHILD_NODE_OPTIONS ?? '', NODE_ENV: 'production', DATABASE_URL: url, PORT: '0', TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn', SEED_DEMO: 'false', DB_POOL_MAX: '10' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const hub = await new Promise<{ url: string }>((resolve, reject) => {
  child.stdout!.on('data', (chunk: Buffer) => {
    const match = /GraphQL API\s+(http\S+)/.exec(chunk.toString());
    if (match) resolve({ url: match[1]! });
  });
  child.once('exit', (code) => reject(new Error(`hub exited with ${code}`)));
});
const db = new pg.Client({ connectionString: url });
await db.connect();

console.log(`generating ${CASES} cases with parties and assignments …`);
let t0 = performance.now();
await db.query(`
  with c as (
    insert into hub_case (number, tracking_code, origin_center_id, center_id, kind, channel, category_id, title, description, status,
                          risk_level, risk_flag, received_at, accept_due_date, due_date, search_text)
    select 'B-' || g, 'BNCH-' || lpad(to_hex(g), 9, '0'), ctr.id, ctr.id, case when g % 3 = 0 then 'PETITION' else 'DISPUTE' end, 'WALK_IN',
           (select id from category order by id limit 1 offset g % 12), '生成案件 ' || g, '自动生成的案件描述 ' || g,
           (array['RECEIVED','DISPATCHED','IN_PROGRESS','RESOLVED','CLOSED'])[1 + g % 5], 'NONE', 'NONE',
           now() - (g || ' minutes')::interval, current_date + 3, current_date + 30, '生成案件 ' || g
      from generate_series(1, $1) g
      cross join lateral (select id from center where level = 'COUNTY' order by id limit 1 offset g % 2) ctr
    returning id, center_id, received_at
  ), p as (
    insert into case_party (case_id, role, type, name, name_key, headcount, phone)
    select c.id, r.role, 'PERSON', '当事人' || c.id || r.role, '当事人' || c.id || r.role, 1, '139' || lpad((c.id % 100000000)::text, 8, '0')
      from c cross join (values ('APPLICANT'), ('RESPONDENT')) r(role)
  )
  insert into assignment (case_id, received_at, role, agency_id, mediator_id, assigned_at)
  select c.id, c.received_at, 'LEAD', (select a.id from agency a where a.center_id = c.center_id order by a.id limit 1), null, now() from c
  union all
  select c.id, c.received_at, 'MEDIATOR', m.agency_id, m.id, now() from c
    cross join lateral (select m.id, m.agency_id from mediator m join agency a on a.id = m.agency_id where a.center_id = c.center_id order by m.id limit 1 offset c.id % 3) m
`, [CASES]);
await db.query('analyze');
console.log(`  done in ${Math.round(performance.now() - t0)} ms`);

const login = await fetch(hub.url, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation { sessionCreate(input: { username: "admin", password: "hub-demo-2025" }) { accessToken } }' }),
});
const token = ((await login.json()) as { data: { sessionCreate: { accessToken: string } } }).data.sessionCreate.accessToken;

const PAGE = (size: number) => `{ cases(first: ${size}) { nodes { id number title status riskLevel overdue receivedAt dueDate
  center { name } category { nameZh }
  parties { name role headcount phone }
  assignments { role agency { shortName } mediator { name } } } } }`;

async function run(query: string, n: number, concurrency: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < n) {
      next += 1;
      const start = performance.now();
      const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      latencies.push(performance.now() - start);
    }
  }));
  return latencies.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function statements(query: string, n: number): Promise<number> {
  await db.query('select pg_stat_statements_reset()');
  await run(query, n, 1);
  const { rows } = await db.query<{ calls: string }>(`select coalesce(sum(calls), 0) as calls from pg_stat_statements
     where query not ilike '%pg_stat_statements%' and dbid = (select oid from pg_database where datname = current_database())`);
  if (process.env.SHOW_SQL) {
    const top = await db.query<{ calls: string; mean: number; query: string }>(`select calls, round(mean_exec_time::numeric, 2) as mean, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
       from pg_stat_statements where query not ilike '%pg_stat_statements%' order by calls desc limit 12`);
    for (const r of top.rows) console.log(`   ${r.calls.padStart(5)} × ${String(r.mean).padStart(7)} ms  ${r.query}`);
  }
  return Number(rows[0]!.calls) / n;
}

await db.query('create extension if not exists pg_stat_statements');
for (const size of [20, 100]) {
  await run(PAGE(size), 30, 2); // warm up
  t0 = performance.now();
  const latencies = await run(PAGE(size), REQUESTS, CONCURRENCY);
  const seconds = (performance.now() - t0) / 1000;
  const sql = await statements(PAGE(size), 20);
  console.log(`page of ${size} cases with parties and assignments: ${Math.round(REQUESTS / seconds)} req/s at concurrency ${CONCURRENCY}, ` +
    `p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms, ${sql.toFixed(1)} SQL statements per request`);
}

await db.end();
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
await cluster?.stop();
rmSync(dir, { recursive: true, force: true });
