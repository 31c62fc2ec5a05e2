/**
 * Turns a raw value into a typed cell once, so xlsx and csv agree on what a value means and differ only
 * in how they write it. A value that does not fit its column is a bug in the export definition, and is
 * refused loudly instead of producing a spreadsheet that quietly says something else.
 */
import type { ExportColumnType } from './columns.js';

export type Cell =
  /** `identifier`: digits that must stay text in a spreadsheet (an ID number, a phone). */
  | { kind: 'text'; text: string; identifier?: true }
  /** A validated number literal, e.g. '302000.00' or '-12.5' — valid both as CSV text and as xlsx `<v>`. */
  | { kind: 'number'; literal: string }
  /** Calendar day counted from 1970-01-01. */
  | { kind: 'date'; days: number }
  /** Asia/Shanghai wall-clock time in milliseconds, counted as if that wall clock were UTC. */
  | { kind: 'datetime'; wallMs: number };

/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for our data. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const INTEGER = /^-?\d+$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// An offset is required: a bare '2025-10-01T08:30' would be read in the server's own time zone.
const DATETIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

// Excel's calendar runs from 1900-01-01 to 9999-12-31; outside it a serial number means nothing.
const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(9999, 11, 31) / DAY_MS;

export class ExportValueError extends TypeError {
  override name = 'ExportValueError';
}

/** `undefined` means an empty cell. */
export function toCell(value: unknown, type: ExportColumnType = 'string'): Cell | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (type) {
    case 'string':
      return { kind: 'text', text: textOf(value) };
    case 'identifier':
      return { kind: 'text', text: textOf(value), identifier: true };
    case 'number':
    case 'money':
    case 'percent':
      return { kind: 'number', literal: numberLiteral(value, DECIMAL, type) };
    case 'integer':
      return { kind: 'number', literal: numberLiteral(value, INTEGER, type) };
    case 'date':
      return { kind: 'date', days: dayOf(value) };
    case 'datetime':
      return { kind: 'datetime', wallMs: wallClockOf(value) };
  }
}

export function formatDate(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function formatDatetime(wallMs: number): string {
  const iso = new Date(wallMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatDatetime(wallClockOf(value));
  throw new ExportValueError(`a string column cannot show ${describe(value)}`);
}

function numberLiteral(value: unknown, pattern: RegExp, type: ExportColumnType): string {
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'number' && Number.isFinite(value)) {
    // String(1e21) is '1e+21', which is no integer literal; BigInt spells every integral double out.
    if (Number.isInteger(value)) return BigInt(value).toString();
    if (pattern === DECIMAL) return String(value); // may be '1.5e-7', still a number in CSV and in xlsx
  } else if (typeof value === 'string' && pattern.test(value)) {
    return value;
  }
  throw new ExportValueError(`${describe(value)} is not a valid ${type} value`);
}

function dayOf(value: unknown): number {
  let days: number | undefined;
  if (value instanceof Date) days = Math.floor((value.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS);
  else if (typeof value === 'string') days = calendarDay(value);
  if (days === undefined || !(days >= FIRST_DAY && days <= LAST_DAY)) {
    throw new ExportValueError(`${describe(value)} is not a date (a 'YYYY-MM-DD' string or a Date from 1900 to 9999)`);
  }
  return days;
}

function wallClockOf(value: unknown): number {
  let wallMs: number | undefined;
  if (value instanceof Date) wallMs = value.getTime() + SHANGHAI_OFFSET_MS;
  else if (typeof value === 'string' && DATETIME_WITH_OFFSET.test(value)) wallMs = Date.parse(value) + SHANGHAI_OFFSET_MS;
  else if (typeof value === 'string') {
    const day = calendarDay(value);
    if (day !== undefined) wallMs = day * DAY_MS; // a bare date means its midnight in Shanghai
  }
  if (wallMs === undefined || !(wallMs >= FIRST_DAY * DAY_MS && wallMs < (LAST_DAY + 1) * DAY_MS)) {
    throw new ExportValueError(`${describe(value)} is not a datetime (a Date or an ISO 8601 string with an offset)`);
  }
  return wallMs;
}

/** Days since 1970-01-01 for a real 'YYYY-MM-DD' date; '2025-02-30' is refused, not rolled into March. */
function calendarDay(text: string): number | undefined {
  const match = DATE_ONLY.exec(text);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().startsWith(text) ? ms / DAY_MS : undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  if (typeof value === 'object') return Object.prototype.toString.call(value);
  return `${typeof value} ${String(value)}`;
}

/**
 * A row's cells in column order, with the sheet, row and column named in any error, since "not a valid
 * money value" alone does not say which of 100,000 rows or which report is wrong.
 */
export function rowCells(
  row: unknown,
  columns: readonly { header: string; type?: ExportColumnType }[],
  where: string,
): (Cell | undefined)[] {
  if (!Array.isArray(row)) throw new ExportValueError(`${where}: a row must be an array, got ${describe(row)}`);
  if (row.length > columns.length) {
    throw new ExportValueError(`${where}: ${row.length} values for ${columns.length} columns`);
  }
  return columns.map((column, i) => {
    try {
      return toCell(row[i], column.type);
    } catch (err) {
      if (!(err instanceof ExportValueError)) throw err;
      throw new ExportValueError(`${where}, column ${JSON.stringify(column.header)}: ${err.message}`, { cause: err });
    }
  });
}
