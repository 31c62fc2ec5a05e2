import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { UserError } from '../../shared/errors.js';
import { RoutingRule } from '../cases/routing-rule.entity.js';
import { Role } from '../../shared/role.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
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

@InputType({ description: '设置分流规则（同一中心同一类别只有一条）/ Set the routing rule of a category at a center' })
class RoutingRuleSetInput {
  @Field(() => ID, { description: '中心（规则对其下级同样适用）/ Center; applies below it too' }) centerId!: string;
  @Field({ description: '类别代码 / Category code' }) categoryCode!: string;
  @Field(() => ID, { description: '牵头部门 / Lead agency' }) leadAgencyId!: string;
  @Field(() => [ID], { nullable: true, description: '协同部门 / Cooperating agencies' }) cooperatingAgencyIds?: string[] | null;
}

@ObjectType({ description: '分流规则变更结果 / Result of a routing-rule change' })
class RoutingRulePayload {
  @Field(() => RoutingRule, { nullable: true, description: '规则 / The rule' }) routingRule?: RoutingRule | null;
  @Field(() => Boolean, { nullable: true, description: '是否删除了规则 / Whether a rule was removed' }) removed?: boolean | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ArgsType()
class RoutingRulesArgs {
  @Field(() => ID, { description: '中心（含其上级的规则）/ Center; rules of the centers above it are included' }) centerId!: string;
}

@Resolver(() => RoutingRule)
export class CatalogResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => [RoutingRule], { description: '对某中心有效的分流规则（本级及上级）/ Routing rules in force at a center, its own and inherited' })
  async routingRules(@Args() { centerId }: RoutingRulesArgs, @Ctx() ctx: HubContext): Promise<RoutingRule[]> {
    return new CatalogService(ctx).routingRules(centerId);
  }

  @FieldResolver(() => Center, { description: '规则所属中心 / Center of the rule' })
  center(@Root() r: RoutingRule): Promise<Center> {
    return r.center.loadOrFail();
  }

  @FieldResolver(() => Agency, { description: '牵头部门 / Lead agency' })
  leadAgency(@Root() r: RoutingRule): Promise<Agency> {
    return r.leadAgency.loadOrFail();
  }

  @FieldResolver(() => [Agency], { description: '协同部门 / Cooperating agencies' })
  async cooperatingAgencies(@Root() r: RoutingRule): Promise<Agency[]> {
    return (await r.cooperatingAgencies.load()).getItems();
  }

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

  @Authorized(Role.ADMIN)
  @Mutation(() => RoutingRulePayload, { description: '设置分流规则 / Set a routing rule' })
  async routingRuleSet(@Arg('input', IN) input: RoutingRuleSetInput, @Ctx() ctx: HubContext) {
    return { routingRule: await new CatalogService(ctx).setRoutingRule(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RoutingRulePayload, { description: '删除分流规则 / Remove a routing rule' })
  async routingRuleRemove(@Arg('id', () => ID, { description: '规则ID / Rule ID' }) id: string, @Ctx() ctx: HubContext) {
    return { removed: await new CatalogService(ctx).removeRoutingRule(id) };
  }
}
