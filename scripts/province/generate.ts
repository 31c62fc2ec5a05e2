/**
 * Generates a realistic province (Inner Mongolia: ~100 county/banner centers with their town centers,
 * agencies, mediators and staff) and `cases` cases over the 30 months before `asOf`, with their whole
 * closed loop, into a migrated hub database — in one transaction, set-based inside PostgreSQL.
 *
 * The same seed, case count and `asOf` on the same starting database give the same rows.
 */
import { createHash } from 'node:crypto';
import argon2 from 'argon2';
import type pg from 'pg';
import { addCalendarDays, daysBetween } from '../../src/modules/calendar/working-days.js';
import { shanghaiDate } from '../../src/shared/scalars.js';
import {
  allEmpty, CASE_TABLES, dropForLoad, holdsGeneratedData, LEDGER_TABLES, ORGANISATION_TABLES, PROVINCE_ADMIN, resetSequences, restoreAfterLoad,
  setLedgerTriggers, truncateGenerated,
} from './bulk.js';
import { createCaseFunctions, createPhraseFunctions } from './case-functions.js';
import { cityOf, COUNTIES } from './counties.js';
import { buildLinks, loadCaseChildren, loadCaseRows, type Step } from './load-cases.js';
import { loadEvents, summariseEvents } from './load-events.js';
import { loadOrganisation, tempTable } from './load-organisation.js';
import { buildOrganisation } from './organisation.js';
import { buildStaff, type Ids } from './people.js';
import { buildPlan } from './plan.js';
import { Random } from './random.js';
import { buildRouting } from './routing.js';
import { createFunctions, ORG_GROUP_INDEX } from './sql-functions.js';
import { CATEGORY_TEXTS, FALLBACK_TEXTS } from './texts.js';

export interface GenerateOptions {
  seed: number;
  cases: number;
  log?: (s: string) => void;
  /** Replace generated data already in the database (the generated tables are emptied first). */
  force?: boolean;
  /** The day the data is "as of" (Asia/Shanghai, YYYY-MM-DD): nothing happens from its midnight on. Default: today. */
  asOf?: string;
  /** Password of every generated login (default: the demo password). */
  password?: string;
}

export interface Summary {
  seed: number;
  cases: number;
  asOf: string;
  windowStart: string;
  counties: number;
  towns: number;
  agencies: number;
  mediators: number;
  users: number;
  /** Rows added per table. */
  rows: Record<string, number>;
  /** Milliseconds per step. */
  timings: Record<string, number>;
  totalMs: number;
}

export class AlreadyGeneratedError extends Error {
  constructor() {
    super(`The database already holds generated data (user "${PROVINCE_ADMIN}" exists). Run with --force (force: true) to empty the generated tables and generate again.`);
    this.name = 'AlreadyGeneratedError';
  }
}

/** `months` calendar months before `date` (YYYY-MM-DD). */
function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
}

function cumulative(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.slice(0, -1).map((w) => (sum += w) / total);
}

/** argon2id with the hub's parameters and a salt from the seed, so the hash is repeatable too. */
function passwordHash(password: string, seed: number): Promise<string> {
  const salt = createHash('sha256').update(`province-generator:${seed}`).digest().subarray(0, 16);
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1, salt });
}

async function counts(db: pg.Client): Promise<Record<string, number>> {
  const tables = [...ORGANISATION_TABLES, ...CASE_TABLES];
  const { rows } = await db.query(`select ${tables.map((t) => `(select count(*) from "${t}")::bigint as "${t}"`).join(', ')}`);
  return Object.fromEntries(Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]));
}

async function maxIds(db: pg.Client): Promise<Record<string, number>> {
  const tables = ['center', 'agency', 'stationing', 'mediator', 'hub_user', 'role_assignment', 'routing_rule', 'hub_case', 'case_party',
    'agreement', 'supervision', 'case_event'];
  const { rows } = await db.query(`select ${tables.map((t) => `(select coalesce(max(id), 0) from "${t}")::bigint as "${t}"`).join(', ')}`);
  return Object.fromEntries(Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]));
}

/**
 * Runs in `db`'s session, in one transaction of its own: on any error nothing is left behind. It builds
 * its work tables and functions as temporary objects and discards the session's temporary objects when done.
 */
