/**
 * Bounded growth (issue #18): the event log is partitioned by month and months past EVENT_RETENTION_DAYS
 * are dropped; a subscriber resuming from a cursor whose events were dropped is told to reload
 * (CURSOR_EXPIRED), never handed a silent gap; throttle rows and idempotency keys are purged on their own.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { ormConfig } from '../src/db/orm-config.js';
import { purgeCitizenSubmissions } from '../src/modules/citizen/citizen.service.js';
import { toCursor } from '../src/shared/event-log/cursor.js';
import { dropExpiredEventPartitions, ensureEventPartitions } from '../src/shared/event-log/retention.js';
import { localId } from '../src/shared/ids.js';
import { purgeThrottles } from '../src/shared/throttle.js';
import { graphql } from './gql/index.js';
import { factories, type Desk, type Factories } from './support/factories.js';
import { cloneDatabase, startTestHub, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const Assignments = graphql(`
  subscription EvAssignments($after: String) { assignmentEvents(after: $after) { cursor seq topic caseNumber } }
`);
const CaseStream = graphql(`
  subscription EvCaseStream($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq topic type } }
`);
const CenterStream = graphql(`
  subscription EvCenterStream($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor seq topic caseNumber } }
`);

const MIGRATION = 'Migration20261130163117_eventLogPartitions';
const DAY = 86_400_000;
const monthName = (d: Date) => `hub_event_p${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));

let t: TestHub;
let f: Factories;
/** A county built for this file: its dispatcher takes the cases in, its agency's staff receive them. */
let desk: Desk;
const em = () => t.hub.db.orm.em.fork();
const partitionNames = async () =>
  (await t.sql<{ name: string }>(`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'hub_event'::regclass`)).map((r) => r.name);

/** A wage claim at the desk, received or dispatched to the desk's agency (one ASSIGNMENT event for its staff). */
const newCase = (title: string, status: 'RECEIVED' | 'DISPATCHED' = 'RECEIVED') =>
  f.case(desk, { status, input: { categoryCode: 'WAGE_ARREARS', title, description: '拖欠工资' } });

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  desk = await f.desk();
});

afterAll(async () => {
  await t?.close();
});

describe('EVENT_RETENTION_DAYS', () => {
  const env = { NODE_ENV: 'test', TOKEN_SECRET: 'x'.repeat(32), DATA_DIR: '/tmp' };
  it('keeps 400 days unless told more, and refuses less with a message naming the setting', () => {
    expect(loadConfig(env).eventRetentionDays).toBe(400);
    expect(loadConfig({ ...env, EVENT_RETENTION_DAYS: '730' }).eventRetentionDays).toBe(730);
    expect(() => loadConfig({ ...env, EVENT_RETENTION_DAYS: '30' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, EVENT_RETENTION_DAYS: '30' })).toThrow(/EVENT_RETENTION_DAYS="30" must be a whole number of days from 400/);
    expect(() => loadConfig({ ...env, IDEMPOTENCY_RETENTION: '2h' })).toThrow(/IDEMPOTENCY_RETENTION must be at least 1d/);
  });
});

