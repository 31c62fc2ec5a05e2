import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { localId } from '../../shared/ids.js';
import { cursorValues, paginate, type Page } from '../../shared/pagination.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { sqlFilter } from '../../shared/sql-fragment.js';
import { likePattern } from '../../shared/validation.js';
import { Center } from '../organisation/center.entity.js';
import { subtreeWhere } from '../organisation/center.service.js';
import { CaseWorkflow } from './case-core.js';
import { Case } from './case.entity.js';
import { CaseStatus } from './case.enums.js';
import type { CasesArgs } from './case.inputs.js';
import { overdueSql } from './overdue.js';

/** Newest first; the id makes the order total (cursors are `[receivedAt, id]`). */
export const CASE_ORDER = { receivedAt: 'desc', id: 'desc' } as const;

const SHANGHAI_MIDNIGHT = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** What a page's cases can be read newest first from (see `CaseQueryService.filters`). */
type Driver = { agencyId: number } | { mediatorId: number } | { subtree: Center };

// Symbol keys too: raw SQL conditions (visibility, an agency's or mediator's current assignment, supervised,
// overdue) are keyed by MikroORM's raw() symbols, which Object.keys does not list.
const trivial = (w: FilterQuery<Case>) => Reflect.ownKeys(w as object).length === 0;

export class CaseQueryService extends CaseWorkflow {
  async list(args: CasesArgs, maxPage?: number): Promise<Page<Case>> {
    const { where, page } = await this.filters(args);
    const result = await paginate(this.em, Case, page, CASE_ORDER, args, maxPage);
    const em = this.em;
    // Counted over the whole filter, not over the page's candidates.
    return { edges: result.edges, nodes: result.nodes, pageInfo: result.pageInfo, get totalCount() { return em.count(Case, where); } };
  }

  /** The cases a list shows: the viewer's scope narrowed by the filter. */
  async where(args: CasesArgs): Promise<FilterQuery<Case>> {
    return (await this.filters(args)).where;
  }

  /**
   * `where`: the cases a list shows. `page`: the same, narrowed to the ids of the page (`first` + 1 after
   * the cursor) when an agency, a mediator or a center subtree is filtered for, found by an index range
   * scan that reads them newest first — `assignment (agency_id | mediator_id, received_at desc, case_id
   * desc) where ended_at is null`, or `hub_case (center_id, received_at desc, id desc)` per center of the
   * subtree (the undispatched queue from its partial index) — instead of walking every case newest first
   * or sorting all of an agency's. The candidates are found with every condition applied, so `page` is
   * `id = any(array(candidates))` alone and the page is the same as without them.
   */
  async filters(args: CasesArgs): Promise<{ where: FilterQuery<Case>; page: FilterQuery<Case> }> {
    const f = args.filter ?? {};
    const visible = this.access.visibleWhere();
    const and: FilterQuery<Case>[] = [visible];
    // Conditions an index can read newest first; the first present drives the page (an agency's or a
    // mediator's current cases are fewer than a subtree's), the others are plain conditions.
    const drivers: [Driver, FilterQuery<Case>][] = [];
    const current = (column: 'agency_id' | 'mediator_id', id: number) =>
      ({ [raw((a: string) => `exists (select 1 from assignment x where x.case_id = ${a}.id and x.ended_at is null and x.${column} = ?)`, [id])]: [] }) as FilterQuery<Case>;
    if (f.agencyId != null) {
      const agencyId = localId(f.agencyId, 'Agency') ?? -1;
      drivers.push([{ agencyId }, current('agency_id', agencyId)]);
    }
    if (f.mediatorId != null) {
      const mediatorId = localId(f.mediatorId, 'Mediator') ?? -1;
      drivers.push([{ mediatorId }, current('mediator_id', mediatorId)]);
    }
    if (f.centerSubtreeOf != null) {
      const root = await this.em.findOne(Center, { id: localId(f.centerSubtreeOf, 'Center') ?? -1 });
      if (root) drivers.push([{ subtree: root }, { center: subtreeWhere(root) }]);
      else and.push({ id: -1 });
    }
    if (f.statuses?.length) and.push({ status: { $in: f.statuses } });
    if (f.kinds?.length) and.push({ kind: { $in: f.kinds } });
    if (f.categoryCodes?.length) and.push({ category: { code: { $in: f.categoryCodes } } });
    if (f.riskLevels?.length) and.push({ riskLevel: { $in: f.riskLevels } });
    if (f.receivedFrom) and.push({ receivedAt: { $gte: SHANGHAI_MIDNIGHT(f.receivedFrom) } });
    if (f.receivedTo) and.push({ receivedAt: { $lt: new Date(SHANGHAI_MIDNIGHT(f.receivedTo).getTime() + 86_400_000) } });
    if (f.overdue != null) {
      const today = shanghaiDate(this.now());
      and.push(sqlFilter<Case>((a) => {
        const rule = overdueSql(a, today);
        return f.overdue ? rule : { sql: `not ${rule.sql}`, params: rule.params };
      }));
    }
    if (f.supervised != null) {
      and.push({ [raw((a: string) => `${f.supervised ? '' : 'not '}exists (select 1 from supervision s where s.case_id = ${a}.id and s.answered_at is null)`)]: [] } as FilterQuery<Case>);
    }
    const search = f.search?.trim();
    if (search) and.push({ searchText: { $ilike: likePattern(search) } });
    const all = [...and, ...drivers.map(([, condition]) => condition)];
    const where = { $and: all };
    const [driver, ...others] = drivers;
    // A viewer who sees every case adds no condition to the walk (else a probe of each case walked).
    const rest = [...and, ...others.map(([, condition]) => condition)].filter((w) => w !== visible || !this.access.seesEveryCase());
    const page = driver ? this.pageCandidates(driver[0], rest, args) : undefined;
    // The candidates already passed every condition (the driver's own by its index), in the same snapshot:
    // repeating them around the page only cost PostgreSQL work — a generic plan hash-joined all of an
    // agency's current assignments (8,621 at 1M cases) for a 20-case page (docs/performance.md, 2026-12-01).
    return { where, page: page ?? where };
  }

