import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { UserErrorCode } from './errors.js';
import { localId } from './ids.js';
import type { Validator } from './validation.js';

/**
 * Finds the object a global ID in an input names. A malformed ID, an ID of another type or a missing
 * row adds a NOT_FOUND user error on `field` and yields undefined.
 */
export async function findByGlobalId<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string | null | undefined,
  v: Validator,
  field: string,
  label: string,
): Promise<T | undefined> {
  if (globalId === undefined || globalId === null) return undefined;
  const id = localId(globalId, entity.name);
  const found = id === undefined ? null : await em.findOne(entity, { id } as never);
  if (!found) v.add(field, UserErrorCode.NOT_FOUND, `找不到该${label}（ID 无效或不存在）`);
  return found ?? undefined;
}

/** Adds a CONFLICT user error when the client saw another version than the stored one. */
export function checkVersion(v: Validator, entity: { version: number }, seen: number, label: string, field = 'version'): boolean {
  return v.check(entity.version === seen, field, UserErrorCode.CONFLICT,
    `该${label}已被他人修改（当前版本 ${entity.version}，您看到的是 ${seen}），请刷新后重试`);
}
