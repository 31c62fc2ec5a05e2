import type { ExportColumn, ExportRow } from '../../shared/export/columns.js';
import type { Ledger, LedgerFigures } from './ledger.types.js';

const FIGURES: [keyof LedgerFigures, ExportColumn][] = [
  ['received', { header: '受理数', type: 'integer' }], ['resolved', { header: '化解数', type: 'integer' }],
  ['failed', { header: '调解不成', type: 'integer' }], ['open', { header: '在办', type: 'integer' }],
  ['overdue', { header: '超期', type: 'integer' }], ['rejected', { header: '不予受理', type: 'integer' }],
  ['withdrawn', { header: '撤回', type: 'integer' }], ['resolutionRate', { header: '化解率', type: 'percent' }],
  ['dispatched', { header: '已分流', type: 'integer' }], ['dispatchMinutesMedian', { header: '分流用时中位数（分钟）', type: 'number', width: 14 }],
  ['dispatchMinutesP90', { header: '分流用时90分位（分钟）', type: 'number', width: 14 }],
  ['dispatchedWithin15MinutesRate', { header: '15分钟内分流率', type: 'percent', width: 12 }],
  ['resolutionHoursMedian', { header: '化解用时中位数（小时）', type: 'number', width: 14 }],
  ['resolutionHoursP90', { header: '化解用时90分位（小时）', type: 'number', width: 14 }],
  ['extensionsRequested', { header: '延期申请', type: 'integer' }], ['extensionsApproved', { header: '延期批准', type: 'integer' }],
  ['supervisions', { header: '督办', type: 'integer' }], ['feedbacks', { header: '回访', type: 'integer' }],
  ['satisfactionRate', { header: '满意率', type: 'percent' }],
];

export const LEDGER_COLUMNS: ExportColumn[] = [{ header: '分组', width: 24 }, ...FIGURES.map(([, c]) => ({ width: 10, ...c }))];

const figureCells = (f: LedgerFigures): unknown[] => FIGURES.map(([k]) => f[k]);

/** The ledger as rows: the totals first, then each group. */
export function ledgerRows(ledger: Ledger): ExportRow[] {
  return [['合计', ...figureCells(ledger.totals)], ...ledger.groups.map((g) => [g.label, ...figureCells(g.figures)])];
}
