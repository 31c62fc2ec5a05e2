import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` in one transaction on `em` itself (so every read and write of the operation is inside it).
 * Called inside another `inTransaction` on the same `em`, it is a savepoint of the outer transaction:
 * its writes commit only when the outer one does, and its failure rolls back only its own part. (A plain
 * `em.begin()` would open a second transaction on another connection and drop the outer one's context.)
 */
export async function inTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  const outer = em.getTransactionContext();
  await em.begin(outer ? { ctx: outer } : {});
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  } finally {
    if (outer) em.setTransactionContext(outer);
  }
}
