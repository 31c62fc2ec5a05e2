/**
 * `npm run migration:create [-- name]` diffs the entities against the committed snapshot and writes a
 * new migration; `npm run migration:up` applies pending migrations. Both use DATABASE_URL or the
 * embedded database, like the hub itself.
 */
import { loadConfig } from '../config.js';
import { createLogger } from '../shared/logger.js';
import { migrate, openDatabase } from './database.js';

const [command, name] = process.argv.slice(2);
const config = loadConfig();
const log = createLogger(config.logLevel === 'silent' ? 'info' : config.logLevel);
const db = await openDatabase(config, log);
let code = 0;
try {
  if (command === 'create') {
    await migrate(db.orm);
    const result = await db.orm.migrator.create(undefined, false, false, name);
    log.info({ file: result.fileName, statements: result.diff.up.length }, result.fileName ? 'migration created' : 'no changes');
  } else if (command === 'up') {
    log.info({ applied: await migrate(db.orm) }, 'migrations applied');
  } else {
    log.error('usage: migrate-cli (create [name] | up)');
    code = 2;
  }
} catch (error) {
  log.error({ err: error }, 'migration failed');
  code = 1;
} finally {
  await db.close();
}
process.exit(code);
