import type { EntityManager } from '@mikro-orm/postgresql';
import { SAME_SOURCE_MATCH } from '../cases/case-closure.service.js';
import { ACTIVE_STATUSES, OPEN_STATUSES } from '../cases/case.enums.js';
import { overdueSql } from '../cases/overdue.js';
import type { Center } from '../organisation/center.entity.js';

const list = (statuses: readonly string[]) => statuses.map((s) => `'${s}'`).join(',');

export interface Proposal {
  caseId: number;
  reasons: string[];
}

/**
 * The hard cases of a center's subtree for a joint review meeting (会商研判): overdue, supervised twice
 * or more, HIGH risk, failed mediation waiting for its referral to be followed up, and repeat sources
 * (案源同查: shares a source with another active case). Each with its reasons, most reasons first.
 */
export async function proposeAgenda(em: EntityManager, center: Center, today: string, limit = 30): Promise<Proposal[]> {
  const overdue = overdueSql('c', today);
  const rows = await em.execute<{ id: number; overdue: boolean; supervisions: string; high: boolean; failed: boolean; repeat: boolean }[]>(
    `select c.id,
            ${overdue.sql} as overdue,
            (select count(*) from supervision s where s.case_id = c.id) as supervisions,
            (c.risk_level = 'HIGH' and c.status in (${list(OPEN_STATUSES)})) as high,
            (c.status = 'FAILED') as failed,
            exists (select 1 from case_party p join case_party q on q.case_id <> p.case_id and ${SAME_SOURCE_MATCH('p', 'q')}
                      join hub_case o on o.id = q.case_id and o.status in (${list(ACTIVE_STATUSES)})
                     where p.case_id = c.id) as repeat
       from hub_case c join center cc on cc.id = c.center_id
      where (cc.id = ? or cc.ancestry like ?) and c.status in (${list(ACTIVE_STATUSES)})`,
    [...overdue.params, center.id, `${center.childAncestry}%`],
  );
  const proposals = rows.map((r) => {
    const reasons: string[] = [];
    if (r.overdue) reasons.push('超期');
    if (Number(r.supervisions) >= 2) reasons.push(`已督办${r.supervisions}次`);
    if (r.high) reasons.push('高风险（可能引发群体性事件）');
    if (r.failed) reasons.push('调解不成，待引导至仲裁/诉讼/复议');
    if (r.repeat) reasons.push('重复来源（案源同查）');
    return { caseId: r.id, reasons };
  }).filter((p) => p.reasons.length > 0);
  proposals.sort((a, b) => b.reasons.length - a.reasons.length || a.caseId - b.caseId);
  return proposals.slice(0, limit);
}
