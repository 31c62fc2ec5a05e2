import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs `work` in one transaction on `em` itself (so every read and write of the operation is inside it). */
export async function inTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  await em.begin();
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}
