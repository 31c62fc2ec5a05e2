/**
 * One home per rule: each rule's SQL form, evaluated by PostgreSQL over generated cases, gives the same
 * answer as its TypeScript form in Node — 超期 for several "today"s, a joint-meeting instruction's
 * 逾期未完成, and who may see a case for every kind of viewer (center staff, agency staff, mediator, leader,
 * the day's 楼长, province admin, auditor, scheduler, API keys with and without CASES_READ, a citizen).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOverdue, overdueSql } from '../src/modules/cases/overdue.js';
import { visibleTo, visibleToSql, type CaseReach } from '../src/modules/access/case-visibility.js';
import { instructionOverdueSql, isInstructionOverdue } from '../src/modules/meetings/instruction-overdue.js';
import { mayReceive } from '../src/modules/realtime/stream.js';
import { Role } from '../src/shared/role.js';
import { Viewer, type Grant } from '../src/shared/viewer.js';
import type { SqlFragment } from '../src/shared/sql-fragment.js';
import { addDays, centerPath, generateCases, insertCases, loadWorld, type GeneratedCase, type World } from './support/generated-cases.js';
import { cloneDatabase } from './support/hub.js';

const AROUND = '2027-03-10';
let drop: () => Promise<void>;
let db: pg.Client;
let world: World;
let cases: GeneratedCase[];

/** A fragment's `?` placeholders as pg's `$n`, after `before` parameters of the query around it. */
const pgText = (f: SqlFragment, before = 0) => {
  let n = before;
  return f.sql.replace(/\?/g, () => `$${++n}`);
};

beforeAll(async () => {
  const clone = await cloneDatabase();
  drop = clone.drop;
  db = new pg.Client({ connectionString: clone.url });
  await db.connect();
  world = await loadWorld(db);
  cases = await insertCases(db, world, generateCases(world, 600, AROUND));
});

afterAll(async () => {
  await db?.end();
  await drop?.();
});

describe('超期 (isOverdue / overdueSql)', () => {
  it('agrees for every generated case on days before, on and after their limits', async () => {
    const ids = cases.map((c) => c.id);
    let overdue = 0;
    for (const today of [addDays(AROUND, -15), addDays(AROUND, -3), AROUND, addDays(AROUND, 1), addDays(AROUND, 4), addDays(AROUND, 30)]) {
      const rule = overdueSql('c', today);
      const { rows } = await db.query<{ id: number; v: boolean | null }>(
        `select c.id, ${pgText(rule, 1)} as v from hub_case c where c.id = any($1::int[])`, [ids, ...rule.params]);
      const sql = new Map(rows.map((r) => [r.id, r.v]));
      for (const c of cases) {
        const ts = isOverdue(c, today);
        expect(sql.get(c.id), `${c.status} accept ${c.acceptDueDate} due ${c.dueDate} on ${today}`).toBe(ts);
        if (ts) overdue += 1;
      }
    }
    expect(overdue).toBeGreaterThan(50);
    expect(overdue).toBeLessThan(cases.length * 6 - 50);
  });

  it('splits the cases in two with `not`: a received case without a due date is "not overdue", not lost', async () => {
    const rule = overdueSql('c', AROUND);
    const ids = cases.map((c) => c.id);
    const count = async (sql: string) => Number((await db.query(`select count(*) as n from hub_case c where c.id = any($1::int[]) and ${sql}`, [ids, ...rule.params])).rows[0].n);
    const yes = await count(pgText(rule, 1));
    const no = await count(`not ${pgText(rule, 1)}`);
    expect(yes + no).toBe(cases.length);
    expect(cases.some((c) => c.status === 'RECEIVED' && c.dueDate === null && !isOverdue(c, AROUND))).toBe(true);
  });
});

describe('交办事项逾期未完成 (isInstructionOverdue / instructionOverdueSql)', () => {
  it('agrees over due dates around today, answered or not', async () => {
    const items = Array.from({ length: 40 }, (_, n) => ({
      dueDate: addDays(AROUND, (n % 9) - 4),
      answeredAt: n % 3 === 0 ? new Date(`${addDays(AROUND, (n % 7) - 3)}T10:00:00+08:00`) : null,
    }));
    const rule = instructionOverdueSql('i', 's', AROUND);
    const { rows } = await db.query<{ n: number; v: boolean | null }>(
      `select i.n, ${pgText(rule, 1)} as v
         from jsonb_to_recordset($1::jsonb) as i(n int, due_date date) join jsonb_to_recordset($1::jsonb) as s(n int, answered_at timestamptz) using (n)`,
      [JSON.stringify(items.map((x, n) => ({ n, due_date: x.dueDate, answered_at: x.answeredAt }))), ...rule.params]);
    expect(rows).toHaveLength(items.length);
    for (const r of rows) expect(r.v, JSON.stringify(items[r.n])).toBe(isInstructionOverdue(items[r.n]!, AROUND));
    expect(rows.filter((r) => r.v).length).toBeGreaterThan(3);
  });
});

