import { contextWith, type HubContext } from '../../shared/context.js';
import type { ExportColumn, ExportRow } from '../../shared/export/columns.js';
import { personalValue } from '../cases/personal-data.js';
import { CHANNEL_ZH, KIND_ZH, RISK_ZH, STATUS_ZH } from '../cases/case-labels.js';
import { AssignmentRole } from '../cases/assignment.entity.js';
import { CaseAccess } from '../cases/case-access.js';
import { CaseQueryService } from '../cases/case-query.service.js';
import type { Case } from '../cases/case.entity.js';
import type { CaseFilter } from '../cases/case.inputs.js';
import { CaseStatus } from '../cases/case.enums.js';
import { PartyRole } from '../cases/party.entity.js';
import { representedCount } from '../cases/case-core.js';
import { Center } from '../organisation/center.entity.js';
import { localId } from '../../shared/ids.js';
import { staleReads } from '../../shared/read-replica.js';
import { toShanghaiIso } from '../../shared/scalars.js';


/** Rows read per round trip: big enough to amortise the queries, small enough to keep memory flat. */
const EXPORT_PAGE = 500;

// Widths are measured from the content by the writer; phones and ID numbers are identifiers, so that
// spreadsheets keep all 18 digits and the leading 0 of a landline.
export const CASE_COLUMNS: ExportColumn[] = [
  { header: '案件编号' }, { header: '受理时间', type: 'datetime' }, { header: '受理中心' },
  { header: '当前办理中心' }, { header: '种类' }, { header: '渠道' }, { header: '类别' },
  { header: '标题' }, { header: '状态' }, { header: '风险' }, { header: '争议金额（元）', type: 'money' },
  { header: '代表人数', type: 'integer' }, { header: '申请人' }, { header: '申请人电话', type: 'identifier' },
  { header: '申请人证件号', type: 'identifier' }, { header: '被申请人' }, { header: '牵头部门' },
  { header: '首次分流时间', type: 'datetime' }, { header: '受理期限', type: 'date' }, { header: '办结期限', type: 'date' },
  { header: '化解/调解不成时间', type: 'datetime' }, { header: '办结时间', type: 'datetime' },
];

/**
 * The title row of the case list: whose cases (the filtered subtree, else the viewer's centers) and which
 * period, e.g. '伊金霍洛旗综治中心 案件清单（受理日期 2025-01-01 至 2025-12-31，导出于 2026-11-30 09:30）'.
 */
export async function caseListTitle(ctx: HubContext, filter: CaseFilter | null): Promise<string> {
  const subtree = filter?.centerSubtreeOf ? localId(filter.centerSubtreeOf, 'Center') : undefined;
  const grants = ctx.viewer.grants.map((g) => g.centerId);
  const ids = subtree !== undefined ? [subtree] : grants.includes(null) ? [] : [...new Set(grants as number[])];
  const names = ids.length ? (await staleReads(ctx.em).find(Center, { id: { $in: ids } }, { orderBy: { divisionCode: 'asc' } })).map((c) => c.name) : [];
  const who = names.join('、') || '全部中心';
  const { receivedFrom: from, receivedTo: to } = filter ?? {};
  const period = from && to ? `受理日期 ${from} 至 ${to}` : from ? `受理日期 ${from} 起` : to ? `受理日期截至 ${to}` : '全部受理日期';
  const now = toShanghaiIso(ctx.clock());
  return `${who} 案件清单（${period}，导出于 ${now.slice(0, 10)} ${now.slice(11, 16)}）`;
}

/**
 * Rows of a filtered case list, exactly as the `cases` query would show them to this viewer: the same
 * service (scope and filter), the same personal-data rule (full values audited), read page by page
 * with keyset cursors (500 at a time) and a cleared identity map, so 100,000 rows never sit in memory together.
 * An export tolerates a few seconds' staleness: each page is read on the streaming replica when it is close
 * behind and has this client's own writes (`staleReads`), else on the primary; the audit rows go to the primary.
 */
export async function* caseRows(ctx: HubContext, filter: CaseFilter | null): AsyncGenerator<ExportRow> {
  let after: string | null = null;
  for (;;) {
    // Decided per page, so a long export moves to the primary when the replica falls behind midway.
    const reads = contextWith(ctx, { em: staleReads(ctx.em) });
    const page = await new CaseQueryService(reads).list({ filter, first: EXPORT_PAGE, after }, EXPORT_PAGE);
    if (page.nodes.length === 0) return;
    await reads.em.populate(page.nodes, ['parties', 'assignments.agency', 'center', 'originCenter', 'category'] as never);
    const access = new CaseAccess(reads);
    const rows: ExportRow[] = [];
    for (const c of page.nodes) rows.push(await caseRow(reads, access, c));
    await ctx.audit.flush(ctx.em);
    yield* rows;
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
    ctx.em.clear();
    ctx.memo.clear();
  }
}

async function caseRow(ctx: HubContext, access: CaseAccess, c: Case): Promise<ExportRow> {
  const full = await access.canSeePersonalData(c);
  const parties = c.parties.getItems();
  const applicants = parties.filter((p) => p.role === PartyRole.APPLICANT);
  const reveal = (p: (typeof parties)[number], field: 'phone' | 'idNumber') => personalValue(ctx, full, c.id, p, field);
  const lead = c.assignments.getItems().find((a) => a.role === AssignmentRole.LEAD && a.endedAt === null);
  return [
    c.number, c.receivedAt, c.originCenter.getEntity().name, c.center.getEntity().name, KIND_ZH[c.kind], CHANNEL_ZH[c.channel],
    c.category.getEntity().nameZh, c.title, STATUS_ZH[c.status as CaseStatus], RISK_ZH[c.riskLevel], c.amount,
    representedCount(parties),
    applicants.map((p) => p.name).join('、'), applicants.map((p) => reveal(p, 'phone')).filter(Boolean).join('、') || null,
    applicants.map((p) => reveal(p, 'idNumber')).filter(Boolean).join('、') || null,
    parties.filter((p) => p.role === PartyRole.RESPONDENT).map((p) => p.name).join('、'),
    lead?.agency?.getEntity().name ?? null, c.dispatchedAt, c.acceptDueDate, c.dueDate, c.concludedAt, c.closedAt,
  ];
}
