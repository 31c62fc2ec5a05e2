import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { Agency, AgencyGroup, AgencyKind } from './agency.entity.js';

@ObjectType({ description: '部门分页 / A page of agencies' })
export class AgencyConnection extends Connection(Agency, 'Agency') {}

@InputType({ description: '部门筛选 / Filter for agencies' })
export class AgencyFilter {
  @Field(() => ID, { nullable: true, description: '归属于该中心及其下级的部门 / Agencies belonging to this center subtree' })
  centerSubtreeOf?: string | null;

  @Field(() => ID, { nullable: true, description: '入驻该中心（今日有效）的部门 / Agencies stationed at this center today' })
  stationedAt?: string | null;

  @Field(() => [AgencyKind], { nullable: true, description: '类型；空列表不匹配任何部门，不传为全部 / Kinds; an empty list matches none, null matches all' })
  kinds?: AgencyKind[] | null;

  @Field(() => AgencyGroup, { nullable: true, description: '“4个中心”或“N方力量” / Group' })
  group?: AgencyGroup | null;

  @Field(() => String, { nullable: true, description: '名称或简称包含 / Name contains' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: '包含已归档 / Include archived' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class AgenciesArgs extends ConnectionArgs {
  @Field(() => AgencyFilter, { nullable: true, description: '筛选 / Filter' })
  filter?: AgencyFilter | null;
}

@InputType({ description: '新建部门 / Create an agency' })
export class AgencyCreateInput {
  @Field({ description: '全称 / Full name' })
  name!: string;

  @Field({ description: '简称 / Short name' })
  shortName!: string;

  @Field(() => AgencyKind, { description: '类型 / Kind' })
  kind!: AgencyKind;

  @Field(() => ID, { description: '归属中心（行政隶属）/ Center the agency belongs to' })
  centerId!: string;

  @Field(() => String, { nullable: true, description: '电话 / Phone' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '职责简介 / Description' })
  description?: string | null;
}

@InputType({ description: '修改部门 / Update an agency' })
export class AgencyUpdateInput {
  @Field(() => ID, { description: '部门ID / Agency ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;

  @Field(() => String, { nullable: true, description: '全称 / Full name' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '简称 / Short name' })
  shortName?: string | null;

  @Field(() => AgencyKind, { nullable: true, description: '类型 / Kind' })
  kind?: AgencyKind | null;

  @Field(() => String, { nullable: true, description: '电话 / Phone' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '职责简介 / Description' })
  description?: string | null;
}

@ObjectType({ description: '部门变更结果 / Result of an agency mutation' })
export class AgencyPayload {
  @Field(() => Agency, { nullable: true, description: '部门；出错时为空 / The agency, null on error' })
  agency?: Agency | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}
