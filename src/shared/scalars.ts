import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** Formats an instant as ISO 8601 with the +08:00 offset of Asia/Shanghai (no DST there), to the millisecond. */
export function toShanghaiIso(date: Date): string {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return `${local.slice(0, 23)}+08:00`;
}

/** Today's calendar date in Asia/Shanghai, as YYYY-MM-DD. */
export function shanghaiDate(at: Date = new Date()): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** Milliseconds from `now` to the next midnight in Asia/Shanghai (UTC+8, no DST). */
export function untilShanghaiMidnight(now: Date): number {
  const shifted = now.getTime() + SHANGHAI_OFFSET_MS;
  return DAY_MS - (shifted % DAY_MS);
}

/** What `toShanghaiIso` gives: to the millisecond, +08:00. */
const SHANGHAI_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/;

/**
 * The instant an RFC 3339 `date-time` names (a full date, `T`, a time with seconds, fraction optional, and
 * an offset), or undefined when it is malformed, not a real date and time (`2026-11-31T10:00:00+08:00` is
 * refused, not rolled into December; graphql-scalars' DateTime parses it), or outside years 1900–2200 (as
 * for the Date scalar: `isCalendarDate`).
 */
export function parseRfc3339(value: string): Date | undefined {
  let date: unknown;
  try {
    date = DateTimeResolver.parseValue(value);
  } catch {
    return undefined;
  }
  return date instanceof Date && isCalendarDate(value.slice(0, 10)) ? date : undefined;
}

function parseInstant(value: unknown): Date {
  const date = typeof value === 'string' ? parseRfc3339(value) : undefined;
  if (!date) {
    throw new GraphQLError(
      'DateTime 必须是真实存在的带时区时间（RFC 3339，年份 1900–2200），如 2025-10-01T09:00:00+08:00 / must be a real RFC 3339 date-time with offset, years 1900–2200',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    '时间点，ISO 8601，输出为北京时间（+08:00）；输入须为带时区的 RFC 3339 时间（含秒、真实日期、年份 1900–2200）/ An instant, ISO 8601; output in Asia/Shanghai (+08:00); input must be an RFC 3339 date-time with seconds and an offset, a real date, years 1900–2200',
  serialize(value) {
    // Compiled reads format instants while decoding already (see projection.ts).
    if (typeof value === 'string' && SHANGHAI_ISO.test(value)) return value;
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('Invalid DateTime value');
    return toShanghaiIso(date);
  },
  parseValue: parseInstant,
  parseLiteral(ast) {
    return parseInstant(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

/** The years the Date and DateTime scalars accept. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date such as 2025-02-28 (2025-02-29 is false). */
export function isCalendarDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= MIN_YEAR && y <= MAX_YEAR;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new GraphQLError('Date 必须是真实存在的日期，格式 YYYY-MM-DD / must be a real calendar date YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: '日历日期（无时区），YYYY-MM-DD，真实存在的日期，年份 1900–2200，如值班日期 / A real calendar date without time zone, years 1900–2200, e.g. a duty day',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    return parseDate(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

const MONEY = /^(0|[1-9]\d{0,13})(\.\d{1,2})?$/;

function parseMoney(value: unknown): string {
  if (typeof value !== 'string' || !MONEY.test(value)) {
    throw new GraphQLError(
      'Money 必须是不含千分位的非负十进制字符串，最多两位小数，如 "302000.00" / must be a non-negative decimal string with at most 2 decimals',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description:
    '人民币金额，精确十进制字符串，两位小数，如 30.2万元 = "302000.00"；绝不使用浮点数 / Exact CNY amount as a decimal string with two decimals',
  serialize(value) {
    return parseMoney(typeof value === 'number' ? value.toFixed(2) : String(value));
  },
  parseValue: parseMoney,
  parseLiteral(ast) {
    return parseMoney(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: '任意JSON值（时间线事件的详情）/ Any JSON value (details of a timeline event)',
  serialize: (value) => value,
  parseValue: (value) => value,
});
