import { raw, type FilterQuery } from '@mikro-orm/core';
import { localId } from '../../shared/ids.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { sqlFilter } from '../../shared/sql-fragment.js';
import { likePattern } from '../../shared/validation.js';
import { Center } from '../organisation/center.entity.js';
import { subtreeWhere } from '../organisation/center.service.js';
import { CaseWorkflow } from './case-core.js';
import { Case } from './case.entity.js';
import type { CasesArgs } from './case.inputs.js';
import { overdueSql } from './overdue.js';

/** Newest first; the id makes the order total (cursors are `[receivedAt, id]`). */
export const CASE_ORDER = { receivedAt: 'desc', id: 'desc' } as const;

const SHANGHAI_MIDNIGHT = (date: string) => new Date(`${date}T00:00:00+08:00`);

export class CaseQueryService extends CaseWorkflow {
  async list(args: CasesArgs, maxPage?: number): Promise<Page<Case>> {
    return paginate(this.em, Case, await this.where(args), CASE_ORDER, args, maxPage);
  }

  /** The cases a list shows: the viewer's scope narrowed by the filter. */
  async where(args: CasesArgs): Promise<FilterQuery<Case>> {
    const f = args.filter ?? {};
    const and: FilterQuery<Case>[] = [this.access.visibleWhere()];
    if (f.centerSubtreeOf != null) {
      const root = await this.em.findOne(Center, { id: localId(f.centerSubtreeOf, 'Center') ?? -1 });
      and.push(root ? { center: subtreeWhere(root) } : { id: -1 });
    }
    if (f.statuses?.length) and.push({ status: { $in: f.statuses } });
    if (f.kinds?.length) and.push({ kind: { $in: f.kinds } });
    if (f.categoryCodes?.length) and.push({ category: { code: { $in: f.categoryCodes } } });
    if (f.riskLevels?.length) and.push({ riskLevel: { $in: f.riskLevels } });
    if (f.receivedFrom) and.push({ receivedAt: { $gte: SHANGHAI_MIDNIGHT(f.receivedFrom) } });
    if (f.receivedTo) and.push({ receivedAt: { $lt: new Date(SHANGHAI_MIDNIGHT(f.receivedTo).getTime() + 86_400_000) } });
    const current = (column: 'agency_id' | 'mediator_id', id: number) =>
      ({ [raw((a: string) => `exists (select 1 from assignment x where x.case_id = ${a}.id and x.ended_at is null and x.${column} = ?)`, [id])]: [] }) as FilterQuery<Case>;
    if (f.agencyId != null) and.push(current('agency_id', localId(f.agencyId, 'Agency') ?? -1));
    if (f.mediatorId != null) and.push(current('mediator_id', localId(f.mediatorId, 'Mediator') ?? -1));
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
    return { $and: and };
  }
}
