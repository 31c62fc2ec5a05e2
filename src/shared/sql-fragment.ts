import { raw, type FilterQuery } from '@mikro-orm/core';

/**
 * A piece of SQL with its `?` parameters in order, for rules that have a SQL form beside their
 * TypeScript form (see docs/cases.md, "Rules and where they live").
 */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * A SQL form as a MikroORM filter: `form` is called with the alias the ORM gives the entity's table,
 * so the same rule narrows raw SQL, `em.find` and query builders alike.
 */
export function sqlFilter<T>(form: (alias: string) => SqlFragment): FilterQuery<T> {
  const params = form('_').params;
  return { [raw((alias: string) => form(alias).sql, params)]: [] } as FilterQuery<T>;
}
