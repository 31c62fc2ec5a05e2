import type { ExportColumn, ExportRow, ExportTable } from '../../shared/export/columns.js';
import { LedgerDimension, type Ledger, type LedgerFigures } from './ledger.types.js';

/** How each breakdown is named to people: the xlsx sheet tabs and the CSV's 维度 column. */
export const DIMENSION_ZH: Record<LedgerDimension, string> = {
  [LedgerDimension.CENTER]: '按中心', [LedgerDimension.AGENCY]: '按部门', [LedgerDimension.CATEGORY]: '按类别',
  [LedgerDimension.CHANNEL]: '按渠道', [LedgerDimension.KIND]: '按种类', [LedgerDimension.RISK]: '按风险',
};

const FIGURES: [keyof LedgerFigures, ExportColumn][] = [
  ['received', { header: '受理数', type: 'integer' }], ['resolved', { header: '化解数', type: 'integer' }],
  ['failed', { header: '调解不成', type: 'integer' }], ['open', { header: '在办', type: 'integer' }],
  ['overdue', { header: '超期', type: 'integer' }], ['rejected', { header: '不予受理', type: 'integer' }],
  ['withdrawn', { header: '撤回', type: 'integer' }], ['resolutionRate', { header: '化解率', type: 'percent' }],
  ['dispatched', { header: '已分流', type: 'integer' }], ['dispatchMinutesMedian', { header: '分流用时中位数（分钟）', type: 'number' }],
  ['dispatchMinutesP90', { header: '分流用时90分位（分钟）', type: 'number' }],
  ['dispatchedWithin15MinutesRate', { header: '15分钟内分流率', type: 'percent' }],
  ['resolutionHoursMedian', { header: '化解用时中位数（小时）', type: 'number' }],
  ['resolutionHoursP90', { header: '化解用时90分位（小时）', type: 'number' }],
  ['extensionsRequested', { header: '延期申请', type: 'integer' }], ['extensionsApproved', { header: '延期批准', type: 'integer' }],
  ['supervisions', { header: '督办', type: 'integer' }], ['feedbacks', { header: '回访', type: 'integer' }],
  ['satisfactionRate', { header: '满意率', type: 'percent' }],
];

/** Widths are measured from the content by the writer. */
export const LEDGER_COLUMNS: ExportColumn[] = [{ header: '分组' }, ...FIGURES.map(([, c]) => c)];

const figureCells = (f: LedgerFigures): unknown[] => FIGURES.map(([k]) => f[k]);

/** The ledger as a table: one row per group, the 合计 row as the footer (outside the filter, last). */
export function ledgerTable(ledger: Ledger): Pick<ExportTable, 'rows' | 'footer'> {
  return { rows: ledger.groups.map((g) => [g.label, ...figureCells(g.figures)]), footer: [['合计', ...figureCells(ledger.totals)]] };
}

/**
 * Every breakdown in one CSV table with a 维度 column ('按部门' …): the groups of each dimension, then one
 * 合计 row (the totals are the same for every dimension).
 */
export function ledgerCsvTable(ledgers: readonly { dimension: LedgerDimension; ledger: Ledger }[]): ExportTable {
  const rows: ExportRow[] = ledgers.flatMap(({ dimension, ledger }) =>
    ledger.groups.map((g) => [DIMENSION_ZH[dimension], g.label, ...figureCells(g.figures)]));
  const totals = ledgers[0]?.ledger.totals;
  return { columns: [{ header: '维度' }, ...LEDGER_COLUMNS], rows, footer: totals ? [['', '合计', ...figureCells(totals)]] : [] };
}
