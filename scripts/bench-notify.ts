/**
 * `npm run bench:notify` — what PostgreSQL's NOTIFY costs a writer: small write transactions per second with and
 * without a `pg_notify` in each (the hub's outbox notifies once per transaction that writes events), with one
 * LISTEN connection open as in a hub. NOTIFY serialises committing transactions on a global lock, so the
 * ratio is the bound on how far one primary's event-writing commits scale. Prints each run and the spread.
 *
 * Env: CLIENTS (default 8), SECONDS (default 5), RUNS (default 3), DATABASE_URL (default: an embedded PostgreSQL
 * with the hub's settings, fsync on).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbedded } from '../src/db/embedded.js';
import { createLogger } from '../src/shared/logger.js';

const CLIENTS = Number(process.env.CLIENTS ?? 8);
const SECONDS = Number(process.env.SECONDS ?? 5);
const RUNS = Number(process.env.RUNS ?? 3);

const dir = mkdtempSync(join(tmpdir(), 'hub-notify-'));
chmodSync(dir, 0o755);
const cluster = process.env.DATABASE_URL ? undefined : await startEmbedded(join(dir, 'pg'), 55_000 + Math.floor(Math.random() * 5000), createLogger('warn'));
const url = process.env.DATABASE_URL ?? cluster!.url('postgres');
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query('create table if not exists bench_notify (id bigserial primary key, payload jsonb not null, at timestamptz not null default now())');
const listener = new pg.Client({ connectionString: url });
await listener.connect();
await listener.query('listen bench_notify');
let heard = 0;
listener.on('notification', () => heard++);

const PAYLOAD = JSON.stringify({ topic: 'assignment', type: 'DISPATCHED', caseNumber: '150625-2026-000123' });

async function measure(notify: boolean): Promise<number> {
  const clients = await Promise.all(Array.from({ length: CLIENTS }, async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  }));
  let commits = 0;
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(clients.map(async (c) => {
    while (performance.now() < until) {
      await c.query('begin');
      await c.query('insert into bench_notify (payload) values ($1)', [PAYLOAD]);
      if (notify) await c.query(`select pg_notify('bench_notify', $1)`, [PAYLOAD]);
      await c.query('commit');
      commits++;
    }
  }));
  const rate = commits / ((performance.now() - started) / 1000);
  await Promise.all(clients.map((c) => c.end()));
  return rate;
}

const results: Record<'plain' | 'notify', number[]> = { plain: [], notify: [] };
for (let run = 1; run <= RUNS; run++) {
  // Alternate the order so that a warming cache or a neighbour's load does not favour one side.
  for (const mode of run % 2 ? (['plain', 'notify'] as const) : (['notify', 'plain'] as const)) {
    const rate = await measure(mode === 'notify');
    results[mode].push(rate);
    console.log(`run ${run} ${mode.padEnd(6)} ${rate.toFixed(0)} commits/s`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
console.log(`\n| ${CLIENTS} writers, ${SECONDS} s × ${RUNS} runs | commits/s median | spread |`);
console.log('|---|---|---|');
console.log(`| insert, commit | ${median(results.plain).toFixed(0)} | ${spread(results.plain)} |`);
console.log(`| insert, pg_notify, commit | ${median(results.notify).toFixed(0)} | ${spread(results.notify)} |`);
console.log(`| ratio with ÷ without | ${(median(results.notify) / median(results.plain)).toFixed(2)} | |`);
console.log(`(notifications heard by the listener: ${heard})`);

await listener.end();
await admin.end();
await cluster?.stop();
rmSync(dir, { recursive: true, force: true });
