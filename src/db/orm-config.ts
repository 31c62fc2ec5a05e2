import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { DataloaderType } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ENTITIES } from './entities.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * `statementTimeoutMs` cancels any single SQL statement of the pool that runs longer (requests);
 * migrations lift it for their own transaction.
 */
export function ormConfig(clientUrl: string, poolMax = 10, extra: Partial<Options> = {}, statementTimeoutMs = 0, applicationName?: string): Options {
  // application_name tells the pools apart in pg_stat_activity (the hub's, the replica's).
  const driverOptions = {
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
    ...(applicationName ? { application_name: applicationName, connectionTimeoutMillis: 5_000 } : {}),
  };
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    discovery: { warnWhenNoEntities: true },
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    // A request must use its own fork; touching the global manager is a bug we want to hear about.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: poolMax },
    ...(Object.keys(driverOptions).length > 0 ? { driverOptions } : {}),
    migrations: {
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      snapshotOnMigrate: false,
      silent: true,
      emit: 'ts',
    },
    debug: process.env.SQL_DEBUG === '1',
    ...extra,
  });
}
