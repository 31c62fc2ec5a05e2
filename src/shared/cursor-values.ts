import { Cursor, ReferenceKind, Utils, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import { badInput } from './errors.js';
import { isCalendarDate } from './scalars.js';

/**
 * A cursor is base64url of a JSON array: one value per key of the connection's order, the id last (see
 * `encodeCursor`). It comes back from the client, so before a value reaches SQL it is checked against
 * its key's column the way our own cursors write it — the right number of values, each of its key's
 * type and range — and anything else is BAD_USER_INPUT on the argument, never a database error (a
 * boolean compared with a varchar, a month 13, an id past int4) and never a silently ignored condition
 * (MikroORM drops a cursor whose length does not match the order).
 */

/** A key's reader: the JS value of a cursor value, or `INVALID`. */
type Reader = (value: unknown) => unknown;
const INVALID = Symbol('invalid cursor value');

const INT_RANGES: Record<string, [number, number]> = {
  smallint: [-32_768, 32_767], int2: [-32_768, 32_767], smallserial: [-32_768, 32_767],
  integer: [-2_147_483_648, 2_147_483_647], int: [-2_147_483_648, 2_147_483_647], int4: [-2_147_483_648, 2_147_483_647],
  serial: [-2_147_483_648, 2_147_483_647], serial4: [-2_147_483_648, 2_147_483_647],
};
const BIGINT = new Set(['bigint', 'int8', 'bigserial', 'serial8']);
const TIMESTAMP = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone', 'datetime']);
const TEXT = new Set(['varchar', 'character varying', 'text', 'char', 'character', 'citext', 'bpchar']);
const FLOAT = new Set(['real', 'float4', 'double precision', 'float8', 'double', 'float']);
const NUMERIC = new Set(['numeric', 'decimal']);

const INT8_MIN = -(2n ** 63n);
const INT8_MAX = 2n ** 63n - 1n;
/**
 * The form `Date.prototype.toJSON` writes, years 0001–9999 (PostgreSQL has no year 0000 and refuses it;
 * five-digit years are no row's).
 */
const ISO_UTC = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DECIMAL = /^-?\d{1,131072}(\.\d{1,16383})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How one scalar column's values are written in our cursors, as a reader of them. */
function scalarReader(owner: EntityMetadata, prop: EntityProperty): Reader {
  const column = (prop.columnTypes?.[0] ?? String(prop.type)).toLowerCase().replace(/\(.*\)$/, '').trim();
  const where = `${owner.className}.${prop.name} (${column})`;
  if (prop.enum && Array.isArray(prop.items) && prop.items.length) {
    const items = new Set<unknown>(prop.items);
    return (v) => (items.has(v) ? v : INVALID);
  }
  const ints = INT_RANGES[column];
  if (ints) {
    const [min, max] = ints;
    return (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : INVALID);
  }
  if (BIGINT.has(column)) {
    // BigIntType hands a string (its default) or a number to the entity, and the cursor carries that.
    if (prop.runtimeType === 'number') return (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : INVALID);
    return (v) => (typeof v === 'string' && /^-?\d{1,19}$/.test(v) && BigInt(v) >= INT8_MIN && BigInt(v) <= INT8_MAX ? v : INVALID);
  }
  if (TIMESTAMP.has(column)) {
    return (v) => {
      if (typeof v !== 'string' || !ISO_UTC.test(v)) return INVALID;
      const at = new Date(v);
      // Round trip: 2026-02-30 or 25:00 parse (or not) into another instant.
      if (Number.isNaN(at.getTime()) || at.toISOString() !== v) return INVALID;
      return prop.runtimeType === 'Date' ? at : v;
    };
  }
  if (column === 'date') {
    if (prop.runtimeType === 'Date') throw new Error(`cursor: ${where} maps a date column to Date; no cursor form is defined for it`);
    return (v) => (typeof v === 'string' && isCalendarDate(v) ? v : INVALID);
  }
  if (TEXT.has(column)) {
    const length = typeof prop.length === 'number' && prop.length > 0 ? prop.length : undefined;
    // PostgreSQL refuses NUL in text; a value longer than the column is no row's.
    return (v) => (typeof v === 'string' && !v.includes('\u0000') && (length === undefined || [...v].length <= length) ? v : INVALID);
  }
  if (column === 'uuid') return (v) => (typeof v === 'string' && UUID.test(v) ? v : INVALID);
  if (column === 'boolean' || column === 'bool') return (v) => (typeof v === 'boolean' ? v : INVALID);
  if (FLOAT.has(column)) return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID);
  if (NUMERIC.has(column)) {
    return (v) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && DECIMAL.test(v)) ? v : INVALID;
  }
  // A connection ordered by a column no reader knows: fail its first page in development, not a client later.
  throw new Error(`cursor: no cursor check for ${where}; add one to src/shared/cursor-values.ts`);
}

