/**
 * Session-local SQL functions (pg_temp) the set-based generation is written with: a seeded PRNG over
 * (stream, row), the official calendar's deadlines, check digits (GB 11643, GB 11714, GB 32100), and
 * names, phone and ID numbers as pure functions of a person's or organisation's key, so the same key
 * always yields the same person wherever it appears.
 */
import type pg from 'pg';
import { addCalendarDays, daysBetween, isWorkingDay, OfficialCalendar, type DayKind } from '../../src/modules/calendar/working-days.js';
import { MIGRANT_AREAS } from './counties.js';
import {
  BRAND_A, BRAND_B, GIVEN_FEMALE, GIVEN_MALE, MOBILE_PREFIXES, MONGOLIAN_FEMALE, MONGOLIAN_MALE, ORG_GROUPS, SURNAMES, VILLAGE_BASES,
} from './words.js';

/** A PostgreSQL array literal of strings or numbers. */
export function arr(values: readonly (string | number)[], type: 'text' | 'int' | 'float8'): string {
  if (type !== 'text') return `'{${values.join(',')}}'::${type}[]`;
  return `'{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/'/g, "''")}"`).join(',')}}'::text[]`;
}

/** Index (from 0) of each organisation group of ORG_GROUPS. */
export const ORG_GROUP_INDEX = new Map(ORG_GROUPS.map(([key], i) => [key, i]));

/**
 * Declared STABLE (some use time-zone arithmetic) and written without subqueries, so that PostgreSQL
 * inlines them into the calling query instead of calling them row by row.
 */
const fn = (signature: string, returns: string, body: string) =>
  `create function pg_temp.${signature} returns ${returns} language sql stable as $f$ select ${body} $f$;`;

const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * 统一社会信用代码 (GB 32100) of organisation `okey`, as one arithmetic expression (so it is inlined):
 * registration prefix of its group, county code, an organisation code (GB 11714: "MA" + six characters
 * + its own check character), then the MOD 31 check character. `y` numbers the organisation injectively.
 */
function creditCode(countyCodes: string[], seed: number): string {
  const y = `((okey * 1000003 + ${seed % 1000}) % 887503681)`;
  const d = (i: number) => `(${y} / ${31 ** i} % 31)::int`; // i-th base-31 digit, most significant first below
  const digits = [5, 4, 3, 2, 1, 0].map(d);
  const grp = '((okey / 10000) % 10)::int';
  const code = `(${arr(countyCodes.map(Number), 'int')})[(okey / 100000)::int]`;
  const c36 = arr([...USCC].map((ch) => (ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55)), 'int');
  const value = (ch: string) => USCC.indexOf(ch);
  // Organisation code check (weights 3 7 9 10 5 8 4 2 over M, A and the six digits): 0..10, 10 meaning X.
  const orgSum = `(${ORG_WEIGHTS[0]} * ${'M'.charCodeAt(0) - 55} + ${ORG_WEIGHTS[1]} * ${'A'.charCodeAt(0) - 55} + ${digits
    .map((x, i) => `${ORG_WEIGHTS[i + 2]} * (${c36})[${x} + 1]`).join(' + ')})`;
  const orgCheck = `((11 - ${orgSum} % 11) % 11)`;
  const orgCheckValue = `case when ${orgCheck} = 10 then ${value('X')} else ${orgCheck} end`;
  const regValues = (pick: 0 | 1) => `case ${grp} ${ORG_GROUPS.map(([, , reg], i) => `when ${i} then ${value(reg[pick]!)}`).join(' ')} end`;
  const areaDigit = (i: number) => `(${code} / ${10 ** (5 - i)} % 10)`;
  const values = [regValues(0), regValues(1), ...[0, 1, 2, 3, 4, 5].map(areaDigit), `${value('M')}`, `${value('A')}`, ...digits, orgCheckValue];
  const sum = values.map((v, i) => `${USCC_WEIGHTS[i]} * (${v})`).join(' + ');
  const char = (v: string) => `substr('${USCC}', ((${v}) + 1)::int, 1)`;
  return `case ${grp} ${ORG_GROUPS.map(([, , reg], i) => `when ${i} then '${reg}'`).join(' ')} end || ${code}::text || 'MA'
    || ${digits.map(char).join(' || ')} || ${char(orgCheckValue)} || ${char(`(31 - (${sum}) % 31) % 31`)}`;
}

