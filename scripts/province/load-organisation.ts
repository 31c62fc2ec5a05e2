/**
 * Writes the organisation (centers, agencies, stationings and rota days, mediators, staff accounts,
 * routing rules) and leaves behind the temporary lookup tables the case generation joins against.
 */
import type pg from 'pg';
import type { Organisation } from './organisation.js';
import { ROTATIONS } from './organisation.js';
import type { Staff } from './people.js';
import type { RouteRow, RoutingRuleRow } from './routing.js';

type Column = [name: string, type: string];

/** Inserts rows given as objects through json_to_recordset, in chunks. */
export async function insertRows(db: pg.Client, table: string, columns: Column[], rows: object[], extra: Record<string, string> = {}): Promise<void> {
  const names = columns.map(([n]) => `"${n}"`);
  const defs = columns.map(([n, t]) => `"${n}" ${t}`).join(', ');
  const extraNames = Object.keys(extra).map((n) => `"${n}"`);
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await db.query(
      `insert into "${table}" (${[...names, ...extraNames].join(', ')})
       select ${[...names, ...Object.values(extra)].join(', ')} from json_to_recordset($1::json) as x(${defs})`,
      [JSON.stringify(chunk)],
    );
  }
}

/** Creates a temporary table from rows (arrays in the rows become PostgreSQL arrays). */
export async function tempTable(db: pg.Client, name: string, columns: Column[], rows: object[]): Promise<void> {
  const defs = columns.map(([n, t]) => `"${n}" ${t}`).join(', ');
  await db.query(`create temp table ${name} (${defs})`);
  await insertRows(db, name, columns, rows);
  await db.query(`analyze ${name}`);
}

export interface OrganisationLoad {
  org: Organisation;
  staff: Staff;
  rules: RoutingRuleRow[];
  cooperating: { routing_rule_id: number; agency_id: number }[];
  routes: RouteRow[];
  passwordHash: string;
  /** When the organisation was set up (created_at of its rows). */
  createdAt: string;
  windowStart: string;
  presenceEnd: string;
}

export async function loadOrganisation(db: pg.Client, load: OrganisationLoad): Promise<void> {
  const { org, staff } = load;
  const stamp = { created_at: `'${load.createdAt}'::timestamptz`, updated_at: `'${load.createdAt}'::timestamptz` };
  await insertRows(db, 'center', [['id', 'int'], ['name', 'text'], ['level', 'text'], ['division_code', 'text'], ['parent_id', 'int'],
    ['ancestry', 'text'], ['address', 'text'], ['phone', 'text'], ['area_sqm', 'int']], org.centers, stamp);
  await insertRows(db, 'agency', [['id', 'int'], ['name', 'text'], ['short_name', 'text'], ['kind', 'text'], ['center_id', 'int'],
    ['phone', 'text'], ['description', 'text']], org.agencies, stamp);
  await insertRows(db, 'stationing', [['id', 'int'], ['agency_id', 'int'], ['center_id', 'int'], ['mode', 'text'], ['window_number', 'text'],
    ['start_date', 'date'], ['end_date', 'date'], ['note', 'text']], org.stationings, stamp);
  const archivedAt = `${load.windowStart}T10:00:00+08:00`;
  await insertRows(db, 'mediator', [['id', 'int'], ['name', 'text'], ['phone', 'text'], ['agency_id', 'int'], ['studio', 'text'],
    ['title', 'text'], ['specialties', 'text[]'], ['capacity', 'int'], ['active', 'boolean'], ['archived_at', 'timestamptz']],
  org.mediators.map((m) => ({ ...m, archived_at: m.archived ? archivedAt : null })), stamp);

  await insertRows(db, 'hub_user', [['id', 'int'], ['username', 'text'], ['display_name', 'text'], ['title', 'text'], ['phone', 'text'],
    ['home_center_id', 'int'], ['active', 'boolean']], staff.users, { ...stamp, password_hash: `'${load.passwordHash}'` });
  await insertRows(db, 'role_assignment', [['id', 'int'], ['user_id', 'int'], ['role', 'text'], ['center_id', 'int'], ['agency_id', 'int'],
    ['mediator_id', 'int'], ['granted_by_id', 'int']], staff.roles, stamp);
  await insertRows(db, 'routing_rule', [['id', 'int'], ['center_id', 'int'], ['category_code', 'text'], ['lead_agency_id', 'int']], load.rules, stamp);
  await insertRows(db, 'routing_rule_cooperating', [['routing_rule_id', 'int'], ['agency_id', 'int']], load.cooperating);

  // Rota days of the rotating stationings, on their weekdays when those are working days, up to two months ahead.
  const rotations = ROTATIONS.map(([note, weekdays]) => ({ note, weekdays }));
  await db.query(
    `insert into presence_day (stationing_id, date)
     select s.id, d::date
       from stationing s
       join json_to_recordset($1::json) as r(note text, weekdays int[]) on r.note = s.note
       cross join generate_series(greatest(s.start_date, $2::date), least(coalesce(s.end_date, $3::date), $3::date), interval '1 day') d
       left join calendar_day cd on cd.date = d::date
      where s.mode = 'ROTATING' and s.id = any($4::int[])
        and extract(isodow from d)::int = any(r.weekdays) and coalesce(cd.kind, '') <> 'HOLIDAY'
      order by s.id, d`,
    [JSON.stringify(rotations), load.windowStart, load.presenceEnd, org.stationings.map((s) => s.id)],
  );

  // Lookups for the case generator.
  await tempTable(db, 'gen_county', [['ci', 'int'], ['center_id', 'int'], ['code', 'text'], ['name', 'text'], ['urban', 'boolean'],
    ['n_towns', 'int'], ['town_ids', 'int[]'], ['town_names', 'text[]']], org.counties.map((c) => ({
    ci: c.ci, center_id: c.center.id, code: c.code, name: c.name, urban: c.urban, n_towns: c.towns.length,
    town_ids: c.towns.map((t) => t.id), town_names: c.towns.map((t) => t.name.replace(/综治中心$/, '')),
  })));
  await tempTable(db, 'gen_center', [['center_id', 'int'], ['name', 'text'], ['code', 'text'], ['dispatchers', 'int[]'], ['leaders', 'int[]']],
    org.centers.map((c) => ({
      center_id: c.id, name: c.name, code: c.division_code, dispatchers: staff.dispatchers.get(c.id)!, leaders: staff.leaders.get(c.id)!,
    })));
  await db.query('create unique index on gen_center (center_id)');
  await tempTable(db, 'gen_route', [['ci', 'int'], ['category_id', 'int'], ['lead_id', 'int'], ['lead_short', 'text'], ['lead_staff', 'int[]'],
    ['coop_id', 'int'], ['coop_short', 'text'], ['petitions_id', 'int'], ['petitions_short', 'text'], ['petitions_staff', 'int[]'],
    ['court_id', 'int'], ['court_name', 'text'], ['med_ids', 'int[]'], ['med_names', 'text[]'], ['med_agency_ids', 'int[]'],
    ['med_agency_shorts', 'text[]'], ['med_users', 'int[]']], load.routes);
}