/** The reader of one order key: a scalar, a relation by its primary key, or a relation's own keys (nested order). */
function keyReader(meta: EntityMetadata, key: string, direction: unknown): Reader {
  const prop = meta.properties[key as never] as EntityProperty | undefined;
  if (!prop) throw new Error(`cursor: ${meta.className} has no property ${key} to order by`);
  const nullable = !!prop.nullable || !!prop.formula;
  let read: Reader;
  if (Utils.isPlainObject(direction)) {
    const target = prop.kind === ReferenceKind.EMBEDDED ? undefined : prop.targetMeta;
    if (!target) throw new Error(`cursor: no cursor check for the nested order ${meta.className}.${key}`);
    const children = Object.entries(direction as Record<string, unknown>).map(([k, d]) => [k, keyReader(target, k, d)] as const);
    read = (v) => {
      if (!Utils.isPlainObject(v) || Object.keys(v).length !== children.length) return INVALID;
      const out: Record<string, unknown> = {};
      for (const [k, child] of children) {
        const value = child((v as Record<string, unknown>)[k]);
        if (value === INVALID) return INVALID;
        out[k] = value;
      }
      return out;
    };
  } else if (prop.kind === ReferenceKind.SCALAR) {
    read = scalarReader(meta, prop);
  } else if (prop.targetMeta && prop.targetMeta.primaryKeys.length === 1) {
    // A relation in a flat order is ordered (and written in cursors) by its primary key.
    read = scalarReader(prop.targetMeta, prop.targetMeta.getPrimaryProp());
  } else {
    throw new Error(`cursor: no cursor check for ${meta.className}.${key}`);
  }
  return (v) => (v === null ? (nullable ? null : INVALID) : v === undefined ? INVALID : read(v));
}

const readers = new WeakMap<EntityMetadata, Map<string, Reader[]>>();

/**
 * The readers of `orderBy`'s keys over `meta`, in the order MikroORM writes and reads cursors
 * (`Cursor.getDefinition`); throws (a programming error) for a key no reader knows.
 */
export function cursorReaders(meta: EntityMetadata, orderBy: object): Reader[] {
  const cacheKey = JSON.stringify(orderBy);
  let byOrder = readers.get(meta);
  if (!byOrder) readers.set(meta, (byOrder = new Map()));
  let found = byOrder.get(cacheKey);
  if (!found) {
    if (Object.getOwnPropertySymbols(orderBy).length) throw new Error(`cursor: no cursor check for a raw order of ${meta.className}`);
    found = Cursor.getDefinition(meta, orderBy as never).map(([key, direction]) => keyReader(meta, String(key), direction));
    byOrder.set(cacheKey, found);
  }
  return found;
}

/**
 * The values of `cursor` for a connection of `meta` ordered by `orderBy` (its full order, the id
 * included), as JS values (a `Date` for a timestamp); BAD_USER_INPUT on `argument` for anything that
 * is not one of the cursors such a page gives.
 */
export function cursorValues(meta: EntityMetadata, orderBy: object, cursor: string, argument: 'after' | 'before'): unknown[] {
  const keys = cursorReaders(meta, orderBy);
  let value: unknown;
  try {
    value = Cursor.decode(cursor);
  } catch {
    value = undefined;
  }
  const invalid = () => badInput('游标无效 / Invalid cursor', argument);
  if (!Array.isArray(value) || value.length !== keys.length) throw invalid();
  return keys.map((read, i) => {
    const v = read(value[i]);
    if (v === INVALID) throw invalid();
    return v;
  });
}