describe('the event log’s monthly partitions', () => {
  it('exist for this month and three ahead; months wholly past the retention are dropped, later ones kept', async () => {
    const now = new Date();
    const names = await partitionNames();
    for (let i = 0; i <= 3; i++) expect(names).toContain(monthName(addMonths(now, i)));

    // The hub was down over New Year 2031: on start it creates that month and three ahead.
    expect(await ensureEventPartitions(em(), new Date(Date.UTC(2031, 0, 15)))).toEqual(['hub_event_p2031_01', 'hub_event_p2031_02', 'hub_event_p2031_03', 'hub_event_p2031_04']);
    expect(await ensureEventPartitions(em(), new Date(Date.UTC(2031, 0, 20)))).toEqual([]);

    // Months of 2020 are past 400 days; the current months and 2031's stay.
    await ensureEventPartitions(em(), new Date(Date.UTC(2020, 0, 10)));
    const dropped = await dropExpiredEventPartitions(em(), now, 400);
    expect(dropped).toEqual(['hub_event_p2020_01', 'hub_event_p2020_02', 'hub_event_p2020_03', 'hub_event_p2020_04']);
    const left = await partitionNames();
    expect(left).toContain(monthName(now));
    expect(left).toContain('hub_event_p2031_04');
    expect(left.some((n) => n.startsWith('hub_event_p2020'))).toBe(false);

    // A month goes only once its last day is 400 days old: the month of 399 days ago stays.
    await ensureEventPartitions(em(), new Date(now.getTime() - 399 * DAY));
    expect(await dropExpiredEventPartitions(em(), now, 400)).not.toContain(monthName(new Date(now.getTime() - 399 * DAY)));
  });

  it('the migration moves every existing event of a live log into the partitions, by month', async () => {
    const db = await cloneDatabase();
    const orm = await MikroORM.init(ormConfig(db.url, 2));
    try {
      await orm.migrator.down({ migrations: [MIGRATION] });
      const sql = orm.em.fork();
      const kind = async () => (await sql.execute<{ relkind: string }[]>(`select relkind from pg_class where relname = 'hub_event'`))[0]!.relkind;
      expect(await kind()).toBe('r');
      // Two events of two years ago on top of the demo's, under the next sequence numbers.
      await sql.execute(`insert into hub_event (seq, topic, type, at, scope, payload)
        select last + i, 'case', 'RECEIVED', now() - interval '2 years', '{"centerPaths":[],"agencyIds":[],"mediatorIds":[]}', '{}'
          from hub_event_counter, generate_series(1, 2) as i`);
      await sql.execute(`update hub_event_counter set last = last + 2`);
      const before = await sql.execute<{ seq: string; at: string }[]>(`select seq, at::text from hub_event order by seq`);

      await orm.migrator.up({ migrations: [MIGRATION] });
      expect(await kind()).toBe('p');
      const after = await sql.execute<{ seq: string; at: string; part: string; month: string }[]>(
        `select seq, at::text, tableoid::regclass::text as part, 'hub_event_p' || to_char(at at time zone 'UTC', 'YYYY_MM') as month from hub_event order by seq`);
      expect(after.map((r) => [r.seq, r.at])).toEqual(before.map((r) => [r.seq, r.at]));
      expect(after.filter((r) => r.part !== r.month)).toEqual([]);
      expect(new Set(after.map((r) => r.part)).size).toBe(2); // the demo's month and the month two years ago
      const names = (await sql.execute<{ name: string }[]>(`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'hub_event'::regclass`)).map((r) => r.name);
      expect(names).toContain(monthName(new Date(Date.now() - 730 * DAY)));
      expect(names).toContain(monthName(addMonths(new Date(), 3)));
    } finally {
      await orm.close();
      await db.drop();
    }
  });
});

describe('a resume cursor older than the retained log', () => {
  it('is refused with CURSOR_EXPIRED on assignmentEvents, caseEvents and centerEvents; a cursor inside the log still resumes', async () => {
    const hr = desk.staff.token;
    const dispatcher = desk.dispatcher.token;
    const live = collect(t.ws(hr), Assignments, {});
    await live.until((c) => c.data.length >= 1);
    const beforeAll = live.data[0]!.assignmentEvents.cursor; // the SUBSCRIBED message: everything before it delivered
    const wage = await newCase('72名工人欠薪', 'DISPATCHED');
    await live.until((c) => c.data.length >= 2);
    const { cursor: wageCursor, seq: wageSeq } = live.data[1]!.assignmentEvents;
    const fence = await newCase('工地围挡纠纷', 'DISPATCHED');
    await live.until((c) => c.data.length >= 3);
    live.dispose();

    // Every event up to the wage case's dispatch is made two years old, and that month goes past retention.
    const old = new Date(Date.now() - 730 * DAY);
    await ensureEventPartitions(em(), old);
    await t.sql(`update hub_event set at = $1 where seq <= $2`, [old, wageSeq]);
    expect(await dropExpiredEventPartitions(em(), new Date(), 400)).toContain(monthName(old));

    const expired = [
      collect(t.ws(hr), Assignments, { after: beforeAll }),
      collect(t.ws(dispatcher), CaseStream, { caseId: wage.id, after: beforeAll }),
      collect(t.ws(dispatcher), CenterStream, { centerId: desk.center.id, after: beforeAll }),
    ];
    for (const stream of expired) {
      await expect(stream.until(() => false)).rejects.toThrow(/"code":"CURSOR_EXPIRED"/);
      expect(JSON.stringify(stream.error)).toContain('续传游标已过期');
      expect(stream.data).toEqual([]); // not one event of a stream with a hole in it
    }

    // The wage dispatch is the last event dropped: its cursor misses nothing and resumes.
    const resumed = collect(t.ws(hr), Assignments, { after: wageCursor });
    await resumed.until((c) => c.data.some((d) => d.assignmentEvents.topic === 'SYSTEM'));
    expect(resumed.data.map((d) => [d.assignmentEvents.topic, d.assignmentEvents.caseNumber])).toEqual([['ASSIGNMENT', fence.number], ['SYSTEM', null]]);
    resumed.dispose();
  });
});

