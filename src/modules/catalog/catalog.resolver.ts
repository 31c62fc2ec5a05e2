import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { UserError } from '../../shared/errors.js';
import { Role } from '../../shared/role.js';
import { CatalogService } from './catalog.service.js';
import { Category } from './category.entity.js';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };

@InputType({ description: '新增类别 / Add a category' })
class CategoryCreateInput {
  @Field({ description: '代码，大写字母、数字、下划线，如 HOUSING_DEMOLITION / Code' }) code!: string;
  @Field({ description: '中文名 / Chinese name' }) nameZh!: string;
  @Field({ description: '英文名 / English name' }) nameEn!: string;
  @Field(() => Int, { nullable: true, description: '排序 / Sort order' }) sortOrder?: number | null;
}

@InputType({ description: '修改或归档类别 / Change or archive a category' })
class CategoryUpdateInput {
  @Field(() => ID, { description: '类别ID / Category ID' }) id!: string;
  @Field(() => Int, { description: '您看到的版本号 / The version you saw' }) version!: number;
  @Field(() => String, { nullable: true, description: '中文名 / Chinese name' }) nameZh?: string | null;
  @Field(() => String, { nullable: true, description: '英文名 / English name' }) nameEn?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 / Sort order' }) sortOrder?: number | null;
  @Field(() => Boolean, { nullable: true, description: '归档（不再用于新案件）/ Archive: no longer offered for new cases' }) archived?: boolean | null;
}

@ObjectType({ description: '类别变更结果 / Result of a category change' })
class CategoryPayload {
  @Field(() => Category, { nullable: true, description: '类别 / The category' }) category?: Category | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

/** Changes to the category taxonomy (the list itself is `CategoryResolver`'s). */
@Resolver()
export class CatalogResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => CategoryPayload, { description: '新增纠纷/信访类别（全域管理员）/ Add a category' })
  async categoryCreate(@Arg('input', IN) input: CategoryCreateInput, @Ctx() ctx: HubContext) {
    return { category: await new CatalogService(ctx).createCategory(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CategoryPayload, { description: '修改或归档类别（全域管理员）/ Change or archive a category' })
  async categoryUpdate(@Arg('input', IN) input: CategoryUpdateInput, @Ctx() ctx: HubContext) {
    return { category: await new CatalogService(ctx).updateCategory(input) };
  }
}