  /**
   * `id = any(array(the page's candidates))`: the first `first + 1` cases after the cursor that pass `rest`,
   * read newest first from the driver's index. An array, computed once before the page's own scan: with
   * `id in (…)` a generic plan could walk `hub_case_received_at_index` backwards (cursor pages) semi-joining
   * the candidates instead of fetching them by key. Undefined for `last`/`before` pages; a cursor that is not a
   * case cursor is BAD_USER_INPUT on `after`, as `paginate` would answer.
   */
  private pageCandidates(driver: Driver, rest: FilterQuery<Case>[], args: CasesArgs): FilterQuery<Case> | undefined {
    if (args.first == null || args.last != null || args.before != null) return undefined;
    const after = args.after != null ? caseCursor(this.em, args.after, 'after') : null;
    const limit = args.first + 1;
    const others = rest.filter((w) => !trivial(w));
    if ('subtree' in driver) {
      // One range scan per center of the subtree, each stopping after `limit` rows that pass; merged.
      const statuses = args.filter?.statuses ?? [];
      // A range, not `=`: an equality makes center_id a constant of the order, and PostgreSQL may then walk
      // received_at's own index filtering by center (a generic plan guesses a tenth of the center's cases
      // are wanted, and that index follows the table's order). Ordered by center first, only the
      // center's own indexes give the order without sorting every case of the center.
      const perCenter: FilterQuery<Case>[] = [...others, { [raw('k.center_id between ce.id and ce.id')]: [] } as FilterQuery<Case>];
      // A literal, so even a generic plan may use the partial index of cases waiting to be dispatched.
      if (statuses.length === 1 && statuses[0] === CaseStatus.RECEIVED) perCenter.push({ [raw(`k.status = 'RECEIVED'`)]: [] } as FilterQuery<Case>);
      if (after) perCenter.push({ $or: [{ receivedAt: { $lt: after[0] } }, { receivedAt: after[0], id: { $lt: after[1] } }] });
      const qb = this.em.createQueryBuilder(Case, 'k').select(['k.id', 'k.receivedAt']).where({ $and: perCenter } as never).orderBy({ center: 'asc', ...CASE_ORDER }).limit(limit);
      const root = driver.subtree;
      return { [raw((a: string) => `${a}.id = any(array(select t.id from center ce cross join lateral (${qb.getQuery()}) t
        where ce.id = ? or ce.ancestry like ? order by t.received_at desc, t.id desc limit ?))`,
      [...qb.getParams(), root.id, `${root.childAncestry}%`, limit])]: [] } as FilterQuery<Case>;
    }
    const column = 'agencyId' in driver ? 'agency_id' : 'mediator_id';
    const id = 'agencyId' in driver ? driver.agencyId : driver.mediatorId;
    const params: unknown[] = [];
    let join = '';
    if (others.length) {
      // `limit 1` (the case by its key): a subquery with a limit is not flattened, so even a generic plan probes
      // the case of each assignment walked instead of hash-joining every case that passes the conditions.
      const qb = this.em.createQueryBuilder(Case, 'k').select('k.id').where({ $and: [...others, { [raw('k.id = d.case_id')]: [] }] } as never).limit(1);
      join = `join lateral (${qb.getQuery()}) k on true`;
      params.push(...qb.getParams());
    }
    params.push(id);
    let cursor = '';
    if (after) {
      cursor = 'and (d.received_at, d.case_id) < (?, ?)';
      params.push(after[0], after[1]);
    }
    params.push(limit);
    // Grouped: a case's lead agency is often also its mediator's, two current rows of one agency.
    return { [raw((a: string) => `${a}.id = any(array(select d.case_id from assignment d ${join}
      where d.${column} = ? and d.ended_at is null ${cursor}
      group by d.received_at, d.case_id order by d.received_at desc, d.case_id desc limit ?))`, params)]: [] } as FilterQuery<Case>;
  }
}

/** `[receivedAt, id]` of a case cursor (`CASE_ORDER`), checked as every connection's cursors are. */
export function caseCursor(em: EntityManager, cursor: string, argument: 'after' | 'before'): [Date, number] {
  return cursorValues(em.getMetadata(Case), CASE_ORDER, cursor, argument) as [Date, number];
}
