/**
 * `npm run generate:province -- --cases 1000000 --seed 7` — generates a realistic province (Inner
 * Mongolia: ~100 county/banner centers, their towns, agencies, mediators and staff, and the cases of 30
 * months with their whole closed loop) for benchmarks.
 *
 * Into DATABASE_URL when set (the database is created if missing), else into an embedded PostgreSQL kept
 * in `.data-province/` (database `hub`, so `DATA_DIR=.data-province npm start` serves it). Migrations and
 * reference data are applied first. Refuses a database that already holds generated data unless --force.
 *
 * Options: --cases N (default 1000000), --seed S (default 1), --as-of YYYY-MM-DD (default today, Asia/Shanghai),
 * --force, --port P (embedded PostgreSQL; default EMBEDDED_PG_PORT or 54339).
 * All generated logins (province.admin, 150625.dispatcher1, …) use the demo password (DEMO_PASSWORD).
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { EMBEDDED_DATABASE } from '../src/db/database.js';
import { startEmbedded, type EmbeddedCluster } from '../src/db/embedded.js';
import { createLogger } from '../src/shared/logger.js';
import { prepareDatabase } from './province/database.js';
import { AlreadyGeneratedError, analyzeGenerated, generateProvince } from './province/generate.js';

const USAGE = 'usage: npm run generate:province -- [--cases N] [--seed S] [--as-of YYYY-MM-DD] [--force] [--port P]';

function options() {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string' },
      force: { type: 'boolean', default: false },
      port: { type: 'string', default: process.env.EMBEDDED_PG_PORT ?? '54339' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (name: string, value: string) => {
    if (!/^\d+$/.test(value.replace(/_/g, ''))) throw new Error(`--${name} must be a whole number (${USAGE})`);
    return Number(value.replace(/_/g, ''));
  };
  return {
    cases: int('cases', values.cases!), seed: int('seed', values.seed!), asOf: values['as-of'], force: values.force!, port: int('port', values.port!),
  };
}

/** Embedded PostgreSQL tuned for one big load: no WAL for the tables emptied in the load's transaction, big buffers. */
const LOAD_FLAGS = [
  '-c', 'wal_level=minimal', '-c', 'max_wal_senders=0', '-c', 'synchronous_commit=off', '-c', 'max_wal_size=8GB',
  '-c', 'checkpoint_timeout=30min', '-c', 'shared_buffers=2GB',
];

async function main(): Promise<number> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options();
  } catch (error) {
    console.error((error as Error).message);
    return 64;
  }
  const started = performance.now();
  let cluster: EmbeddedCluster | undefined;
  let client: pg.Client | undefined;
  const stop = async () => {
    await client?.end().catch(() => undefined);
    client = undefined;
    const c = cluster;
    cluster = undefined;
    if (c) {
      console.log('stopping the embedded PostgreSQL …');
      await c.stop();
    }
  };
  // Ctrl-C: the load's transaction rolls back; stop the database cleanly before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cancelled, nothing was saved`);
      void stop().finally(() => process.exit(130));
    });
  }
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      const dir = resolve('.data-province', 'pg');
      console.log(`embedded PostgreSQL in ${dir} (port ${opts.port})`);
      cluster = await startEmbedded(dir, opts.port, createLogger('warn'), LOAD_FLAGS);
      url = cluster.url(EMBEDDED_DATABASE);
    }
    const shown = new URL(url);
    shown.password = shown.password ? '***' : '';
    console.log(`database ${shown.toString()}`);
    const applied = await prepareDatabase(url);
    console.log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'migrations: up to date');

    client = new pg.Client({ connectionString: url });
    await client.connect();
    console.log(`generating ${opts.cases.toLocaleString('en')} cases, seed ${opts.seed}${opts.asOf ? `, as of ${opts.asOf}` : ''} …`);
    const summary = await generateProvince(client, { seed: opts.seed, cases: opts.cases, asOf: opts.asOf, force: opts.force, log: console.log });
    const analyzeMs = await analyzeGenerated(client, console.log);

    console.log(`\nprovince as of ${summary.asOf} (cases received ${summary.windowStart} … ${summary.asOf}), seed ${summary.seed}:`);
    console.log(`  ${summary.counties} county/banner centers, ${summary.towns} town centers, ${summary.agencies} agencies, ` +
      `${summary.mediators} mediators, ${summary.users} staff logins (password: the demo password)`);
    console.log('\nrows added:');
    for (const [table, n] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(26)} ${n.toLocaleString('en').padStart(12)}`);
    const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(`  ${'total'.padEnd(26)} ${total.toLocaleString('en').padStart(12)}`);
    console.log(`\ngenerated in ${(summary.totalMs / 1000).toFixed(1)} s, vacuum analyze ${(analyzeMs / 1000).toFixed(1)} s, ` +
      `everything ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    if (error instanceof AlreadyGeneratedError) {
      console.error(error.message);
      return 2;
    }
    console.error(error);
    return 1;
  } finally {
    await stop();
  }
}

process.exitCode = await main();
