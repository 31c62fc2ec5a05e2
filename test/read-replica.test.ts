/**
 * 杭锦旗 and 伊金霍洛旗 on a real streaming replica (DATABASE_READ_URL). The replica's replay is paused so that
 * where a read went shows in its answer: the 受理员 who just received a case finds it in her ledger and her case
 * export (her own write, read from the primary) while the 主任, who wrote nothing, reads the replica's figures
 * and list without it; the 排班员 who just published a duty sees it in the public week while the citizen
 * mini-program (no login) still reads the replica's week. Once the replica lags past READ_REPLICA_MAX_LAG_MS
 * everyone reads the primary; when the replica stops mid-run, every one of these reads is answered from the
 * primary, correctly and without an error.
 */
import { Writable } from 'node:stream';
import { print } from 'graphql';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.js';
import { graphql } from './gql/index.js';
import { CaseCreate } from './support/cases.js';
import { testConfig } from './support/hub.js';
import { gql, token } from './support/process.js';
import { startReplicatedPostgres, type ReplicatedPostgres } from './support/replica.js';

const Ledger = graphql(`query ReplicaLedger($centerId: ID) { ledger(centerId: $centerId, period: { kind: YEAR }) { totals { received } } }`);
const Hangjin = graphql(`query ReplicaHangjin { centers(first: 1, filter: { search: "150625", level: COUNTY }) { nodes { id } } }`);
const Ejinhoro = graphql(`query ReplicaEjinhoro { centers(first: 1, filter: { search: "150627", level: COUNTY }) { nodes { id } } }`);
const Leaders = graphql(`query ReplicaLeaders { users(first: 20, filter: { role: LEADER }) { nodes { id username } } }`);
const DutySet = graphql(`mutation ReplicaDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }`);
const Publish = graphql(`mutation ReplicaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }`);
const PublicationNumber = graphql(`query ReplicaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }`);
const PublicWeek = graphql(`query ReplicaPublicWeek($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind name } }`);

let pgs: ReplicatedPostgres;
let hub: Hub;
const lines: string[] = [];
const waiters: (() => void)[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    for (const w of waiters.splice(0)) w();
    done();
  },
});
/** Resolves when the hub has logged a line matching `pattern` after line `from`. */
async function logged(pattern: RegExp, from: number): Promise<void> {
  while (!lines.slice(from).some((l) => pattern.test(l))) await new Promise<void>((resolve) => waiters.push(resolve));
}

beforeAll(async () => {
  pgs = await startReplicatedPostgres();
  const admin = new pg.Client({ connectionString: pgs.primary.url('postgres') });
  await admin.connect();
  await admin.query('create database hub');
  await admin.end();
  // The new database reaches the replica through the WAL like everything else.
  const standby = new pg.Client({ connectionString: pgs.replicaUrl('postgres') });
  await standby.connect();
  while ((await standby.query(`select 1 from pg_database where datname = 'hub'`)).rowCount === 0) await standby.query('select pg_sleep(0.05)');
  await standby.end();
  const config = testConfig(pgs.primary.url('hub'), { DATABASE_READ_URL: pgs.replicaUrl('hub'), READ_REPLICA_MAX_LAG_MS: '10000', SEED_DEMO: 'true' });
  hub = await startHub(config, pino({ level: 'info' }, sink));
}, 180_000);
afterAll(async () => {
  await hub?.close();
  await pgs?.close();
});

/** Waits until the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp(): Promise<void> {
  const primary = new pg.Client({ connectionString: pgs.primary.url('hub') });
  const standby = new pg.Client({ connectionString: pgs.replicaUrl('hub') });
  await Promise.all([primary.connect(), standby.connect()]);
  try {
    const { rows: [{ lsn }] } = await primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
    while (!(await standby.query<{ done: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [lsn])).rows[0]!.done) {
      await standby.query('select pg_sleep(0.05)');
    }
  } finally {
    await Promise.all([primary.end(), standby.end()]);
  }
}

let dispatcher: string;
let leader: string;
let scheduler: string;
let hangjin: string;
let ejinhoro: string;
/** A duty far from the demo rota, so that publishing it touches nothing else. */
const DUTY_DAY = '2030-06-04';
const TITLE = '复制延迟：工地欠薪';

const receive = async (title: string) => {
  const created = await gql(hub.url, print(CaseCreate), { input: { centerId: hangjin, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title, description: '来电反映工资未结清', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '工人' }] } }, dispatcher);
  expect(created.errors).toBeUndefined();
  expect(created.data!.caseCreate.userErrors).toEqual([]);
};
const receivedInLedger = async (who: string) => {
  const res = await gql(hub.url, print(Ledger), { centerId: hangjin }, who);
  expect(res.errors).toBeUndefined();
  return res.data!.ledger.totals.received as number;
};
/** The titles in the case list export (CSV) of 杭锦旗 as `who` downloads it. */
const exportedTitles = async (who: string) => {
  const filter = encodeURIComponent(JSON.stringify({ centerSubtreeOf: hangjin }));
  const res = await fetch(new URL(`/exports/cases.csv?filter=${filter}`, hub.url), { headers: { authorization: `Bearer ${who}` } });
  const body = await res.text();
  expect(res.status, body).toBe(200);
  return body;
};
/** Who is on reception duty on DUTY_DAY in 伊金霍洛旗's public week, as `who` (or no one signed in) reads it. */
const publicDuty = async (who?: string) => {
  const res = await gql(hub.url, print(PublicWeek), { code: '150627', from: DUTY_DAY }, who);
  expect(res.errors).toBeUndefined();
  return (res.data!.publicDuties as { date: string; kind: string; name: string }[]).filter((d) => d.date === DUTY_DAY).map((d) => d.name);
};

