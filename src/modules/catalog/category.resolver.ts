import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { AUTHENTICATED, KEY } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { Category } from './category.entity.js';

@Resolver(() => Category)
export class CategoryResolver {
  @Authorized(AUTHENTICATED, KEY.ANY)
  @Query(() => [Category], { description: '纠纷/信访类别（数据，可扩展，几十条以内）/ Case categories (data; a few dozen at most)' })
  caseCategories(
    @Ctx() ctx: HubContext,
    @Arg('includeArchived', () => Boolean, { nullable: true, description: '包含已归档 / Include archived' }) includeArchived?: boolean,
  ): Promise<Category[]> {
    return ctx.em.find(Category, includeArchived ? {} : { archivedAt: null }, { orderBy: { sortOrder: 'asc', code: 'asc' }, limit: 500 });
  }
}
