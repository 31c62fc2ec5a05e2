/**
 * One description of an exported table feeds every format (xlsx, csv), so a report is defined once and
 * the two downloads never disagree about headers, order or types.
 */

/**
 * How a column's values are read and shown.
 * - `string`   text as given (numbers, booleans and Dates are turned into text).
 * - `identifier` text made of digits that must stay text: ID numbers (18 digits), phones, bank accounts.
 *              A spreadsheet would read '511322198203152314' as 5.11322198203152E+17 and lose its last
 *              digits, or drop a phone's leading 0. xlsx writes a text cell with the text format '@'; CSV
 *              writes a tab before the value (see csv.ts for why a tab).
 * - `number`   a plain number, shown as Excel's General format.
 * - `integer`  shown as `0`; non-integral values are refused rather than silently rounded.
 * - `money`    shown as `#,##0.00`; decimal strings such as '302000.00' are written exactly as given.
 * - `percent`  a fraction (0.25 is 25%), shown as `0.00%`.
 * - `date`     a calendar date: a 'YYYY-MM-DD' string or a Date read in Asia/Shanghai.
 * - `datetime` a moment: a Date or an ISO 8601 string with its offset, shown in Asia/Shanghai.
 */
export type ExportColumnType = 'string' | 'identifier' | 'number' | 'integer' | 'money' | 'percent' | 'date' | 'datetime';

export interface ExportColumn {
  /** What the reader sees in the header row, e.g. '案件编号'. */
  header: string;
  /**
   * Column width in Excel's character units; when absent it is measured from the header and the first rows'
   * content (a CJK character counts two). Ignored by CSV.
   */
  width?: number;
  /** Defaults to `string`. */
  type?: ExportColumnType;
}

/** One row: values in column order; `null`, `undefined` and '' leave the cell empty. */
export type ExportRow = readonly unknown[];

/**
 * Rows are pulled one at a time, so a source that reads a database cursor page by page keeps only the
 * current page in memory. Async and plain iterables are both accepted.
 */
export type ExportRows = AsyncIterable<ExportRow> | Iterable<ExportRow>;

export interface ExportTable {
  columns: readonly ExportColumn[];
  /** Consumed once: build a fresh iterable for each download. */
  rows: ExportRows;
  /**
   * Rows after the data that are not data, e.g. the 合计 row: written last, outside the autofilter range,
   * so filtering or sorting the data never moves or hides them.
   */
  footer?: readonly ExportRow[];
}
