/**
 * One worksheet streamed row by row. Text goes in inline strings (`t="inlineStr"`) rather than the
 * shared-strings table, which would have to collect every distinct string of the sheet before it could
 * be written. Inline strings are never formulas, so a cell starting with '=' is harmless here.
 */
import { rowCells, type Cell } from './cells.js';
import type { ExportColumn, ExportTable } from './columns.js';
import { TextChunker } from './chunker.js';
import { HEADER_STYLE, MAIN_NS, REL_NS, STYLE_OF, TITLE_STYLE } from './xlsx-parts.js';
import { cellText } from './xml.js';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
const DAY_MS = 86_400_000;
// Serial numbers count days from 1899-12-30 (absorbing Lotus 1-2-3's phantom 1900-02-29), so 1970-01-01 is 25569.
const SERIAL_OF_1970 = 25_569;

/** Rows read ahead to measure column widths; the rest stream through without being measured. */
const SAMPLE_ROWS = 500;
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
/** A header wider than its column's content wraps onto more lines rather than widening it past this. */
const HEADER_WRAP_WIDTH = 14;
const LINE_HEIGHT = 15;
// A4 landscape, fit to one page wide (as many pages tall as the rows need), centred, page numbers below:
// what a clerk would otherwise set by hand before printing a list.
const PRINT_SETUP =
  '<printOptions horizontalCentered="1"/>' +
  '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
  '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>';

