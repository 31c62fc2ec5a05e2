/**
 * 杭锦旗's ledger on a real streaming replica (DATABASE_READ_URL). The replica's replay is paused so that where a
 * read went shows in its answer: the 受理员 who just received a case sees it in her ledger (her own write, read
 * from the primary) while the 主任, who wrote nothing, reads the replica's figure without it; once the replica
 * lags past READ_REPLICA_MAX_LAG_MS everyone reads the primary; after it catches up, and after it goes down,
 * the ledger keeps answering.
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
  const config = testConfig(pgs.primary.url('hub'), { DATABASE_READ_URL: pgs.replicaUrl('hub'), READ_REPLICA_MAX_LAG_MS: '3000', SEED_DEMO: 'true' });
  hub = await startHub(config, pino({ level: 'info' }, sink));
}, 180_000);
afterAll(async () => {
  await hub?.close();
  await pgs?.close();
});

describe('reads that tolerate staleness on a streaming replica', () => {
  it('serves the ledger from the replica, a client’s own writes from the primary, and falls back when it lags or is down', async () => {
    const dispatcher = await token(hub.url, 'hj.dispatcher');
    const leader = await token(hub.url, 'hj.leader');
    const center = (await gql(hub.url, print(Hangjin), undefined, leader)).data!.centers.nodes[0].id as string;
    const received = async (who: string) => {
      const res = await gql(hub.url, print(Ledger), { centerId: center }, who);
      expect(res.errors).toBeUndefined();
      return res.data!.ledger.totals.received as number;
    };
    // The replica has replayed the demo data (the hub follows its WAL position once a second at most).
    while (!hub.db.replica!.forkFor(undefined)) await new Promise((r) => setTimeout(r, 20));
    const before = await received(leader);

    await pgs.onReplica('select pg_wal_replay_pause()');
    const from = lines.length;
    const created = await gql(hub.url, print(CaseCreate), { input: { centerId: center, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title: '工地欠薪', description: '来电反映工资未结清', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '工人' }] } }, dispatcher);
    expect(created.errors).toBeUndefined();
    expect(created.data!.caseCreate.userErrors).toEqual([]);
    expect(await received(dispatcher)).toBe(before + 1); // her own write: from the primary
    expect(await received(leader)).toBe(before); // the replica, paused before the case arrived

    await logged(/read replica lags/, from);
    expect(await received(leader)).toBe(before + 1); // lagging beyond the bound: the primary

    await pgs.onReplica('select pg_wal_replay_resume()');
    await logged(/read replica caught up/, from);
    expect(hub.db.replica!.forkFor(undefined)).toBeDefined();
    expect(await received(leader)).toBe(before + 1);

    const down = lines.length;
    await pgs.stopReplica();
    await logged(/read replica unreachable/, down);
    expect(hub.db.replica!.forkFor(undefined)).toBeUndefined();
    expect(await received(leader)).toBe(before + 1);
    // Warnings, once per change of state (not once per check).
    expect(lines.slice(down).filter((l) => /read replica unreachable/.test(l)).map((l) => JSON.parse(l).level)).toEqual([40]);
  }, 120_000);
});
