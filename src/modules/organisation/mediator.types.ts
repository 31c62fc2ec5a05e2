import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { Mediator } from './mediator.entity.js';

@ObjectType({ description: '调解员分页 / A page of mediators' })
export class MediatorConnection extends Connection(Mediator, 'Mediator') {}

@InputType({ description: '调解员筛选 / Filter for mediators' })
export class MediatorFilter {
  @Field(() => ID, { nullable: true, description: '所属部门或调解组织 / Agency' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属部门归属于该中心及其下级 / Agencies in this center subtree' })
  centerSubtreeOf?: string | null;

  @Field(() => String, { nullable: true, description: '擅长该类别代码 / Specialises in this category code' })
  specialty?: string | null;

  @Field(() => Boolean, { nullable: true, description: '在岗状态 / Active or not' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: '姓名或工作室包含 / Name or studio contains' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: '包含已归档 / Include archived' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class MediatorsArgs extends ConnectionArgs {
  @Field(() => MediatorFilter, { nullable: true, description: '筛选 / Filter' })
  filter?: MediatorFilter | null;
}

@InputType({ description: '新建调解员 / Create a mediator' })
export class MediatorCreateInput {
  @Field({ description: '姓名 / Name' })
  name!: string;

  @Field(() => ID, { description: '所属部门或调解组织 / Agency or mediation organisation' })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: '手机号 / Mobile phone' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '工作室 / Studio' })
  studio?: string | null;

  @Field(() => String, { nullable: true, description: '称号 / Title' })
  title?: string | null;

  @Field(() => [String], { nullable: true, description: '擅长类别代码 / Specialty category codes' })
  specialties?: string[] | null;

  @Field(() => Int, { nullable: true, description: '同时办案上限（1–500，默认10）/ Capacity (1–500, default 10)' })
  capacity?: number | null;
}

@InputType({ description: '修改调解员 / Update a mediator' })
export class MediatorUpdateInput {
  @Field(() => ID, { description: '调解员ID / Mediator ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;

  @Field(() => String, { nullable: true, description: '姓名 / Name' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '手机号 / Mobile phone' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '工作室 / Studio' })
  studio?: string | null;

  @Field(() => String, { nullable: true, description: '称号 / Title' })
  title?: string | null;

  @Field(() => [String], { nullable: true, description: '擅长类别代码 / Specialty category codes' })
  specialties?: string[] | null;

  @Field(() => Int, { nullable: true, description: '同时办案上限 / Capacity' })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: '在岗 / Active' })
  active?: boolean | null;
}

@ObjectType({ description: '调解员变更结果 / Result of a mediator mutation' })
export class MediatorPayload {
  @Field(() => Mediator, { nullable: true, description: '调解员；出错时为空 / The mediator, null on error' })
  mediator?: Mediator | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}
