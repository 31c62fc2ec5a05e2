/** Gets a database ready for the generator the way the hub does at start-up: created, migrated, reference data seeded. */
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, migrate } from '../../src/db/database.js';
import { ormConfig } from '../../src/db/orm-config.js';
import { seedReference } from '../../src/seed/reference.js';

/** Returns the names of the migrations it applied. */
export async function prepareDatabase(url: string): Promise<string[]> {
  await ensureDatabase(url);
  const orm = await MikroORM.init(ormConfig(url, 2));
  try {
    const applied = await migrate(orm);
    await seedReference(orm.em.fork());
    return applied;
  } finally {
    await orm.close(true);
  }
}