export interface SheetOutcome {
  /** The header row and the data rows (not the title, not the footer), e.g. 'A2:F101'. */
  range: string;
  /** Rows repeated at the top of every printed page: the title (if any) and the header. */
  repeatRows: number;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Width in Excel's character units: CJK and other wide characters take two, like in a fixed-width font. */
export function displayWidth(text: string): number {
  let width = 0;
  let line = 0;
  for (const ch of text) {
    if (ch === '\n') {
      width = Math.max(width, line);
      line = 0;
      continue;
    }
    const code = ch.codePointAt(0)!;
    line += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
      || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
      || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000 ? 2 : 1;
  }
  return Math.max(width, line);
}

/** How wide a cell shows, in the format its column gives it. */
function cellWidth(cell: Cell, type: ExportColumn['type']): number {
  switch (cell.kind) {
    case 'text':
      return displayWidth(cell.text);
    case 'date':
      return 10;
    case 'datetime':
      return 16;
    case 'number': {
      const whole = cell.literal.replace('-', '').split('.')[0]!;
      if (type === 'money') return whole.length + Math.floor((whole.length - 1) / 3) + 3 + (cell.literal.startsWith('-') ? 1 : 0);
      if (type === 'percent') return 7;
      return cell.literal.length;
    }
  }
}

/**
 * Column widths from the header and the sampled rows: wide enough for the content (plus a little air),
 * and for the header unless the header is much wider than the content — then the header wraps.
 */
function measure(columns: readonly ExportColumn[], sample: readonly (Cell | undefined)[][]): { widths: number[]; headerLines: number } {
  let headerLines = 1;
  const widths = columns.map((column, i) => {
    if (column.width !== undefined) {
      if (!(column.width > 0 && column.width <= 255)) throw new RangeError(`column ${JSON.stringify(column.header)}: width must be in (0, 255]`);
      return column.width;
    }
    let content = 0;
    for (const cells of sample) {
      const cell = cells[i];
      if (cell) content = Math.max(content, cellWidth(cell, column.type));
    }
    content += 2;
    const header = displayWidth(column.header) + 3; // the autofilter button covers the header's right end
    const width = Math.min(Math.max(content, Math.min(header, Math.max(content, HEADER_WRAP_WIDTH)), MIN_WIDTH), MAX_WIDTH);
    headerLines = Math.max(headerLines, Math.ceil(header / width));
    return width;
  });
  return { widths, headerLines };
}

/** A sheet with an optional title row above the header; see `XlsxSheet`. */
export interface SheetTable extends ExportTable {
  title?: string;
}

export async function* worksheet(
  name: string,
  table: SheetTable,
  tabSelected: boolean,
  outcome: SheetOutcome,
): AsyncGenerator<Buffer> {
  const { columns } = table;
  const letters = columns.map((_, i) => columnName(i));
  const styles = columns.map((c) => STYLE_OF[c.type ?? 'string']);
  const out = new TextChunker();
  const headerRow = table.title ? 2 : 1;
  outcome.repeatRows = headerRow;

  // Read ahead to measure: rows come one at a time, so the first rows stand in for the rest.
  const rows = table.rows;
  const source: AsyncIterator<unknown> | Iterator<unknown> = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  try {
    yield* written();
  } finally {
    // Stopping early (a closed connection) must release the source, e.g. a database cursor.
    await source.return?.();
  }

  async function* written(): AsyncGenerator<Buffer> {
    const sample: (Cell | undefined)[][] = [];
    let r = headerRow;
    let done = false;
    while (sample.length < SAMPLE_ROWS) {
      const next = await source.next();
      if (next.done) {
        done = true;
        break;
      }
      sample.push(checkedRow(next.value, `row ${++r}`));
    }
    const footer = (table.footer ?? []).map((row, i) => checkedRow(row, `footer row ${i + 1}`));
    const { widths, headerLines } = measure(columns, [...sample, ...footer]);

    const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
    const header = columns.map((c, i) => textCell(`${letters[i]}${headerRow}`, c.header, HEADER_STYLE));
    const headerHeight = headerLines > 1 ? ` ht="${headerLines * LINE_HEIGHT}" customHeight="1"` : '';
    const titleRow = table.title
      ? `<row r="1" ht="${2 * LINE_HEIGHT}" customHeight="1">${textCell('A1', table.title, TITLE_STYLE)}</row>` : '';
    out.add(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
        `<sheetViews><sheetView${tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
        `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/></sheetView></sheetViews>` +
        `<sheetFormatPr defaultRowHeight="${LINE_HEIGHT}"/><cols>${cols.join('')}</cols>` +
        `<sheetData>${titleRow}<row r="${headerRow}"${headerHeight}>${header.join('')}</row>`,
    );

    const rowXml = (cells: (Cell | undefined)[], at: number): Buffer | undefined => {
      let xml = '';
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (cell) xml += cellXml(`${letters[i]}${at}`, cell, styles[i]!);
      }
      // An empty row is left out; the row numbers of the rows after it stay right because each names itself.
      return xml ? out.add(`<row r="${at}">${xml}</row>`) : undefined;
    };
    r = headerRow;
    for (const cells of sample) {
      const chunk = rowXml(cells, ++r);
      if (chunk) yield chunk;
    }
    while (!done) {
      const next = await source.next();
      if (next.done) break;
      r += 1;
      if (r > MAX_ROWS) throw new RangeError(`sheet ${JSON.stringify(name)}: more than ${MAX_ROWS - headerRow} data rows, Excel's limit`);
      const chunk = rowXml(checkedRow(next.value, `row ${r}`), r);
      if (chunk) yield chunk;
    }
    outcome.range = `A${headerRow}:${letters.at(-1)}${r}`;
    for (const cells of footer) {
      const chunk = rowXml(cells, ++r);
      if (chunk) yield chunk;
    }

    const merge = table.title && columns.length > 1 ? `<mergeCells count="1"><mergeCell ref="A1:${letters.at(-1)}1"/></mergeCells>` : '';
    out.add(`</sheetData><autoFilter ref="${outcome.range}"/>${merge}${PRINT_SETUP}</worksheet>`);
    yield out.take()!;
  }

  function checkedRow(row: unknown, where: string): (Cell | undefined)[] {
    return rowCells(row, columns, `sheet ${JSON.stringify(name)}, ${where}`);
  }
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
