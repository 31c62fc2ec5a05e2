import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { Cursor, CursorError } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { cursorReaders, cursorValues } from './cursor-values.js';
import { badInput } from './errors.js';

export { cursorValues };

export const MAX_PAGE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: '向后取前 N 条（1–100）/ Take the first N after `after` (1–100)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '从该游标之后开始（须为同一列表、同一排序返回的游标）/ Start after this cursor (one this list returned in the same order)' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: '向前取最后 N 条（1–100）/ Take the last N before `before` (1–100)' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: '到该游标之前为止（须为同一列表、同一排序返回的游标）/ End before this cursor (one this list returned in the same order)' })
  before?: string | null;
}

@ObjectType({ description: '分页信息 / Relay page info' })
export class PageInfo {
  @Field({ description: '后面是否还有 / More items after this page' })
  hasNextPage!: boolean;

  @Field({ description: '前面是否还有 / More items before this page' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: '本页第一条的游标 / Cursor of the first edge' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: '本页最后一条的游标 / Cursor of the last edge' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when read (a getter), so pages that do not ask for it cost no count query. */
  readonly totalCount: Promise<number>;
}

/**
 * The GraphQL connection type for `node`: edges, nodes, pageInfo and a `totalCount` that is only
 * counted when asked for.
 */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `${name} 分页中的一条 / An edge of a ${name} connection` })
  class EdgeType {
    @Field({ description: '游标 / Cursor' })
    cursor!: string;

    @Field(() => node, { description: '对象 / The node' })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: '本页的边 / Edges of this page' })
    edges!: Edge<T>[];

    @Field(() => [node], { description: '本页的对象（edges 的简写）/ Nodes of this page' })
    nodes!: T[];

    @Field(() => PageInfo, { description: '分页信息 / Page info' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: '符合条件的总数（按需计算）/ Total matching, counted on request' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** Refuses page arguments outside the rules: one of first/last, within 1..100, not both. */
export function checkPageArgs(args: ConnectionArgs, max = MAX_PAGE): void {
  const { first, last } = args;
  if (first != null && last != null) throw badInput('不能同时使用 first 和 last / Use first or last, not both', 'first');
  if (first == null && last == null) throw badInput(`分页须指定 first 或 last（1–${MAX_PAGE}）/ first or last is required`, 'first');
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 1 || value > max)) {
      throw badInput(`${name} 必须在 1 到 ${max} 之间 / ${name} must be 1..${max}`, name);
    }
  }
  if (args.after != null && args.before != null) throw badInput('不能同时使用 after 和 before / Use after or before, not both', 'after');
}

/**
 * A cursor: the values of the page's order keys, then the id, as MikroORM's keyset cursors carry them,
 * so a page made elsewhere (compiled reads, batched first pages) continues with `paginate`.
 */
export function encodeCursor(values: readonly unknown[]): string {
  return Cursor.encode([...values]);
}

/**
 * `n` when the arguments ask for a first page (`first: n`, 1..100, no cursor, no `last`), else undefined
 * (the arguments then go to `paginate`, which checks them and answers or refuses).
 */
export function firstPageSize(args: ConnectionArgs): number | undefined {
  const n = args.first;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_PAGE || args.after != null || args.before != null || args.last != null) return undefined;
  return n;
}

/**
 * A page from rows already read in order (`more`: a row beyond them exists), with the cursors and page
 * info `paginate` gives; `count` runs only when `totalCount` is read.
 */
export function pageOf<T>(nodes: T[], more: boolean, hasPreviousPage: boolean, cursor: (node: T) => string, count: () => Promise<number>): Page<T> {
  return {
    nodes,
    edges: nodes.map((node) => ({ node, cursor: cursor(node) })),
    pageInfo: {
      hasNextPage: more, hasPreviousPage,
      startCursor: nodes.length ? cursor(nodes[0]!) : null,
      endCursor: nodes.length ? cursor(nodes.at(-1)!) : null,
    },
    get totalCount() {
      return count();
    },
  };
}

/**
 * Keyset pagination over `where`, ordered by `orderBy` and then by id so the order is total and
 * cursors stay stable while rows are added.
 */
export async function paginate<T extends { id: number | string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  args: ConnectionArgs,
  /** Server-side readers (exports) may take bigger pages than clients. */
  maxPage = MAX_PAGE,
): Promise<Page<T>> {
  checkPageArgs(args, maxPage);
  const order = { ...orderBy, id: (orderBy as Record<string, string>).id ?? 'asc' } as QueryOrderMap<T>;
  // Checked on every page, so an order no cursor check knows fails its first page, not a client's next one.
  const meta = em.getMetadata(entity);
  cursorReaders(meta, order);
  if (args.after != null) cursorValues(meta, order, args.after, 'after');
  if (args.before != null) cursorValues(meta, order, args.before, 'before');
  let cursor;
  try {
    cursor = await em.findByCursor(entity, {
      where,
      orderBy: order,
      first: args.first ?? undefined,
      last: args.last ?? undefined,
      after: args.after ?? undefined,
      before: args.before ?? undefined,
      includeCount: false,
    } as never);
  } catch (error) {
    // The values were checked above; this is only the ORM's own refusal of one (a value its type cannot read).
    if (error instanceof CursorError) {
      throw badInput('游标无效 / Invalid cursor', args.after ? 'after' : 'before');
    }
    throw error;
  }
  const items = [...cursor.items] as T[];
  return {
    edges: items.map((node) => ({ node, cursor: cursor.from(node as never) })),
    nodes: items,
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    get totalCount() {
      return em.count(entity, where);
    },
  };
}
