/**
 * Where the bench's province lives, in this order:
 * 1. DATABASE_URL: that server's database (generated into when it holds no province yet);
 * 2. PROVINCE_DATA_DIR, else the generator CLI's `.data-province/` (`npm run generate:province`) when it
 *    holds a province of CASES cases (±1%): reused read-only (only the pg_stat_statements extension is
 *    created there). When a PostgreSQL is already running on it, the bench connects to that one and
 *    leaves it running. PROVINCE_DATA_DIR=none skips this;
 * 3. the bench's own embedded PostgreSQL in `bench/.data-province-bench/<CASES>/`, generated on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
export const PROVINCE_DB = 'province';
const SEED = 20_261_122;
// Both servers see the same PostgreSQL settings; these give the bigger province room in memory.
const PG_FLAGS = ['-c', 'max_connections=200', '-c', 'shared_buffers=2GB', '-c', 'effective_cache_size=8GB', '-c', 'wal_level=minimal',
  '-c', 'max_wal_senders=0', '-c', 'max_wal_size=8GB', '-c', 'checkpoint_timeout=30min', '-c', 'pg_stat_statements.max=10000',
  '-c', 'pg_stat_statements.track_planning=on'];

async function provinceCases(url) {
  const db = new pg.Client({ connectionString: url });
  try {
    await db.connect();
    // A generation in progress holds its tables locked until it commits: not a province (yet).
    await db.query(`set lock_timeout = '3s'`);
    const admin = await db.query(`select to_regclass('hub_user') is not null and exists (select 1 from hub_user where username = 'province.admin') as yes`);
    if (!admin.rows[0].yes) return 0;
    return Number((await db.query('select count(*) as n from hub_case')).rows[0].n);
  } catch {
    return 0;
  } finally {
    await db.end().catch(() => undefined);
  }
}

async function generate(url, cases, log) {
  await import('reflect-metadata');
  const { prepareDatabase } = await dist('scripts/province/database.js');
  const { generateProvince, analyzeGenerated } = await dist('scripts/province/generate.js');
  log(`migrating ${url.replace(/\/\/[^@]*@/, '//')} …`);
  await prepareDatabase(url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    log(`generating a province of ${cases.toLocaleString('en')} cases (seed ${SEED}) …`);
    const t0 = performance.now();
    const summary = await generateProvince(db, { seed: SEED, cases, log: process.env.BENCH_VERBOSE ? log : undefined });
    await analyzeGenerated(db);
    log(`  generated in ${Math.round((performance.now() - t0) / 1000)} s: ${summary.counties} counties, ${summary.towns} towns, ` +
      `${summary.agencies} agencies, ${summary.mediators} mediators, ${Object.entries(summary.rows).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  } finally {
    await db.end();
  }
}

/** A PostgreSQL already serving `dir` (its postmaster.pid names a live process): its port, else undefined. */
function runningPort(dir) {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(lines[0]), 0);
  } catch {
    return undefined;
  }
  return Number(lines[3]);
}

async function findProvince(baseUrl) {
  const admin = new pg.Client({ connectionString: baseUrl('postgres') });
  await admin.connect();
  const { rows } = await admin.query(`select datname from pg_database where not datistemplate and datname <> 'postgres' order by datname`);
  await admin.end();
  let best;
  for (const { datname } of rows) {
    const cases = await provinceCases(baseUrl(datname));
    if (cases > (best?.cases ?? 0)) best = { url: baseUrl(datname), cases };
  }
  return best;
}

/**
 * Returns { url, cases, owned, source, stop() }. `owned`: the bench may write there (the dispatch
 * benchmark clones the database; a reused data dir is only read).
 */
export async function openProvince({ cases, log, port }) {
  const { startEmbedded, EMBEDDED_USER, EMBEDDED_PASSWORD } = await dist('src/db/embedded.js');
  const { createLogger } = await dist('src/shared/logger.js');
  const pgLog = createLogger('warn');
  const urlFor = (p) => (database) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${p}/${database}`;

  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    let found = await provinceCases(url);
    if (!found) {
      await generate(url, cases, log);
      found = await provinceCases(url);
    }
    return { url, cases: found, owned: true, source: 'DATABASE_URL', stop: async () => undefined };
  }

  const foreignDir = process.env.PROVINCE_DATA_DIR ?? join(ROOT, '.data-province');
  for (const pgDir of foreignDir === 'none' ? [] : [join(foreignDir, 'pg'), foreignDir]) {
    if (!existsSync(join(pgDir, 'PG_VERSION'))) continue;
    const live = runningPort(pgDir);
    const cluster = live ? undefined : await startEmbedded(pgDir, port, pgLog, PG_FLAGS);
    const province = await findProvince(urlFor(live ?? port));
    const near = province && Math.abs(province.cases - cases) <= cases * 0.01;
    if (near) {
      log(`reusing ${pgDir} (${live ? `PostgreSQL already running on port ${live}` : 'started by the bench'}), read-only`);
      return { url: province.url, cases: province.cases, owned: false, source: pgDir, stop: async () => cluster?.stop() };
    }
    log(`${pgDir} holds ${province ? `a province of ≈${province.cases.toLocaleString('en')} cases` : 'no province'}, not ${cases.toLocaleString('en')}; not used`);
    await cluster?.stop();
  }

  const dir = join(ROOT, 'bench', '.data-province-bench', String(cases));
  const cluster = await startEmbedded(join(dir, 'pg'), port, pgLog, PG_FLAGS);
  try {
    const url = cluster.url(PROVINCE_DB);
    let found = await provinceCases(url);
    if (!found) {
      await generate(url, cases, log);
      found = await provinceCases(url);
    } else {
      log(`reusing the bench's province in ${dir}`);
    }
    return { url, cases: found, owned: true, source: dir, stop: () => cluster.stop() };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
