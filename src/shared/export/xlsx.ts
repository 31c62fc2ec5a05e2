/**
 * Streaming xlsx: a workbook is written straight into a ZIP stream, row after row, so exporting 100,000
 * cases costs the memory of a page of rows, not of the spreadsheet.
 *
 *   await pipeline(xlsxStream({ sheetName: '案件', columns, rows }), response);
 */
import type { ExportTable } from './columns.js';
import { contentTypes, ROOT_RELS, STYLES, workbook, workbookRels } from './xlsx-parts.js';
import { MAX_COLUMNS, worksheet, type SheetOutcome } from './xlsx-sheet.js';
import { zipStream, type ZipEntry } from './zip.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxSheet extends ExportTable {
  /** Shown on the sheet's tab: 1–31 characters, none of []:*?/\ (see `sheetNameFrom` for names from data). */
  sheetName: string;
  /**
   * A title row above the header, merged across the columns and printed on every page with the header,
   * e.g. '伊金霍洛旗综治中心 案件清单（受理日期 2025-01-01 至 2025-12-31）'.
   */
  title?: string;
}

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\\x00-\x1f]/;
const MAX_SHEET_NAME = 31;

/** One sheet, as Buffers; see `xlsxWorkbookStream`. */
export function xlsxStream(sheet: XlsxSheet): AsyncGenerator<Buffer> {
  return xlsxWorkbookStream([sheet]);
}

/**
 * Several sheets, written one after another in the given order. Names and columns are checked here, before
 * the first byte is sent; a bad value in a row can only be reported mid-stream, by an error from the stream.
 */
export function xlsxWorkbookStream(sheets: readonly XlsxSheet[]): AsyncGenerator<Buffer> {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const sheet of sheets) {
    checkSheetName(sheet.sheetName);
    // Excel compares sheet names without regard to case.
    const key = sheet.sheetName.toLocaleUpperCase('en');
    if (seen.has(key)) throw new RangeError(`duplicate sheet name ${JSON.stringify(sheet.sheetName)}`);
    seen.add(key);
    if (sheet.columns.length === 0 || sheet.columns.length > MAX_COLUMNS) {
      throw new RangeError(`sheet ${JSON.stringify(sheet.sheetName)}: 1 to ${MAX_COLUMNS} columns, got ${sheet.columns.length}`);
    }
  }
  return zipStream(entries(sheets));
}

/** A valid sheet name made from any text, e.g. a center's name: forbidden characters become '_'. */
export function sheetNameFrom(text: string, fallback = 'Sheet1'): string {
  let name = text.replace(new RegExp(FORBIDDEN_IN_SHEET_NAME, 'g'), '_');
  if (name.length > MAX_SHEET_NAME) name = name.slice(0, /[\uD800-\uDBFF]/.test(name[MAX_SHEET_NAME - 1]!) ? MAX_SHEET_NAME - 1 : MAX_SHEET_NAME);
  name = name.trim().replace(/^'+|'+$/g, '');
  return name && name.toLowerCase() !== 'history' ? name : fallback;
}

function checkSheetName(name: string): void {
  const problem =
    name.length === 0 ? 'is empty'
    : name.length > MAX_SHEET_NAME ? `is longer than ${MAX_SHEET_NAME} characters`
    : FORBIDDEN_IN_SHEET_NAME.test(name) ? 'contains one of []:*?/\\ or a control character'
    : name.startsWith("'") || name.endsWith("'") ? "starts or ends with an apostrophe"
    : name.toLowerCase() === 'history' ? 'is reserved by Excel'
    : undefined;
  if (problem) throw new RangeError(`sheet name ${JSON.stringify(name)} ${problem}`);
}

/**
 * A generator, so each part is built only when the ZIP writer asks for it: the workbook, which needs every
 * sheet's final row count for its filter ranges, is built after the worksheets have been streamed.
 */
function* entries(sheets: readonly XlsxSheet[]): Generator<ZipEntry> {
  yield { name: '[Content_Types].xml', data: contentTypes(sheets.length) };
  yield { name: '_rels/.rels', data: ROOT_RELS };
  const outcomes: SheetOutcome[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const outcome: SheetOutcome = { range: 'A1', repeatRows: 1 };
    outcomes.push(outcome);
    yield { name: `xl/worksheets/sheet${i + 1}.xml`, data: worksheet(sheet.sheetName, sheet, i === 0, outcome) };
  }
  yield { name: 'xl/workbook.xml', data: workbook(sheets.map((s, i) => ({ name: s.sheetName, filterRange: outcomes[i]!.range, repeatRows: outcomes[i]!.repeatRows }))) };
  yield { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(sheets.length) };
  yield { name: 'xl/styles.xml', data: STYLES };
}