describe('reads that tolerate staleness on a streaming replica', () => {
  beforeAll(async () => {
    [dispatcher, leader, scheduler] = await Promise.all([token(hub.url, 'hj.dispatcher'), token(hub.url, 'hj.leader'), token(hub.url, 'yj.scheduler')]);
    hangjin = (await gql(hub.url, print(Hangjin), undefined, leader)).data!.centers.nodes[0].id as string;
    ejinhoro = (await gql(hub.url, print(Ejinhoro), undefined, scheduler)).data!.centers.nodes[0].id as string;
    // The replica has replayed the demo data (the hub follows its WAL position once a second at most).
    while (!hub.db.replica!.forkFor(undefined)) await new Promise((r) => setTimeout(r, 20));
  });

  it('serves case exports and the public duty week from the replica, a client’s own writes from the primary', async () => {
    const admin = await token(hub.url, 'admin');
    const leaders = (await gql(hub.url, print(Leaders), undefined, admin)).data!.users.nodes as { id: string; username: string }[];
    const wang = leaders.find((u) => u.username === 'yj.leader')!.id;
    expect(await publicDuty()).toEqual([]);

    await pgs.onReplica('select pg_wal_replay_pause()');
    try {
      await receive(TITLE);
      const set = await gql(hub.url, print(DutySet), { input: { centerId: ejinhoro, kind: 'RECEPTION', date: DUTY_DAY, userId: wang, room: '一楼接访室' } }, scheduler);
      expect(set.data!.dutySet.userErrors).toEqual([]);
      const n = (await gql(hub.url, print(PublicationNumber), { centerId: ejinhoro }, scheduler)).data!.rotaPublicationNumber as number;
      const published = await gql(hub.url, print(Publish), { input: { centerId: ejinhoro, startDate: DUTY_DAY, endDate: DUTY_DAY, expectedPublication: n, acknowledgeGaps: true } }, scheduler);
      expect(published.data!.rotaPublish.userErrors).toEqual([]);

      expect(await exportedTitles(dispatcher)).toContain(TITLE); // her own write: from the primary
      expect(await exportedTitles(leader)).not.toContain(TITLE); // the replica, paused before the case arrived
      expect(await publicDuty(scheduler)).toEqual(['王志刚']); // the publisher reads back his own publication
      expect(await publicDuty()).toEqual([]); // the mini-program, signed in as no one: the replica
    } finally {
      await pgs.onReplica('select pg_wal_replay_resume()');
    }
    await replicaCaughtUp();
  }, 120_000);

  it('serves the ledger from the replica, a client’s own writes from the primary, and falls back when it lags', async () => {
    await replicaCaughtUp();
    while (!hub.db.replica!.forkFor(undefined)) await new Promise((r) => setTimeout(r, 20));
    const before = await receivedInLedger(leader);

    await pgs.onReplica('select pg_wal_replay_pause()');
    const from = lines.length;
    await receive('工地欠薪');
    expect(await receivedInLedger(dispatcher)).toBe(before + 1); // her own write: from the primary
    expect(await receivedInLedger(leader)).toBe(before); // the replica, paused before the case arrived

    await logged(/read replica lags/, from);
    expect(await receivedInLedger(leader)).toBe(before + 1); // lagging beyond the bound: the primary

    await pgs.onReplica('select pg_wal_replay_resume()');
    await logged(/read replica caught up/, from);
    expect(hub.db.replica!.forkFor(undefined)).toBeDefined();
    expect(await receivedInLedger(leader)).toBe(before + 1);
  }, 120_000);

  it('answers every stale-tolerant read from the primary when the replica stops mid-run', async () => {
    await replicaCaughtUp();
    while (!hub.db.replica!.forkFor(undefined)) await new Promise((r) => setTimeout(r, 20));
    const ledger = await receivedInLedger(leader);
    // A read that chose the replica just before it went down.
    const chosen = hub.db.replica!.forkFor(undefined)!;
    const [onReplica] = await chosen.execute<{ standby: boolean }[]>('select pg_is_in_recovery() as standby');
    expect(onReplica!.standby).toBe(true);

    const down = lines.length;
    await pgs.stopReplica();
    // Its next statement fails on the replica and runs on the primary: an answer, not an error.
    const [after] = await chosen.execute<{ standby: boolean }[]>('select pg_is_in_recovery() as standby');
    expect(after!.standby).toBe(false);
    expect(await receivedInLedger(leader)).toBe(ledger);
    expect(await exportedTitles(leader)).toContain(TITLE);
    expect(await publicDuty()).toEqual(['王志刚']);
    await logged(/read replica unreachable/, down);
    expect(hub.db.replica!.forkFor(undefined)).toBeUndefined();
    // Warnings, once per change of state (not once per check or per failed statement).
    expect(lines.slice(down).filter((l) => /read replica unreachable/.test(l)).map((l) => JSON.parse(l).level)).toEqual([40]);
  }, 120_000);
});
