import type { GraphQLSchema } from 'graphql';
import type { HubConfig } from './config.js';
import { migrate, openDatabase, withStartupLock, type Database } from './db/database.js';
import { TokenSigner } from './modules/identity/tokens.js';
import { buildHubSchema } from './schema.js';
import { seedCategories, seedDemo } from './seed/demo.js';
import { startServer, type HubServer } from './server.js';
import type { Logger } from './shared/logger.js';

export interface Hub {
  url: string;
  port: number;
  db: Database;
  server: HubServer;
  /** Graceful stop: server first (in-flight requests finish), then the pool, then the embedded database. */
  close(): Promise<void>;
}

let defaultSchema: Promise<GraphQLSchema> | undefined;

export interface HubOptions {
  /** Extra resolvers (tests use this to prove undeclared access is refused). */
  extraResolvers?: Function[];
}

export async function startHub(config: HubConfig, log: Logger, options: HubOptions = {}): Promise<Hub> {
  const started = performance.now();
  const db = await openDatabase(config, log);
  try {
    const applied = await withStartupLock(db.url, async () => {
      const names = await migrate(db.orm);
      const em = db.orm.em.fork();
      if (config.seedDemo) await seedDemo(em, config.demoPassword, log);
      else await seedCategories(em);
      return names;
    });
    if (applied.length) log.info({ applied }, 'migrations applied');

    const schema = options.extraResolvers?.length
      ? await buildHubSchema(options.extraResolvers)
      : await (defaultSchema ??= buildHubSchema());
    const signer = new TokenSigner(config.tokenSecret, config.accessTokenTtlSeconds);
    let stopping = false;
    const isReady = async () => {
      if (stopping) return false;
      await db.orm.em.getConnection().execute('select 1');
      return (await db.orm.migrator.getPending()).length === 0;
    };
    const server = await startServer({ config, orm: db.orm, schema, signer, log }, isReady);
    log.info({ url: server.url, ms: Math.round(performance.now() - started), embedded: db.embedded }, 'hub ready');

    let closing: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      db,
      server,
      close() {
        closing ??= (async () => {
          stopping = true;
          await server.close();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