export async function generateProvince(db: pg.Client, opts: GenerateOptions): Promise<Summary> {
  const log = opts.log ?? (() => undefined);
  if (!Number.isInteger(opts.cases) || opts.cases < 1 || opts.cases > 20_000_000) throw new Error('cases must be a whole number from 1 to 20,000,000');
  if (!Number.isInteger(opts.seed) || opts.seed < 0 || opts.seed > 2 ** 31 - 1) throw new Error('seed must be a whole number from 0 to 2147483647');
  const asOf = opts.asOf ?? shanghaiDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error('asOf must be a date, YYYY-MM-DD');
  const asOfTs = `${asOf}T00:00:00+08:00`;
  const windowStart = monthsBefore(asOf, 30);
  const windowDays = daysBetween(windowStart, asOf);
  const timings: Record<string, number> = {};
  const started = performance.now();
  let last = started;
  const mark = (label: string) => {
    const now = performance.now();
    timings[label] = Math.round(now - last);
    log(`  ${label}: ${timings[label]} ms`);
    last = now;
  };
  const step: Step = async (label, sql, params = []) => {
    const t0 = performance.now();
    const result = await db.query(sql, params);
    const ms = Math.round(performance.now() - t0);
    timings[label] = ms;
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${ms} ms`);
    return result.rowCount ?? 0;
  };

  // Big local buffers for the plan tables; only possible before the session touches a temporary table.
  await db.query(`set temp_buffers = '2GB'`).catch(() => log('  (temp_buffers unchanged: the session already used temporary tables)'));
  await db.query('begin');
  try {
    await db.query(`set local work_mem = '512MB'`);
    await db.query(`set local maintenance_work_mem = '2GB'`);
    // Rows come out in one deterministic order (serial ids follow it): no parallel scans while loading.
    await db.query('set local max_parallel_workers_per_gather = 0');
    await db.query('set local synchronous_commit = off');
    // Each lateral step is evaluated once per case; caching them by parameter only costs.
    await db.query('set local enable_memoize = off');
    await db.query('set local jit = off');
    if (await holdsGeneratedData(db)) {
      if (!opts.force) throw new AlreadyGeneratedError();
      await truncateGenerated(db);
      log('  emptied the generated tables (--force)');
    } else if (await allEmpty(db)) {
      // Emptying in this transaction lets PostgreSQL (wal_level=minimal) skip the WAL for the load, and restarts the ids.
      await truncateGenerated(db);
    }
    const before = await counts(db);
    const max = await maxIds(db);

    const categories = (await db.query<{ id: number; code: string }>('select id, code from category where archived_at is null order by sort_order, id')).rows;
    const policies = (await db.query('select * from time_limit_policy')).rows as Record<string, unknown>[];
    const calendar = (await db.query<{ date: string; kind: 'HOLIDAY' | 'MAKEUP_WORKDAY' }>(`select date::text as date, kind from calendar_day`)).rows;
    const officialYears = (await db.query<{ year: number }>('select year from calendar_year')).rows.map((r) => r.year);
    const used = new Set((await db.query<{ code: string }>('select division_code as code from center where archived_at is null')).rows.map((r) => r.code));
    mark('read reference data');

    const countyCount = Math.max(3, Math.min(COUNTIES.length, Math.round(opts.cases / 10_000)));
    const ids: Ids = {
      center: max.center!, agency: max.agency!, stationing: max.stationing!, mediator: max.mediator!, user: max.hub_user!,
      role: max.role_assignment!, rule: max.routing_rule!,
    };
    const org = buildOrganisation(opts.seed, countyCount, used, ids, windowStart);
    const staff = buildStaff(new Random(opts.seed, 'staff'), org, ids);
    const routing = buildRouting(org, staff, new Map(categories.map((c) => [c.code, c.id])), ids);
    await loadOrganisation(db, {
      org, staff, ...routing, passwordHash: await passwordHash(opts.password ?? 'hub-demo-2025', opts.seed),
      createdAt: `${addCalendarDays(windowStart, -400)}T09:00:00+08:00`, windowStart, presenceEnd: addCalendarDays(asOf, 60),
    });
    mark('organisation');

    await createFunctions(db, {
      seed: opts.seed,
      countyCodes: org.counties.map((c) => c.code), countyNames: org.counties.map((c) => c.name),
      cityNames: org.counties.map((c) => cityOf(c.code).name), provinceCodes: COUNTIES.map(([code]) => code),
      calendar, officialYears, calendarStart: addCalendarDays(windowStart, -60), calendarEnd: addCalendarDays(asOf, 800),
    });
    await createPhraseFunctions(db);
    mark('functions');
    const texts = categories.map((c) => CATEGORY_TEXTS[c.code] ?? FALLBACK_TEXTS);
    await tempTable(db, 'gen_cat', [['cat', 'int'], ['category_id', 'int'], ['code', 'text'], ['petition_share', 'float8'], ['resp_org', 'float8'],
      ['amount_share', 'float8'], ['amount_min', 'float8'], ['amount_max', 'float8'], ['org_groups', 'int[]'], ['titles', 'text[]'], ['descs', 'text[]']],
    categories.map((c, i) => ({
      cat: i + 1, category_id: c.id, code: c.code, petition_share: texts[i]!.petitionShare, resp_org: texts[i]!.respondentOrg,
      amount_share: texts[i]!.amount[0], amount_min: texts[i]!.amount[1], amount_max: texts[i]!.amount[2],
      org_groups: texts[i]!.orgGroups.map((g) => ORG_GROUP_INDEX.get(g)!), titles: texts[i]!.titles, descs: texts[i]!.descriptions,
    })));
    const policyRows = categories.flatMap((c, i) => ['DISPUTE', 'PETITION'].map((kind) => {
      const p = policies.find((x) => x.kind === kind && x.category_code === c.code) ?? policies.find((x) => x.kind === kind && x.category_code === null);
      if (!p) throw new Error(`no time-limit policy for ${kind}`);
      return {
        cat: i + 1, kind, accept_days: p.accept_days, accept_w: p.accept_day_count === 'WORKING', finish_days: p.finish_days,
        finish_w: p.finish_day_count === 'WORKING', max_ext_days: p.max_extension_days, warn_days: p.warn_days_before, basis: p.basis,
      };
    }));
    await tempTable(db, 'gen_policy', [['cat', 'int'], ['kind', 'text'], ['accept_days', 'int'], ['accept_w', 'boolean'], ['finish_days', 'int'],
      ['finish_w', 'boolean'], ['max_ext_days', 'int'], ['warn_days', 'int'], ['basis', 'text']], policyRows);

    // Cases per day: growing use of the centers over the window, fewer at weekends and on holidays, more before Spring Festival.
    const kinds = new Map(calendar.map((d) => [d.date, d.kind]));
    const dayWeights = Array.from({ length: windowDays }, (_, i) => {
      const date = addCalendarDays(windowStart, i);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const kind = kinds.get(date);
      const factor = kind === 'HOLIDAY' ? 0.2 : kind === 'MAKEUP_WORKDAY' ? 1 : weekday === 0 || weekday === 6 ? 0.3 : 1;
      const month = Number(date.slice(5, 7));
      return (0.75 + 0.5 * (i / windowDays)) * factor * (month === 12 || month === 1 ? 1.15 : 1);
    });
    await buildPlan(db, {
      cases: opts.cases, caseId0: max.hub_case!, partyId0: max.case_party!, agreementId0: max.agreement!, supervisionId0: max.supervision!,
      windowStart, windowDays, asOfTs,
      countyCum: cumulative(org.counties.map((c) => c.weight)), dayCum: cumulative(dayWeights),
      ruralCum: cumulative(texts.map((t) => t.weight[0])), urbanCum: cumulative(texts.map((t) => t.weight[1])),
    }, log);
    mark('plan');
    await createCaseFunctions(db, opts.cases, org.counties.map((c) => c.name), asOfTs);
    mark('case functions');

    await setLedgerTriggers(db, false);
    const saved = await dropForLoad(db);
    mark('drop indexes and foreign keys');
    await buildLinks(db, asOfTs);
    await loadCaseChildren(step, asOfTs);
    await loadEvents(step, asOfTs);
    await summariseEvents(step, max.hub_case!);
    await loadCaseRows(step, asOfTs);
    last = performance.now();
    // Index builds and foreign-key checks only read: let them use parallel workers.
    await db.query('set local max_parallel_workers_per_gather = 2');
    await restoreAfterLoad(db, saved, log);
    await resetSequences(db);
    mark('indexes and foreign keys');
    await setLedgerTriggers(db, true);
    mark('ledger facts');

    const after = await counts(db);
    await db.query('commit');
    const rows = Object.fromEntries(Object.keys(after).map((t) => [t, after[t]! - before[t]!]));
    mark('commit');
    return {
      seed: opts.seed, cases: opts.cases, asOf, windowStart, counties: org.counties.length,
      towns: org.counties.reduce((n, c) => n + c.towns.length, 0), agencies: org.agencies.length, mediators: org.mediators.length,
      users: staff.users.length, rows, timings, totalMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    await db.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await db.query('discard temp').catch(() => undefined);
  }
}

/** Refreshes the planner statistics (and visibility map) of every generated table; run after the commit. */
export async function analyzeGenerated(db: pg.Client, log: (s: string) => void = () => undefined): Promise<number> {
  const t0 = performance.now();
  await db.query(`vacuum (analyze) ${[...ORGANISATION_TABLES, ...CASE_TABLES, ...LEDGER_TABLES].map((t) => `"${t}"`).join(', ')}`);
  const ms = Math.round(performance.now() - t0);
  log(`  vacuum analyze: ${ms} ms`);
  return ms;
}