describe('案件可见范围 (visibleTo / visibleToSql)', () => {
  const reachOf = (c: GeneratedCase): CaseReach => ({
    centerPath: centerPath(world, c.centerId), originPath: centerPath(world, c.originCenterId),
    agencyIds: c.assignments.flatMap((a) => (a.agencyId === null ? [] : [a.agencyId])),
    mediatorIds: c.assignments.flatMap((a) => (a.mediatorId === null ? [] : [a.mediatorId])),
  });
  const scoped = (role: Role, centerId: number, extra: Partial<Grant> = {}): Grant =>
    ({ role, centerId, subtreePrefix: centerPath(world, centerId), agencyId: null, mediatorId: null, ...extra });
  const key = (capabilities: string[], centerIds: number[]) => Viewer.forApiKey({
    apiKeyId: 1, name: '伊码解纷', capabilities, centers: centerIds.map((id) => ({ centerId: id, prefix: centerPath(world, id) })),
  });

  function viewers(): [string, Viewer][] {
    const county = world.centers.find((c) => c.ancestry === '/')!.id;
    const town = world.centers.find((c) => c.ancestry !== '/')!.id;
    const [agency, otherAgency] = [world.agencies[0]!, world.agencies[1]!];
    const mediator = world.mediators[0]!;
    const user = (...grants: Grant[]) => new Viewer(7, 7, grants);
    return [
      ['county dispatcher', user(scoped(Role.DISPATCHER, county))],
      ['town dispatcher', user(scoped(Role.DISPATCHER, town))],
      ['county leader', user(scoped(Role.LEADER, county))],
      ['the day’s 楼长 (a duty grant)', user(scoped(Role.DISPATCHER, town, { dutyDate: AROUND }))],
      ['auditor of a town', user(scoped(Role.AUDITOR, town))],
      ['province admin', user({ role: Role.ADMIN, centerId: null, subtreePrefix: null, agencyId: null, mediatorId: null })],
      ['scheduler (reads no cases)', user(scoped(Role.SCHEDULER, county))],
      ['agency staff', user(scoped(Role.AGENCY_STAFF, county, { agencyId: agency }))],
      ['staff of two agencies and a mediator', user(scoped(Role.AGENCY_STAFF, town, { agencyId: agency }), scoped(Role.AGENCY_STAFF, town, { agencyId: otherAgency }), scoped(Role.MEDIATOR, town, { mediatorId: mediator }))],
      ['mediator', user(scoped(Role.MEDIATOR, town, { mediatorId: mediator }))],
      ['mediator and town leader', user(scoped(Role.MEDIATOR, county, { mediatorId: world.mediators[1]! }), scoped(Role.LEADER, town))],
      ['API key with CASES_READ', key(['CASES_READ'], [town])],
      ['API key with CASES_READ for two centers', key(['CASES_READ', 'CASES_SUBMIT'], [town, world.centers.at(-1)!.id])],
      ['API key without CASES_READ', key(['CASES_SUBMIT'], [county])],
      ['citizen (no account)', Viewer.anonymous],
    ];
  }

  it('agrees for every kind of viewer over every generated case', async () => {
    const ids = cases.map((c) => c.id);
    const sizes: Record<string, number> = {};
    for (const [who, viewer] of viewers()) {
      const rule = visibleToSql(viewer, 'c');
      const { rows } = await db.query<{ id: number; v: boolean | null }>(
        `select c.id, ${pgText(rule, 1)} as v from hub_case c where c.id = any($1::int[])`, [ids, ...rule.params]);
      const sql = new Map(rows.map((r) => [r.id, r.v]));
      for (const c of cases) expect(sql.get(c.id), `${who}: case ${c.id} ${JSON.stringify(reachOf(c))}`).toBe(visibleTo(viewer, reachOf(c)));
      sizes[who] = rows.filter((r) => r.v).length;
    }
    // The generated cases exercise the rule: some viewers see some, not all, and the rest none.
    expect(sizes['province admin']).toBe(cases.length);
    for (const who of ['county dispatcher', 'town dispatcher', 'agency staff', 'mediator', 'API key with CASES_READ']) {
      expect(sizes[who], who).toBeGreaterThan(0);
    }
    expect(sizes['town dispatcher']).toBeLessThan(sizes['county dispatcher']!);
    for (const who of ['scheduler (reads no cases)', 'API key without CASES_READ', 'citizen (no account)']) expect(sizes[who], who).toBe(0);
  });

  it('a live event about a case reaches exactly the staff who may see the case', () => {
    for (const [who, viewer] of viewers()) {
      if (viewer.apiKey) continue; // keys receive public events only
      for (const c of cases) {
        const r = reachOf(c);
        const scope = { centerPaths: [...new Set([r.centerPath, r.originPath])], agencyIds: [...new Set(r.agencyIds)], mediatorIds: [...new Set(r.mediatorIds)] };
        const event = { seq: 1n, topic: 'case' as const, type: 'UPDATED', at: new Date(), caseId: c.id, centerId: c.centerId, scope, payload: {} };
        expect(mayReceive(viewer, event), `${who}: case ${c.id}`).toBe(visibleTo(viewer, r));
      }
    }
  });
});