describe('a resume cursor ahead of the log', () => {
  it('(a database restored or reset under the client) is refused with CURSOR_EXPIRED, not resumed with every event up to it skipped', async () => {
    const [{ last }] = await t.sql<{ last: string }>('select last from hub_event_counter where id = 1');
    const ahead = toCursor(BigInt(last) + 1_000n);
    const streams = [
      collect(t.ws(desk.staff.token), Assignments, { after: ahead }),
      collect(t.ws(desk.dispatcher.token), CenterStream, { centerId: desk.center.id, after: ahead }),
    ];
    for (const stream of streams) {
      await expect(stream.until(() => false)).rejects.toThrow(/"code":"CURSOR_EXPIRED"/);
      expect(JSON.stringify(stream.error)).toContain('超出事件日志');
      expect(stream.data).toEqual([]);
    }

    // The log's last event is a cursor like any other: the next dispatch arrives.
    const head = collect(t.ws(desk.staff.token), Assignments, { after: toCursor(BigInt(last)) });
    await head.until((c) => c.data.some((d) => d.assignmentEvents.topic === 'SYSTEM'));
    const next = await newCase('林地补偿纠纷', 'DISPATCHED');
    await head.until((c) => c.data.some((d) => d.assignmentEvents.caseNumber === next.number));
    head.dispose();
  });
});

describe('purges', () => {
  it('forget throttle rows only once their window and their block ended longer ago than THROTTLE_RETENTION', async () => {
    await t.sql(`insert into throttle (bucket, failures, window_started_at, blocked_until) values
      ('evlog:old-window', 2, now() - interval '2 days', null),
      ('evlog:old-block', 5, now() - interval '3 days', now() - interval '2 days'),
      ('evlog:still-blocked', 5, now() - interval '3 days', now() + interval '1 hour'),
      ('evlog:block-ended-recently', 5, now() - interval '3 days', now() - interval '1 hour'),
      ('evlog:fresh', 1, now(), null)`);
    expect(await purgeThrottles(em(), 86_400)).toBe(2);
    const left = await t.sql<{ bucket: string }>(`select bucket from throttle where bucket like 'evlog:%' order by bucket`);
    expect(left.map((r) => r.bucket)).toEqual(['evlog:block-ended-recently', 'evlog:fresh', 'evlog:still-blocked']);
  });

  it('forget citizen submissions (idempotency keys) only past IDEMPOTENCY_RETENTION; their cases stay', async () => {
    const key = await f.apiKey([desk.center], ['CASES_SUBMIT'], { name: '12345 热线' });
    const app = { id: localId(key.id, 'ApiKey')! };
    const a = await newCase('小区噪音');
    const b = await newCase('邻里漏水');
    const caseId = (c: { id: string }) => localId(c.id, 'Case')!;
    await t.sql(`insert into citizen_submission (api_key_id, idempotency_key, body_hash, case_id, response, created_at) values
      ($1, 'evlog-old-0001', repeat('a', 64), $2, '{}', now() - interval '31 days'),
      ($1, 'evlog-new-0002', repeat('b', 64), $3, '{}', now() - interval '29 days')`, [app.id, caseId(a), caseId(b)]);

    expect(await purgeCitizenSubmissions(em(), 30 * 86_400, 1)).toBe(1);
    const left = await t.sql<{ idempotency_key: string }>(`select idempotency_key from citizen_submission where api_key_id = $1`, [app.id]);
    expect(left.map((r) => r.idempotency_key)).toEqual(['evlog-new-0002']);
    const [cases] = await t.sql<{ n: number }>(`select count(*)::int as n from hub_case where id = any($1::int[])`, [[caseId(a), caseId(b)]]);
    expect(cases!.n).toBe(2);
  });
});
