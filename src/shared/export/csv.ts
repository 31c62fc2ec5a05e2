/**
 * Streaming CSV (RFC 4180) for the same table descriptions as xlsx. Written for Excel first, because that
 * is where our users open it: a UTF-8 byte-order mark, without which Excel reads Chinese as GBK and shows
 * mojibake, and CRLF line ends.
 *
 * Numbers carry their value, not their format (money '302000.00', a percent as its fraction 0.25): CSV has
 * no formats, and whoever re-imports the file needs the value. Dates are written in Asia/Shanghai.
 *
 * Identifiers (ID numbers, phones) are written with a tab before them: `\t511322198203152314`. Excel and
 * WPS both open such a field as text and show all 18 digits (bare, they show 5.11322198203152E+17 and the
 * last 3 digits are gone for good; a phone's leading 0 too). The alternatives fail somewhere: `="…"` is a
 * formula, so programs reading the file get `="511…"`, and it is what CSV-injection filters strip; a
 * leading apostrophe is shown as a character when a CSV is opened (it only works when typed). A tab is
 * whitespace that every CSV reader can trim and no ID number or phone contains, so nothing is lost.
 */
import { formatDate, formatDatetime, rowCells, type Cell } from './cells.js';
import type { ExportRow, ExportRows, ExportTable } from './columns.js';
import { TextChunker } from './chunker.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
// A spreadsheet runs a cell that starts with one of these as a formula ('=HYPERLINK(…)', '@SUM(…)') —
// CSV injection. A leading apostrophe makes it text; Excel hides the apostrophe. (OWASP's list.)
const FORMULA_START = /^[=+\-@\t\r]/;
/** Written before an identifier so that spreadsheets keep it as text (see above). */
const IDENTIFIER_PREFIX = '\t';

export function csvStream(table: ExportTable): AsyncGenerator<Buffer> {
  if (table.columns.length === 0) throw new RangeError('a CSV export needs at least one column');
  return rows(table);
}

async function* rows({ columns, rows, footer = [] }: ExportTable): AsyncGenerator<Buffer> {
  const out = new TextChunker();
  out.add(BOM + columns.map((c) => field(text(c.header))).join(',') + '\r\n');
  let r = 1;
  for await (const row of concat(rows, footer)) {
    r += 1;
    const line = rowCells(row, columns, `CSV row ${r}`).map((cell) => (cell ? field(cell) : '')).join(',') + '\r\n';
    const chunk = out.add(line);
    if (chunk) yield chunk;
  }
  yield out.take()!;
}

function text(value: string): Cell {
  return { kind: 'text', text: value };
}

function field(cell: Cell): string {
  switch (cell.kind) {
    case 'number':
      return cell.literal; // '-5' is a number, not a formula: only text is defended
    case 'date':
      return formatDate(cell.days);
    case 'datetime':
      return formatDatetime(cell.wallMs);
    case 'text': {
      // An identifier that starts like a formula ('+86…') is already made text by the apostrophe.
      const value = FORMULA_START.test(cell.text) ? `'${cell.text}` : cell.identifier ? IDENTIFIER_PREFIX + cell.text : cell.text;
      return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    }
  }
}

async function* concat(rows: ExportRows, footer: readonly ExportRow[]): AsyncGenerator<ExportRow> {
  yield* rows;
  yield* footer;
}
