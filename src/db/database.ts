import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { HubConfig } from '../config.js';
import type { Logger } from '../shared/logger.js';
import { startEmbedded, type EmbeddedCluster } from './embedded.js';
import { ormConfig } from './orm-config.js';
import { ReadReplica } from '../shared/read-replica.js';

export const EMBEDDED_DATABASE = 'hub';

export interface Database {
  orm: MikroORM;
  /** DATABASE_READ_URL's streaming replica, for reads that tolerate a little staleness (see `staleReads`). */
  replica?: ReadReplica;
  url: string;
  embedded: boolean;
  /** Closes the pool and, when embedded, stops PostgreSQL. */
  close(): Promise<void>;
}

/** Creates `url`'s database when it does not exist yet (needs CREATEDB on an external server). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } catch (error) {
    // 42P04: created by a concurrent hub between our check and create
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

/**
 * Runs `work` while holding a session advisory lock on the database, so that several hub processes
 * starting together apply migrations and demo data once.
 */
export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('hub:startup'))`);
    return await work();
  } finally {
    await client.query(`select pg_advisory_unlock(hashtext('hub:startup'))`).catch(() => undefined);
    await client.end();
  }
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  // The pool's statement timeout guards requests; a migration on a big table may take longer.
  const applied = await orm.em.fork().transactional(async (em) => {
    await em.execute('set local statement_timeout = 0');
    return orm.migrator.up({ transaction: em.getTransactionContext() });
  });
  return applied.map((m) => m.name);
}

/** Opens the hub's database: `DATABASE_URL` when set, otherwise the embedded cluster in the data dir. */
export async function openDatabase(config: HubConfig, log: Logger): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (url === undefined) {
    cluster = await startEmbedded(join(config.dataDir, 'pg'), config.embeddedPgPort, log);
    url = cluster.url(EMBEDDED_DATABASE);
  }
  try {
    await ensureDatabase(url);
    const orm = await MikroORM.init(ormConfig(url, config.dbPoolMax, {}, config.executionTimeoutMs, 'hub'));
    let replica: ReadReplica | undefined;
    if (config.databaseReadUrl) {
      // Its own pool: a replica that hangs or lags must not take the primary's connections with it.
      const readOrm = await MikroORM.init(ormConfig(config.databaseReadUrl, config.dbPoolMax, {}, config.executionTimeoutMs, 'hub-replica'));
      replica = new ReadReplica(orm, readOrm, config.readReplicaMaxLagMs, log);
      await replica.start();
    }
    return {
      orm,
      url,
      replica,
      embedded: cluster !== undefined,
      async close() {
        await replica?.stop();
        await orm.close(true);
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
