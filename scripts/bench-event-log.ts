/**
 * `npm run bench:event-log` — what partitioning the event log by month costs: the same events written the
 * hub's way (`writeOutbox`: counter row, one insert from jsonb_to_recordset, one NOTIFY, commit) into the
 * log as it was (one table, primary key seq) and as it is (partitioned by month of `at`, primary key
 * (seq, at)), each in its own database of one fresh embedded PostgreSQL with the hub's migrations. Prints
 * µs per event and per transaction, MB per million events (pg_total_relation_size, indexes included) and
 * the cost of the hub's two reads of the log (the live pull and a resume). Asserts nothing.
 *
 * PostgreSQL runs with synchronous_commit=off (see below). The two layouts are filled in alternating rounds, so that load from elsewhere on the machine falls on
 * both alike. Env: BENCH_EVENTS (default 1000000 per layout), EVENTS_PER_TX (default 10: a dispatch to a
 * lead and cooperating agencies writes a few; the intake of a batch more), CONCURRENCY (default 4
 * writers; the counter row serialises them, as in the hub), ROUNDS (default 4).
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, migrate } from '../src/db/database.js';
import { startEmbedded } from '../src/db/embedded.js';
import { ormConfig } from '../src/db/orm-config.js';
import { writeOutbox, type OutboxEvent } from '../src/shared/event-log/outbox.js';
import { createLogger } from '../src/shared/logger.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PER_TX = Number(process.env.EVENTS_PER_TX ?? 10);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 4);
const ROUNDS = Number(process.env.ROUNDS ?? 4);
const PARTITIONING = 'Migration20261130163117_eventLogPartitions';

const log = createLogger((process.env.LOG_LEVEL as 'warn' | undefined) ?? 'warn');
const dir = mkdtempSync(join(tmpdir(), 'hub-evlog-'));
chmodSync(dir, 0o755);
/** A port nobody listens on now (a random one collided with other clusters on a shared machine). */
const freePort = () => new Promise<number>((resolve, reject) => {
  const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});
// synchronous_commit=off: a commit does not wait for its WAL flush, which costs both layouts the disk's
// fsync latency alike and would hide the insert's own cost (the figure measured here).
const cluster = await startEmbedded(join(dir, 'pg'), await freePort(), log, ['-c', 'synchronous_commit=off']);

/** One database per layout: every migration applied; the flat one then has the partitioning undone. */
async function open(name: string, partitioned: boolean): Promise<MikroORM> {
  const url = cluster.url(name);
  await ensureDatabase(url);
  const orm = await MikroORM.init(ormConfig(url, CONCURRENCY + 1));
  await migrate(orm);
  if (!partitioned) await orm.migrator.down({ migrations: [PARTITIONING] });
  return orm;
}

/** An assignment event as `publishCaseEvents` writes it for a dispatch (same fields, typical sizes). */
function event(i: number): OutboxEvent {
  const caseId = 1_000_000 + i;
  return {
    topic: 'assignment', type: 'DISPATCHED', caseId, centerId: 40 + (i % 200),
    scope: { centerPaths: [`/1/5/${40 + (i % 200)}/`, '/1/5/'], agencyIds: [300 + (i % 97), 400 + (i % 89)], mediatorIds: [] },
    payload: {
      caseId: Buffer.from(`Case:${caseId}`).toString('base64url'), number: `杭锦综治〔2026〕${String(i % 100_000).padStart(5, '0')}号`,
      title: '72名务工人员欠薪纠纷', status: 'DISPATCHED', riskLevel: 'MEDIUM', label: '已分派', fromStatus: 'ACCEPTED', toStatus: 'DISPATCHED',
      actorId: Buffer.from('User:12').toString('base64url'), timelineSeq: String(i),
      details: { assignments: [{ role: 'LEAD', agency: '人社局' }, { role: 'COOPERATING', agency: '林草局' }], note: '请于3个工作日内联系申请人' },
    },
  };
}

interface Layout { name: string; orm: MikroORM; ms: number; events: number; transactions: number }

async function fill(layout: Layout, count: number, offset: number): Promise<void> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    for (;;) {
      const from = next;
      if (from >= count) return;
      next += PER_TX;
      const events = Array.from({ length: Math.min(PER_TX, count - from) }, (_, k) => event(offset + from + k));
      await layout.orm.em.fork().transactional((em) => writeOutbox(em, events));
      layout.transactions += 1;
    }
  }));
  layout.ms += performance.now() - started;
  layout.events += count;
}

async function figures(layout: Layout) {
  const em = layout.orm.em.fork();
  await em.execute('analyze hub_event');
  // A partitioned table has no storage of its own: its size is its partitions'.
  const [size] = await em.execute<{ bytes: string; parts: number }[]>(
    `select case when (select relkind from pg_class where oid = 'hub_event'::regclass) = 'p'
              then (select sum(pg_total_relation_size(relid)) from pg_partition_tree('hub_event') where isleaf)
              else pg_total_relation_size('hub_event') end::bigint as bytes,
            (select count(*) from pg_partition_tree('hub_event') where isleaf and relid <> 'hub_event'::regclass)::int as parts`);
  const [counter] = await em.execute<{ last: string }[]>('select last from hub_event_counter where id = 1');
  const last = Number(counter!.last);
  // The live pull (EventHub.pull) and a resume (EventHub.range for assignmentEvents), from random positions.
  const time = async (sql: string, params: (seq: number) => unknown[]) => {
    const runs = 300;
    const started = performance.now();
    for (let r = 0; r < runs; r++) await em.execute(sql, params(Math.floor(Math.random() * (last - 600))));
    return (performance.now() - started) / runs;
  };
  const pull = await time('select * from hub_event where seq > ? order by seq limit 500', (s) => [s]);
  const resume = await time(`select * from hub_event where seq > ? and seq <= ? and topic = any(?::text[]) order by seq limit 500`, (s) => [s, s + 500, '{assignment}']);
  const mbPerMillion = (Number(size!.bytes) / 1024 / 1024) * (1_000_000 / layout.events);
  return {
    layout: layout.name, events: layout.events, partitions: size!.parts,
    usPerEvent: Math.round((layout.ms * 1000) / layout.events * 10) / 10,
    usPerTransaction: Math.round((layout.ms * 1000) / layout.transactions),
    eventsPerSecond: Math.round(layout.events / (layout.ms / 1000)),
    mbPerMillion: Math.round(mbPerMillion * 10) / 10,
    pullMs: Math.round(pull * 100) / 100, resumeMs: Math.round(resume * 100) / 100,
  };
}

try {
  const layouts: Layout[] = [
    { name: 'one table (before)', orm: await open('evlog_flat', false), ms: 0, events: 0, transactions: 0 },
    { name: 'monthly partitions (after)', orm: await open('evlog_partitioned', true), ms: 0, events: 0, transactions: 0 },
  ];
  console.log(`event log: ${EVENTS} events per layout, ${PER_TX} per transaction, ${CONCURRENCY} writers, ${ROUNDS} alternating rounds`);
  const perRound = Math.ceil(EVENTS / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? layouts : [...layouts].reverse();
    for (const layout of order) await fill(layout, Math.min(perRound, EVENTS - round * perRound), round * perRound);
    console.log(`  round ${round + 1}/${ROUNDS} done`);
  }
  const rows = [];
  for (const layout of layouts) rows.push(await figures(layout));
  console.table(rows);
  console.log(JSON.stringify(rows));
  for (const layout of layouts) await layout.orm.close();
} finally {
  await cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