export interface FunctionContext {
  seed: number;
  /** By county index (1-based): division code, name and prefecture name. */
  countyCodes: string[];
  countyNames: string[];
  cityNames: string[];
  /** Every county code of the province, for people born elsewhere in it. */
  provinceCodes: string[];
  calendar: { date: string; kind: DayKind }[];
  /** Years whose official arrangement is entered (`calendar_year`); the others get computed statutory holidays. */
  officialYears: number[];
  /** Calendar arithmetic is tabulated from this day to `calendarEnd`. */
  calendarStart: string;
  calendarEnd: string;
}

function calendarArrays(ctx: FunctionContext) {
  const exceptions = new OfficialCalendar(new Map(ctx.calendar.map((d) => [d.date, d.kind])), new Set(ctx.officialYears));
  const span = daysBetween(ctx.calendarStart, ctx.calendarEnd) + 1;
  const working: boolean[] = [];
  for (let i = 0; i < span; i++) working.push(isWorkingDay(addCalendarDays(ctx.calendarStart, i), exceptions));
  const toNext: number[] = new Array(span).fill(0);
  for (let i = span - 1, next = 0; i >= 0; i--) {
    next = working[i] ? 0 : next + 1;
    toNext[i] = next;
  }
  const count: number[] = [];
  const nth: number[] = [];
  working.forEach((w, i) => {
    if (w) nth.push(i);
    count.push(nth.length);
  });
  return { toNext, count, nth };
}

