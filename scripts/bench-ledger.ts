/**
 * `npm run bench:ledger` — the ledger at a province's scale: a banner's yearly ledger, a region-wide
 * monthly dashboard, and a 100,000-row export, against the hub running as its own process on the
 * generated province (`npm run generate:province -- --cases 1000000`). Prints figures; asserts nothing.
 *
 * Database: DATABASE_URL, else the generator's `.data-province/` (reused as it is; started if it is not
 * running). Env: RUNS (default 30).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { EMBEDDED_DATABASE } from '../src/db/database.js';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbedded, type EmbeddedCluster } from '../src/db/embedded.js';
import { createLogger } from '../src/shared/logger.js';

const RUNS = Number(process.env.RUNS ?? 30);
const SECRET = 'bench-secret-bench-secret-bench-secret';

/** A PostgreSQL already serving `dir`: its port (from postmaster.pid), else undefined. */
function runningPort(dir: string): number | undefined {
  const file = resolve(dir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
    return Number(lines[3]);
  } catch {
    return undefined;
  }
}

let cluster: EmbeddedCluster | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  const dir = resolve('.data-province/pg');
  if (!existsSync(dir)) {
    console.error('No province yet: run `npm run generate:province -- --cases 1000000` first (or set DATABASE_URL).');
    process.exit(2);
  }
  const port = runningPort(dir);
  if (port) url = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  else {
    cluster = await startEmbedded(dir, 54339, createLogger('warn'), ['-c', 'shared_buffers=1GB']);
    url = cluster.url(EMBEDDED_DATABASE);
  }
}
const db = new pg.Client({ connectionString: url });
await db.connect();
const [{ n: cases }] = (await db.query<{ n: string }>('select count(*) as n from hub_case')).rows as [{ n: string }];
console.log(`province: ${Number(cases).toLocaleString('en')} cases, ${(await db.query('select count(*) from center')).rows[0].count} centers; ${(await db.query(`select pg_size_pretty(pg_database_size(current_database())) as s`)).rows[0].s}`);

const child = spawn(process.execPath, [fileURLToPath(new URL('../src/main.js', import.meta.url))], {
  env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: url, PORT: '0', TOKEN_SECRET: SECRET, LOG_LEVEL: 'warn', SEED_DEMO: 'false', SUPERVISION_SWEEP_SECONDS: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const hubUrl = await new Promise<string>((ok, fail) => {
  child.stdout!.on('data', (chunk: Buffer) => {
    const m = /GraphQL API\s+(http\S+)/.exec(chunk.toString());
    if (m) ok(m[1]!);
  });
  child.once('exit', (code) => fail(new Error(`hub exited with ${code}`)));
});
// Whatever happens, the hub and the database this script started are stopped.
process.on('uncaughtException', (error) => {
  console.error(error);
  child.kill('SIGTERM');
  void cluster?.stop().finally(() => process.exit(1));
});
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) * 1024;

async function gql(query: string, variables: unknown, token?: string) {
  const res = await fetch(hubUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const token: string = (await gql('mutation { sessionCreate(input: { username: "province.admin", password: "hub-demo-2025" }) { accessToken userErrors { message } } }', {})).sessionCreate.accessToken;

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function time(label: string, query: string, variables: unknown, runs = RUNS) {
  await gql(query, variables, token); // warm
  const ms: number[] = [];
  let result: any;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    result = await gql(query, variables, token);
    ms.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(62)} p50 ${pct(ms, 50).toFixed(0).padStart(4)} ms  p90 ${pct(ms, 90).toFixed(0).padStart(4)} ms  max ${Math.max(...ms).toFixed(0).padStart(4)} ms`);
  return result;
}

const LEDGER = `query($c: ID, $p: LedgerPeriodInput!, $g: LedgerDimension) { ledger(centerId: $c, period: $p, groupBy: $g) {
  totals { received resolved failed open overdue resolutionRate dispatchMinutesMedian dispatchMinutesP90 resolutionHoursMedian resolutionHoursP90 extensionsRequested supervisions feedbacks satisfactionRate }
  groups { key label figures { received resolutionRate } } repeatSourceCount } }`;

const [busiest] = (await db.query<{ id: number; name: string; year: string; n: string }>(`
  select c.id, c.name, (extract(year from now()) - 1)::int::text as year, count(*) as n
    from hub_case k
    join center o on o.id = k.origin_center_id
    join center c on c.id = coalesce(nullif(split_part(o.ancestry, '/', 2), '')::int, o.id)
   where k.received_at >= date_trunc('year', now()) - interval '1 year' and k.received_at < date_trunc('year', now())
   group by c.id, c.name order by count(*) desc limit 1`)).rows;
console.log(`\nbanner: ${busiest!.name}, ${busiest!.year}: ${Number(busiest!.n).toLocaleString('en')} cases received by it and its towns`);
const yearly = await time(`banner yearly ledger (totals)`, LEDGER, { c: gid('Center', busiest!.id), p: { kind: 'YEAR', date: `${busiest!.year}-06-01` } });
console.log(`   received ${yearly.ledger.totals.received}, resolution rate ${yearly.ledger.totals.resolutionRate}, repeat sources ${yearly.ledger.repeatSourceCount}`);
for (const g of ['CATEGORY', 'AGENCY', 'CENTER']) await time(`banner yearly ledger by ${g}`, LEDGER, { c: gid('Center', busiest!.id), p: { kind: 'YEAR', date: `${busiest!.year}-06-01` }, g });

const [{ month }] = (await db.query<{ month: string }>(`select to_char(max(received_at) at time zone 'Asia/Shanghai' - interval '1 month', 'YYYY-MM-15') as month from hub_case`)).rows as [{ month: string }];
const monthly = await time(`region-wide monthly dashboard by CENTER (${month.slice(0, 7)})`, LEDGER, { p: { kind: 'MONTH', date: month }, g: 'CENTER' }, 15);
console.log(`   received ${monthly.ledger.totals.received} in ${monthly.ledger.groups.length} banners`);
await time('region-wide monthly dashboard by CATEGORY', LEDGER, { p: { kind: 'MONTH', date: month }, g: 'CATEGORY' }, 15);
await time('region-wide yearly totals', LEDGER, { p: { kind: 'YEAR', date: month } }, 5);

// 100,000 rows: the newest cases of the whole region, as a province admin sees them (masked).
const [{ from }] = (await db.query<{ from: string }>(`select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as from from hub_case order by received_at desc offset 100000 limit 1`)).rows as [{ from: string }];
for (const kind of ['csv', 'xlsx']) {
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 50);
  const t0 = performance.now();
  const res = await fetch(new URL(`/exports/cases.${kind}?filter=${encodeURIComponent(JSON.stringify({ receivedFrom: from }))}`, hubUrl), { headers: { authorization: `Bearer ${token}` } });
  let bytes = 0;
  let firstByte = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    if (!firstByte) firstByte = performance.now() - t0;
    bytes += chunk.length;
  }
  clearInterval(sampler);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`export ${kind.padEnd(4)} of the cases received since ${from}: ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
    `(first byte after ${firstByte.toFixed(0)} ms), hub RSS ${(before / 2 ** 20).toFixed(0)} → peak ${(peak / 2 ** 20).toFixed(0)} MiB`);
}
const [{ rows: exported }] = [(await db.query<{ n: string }>(`select count(*) as n from hub_case where received_at >= ($1::date)::timestamp at time zone 'Asia/Shanghai'`, [from]))];
console.log(`   (${Number(exported[0]!.n).toLocaleString('en')} rows each)`);

child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await db.end();
await cluster?.stop();
process.exit(0);
