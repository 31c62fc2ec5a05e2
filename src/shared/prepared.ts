import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool, PoolClient } from 'pg';

/**
 * Named prepared statements for the hub's hottest reads (compiled case reads, the ledger). The same
 * document always compiles to the same SQL text with `$n` parameters, so PostgreSQL parses and
 * analyses it once per connection and may reuse a generic plan, instead of receiving a fresh text
 * with the values inlined on every request (MikroORM's `execute`).
 *
 * Each pooled connection keeps at most `PREPARED_PER_CONNECTION` statements: the least recently used
 * one is deallocated when a new one comes (documents are the clients' to choose, so the set of texts is
 * not bounded). Only pg's public query config (`{ name, text, values }`) is used; which names a
 * connection holds is tracked here. Inside a transaction, or for parameters that are not plain values, the statement runs
 * through the EntityManager as before.
 */
export const PREPARED_PER_CONNECTION = 100;

type Param = string | number | boolean | bigint | Date | null;
const plain = (v: unknown): v is Param =>
  v === null || v instanceof Date || ['string', 'number', 'boolean', 'bigint'].includes(typeof v);

/** Per SQL text as written (`?`), its `$n` text and base statement name; shared by every connection. */
const statements = new Map<string, { text: string; name: string } | null>();

function statementOf(sql: string): { text: string; name: string } | null {
  let statement = statements.get(sql);
  if (statement === undefined) {
    const text = numbered(sql);
    statement = text === undefined ? null : { text, name: `hub_${createHash('sha1').update(text).digest('base64url')}` };
    if (statements.size >= 2_000) statements.clear();
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * Per connection, the statements it holds (base name → name on this connection), least- to most-recently
 * used. pg remembers every name it has prepared on a connection and never prepares it again, so a
 * statement deallocated to make room comes back under a new name (`_1`, `_2` … from `generation`).
 * A statement whose Parse failed is kept here too (pg has forgotten it and prepares it again if it
 * comes back); deallocating it later finds nothing, which is fine.
 */
interface Held {
  names: Map<string, string>;
  generation: number;
}
const held = new WeakMap<PoolClient, Held>();

/** The name `statement` has on `client`, deallocating the least recently used one when over the bound. */
async function nameOn(client: PoolClient, base: string): Promise<string> {
  let h = held.get(client);
  if (!h) held.set(client, (h = { names: new Map(), generation: 0 }));
  const known = h.names.get(base);
  if (known !== undefined) {
    h.names.delete(base);
    h.names.set(base, known);
    return known;
  }
  while (h.names.size >= PREPARED_PER_CONNECTION) {
    const [oldest, name] = h.names.entries().next().value!;
    h.names.delete(oldest);
    await client.query(`deallocate "${name}"`).catch((error: unknown) => {
      // 26000: no such statement (its Parse failed); the connection stays usable outside a transaction.
      if ((error as { code?: string }).code !== '26000') throw error;
    });
  }
  h.generation += 1;
  const name = `${base}_${h.generation.toString(36)}`;
  h.names.set(base, name);
  return name;
}

/**
 * Converts MikroORM's `?` placeholders (as `formatQuery` reads them: `\?` is a literal `?`, `??` an
 * identifier) to `$n`; undefined when the text uses an identifier placeholder.
 */
export function numbered(sql: string): string | undefined {
  let n = 0;
  let out = '';
  for (let i = 0; i < sql.length; i += 1) {
    const ch = sql[i]!;
    if (ch !== '?') {
      out += ch;
      continue;
    }
    if (sql[i - 1] === '\\') {
      out = `${out.slice(0, -1)}?`;
      continue;
    }
    if (sql[i + 1] === '?') return undefined;
    n += 1;
    out += `$${n}`;
  }
  return out;
}

/**
 * Runs a read-only `select` written with `?` placeholders as a named prepared statement on a pooled
 * connection, or through `em.execute` when that is not possible (see the module comment).
 */
export async function preparedSelect<T extends object>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const statement = params.every(plain) && !em.isInTransaction() ? statementOf(sql) : null;
  if (!statement) return em.execute<T[]>(sql, [...params]);
  const { text } = statement;
  const pool = (await em.getConnection().getNativeClient()) as Pool;
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const name = await nameOn(client, statement.name);
    const started = performance.now();
    const result = await client.query<T>({ name, text, values: params as Param[] });
    // MikroORM's query log (SQL_DEBUG) shows these statements like its own.
    const logger = em.config.getLogger();
    if (logger.isEnabled('query')) logger.logQuery({ query: em.getPlatform().formatQuery(sql, [...params]), took: Math.round(performance.now() - started), results: result.rows.length, level: 'info' });
    return result.rows;
  } catch (error) {
    // A connection that failed mid-protocol is not returned to the pool; a failed statement leaves it usable.
    if (!(error instanceof Error && 'severity' in error)) broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(broken);
  }
}
