/**
 * Many cases with varied status, limits and assignments, written straight into a test database, for
 * the tests that check a rule's SQL form against its TypeScript form ("one home per rule"). The org
 * structure (centers, agencies, mediators) is whatever the database holds; the cases are new.
 */
import type pg from 'pg';

export interface World {
  centers: { id: number; ancestry: string }[];
  agencies: number[];
  mediators: number[];
  categoryId: number;
}

export interface GeneratedAssignment {
  role: 'LEAD' | 'COOPERATING' | 'MEDIATOR';
  agencyId: number | null;
  mediatorId: number | null;
  ended: boolean;
}

export interface GeneratedCase {
  id: number;
  status: string;
  kind: 'DISPUTE' | 'PETITION';
  acceptDueDate: string;
  dueDate: string | null;
  centerId: number;
  originCenterId: number;
  assignments: GeneratedAssignment[];
}

const STATUSES = ['RECEIVED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'FAILED', 'CLOSED', 'REJECTED', 'WITHDRAWN'];

/** A small seeded generator (mulberry32): the same seed gives the same cases, so a failure repeats. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The path of a center as live events carry it (`ancestry || id || '/'`). */
export function centerPath(world: World, id: number): string {
  const c = world.centers.find((x) => x.id === id)!;
  return `${c.ancestry}${c.id}/`;
}

/** Reads the centers, agencies and mediators a database holds. */
export async function loadWorld(db: pg.ClientBase): Promise<World> {
  const centers = (await db.query<{ id: number; ancestry: string }>('select id, ancestry from center order by id')).rows;
  const agencies = (await db.query<{ id: number }>('select id from agency order by id')).rows.map((r) => r.id);
  const mediators = (await db.query<{ id: number }>('select id from mediator order by id')).rows.map((r) => r.id);
  const [category] = (await db.query<{ id: number }>('select id from category order by id limit 1')).rows;
  return { centers, agencies, mediators, categoryId: category!.id };
}

/**
 * `count` cases with limits spread around `around` (a date): every status, received ones with and
 * without a due date, limits on, before and after the day, cases moved between centers, agencies and
 * mediators assigned and unassigned.
 */
export function generateCases(world: World, count: number, around: string, seed = 15): Omit<GeneratedCase, 'id'>[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const offset = () => Math.floor(next() * 21) - 10;
  return Array.from({ length: count }, () => {
    const status = pick(STATUSES);
    const centerId = pick(world.centers).id;
    const originCenterId = next() < 0.3 ? pick(world.centers).id : centerId;
    const acceptDueDate = addDays(around, offset());
    // A received case has no due date yet, except one sent back for re-dispatch; others mostly have one.
    const dueDate = (status === 'RECEIVED' ? next() < 0.2 : next() < 0.9) ? addDays(around, offset()) : null;
    const assignments: GeneratedAssignment[] = [];
    if (status !== 'RECEIVED' || next() < 0.2) {
      const n = Math.floor(next() * 4);
      for (let i = 0; i < n; i += 1) {
        const mediator = next() < 0.35;
        // At most one current mediator per case (a partial unique index): a second one was replaced.
        const replaced = mediator && assignments.some((a) => a.role === 'MEDIATOR' && !a.ended);
        assignments.push({
          role: mediator ? 'MEDIATOR' : i === 0 ? 'LEAD' : 'COOPERATING',
          agencyId: mediator ? null : pick(world.agencies),
          mediatorId: mediator ? pick(world.mediators) : null,
          ended: replaced || next() < 0.25,
        });
      }
    }
    return { status, kind: next() < 0.3 ? 'PETITION' : 'DISPUTE', acceptDueDate, dueDate, centerId, originCenterId, assignments };
  });
}

/** Inserts the cases and their assignments; returns them with their ids. */
export async function insertCases(db: pg.ClientBase, world: World, cases: Omit<GeneratedCase, 'id'>[], tag = 'G'): Promise<GeneratedCase[]> {
  const prefix = `${tag}${Date.now() % 100000}`;
  const { rows } = await db.query<{ id: number; number: string }>(
    `insert into hub_case (number, tracking_code, kind, channel, title, description, category_id, center_id, origin_center_id,
                           received_at, status, accept_due_date, due_date)
     select $1::text || '-' || x.n, $2::text || lpad(x.n::text, 8, '0'), x.kind, 'WALK_IN', '生成的案件 ' || x.n, '用于规则一致性测试',
            $3::int, x.center_id, x.origin_center_id, now() - interval '30 days', x.status, x.accept_due_date, x.due_date
       from jsonb_to_recordset($4::jsonb) as x(n int, kind text, center_id int, origin_center_id int, status text, accept_due_date date, due_date date)
      order by x.n
     returning id, number`,
    [prefix, tag.slice(0, 2).padEnd(2, 'X').toUpperCase(), world.categoryId,
      JSON.stringify(cases.map((c, n) => ({ n, kind: c.kind, center_id: c.centerId, origin_center_id: c.originCenterId, status: c.status, accept_due_date: c.acceptDueDate, due_date: c.dueDate })))],
  );
  const idOf = new Map(rows.map((r) => [r.number, r.id]));
  const withIds = cases.map((c, n) => ({ ...c, id: idOf.get(`${prefix}-${n}`)! }));
  const assignments = withIds.flatMap((c) => c.assignments.map((a) => ({ case_id: c.id, role: a.role, agency_id: a.agencyId, mediator_id: a.mediatorId, ended: a.ended })));
  await db.query(
    `insert into assignment (case_id, role, agency_id, mediator_id, assigned_at, ended_at, received_at)
     select x.case_id, x.role, x.agency_id, x.mediator_id, now() - interval '20 days', case when x.ended then now() - interval '10 days' end, c.received_at
       from jsonb_to_recordset($1::jsonb) as x(case_id int, role text, agency_id int, mediator_id int, ended boolean)
       join hub_case c on c.id = x.case_id`,
    [JSON.stringify(assignments)],
  );
  return withIds;
}
