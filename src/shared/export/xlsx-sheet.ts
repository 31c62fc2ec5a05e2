/**
 * One worksheet streamed row by row. Text goes in inline strings (`t="inlineStr"`) rather than the
 * shared-strings table, which would have to collect every distinct string of the sheet before it could
 * be written. Inline strings are never formulas, so a cell starting with '=' is harmless here.
 */
import { rowCells, type Cell } from './cells.js';
import type { ExportColumn, ExportTable } from './columns.js';
import { TextChunker } from './chunker.js';
import { HEADER_STYLE, MAIN_NS, REL_NS, STYLE_OF } from './xlsx-parts.js';
import { cellText } from './xml.js';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
const DAY_MS = 86_400_000;
// Serial numbers count days from 1899-12-30 (absorbing Lotus 1-2-3's phantom 1900-02-29), so 1970-01-01 is 25569.
const SERIAL_OF_1970 = 25_569;

const DEFAULT_WIDTH: Record<NonNullable<ExportColumn['type']>, number> = {
  string: 12,
  number: 12,
  integer: 10,
  money: 14,
  percent: 10,
  date: 12,
  datetime: 17,
};

export interface SheetOutcome {
  /** The header row and the data rows, e.g. 'A1:F101'. */
  range: string;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A given width, or one that fits the header: CJK characters are about two Latin characters wide. */
export function columnWidth(column: ExportColumn): number {
  if (column.width !== undefined) {
    if (!(column.width > 0 && column.width <= 255)) throw new RangeError(`column ${JSON.stringify(column.header)}: width must be in (0, 255]`);
    return column.width;
  }
  let headerWidth = 2; // room for the autofilter button
  for (const ch of column.header) headerWidth += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return Math.min(Math.max(headerWidth, DEFAULT_WIDTH[column.type ?? 'string']), 60);
}

export async function* worksheet(
  name: string,
  table: ExportTable,
  tabSelected: boolean,
  outcome: SheetOutcome,
): AsyncGenerator<Buffer> {
  const { columns } = table;
  const letters = columns.map((_, i) => columnName(i));
  const styles = columns.map((c) => STYLE_OF[c.type ?? 'string']);
  const out = new TextChunker();

  const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(c)}" customWidth="1"/>`);
  const header = columns.map((c, i) => textCell(`${letters[i]}1`, c.header, HEADER_STYLE));
  out.add(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      `<sheetViews><sheetView${tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols.join('')}</cols>` +
      `<sheetData><row r="1">${header.join('')}</row>`,
  );

  let r = 1;
  for await (const row of table.rows) {
    r += 1;
    if (r > MAX_ROWS) throw new RangeError(`sheet ${JSON.stringify(name)}: more than ${MAX_ROWS - 1} data rows, Excel's limit`);
    const cells = rowCells(row, columns, `sheet ${JSON.stringify(name)}, row ${r}`);
    let xml = '';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell) xml += cellXml(`${letters[i]}${r}`, cell, styles[i]!);
    }
    // An empty row is left out; the row numbers of the rows after it stay right because each names itself.
    const chunk = xml && out.add(`<row r="${r}">${xml}</row>`);
    if (chunk) yield chunk;
  }

  outcome.range = `A1:${letters.at(-1)}${r}`;
  out.add(`</sheetData><autoFilter ref="${outcome.range}"/></worksheet>`);
  yield out.take()!;
}

function cellXml(ref: string, cell: Cell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  switch (cell.kind) {
    case 'text':
      return textCell(ref, cell.text, style);
    case 'number':
      return `<c r="${ref}"${s}><v>${cell.literal}</v></c>`;
    case 'date':
      return `<c r="${ref}"${s}><v>${cell.days + SERIAL_OF_1970}</v></c>`;
    case 'datetime':
      return `<c r="${ref}"${s}><v>${cell.wallMs / DAY_MS + SERIAL_OF_1970}</v></c>`;
  }
}

function textCell(ref: string, text: string, style: number): string {
  const t = cellText(text);
  if (!t) return '';
  const s = style ? ` s="${style}"` : '';
  // Without xml:space="preserve" leading and trailing spaces may be dropped by the reader.
  const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"${s}><is><t${space}>${t}</t></is></c>`;
}
