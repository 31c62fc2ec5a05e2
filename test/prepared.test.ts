/**
 * Named prepared statements (src/shared/prepared.ts): the same rows as MikroORM's inlined execution,
 * a bounded number of statements per connection, and a connection that stays usable after a failure.
 * The hub here has a pool of two connections and the test holds one, so every statement meets the same session.
 */
import type { Pool, PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numbered, PREPARED_PER_CONNECTION, preparedSelect } from '../src/shared/prepared.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let held: PoolClient | undefined;
beforeAll(async () => {
  t = await startTestHub({ DB_POOL_MAX: '2' });
  held = await ((await t.hub.db.orm.em.getConnection().getNativeClient()) as Pool).connect();
});
afterAll(async () => {
  held?.release();
  await t?.close();
});
const em = () => t.hub.db.orm.em.fork();

describe('prepared statements', () => {
  it('numbers MikroORM placeholders as PostgreSQL parameters', () => {
    expect(numbered('select ? as a, x.y = ? and z in (?, ?)')).toBe('select $1 as a, x.y = $2 and z in ($3, $4)');
    expect(numbered(`select 'a\\?' as q, ?`)).toBe(`select 'a?' as q, $1`);
    expect(numbered('select ?? from t')).toBeUndefined();
  });

  it('answers what the ORM answers, for every kind of parameter', async () => {
    const sql = `select ?::int as n, ?::text as s, ?::timestamptz as at, ?::boolean as b, ?::text as nothing,
      (select count(*)::int from hub_case where received_at < ?) as older`;
    const params = [42, "O'Brien ? 工资", new Date('2026-03-04T05:06:07.089Z'), true, null, new Date('2026-06-01T00:00:00Z')];
    const prepared = await preparedSelect(em(), sql, params);
    const inlined = await em().execute(sql, params);
    expect(prepared).toEqual(inlined);
    expect(prepared[0]).toMatchObject({ n: 42, s: "O'Brien ? 工资", b: true, nothing: null });
  });

  it('prepares each text once per connection and keeps at most the bound', async () => {
    const count = async () => (await preparedSelect<{ n: number }>(em(), `select count(*)::int as n from pg_prepared_statements where name like 'hub\\_%'`))[0]!.n;
    const before = await count();
    await preparedSelect(em(), 'select ?::int + 1 as v', [1]);
    await preparedSelect(em(), 'select ?::int + 1 as v', [2]);
    expect(await count()).toBe(before + 1);
    for (let i = 0; i < PREPARED_PER_CONNECTION + 20; i += 1) {
      const [row] = await preparedSelect<{ v: number }>(em(), `select ?::int + ${i} as v`, [1]);
      expect(row!.v).toBe(1 + i);
    }
    expect(await count()).toBe(PREPARED_PER_CONNECTION);
    // Statements that failed to parse take no room and are skipped when their turn to go comes.
    for (let i = 0; i < 3; i += 1) await expect(preparedSelect(em(), `select nothing_${i} where ? = 1`, [1])).rejects.toThrow(/nothing_/);
    for (let i = 0; i < PREPARED_PER_CONNECTION; i += 1) await preparedSelect(em(), `select ?::int - ${i} as v`, [1]);
    expect(await count()).toBe(PREPARED_PER_CONNECTION);
    // A statement deallocated to make room is prepared again when it comes back.
    const [again] = await preparedSelect<{ v: number }>(em(), 'select ?::int + 0 as v', [7]);
    expect(again!.v).toBe(7);
  });

  it('rejects a failing statement and keeps the connection usable', async () => {
    await expect(preparedSelect(em(), 'select 1 / ?::int as v', [0])).rejects.toThrow(/division by zero/);
    await expect(preparedSelect(em(), 'select nonsense from nowhere where ? = 1', [1])).rejects.toThrow(/nowhere/);
    const [row] = await preparedSelect<{ v: number }>(em(), 'select 1 / ?::int as v', [1]);
    expect(row!.v).toBe(1);
  });

  it('runs through the EntityManager inside a transaction, seeing its uncommitted writes', async () => {
    const fork = em();
    await fork.transactional(async (tx) => {
      await tx.execute(`create temporary table prepared_probe (v int) on commit drop`);
      await tx.execute(`insert into prepared_probe values (5)`);
      const rows = await preparedSelect<{ v: number }>(tx, 'select v from prepared_probe where v = ?', [5]);
      expect(rows).toEqual([{ v: 5 }]);
    });
  });

  it('falls back for parameters that are not plain values', async () => {
    const rows = await preparedSelect<{ n: number }>(em(), 'select count(*)::int as n from hub_case where id in (?)', [[1, 2, 3]]);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});