export function functionSql(ctx: FunctionContext): string[] {
  const salt = (s: string) => `${ctx.seed}::bigint * 1000 + ${s}`;
  const { toNext, count, nth } = calendarArrays(ctx);
  const base = `'${ctx.calendarStart}'::date`;
  // Parts of an organisation key: (county * 10 + group) * 10000 + slot.
  const CI = '(okey / 100000)::int';
  const GRP = '((okey / 10000) % 10)::int';
  const SLOT = '(okey % 10000)::int';
  const CNAME = `(${arr(ctx.countyNames, 'text')})[${CI}]`;
  const groupCase = (pick: (suffixes: string[], reg: string) => string) =>
    `case ${GRP} ${ORG_GROUPS.map(([, suffixes, reg], i) => `when ${i} then ${pick(suffixes, reg)}`).join(' ')} end`;
  return [
    // Uniform in [0, 1) for stream s and row g: 53 bits of PostgreSQL's seeded 64-bit hash.
    fn('r(s int, g bigint)', 'float8', `((hashint8extended(g, ${salt('s')}) >> 11) & 9007199254740991)::float8 / 9007199254740992.0`),
    fn('h(s int, g bigint)', 'bigint', `hashint8extended(g, ${salt('s')}) & 9223372036854775807`),
    fn('lu(lo float8, hi float8, u float8)', 'float8', 'lo * power(hi / lo, u)'),
    fn('pick(a anyarray, u float8)', 'anyelement', 'a[1 + floor(u * cardinality(a))::int]'),
    fn('rmax(a text, b text)', 'text', `case when array_position(array['NONE','LOW','MEDIUM','HIGH'], b) > array_position(array['NONE','LOW','MEDIUM','HIGH'], a) then b else a end`),
    fn('sh_date(t timestamptz)', 'date', `(t at time zone 'Asia/Shanghai')::date`),
    fn('sh_at(d date, mins float8)', 'timestamptz', `date_trunc('second', (d::timestamp + mins * interval '1 minute') at time zone 'Asia/Shanghai')`),
    fn('iso(t timestamptz)', 'text', `to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
    // The calendar service's deadline(): calendar limits roll forward to a working day; working-day limits count them.
    fn('dl(d date, days int, working bool)', 'date', `case when working
      then ${base} + (${arr(nth, 'int')})[(${arr(count, 'int')})[d - ${base} + 1] + days]
      else d + days + (${arr(toNext, 'int')})[d + days - ${base} + 1] end`),
    // A person: key → a unique (birth date, sequence) pair; the sequence's parity is the sex, as in the ID number.
    fn('px(key bigint)', 'bigint', '(key * 7777777) % 21900000'),
    // GB 11643: the 17 digits as a number (area, birth date, sequence), and the number with its check character.
    fn('id17(key bigint, area text)', 'bigint', `area::bigint * 100000000000
      + to_char(date '1946-01-01' + (pg_temp.px(key) % 21900)::int, 'YYYYMMDD')::bigint * 1000 + pg_temp.px(key) / 21900`),
    fn('id_text(n bigint)', 'text', `n::text || substr('10X98765432', ((${ID_WEIGHTS.map((w, i) => `${w} * (n / ${10n ** BigInt(16 - i)} % 10)`).join(' + ')}) % 11 + 1)::int, 1)`),
    fn('p_female(key bigint)', 'bool', '(pg_temp.px(key) / 21900) % 2 = 0'),
    fn('p_name(key bigint)', 'text', `case when pg_temp.h(901, key) % 5 = 0
      then case when pg_temp.p_female(key) then pg_temp.pick(${arr(MONGOLIAN_FEMALE, 'text')}, pg_temp.r(902, key)) else pg_temp.pick(${arr(MONGOLIAN_MALE, 'text')}, pg_temp.r(902, key)) end
      else pg_temp.pick(${arr(SURNAMES, 'text')}, pg_temp.r(903, key)) || case when pg_temp.p_female(key)
        then pg_temp.pick(${arr(GIVEN_FEMALE, 'text')}, pg_temp.r(904, key)) else pg_temp.pick(${arr(GIVEN_MALE, 'text')}, pg_temp.r(904, key)) end end`),
    // Where a person's ID number was issued: the county of the case, elsewhere in the province, or (migrant workers) another province.
    fn('p_area(key bigint, home text, migrant float8)', 'text', `case
      when pg_temp.r(905, key) < migrant then pg_temp.pick(${arr(MIGRANT_AREAS, 'text')}, pg_temp.r(906, key))
      when pg_temp.r(907, key) < 0.8 then home else pg_temp.pick(${arr(ctx.provinceCodes, 'text')}, pg_temp.r(906, key)) end`),
    fn('phone(key bigint)', 'text', `pg_temp.pick(${arr(MOBILE_PREFIXES, 'text')}, pg_temp.r(908, key)) || lpad(((key * 69069 + 12345) % 100000000)::text, 8, '0')`),
    // An organisation: key = (county * 10 + group) * 10000 + slot, group indexing ORG_GROUPS from 0.
    fn('o_name(okey bigint)', 'text', `case
        when ${GRP} = ${ORG_GROUP_INDEX.get('village')} then ${CNAME} || (${arr(VILLAGE_BASES, 'text')})[${SLOT} % ${VILLAGE_BASES.length} + 1]
          || case when ${SLOT} / ${VILLAGE_BASES.length} % 2 = 0 then '嘎查村民委员会' else '村民委员会' end
        when ${GRP} = ${ORG_GROUP_INDEX.get('medical')} and ${SLOT} < 3 then ${CNAME} || (array['人民医院','中蒙医院','妇幼保健院'])[${SLOT} + 1]
        else case pg_temp.h(909, okey) % 10 when 0 then '内蒙古' when 1 then '内蒙古' when 2 then ${CNAME} when 3 then ${CNAME} when 4 then ${CNAME}
            else (${arr(ctx.cityNames, 'text')})[${CI}] end
          || (${arr(BRAND_A, 'text')})[(${SLOT} + ${CI} * 37) % 40 + 1] || (${arr(BRAND_B, 'text')})[((${SLOT} + ${CI} * 37) / 40) % 40 + 1]
          || pg_temp.pick(${groupCase((x) => arr(x, 'text'))}, pg_temp.r(910, okey)) end`),
    fn('o_code(okey bigint)', 'text', creditCode(ctx.countyCodes, ctx.seed)),
  ];
}

/** Creates the functions in the session's temporary schema (they vanish with the connection). */
export async function createFunctions(db: pg.Client, ctx: FunctionContext): Promise<void> {
  for (const sql of functionSql(ctx)) await db.query(sql);
}

