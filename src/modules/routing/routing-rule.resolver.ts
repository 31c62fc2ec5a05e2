import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { UserError } from '../../shared/errors.js';
import { Role } from '../../shared/role.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { RoutingRule } from './routing-rule.entity.js';
import { RoutingRuleService } from './routing-rule.service.js';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };

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
export class RoutingRuleResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => [RoutingRule], { description: '对某中心有效的分流规则（本级及上级）/ Routing rules in force at a center, its own and inherited' })
  async routingRules(@Args() { centerId }: RoutingRulesArgs, @Ctx() ctx: HubContext): Promise<RoutingRule[]> {
    return new RoutingRuleService(ctx).routingRules(centerId);
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
  @Mutation(() => RoutingRulePayload, { description: '设置分流规则 / Set a routing rule' })
  async routingRuleSet(@Arg('input', IN) input: RoutingRuleSetInput, @Ctx() ctx: HubContext) {
    return { routingRule: await new RoutingRuleService(ctx).setRoutingRule(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RoutingRulePayload, { description: '删除分流规则 / Remove a routing rule' })
  async routingRuleRemove(@Arg('id', () => ID, { description: '规则ID / Rule ID' }) id: string, @Ctx() ctx: HubContext) {
    return { removed: await new RoutingRuleService(ctx).removeRoutingRule(id) };
  }
}
