/**
 * The hub's own CPU per request for one reference query, read path by path: `node bench/cpu.mjs <key> [n]`
 * (key: case, page20, page100, search, ledger; n sequential requests, default 300). Uses the bench's
 * province (CASES, default 20,000), starts the hub once with compiled reads and once with
 * COMPILED_READS=false, sends n/5 warm-up requests, then n one after another, and prints the hub process's
 * CPU time (user + system, /proc) per request and the SQL statements and PostgreSQL execution time per
 * request. READ_PATHS=compiled or =orm measures one path; HUB_NODE_OPTIONS (e.g. --cpu-prof) reaches the hub; TOP=n lists the n most frequent statements. Sequential requests keep other processes' load out of the figure, not out of the wall time.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openProvince, ROOT } from './database.mjs';
import { gql, statementsPerRequest } from './load.mjs';
import { cpuMs, freePort, killAll, startHub, stopServer } from './processes.mjs';
import { pickParameters, referenceQueries } from './queries.mjs';

const [key = 'page100', count = '300'] = process.argv.slice(2);
const N = Number(count);
const CASES = Number(process.env.CASES ?? 20_000);
process.once('exit', killAll);

const province = await openProvince({ cases: CASES, log: console.log, port: await freePort() });
try {
  const db = new pg.Client({ connectionString: province.url });
  db.on('error', () => undefined);
  await db.connect();
  await db.query('create extension if not exists pg_stat_statements');
  const q = referenceQueries(await pickParameters(db)).find((r) => r.key === key);
  if (!q) throw new Error(`no reference query ${key}`);
  const paths = (process.env.READ_PATHS ?? 'compiled,orm').split(',');
  for (const compiled of [true, false].filter((c) => paths.includes(c ? 'compiled' : 'orm'))) {
    const hub = await startHub(province.url, 10, mkdtempSync(join(tmpdir(), 'hub-cpu-')), ROOT, { COMPILED_READS: String(compiled) });
    const login = await gql(hub.url, `mutation { sessionCreate(input: { username: "province.admin", password: "${process.env.PROVINCE_PASSWORD ?? 'hub-demo-2025'}" }) { accessToken } }`);
    const send = (i) => gql(hub.url, q.hub.query, q.hub.variables(i), login.sessionCreate.accessToken);
    for (let i = 0; i < N / 5; i += 1) await send(i);
    const before = cpuMs(hub.pid);
    const t0 = performance.now();
    for (let i = 0; i < N; i += 1) await send(i);
    const wall = performance.now() - t0;
    const cpu = (cpuMs(hub.pid) - before) / N;
    const sql = await statementsPerRequest(db, send, 50, Number(process.env.TOP ?? 0));
    console.log(`${q.title}, ${compiled ? 'compiled' : 'ORM path'}: hub CPU ${cpu.toFixed(2)} ms/request, wall ${(wall / N).toFixed(2)} ms/request, ` +
      `${sql.perRequest.toFixed(1)} statements and ${sql.msPerRequest.toFixed(2)} ms in PostgreSQL per request`);
    for (const st of sql.statements) console.log(`  ${st.calls} × ${st.ms} ms (+${st.plan} ms planning): ${st.query}`);
    await stopServer(hub);
  }
  await db.end();
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  killAll();
  await province.stop();
}
