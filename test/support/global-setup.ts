/**
 * Once per test run: a PostgreSQL (embedded in a temp dir, or DATABASE_URL's server) and a template
 * database with every migration and the demo data applied. Each test file clones the template
 * (`create database … template …`), so files never share a database and never re-run migrations.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { ensureDatabase, migrate } from '../../src/db/database.js';
import { startEmbedded, type EmbeddedCluster } from '../../src/db/embedded.js';
import { ormConfig } from '../../src/db/orm-config.js';
import { loadConfig, makeClock } from '../../src/config.js';
import { seedDemo } from '../../src/seed/demo.js';
import { seedReference } from '../../src/seed/reference.js';
import { createLogger } from '../../src/shared/logger.js';
import { DEMO_PASSWORD, freePort, TEST_SECRET } from './env.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the server's maintenance database; tests derive their own database URLs from it. */
    pgAdminUrl: string;
    templateDatabase: string;
  }
}

let cluster: EmbeddedCluster | undefined;
let dir: string | undefined;

export default async function setup(project: TestProject) {
  const log = createLogger('warn');
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    adminUrl = url.toString();
  } else {
    dir = mkdtempSync(join(tmpdir(), 'hub-test-'));
    chmodSync(dir, 0o755);
    // Durability buys nothing in a throwaway test cluster.
    cluster = await startEmbedded(join(dir, 'pg'), await freePort(), log, ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']);
    adminUrl = cluster.url('postgres');
  }
  const template = `hub_template_${process.pid}`;
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.end();
  await ensureDatabase(templateUrl.toString());
  const orm = await MikroORM.init(ormConfig(templateUrl.toString(), 2));
  try {
    await migrate(orm);
    await seedReference(orm.em.fork());
    const config = loadConfig({ NODE_ENV: 'test', TOKEN_SECRET: TEST_SECRET, DATA_DIR: dir ?? tmpdir() });
    await seedDemo(orm.em.fork(), DEMO_PASSWORD, log, config, makeClock(config));
  } finally {
    await orm.close(true);
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    if (process.env.DATABASE_URL) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${template} with (force)`);
      await client.end();
    }
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
