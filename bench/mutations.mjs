/**
 * Mutation throughput of the hub's `caseDispatch` (concurrency 8), with no subscribers, with 1,000
 * subscribers of another county attached, and with 1,000 subscribers that each receive every
 * dispatch's event. The subscribers are `bench:realtime`'s cheap raw-`ws` receivers
 * (scripts/bench-receivers.ts, from the hub's build): a graphql-ws client per socket spent, on the same
 * two cores, CPU the hub needed, and made fan-out look dearer than it is. Hub only: PostGraphile has no
 * equivalent of a dispatch (status change, assignments, due date from the calendar, timeline event and
 * realtime outbox in one transaction) without writing that as a PostgreSQL function first.
 *
 * Runs on a copy of the province (CREATE DATABASE … TEMPLATE), dropped afterwards, so the measured
 * province stays as generated.
 */
import pg from 'pg';
import { openReceivers } from '../dist/scripts/bench-receivers.js';
import { gql, percentile, statementsPerRequest } from './load.mjs';
import { cpuMs, rssMiB, startHub, stopServer } from './processes.mjs';
import { gid } from './queries.mjs';

const DISPATCH = `mutation Dispatch($id: ID!, $version: Int!, $lead: ID!) {
  caseDispatch(input: { id: $id, version: $version, leadAgencyId: $lead }) { case { id status } userErrors { field code message } }
}`;

function databaseUrl(url, name) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withAdmin(url, work) {
  const admin = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Subscribers of `centerEvents(centerId)`; resolves once each has had the hub's SUBSCRIBED message (or failed to connect). */
async function subscribe(wsUrl, token, centerId, n) {
  const receivers = await openReceivers({
    url: wsUrl, params: { authorization: `Bearer ${token}` }, query: 'subscription($c: ID!) { centerEvents(centerId: $c) { topic at } }',
    variables: { c: gid('Center', centerId) }, confirmedBySystem: true, latency: false,
  }, n);
  if (receivers.ready === 0) throw new Error(`none of ${n} subscriptions became ready`);
  receivers.reset();
  return {
    ready: receivers.ready, get failed() { return receivers.failed; }, get received() { return receivers.received; },
    close: async () => receivers.close(),
  };
}

export async function dispatchThroughput({ url, province, poolMax, dataDir, mutations, concurrency, log }) {
  const copy = `${new URL(url).pathname.slice(1)}_dispatch_bench`;
  const copyUrl = databaseUrl(url, copy);
  const t0 = performance.now();
  await withAdmin(url, async (admin) => {
    await admin.query(`drop database if exists ${copy}`);
    await admin.query(`create database ${copy} template ${new URL(url).pathname.slice(1)} strategy file_copy`);
  });
  log(`  copied the province for the dispatch benchmark in ${Math.round((performance.now() - t0) / 1000)} s`);
  const db = new pg.Client({ connectionString: copyUrl });
  await db.connect();
  let hub;
  const rows = [];
  try {
    const county = (await db.query(`select id, division_code as code from center where id = $1`, [province.ledgerCenterId])).rows[0];
    const other = (await db.query(`select id from center where level = 'COUNTY' and id <> $1 order by id limit 1`, [county.id])).rows[0];
    const lead = (await db.query(`select id from agency where center_id = $1 and archived_at is null order by id limit 1`, [county.id])).rows[0];
    const total = mutations * 3 + 150;
    // Fresh cases waiting for dispatch in the county (plain SQL: intake is not what is measured).
    await db.query(`
      insert into hub_case (number, tracking_code, origin_center_id, center_id, kind, channel, category_id, title, description, received_at, accept_due_date, search_text)
      select 'BENCH-' || g, 'BNCH-' || lpad(to_hex(g), 9, '0'), $1, $1, 'DISPUTE', 'PHONE', (select id from category where code = 'WAGE_ARREARS'),
             '压测案件 ' || g, '压测', now(), current_date + 3, ''
        from generate_series(1, $2) g`, [county.id, total]);
    await db.query('analyze hub_case');
    const pending = (await db.query(`select id, version from hub_case where number like 'BENCH-%' order by id`)).rows;
    let next = 0;

    hub = await startHub(copyUrl, poolMax, dataDir);
    const login = async (username) => (await gql(hub.url, `mutation($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken userErrors { message } } }`,
      { u: username, p: process.env.PROVINCE_PASSWORD ?? 'hub-demo-2025' })).sessionCreate.accessToken;
    const dispatcher = await login(`${county.code}.dispatcher1`);
    const watcher = await login('province.admin');
    if (!dispatcher || !watcher) throw new Error(`could not log in as ${county.code}.dispatcher1 / province.admin`);
    const dispatchOne = async () => {
      const c = pending[next++];
      if (!c) throw new Error('out of prepared cases');
      const data = await gql(hub.url, DISPATCH, { id: gid('Case', c.id), version: c.version, lead: gid('Agency', lead.id) }, dispatcher);
      if (data.caseDispatch.userErrors.length) throw new Error(JSON.stringify(data.caseDispatch.userErrors));
    };
    await timedCount(dispatchOne, 80, concurrency); // warm-up
    const sql = await statementsPerRequest(db, dispatchOne, 20, Number(process.env.SHOW_SQL ?? 0));
    for (const s of sql.statements) log(`      ${String(s.calls).padStart(5)} × ${String(s.ms).padStart(7)} ms  ${s.query}`);

    const scenario = async (label, subs, centerId) => {
      const conn = subs ? await subscribe(hub.url.replace(/^http/, 'ws'), watcher, centerId, subs) : undefined;
      const rss = rssMiB(hub.pid);
      const before = next;
      const cpu0 = cpuMs(hub.pid);
      const { latencies, seconds } = await timedCount(dispatchOne, mutations, concurrency);
      const done = next - before;
      const cpu = (cpuMs(hub.pid) - cpu0) / done;
      latencies.sort((a, b) => a - b);
      if (conn) {
        const due = centerId === county.id ? done * conn.ready : 0;
        const deadline = Date.now() + 30_000;
        while (conn.received < due && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      }
      rows.push({
        label, perSecond: done / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), cpu,
        sql: subs ? undefined : sql.perRequest, sqlMs: subs ? undefined : sql.msPerRequest, rss, delivered: conn && centerId === county.id ? `${conn.received} of ${done * conn.ready}` : conn ? `${conn.received} (none due)` : '',
        failed: conn?.failed ?? 0,
      });
      await conn?.close();
    };
    await scenario('no subscribers', 0);
    await scenario('1,000 subscribers of another county', 1000, other.id);
    await scenario('1,000 subscribers receiving every event', 1000, county.id);
    return rows;
  } finally {
    await db.end().catch(() => undefined);
    await stopServer(hub);
    await withAdmin(url, (admin) => admin.query(`drop database if exists ${copy} with (force)`)).catch((e) => log(`  could not drop ${copy}: ${e.message}`));
  }
}

/** `count` requests at a fixed concurrency (a count, not a duration: each dispatch uses up a prepared case). */
async function timedCount(request, count, concurrency) {
  const latencies = [];
  let left = count;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (left > 0) {
      left -= 1;
      const start = performance.now();
      await request();
      latencies.push(performance.now() - start);
    }
  }));
  return { latencies, seconds: (performance.now() - t0) / 1000 };
}
