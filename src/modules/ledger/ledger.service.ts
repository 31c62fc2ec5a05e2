import { staleReads } from '../../shared/read-replica.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../shared/context.js';
import { badInput, forbidden } from '../../shared/errors.js';
import { localId, toGlobalId } from '../../shared/ids.js';
import { maskName } from '../../shared/masking.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { preparedSelect } from '../../shared/prepared.js';
import { ApiCapability } from '../access/api-key.entity.js';
import { CHANNEL_ZH, KIND_ZH, PARTY_ROLE_ZH, RISK_ZH } from '../cases/case-labels.js';
import { overdueSql } from '../cases/overdue.js';
import { addCalendarDays, daysBetween } from '../calendar/working-days.js';
import { CENTER_READERS } from '../access/case-visibility.js';
import { Center } from '../organisation/center.entity.js';
import { LedgerDimension, LedgerPeriodKind, type Ledger, type LedgerFigures, type LedgerPeriodInput, type RepeatSource } from './ledger.types.js';



/** The inclusive date range of a period. */
export function periodRange(p: LedgerPeriodInput, today: string): { from: string; to: string } {
  if (p.kind === LedgerPeriodKind.CUSTOM) {
    if (!p.from || !p.to) throw badInput('CUSTOM 须给出 from 和 to / CUSTOM needs from and to', 'period');
    if (p.to < p.from) throw badInput('to 不能早于 from / to before from', 'period.to');
    if (daysBetween(p.from, p.to) > 3660) throw badInput('区间最长10年 / At most 10 years', 'period.to');
    return { from: p.from, to: p.to };
  }
  const date = p.date ?? today;
  switch (p.kind) {
    case LedgerPeriodKind.DAY:
      return { from: date, to: date };
    case LedgerPeriodKind.WEEK: {
      const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
      return { from: addCalendarDays(date, -weekday), to: addCalendarDays(date, 6 - weekday) };
    }
    case LedgerPeriodKind.MONTH: {
      const next = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1));
      return { from: `${date.slice(0, 7)}-01`, to: addCalendarDays(next.toISOString().slice(0, 10), -1) };
    }
    case LedgerPeriodKind.YEAR:
      return { from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` };
  }
}

/** Where the ledger looks: one center's subtree, or everything (province-level grants only). */
export interface LedgerScope {
  root: Center | null;
}

const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);
const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

interface FigureRow {
  key: string | null;
  grouped: number;
  received: string; resolved: string; failed: string; open: string; overdue: string; rejected: string; withdrawn: string;
  dispatched: string; within15: string;
  dispatch_p50: number | null; dispatch_p90: number | null; resolve_p50: number | null; resolve_p90: number | null;
  ext_requested: string; ext_approved: string; supervisions: string; feedbacks: string; satisfied: string;
}

function figures(r: FigureRow): LedgerFigures {
  const n = (v: string) => Number(v);
  return {
    received: n(r.received), resolved: n(r.resolved), failed: n(r.failed), open: n(r.open), overdue: n(r.overdue),
    rejected: n(r.rejected), withdrawn: n(r.withdrawn), resolutionRate: rate(n(r.resolved), n(r.resolved) + n(r.failed)),
    dispatched: n(r.dispatched), dispatchMinutesMedian: round(r.dispatch_p50), dispatchMinutesP90: round(r.dispatch_p90),
    dispatchedWithin15MinutesRate: rate(n(r.within15), n(r.dispatched)),
    resolutionHoursMedian: round(r.resolve_p50), resolutionHoursP90: round(r.resolve_p90),
    extensionsRequested: n(r.ext_requested), extensionsApproved: n(r.ext_approved), supervisions: n(r.supervisions),
    feedbacks: n(r.feedbacks), satisfactionRate: rate(n(r.satisfied), n(r.feedbacks)),
  };
}

/**
 * The ledger (台账) of the cases *received* by a center subtree in a period (by receiving center, so a
 * case escalated upward still counts where it was received). Exact: one SQL statement over the cases
 * with grouping sets for totals and the breakdown, another for repeat sources. Fast at a province's
 * scale through the (origin_center_id, received_at) index: a banner's year is a few thousand rows.
 */
export class LedgerService {
  constructor(private readonly ctx: HubContext) {}

  /** Checks the viewer may read statistics of `centerId` (or of everything when null). */
  async scope(centerId: string | null | undefined): Promise<LedgerScope> {
    const viewer = this.ctx.viewer;
    if (centerId == null) {
      if (viewer.canEverywhere(CENTER_READERS)) return { root: null };
      throw badInput('请指定中心（centerId）/ centerId is required unless your role covers every center', 'centerId');
    }
    const root = await this.ctx.em.findOne(Center, { id: localId(centerId, 'Center') ?? -1 });
    if (!root) throw badInput('找不到该中心 / Unknown center', 'centerId');
    const allowed = viewer.apiKey ? viewer.keyCan(ApiCapability.STATISTICS_READ, root) : viewer.can(CENTER_READERS, root);
    if (!allowed) throw forbidden('该中心不在您的统计范围内 / Center outside your scope');
    return { root };
  }

  /** The cohort as SQL: cases received by the scope's centers within [from, to]. */
  cohortSql(scope: LedgerScope, from: string, to: string): { sql: string; params: unknown[] } {
    const params: unknown[] = [new Date(`${from}T00:00:00+08:00`), new Date(`${addCalendarDays(to, 1)}T00:00:00+08:00`)];
    let where = 'k.received_at >= ? and k.received_at < ?';
    if (scope.root) {
      where += ` and k.origin_center_id in (select id from center where id = ? or ancestry like ?)`;
      params.push(scope.root.id, `${scope.root.childAncestry}%`);
    }
    return { sql: where, params };
  }

  async ledger(centerId: string | null | undefined, period: LedgerPeriodInput, groupBy: LedgerDimension | null | undefined, parts: LedgerParts = ALL_PARTS): Promise<Ledger> {
    return this.ledgerOf(await this.scope(centerId), period, groupBy, parts);
  }

  /** The ledger of a scope already checked with `scope()` (counters and exports check it once). */
  async ledgerOf(scope: LedgerScope, period: LedgerPeriodInput, groupBy: LedgerDimension | null | undefined, parts: LedgerParts): Promise<Ledger> {
    // Statistics tolerate a few seconds' staleness: the streaming replica serves them when it is close behind.
    const reads = staleReads(this.ctx.em);
    const today = shanghaiDate(this.ctx.clock());
    const { from, to } = periodRange(period, today);
    const cohort = this.cohortSql(scope, from, to);
    const prefix = scope.root ? scope.root.childAncestry : '/';
    // The cohort is read from case_ledger_fact alone (ledger-facts.entity.ts): per case, what the ledger
    // needs of it, copied and counted by the write path, so the range is index-only; only the breakdown's
    // own joins are added.
    const dimension: Record<LedgerDimension, { expr: string; join: string; params: unknown[] }> = {
      CENTER: {
        expr: `coalesce(nullif(split_part(substr(oc.ancestry || oc.id || '/', ?), '/', 1), ''), ?)`,
        join: 'join center oc on oc.id = k.origin_center_id',
        params: [prefix.length + 1, String(scope.root?.id ?? '')],
      },
      AGENCY: {
        expr: `coalesce(la.agency_id::text, 'NONE')`,
        join: `left join lateral (select a.agency_id from assignment a where a.case_id = k.case_id and a.role = 'LEAD' and a.ended_at is null order by a.id desc limit 1) la on true`,
        params: [],
      },
      CATEGORY: { expr: 'cat.code', join: 'join category cat on cat.id = k.category_id', params: [] },
      CHANNEL: { expr: 'k.channel', join: '', params: [] },
      KIND: { expr: 'k.kind', join: '', params: [] },
      RISK: { expr: 'k.risk_level', join: '', params: [] },
    };
    const dim = groupBy ? dimension[groupBy] : { expr: 'null::text', join: '', params: [] };
    // Side-table counters and percentiles only when their figures are asked for (parts); the rest is counts.
    const side = parts.sideTables;
    const overdue = overdueSql('k', today);
    const pct = (fraction: number, expr: string) => (parts.percentiles ? `percentile_cont(${fraction}) within group (order by ${expr})` : 'null::float');
    // A prepared statement (the same text for every center and period) unless it runs in `roomy`'s transaction.
    const figuresSql = (em: EntityManager) => preparedSelect<FigureRow>(em,
      `with c as (
         select k.status, k.failed, k.dispatch_minutes, k.resolve_hours, k.accept_due_date, k.due_date, ${dim.expr} as dim${side ? `,
                k.extensions_requested, k.extensions_approved, k.supervisions, k.feedbacks, k.feedbacks_satisfied` : ''}
           from case_ledger_fact k
           ${dim.join}
          where ${cohort.sql}
       )
       select ${groupBy ? 'k.dim as key, grouping(k.dim) as grouped' : 'null as key, 1 as grouped'},
              count(*) as received,
              count(k.resolve_hours) as resolved,
              count(*) filter (where k.failed) as failed,
              count(*) filter (where k.status in ('RECEIVED', 'DISPATCHED', 'IN_PROGRESS')) as open,
              count(*) filter (where ${overdue.sql}) as overdue,
              count(*) filter (where k.status = 'REJECTED') as rejected,
              count(*) filter (where k.status = 'WITHDRAWN') as withdrawn,
              count(k.dispatch_minutes) as dispatched,
              count(*) filter (where k.dispatch_minutes <= 15) as within15,
              ${pct(0.5, 'k.dispatch_minutes')} as dispatch_p50,
              ${pct(0.9, 'k.dispatch_minutes')} as dispatch_p90,
              ${pct(0.5, 'k.resolve_hours')} as resolve_p50,
              ${pct(0.9, 'k.resolve_hours')} as resolve_p90,
              ${side ? `coalesce(sum(k.extensions_requested), 0) as ext_requested, coalesce(sum(k.extensions_approved), 0) as ext_approved,
              coalesce(sum(k.supervisions), 0) as supervisions, coalesce(sum(k.feedbacks), 0) as feedbacks, coalesce(sum(k.feedbacks_satisfied), 0) as satisfied`
    : `0 as ext_requested, 0 as ext_approved, 0 as supervisions, 0 as feedbacks, 0 as satisfied`}
         from c k
        ${groupBy ? 'group by grouping sets ((), (k.dim))' : ''}`,
      [...dim.params, ...cohort.params, ...overdue.params],
    );
    // The figures and the repeat sources on two connections at once, each with room to sort in memory
    // (plain counts need no room: no transaction, no SET).
    const [rows, repeat] = await Promise.all([
      parts.percentiles || side ? roomy(reads, figuresSql) : figuresSql(reads),
      parts.repeatSources ? roomy(reads, (em) => this.repeatSources(em, cohort, wholeYear(scope, from, to))) : { count: 0, top: [] },
    ]);
    const totalsRow = rows.find((r) => Number(r.grouped) === 1 || !groupBy) ?? rows[0];
    const groupRows = groupBy ? rows.filter((r) => Number(r.grouped) === 0) : [];
    const labels = groupBy ? await this.labels(groupBy, groupRows.map((r) => r.key ?? 'NONE')) : new Map<string, string>();
    const groups = groupRows
      .map((r) => ({ key: groupKey(groupBy!, r.key ?? 'NONE'), label: labels.get(r.key ?? 'NONE') ?? r.key ?? '无', figures: figures(r) }))
      .sort((a, b) => b.figures.received - a.figures.received || a.label.localeCompare(b.label, 'zh'));
    return {
      centerId: scope.root?.globalId ?? null, from, to, groupBy: groupBy ?? null,
      totals: figures(totalsRow ?? emptyRow()), groups, repeatSourceCount: repeat.count, repeatSources: repeat.top,
    };
  }

  private async labels(groupBy: LedgerDimension, keys: string[]): Promise<Map<string, string>> {
    const ids = keys.filter((k) => /^\d+$/.test(k)).map(Number);
    const reads = staleReads(this.ctx.em);
    switch (groupBy) {
      case LedgerDimension.CENTER: {
        const rows = await reads.execute<{ id: number; name: string }[]>(`select id, name from center where id in (?)`, [ids.length ? ids : [-1]]);
        return new Map(rows.map((r) => [String(r.id), r.name]));
      }
      case LedgerDimension.AGENCY: {
        const rows = await reads.execute<{ id: number; name: string }[]>(`select id, name from agency where id in (?)`, [ids.length ? ids : [-1]]);
        return new Map([...rows.map((r) => [String(r.id), r.name] as [string, string]), ['NONE', '未分派']]);
      }
      case LedgerDimension.CATEGORY: {
        const rows = await reads.execute<{ code: string; name_zh: string }[]>(`select code, name_zh from category`);
        return new Map(rows.map((r) => [r.code, r.name_zh]));
      }
      case LedgerDimension.CHANNEL:
        return new Map(Object.entries(CHANNEL_ZH));
      case LedgerDimension.KIND:
        return new Map(Object.entries(KIND_ZH));
      case LedgerDimension.RISK:
        return new Map(Object.entries(RISK_ZH));
    }
  }

  /**
   * Parties (by ID number, else by name) in two or more of the cohort's cases. A region-wide calendar
   * year reads the kept per-year counts (party_source_year: the top of one partial index); any other
   * cohort groups its rows of case_party_source — one row per case, side, type and source key, kept by
   * the party writes with the case's received_at and receiving center, so the cohort is a range of one
   * narrow index (ledger-facts.entity.ts).
   */
  private async repeatSources(em: EntityManager, cohort: { sql: string; params: unknown[] }, year: number | null): Promise<{ count: number; top: RepeatSource[] }> {
    type Row = { name: string; type: string; role: string; cases: string | number; total: string };
    const rows = year !== null
      ? await em.execute<Row[]>(
        `select k.name, k.type, k.role, k.cases, count(*) over () as total
           from party_source_year k
          where k.year = ? and k.cases > 1
          order by k.cases desc, k.name
          limit 10`,
        [year],
      )
      : await em.execute<Row[]>(
        `select min(k.name) as name, k.type, k.role, count(*) as cases, count(*) over () as total
           from case_party_source k
          where ${cohort.sql}
          group by k.role, k.type, k.source
         having count(*) > 1
          order by cases desc, name
          limit 10`,
        cohort.params,
      );
    return {
      count: Number(rows[0]?.total ?? 0),
      top: rows.map((r) => ({
        label: r.type === 'PERSON' ? maskName(r.name) : r.name,
        role: PARTY_ROLE_ZH[r.role]!,
        cases: Number(r.cases),
      })),
    };
  }
}

/** Which costly parts of a ledger to compute; figures not computed read 0 / null (callers leave them unselected). */
export interface LedgerParts {
  /** Repeat sources (a statement of its own). */
  repeatSources: boolean;
  /** Extensions, supervisions, feedback and satisfaction (the per-case counters, case_ledger_fact). */
  sideTables: boolean;
  /** Dispatch and resolution medians and 90th percentiles (sorts). */
  percentiles: boolean;
}

export const ALL_PARTS: LedgerParts = { repeatSources: true, sideTables: true, percentiles: true };
export const FIGURES_ONLY: LedgerParts = { repeatSources: false, sideTables: true, percentiles: true };

/** Runs `work` in its own read-only transaction on a fork, with work_mem raised for its sorts and hashes. */
function roomy<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return em.fork().transactional(async (tx) => {
    await tx.execute(`set local work_mem = '64MB'`);
    return work(tx);
  }, { readOnly: true });
}

/** The calendar year when the cohort is a whole year of the whole region (the kept per-year counts answer it), else null. */
function wholeYear(scope: LedgerScope, from: string, to: string): number | null {
  const year = from.slice(0, 4);
  return scope.root === null && from === `${year}-01-01` && to === `${year}-12-31` ? Number(year) : null;
}

function groupKey(groupBy: LedgerDimension, key: string): string {
  if (key === 'NONE' || !/^\d+$/.test(key)) return key;
  return groupBy === LedgerDimension.CENTER ? toGlobalId('Center', Number(key)) : groupBy === LedgerDimension.AGENCY ? toGlobalId('Agency', Number(key)) : key;
}

function emptyRow(): FigureRow {
  return {
    key: null, grouped: 1, received: '0', resolved: '0', failed: '0', open: '0', overdue: '0', rejected: '0', withdrawn: '0',
    dispatched: '0', within15: '0', dispatch_p50: null, dispatch_p90: null, resolve_p50: null, resolve_p90: null,
    ext_requested: '0', ext_approved: '0', supervisions: '0', feedbacks: '0', satisfied: '0',
  };
}
