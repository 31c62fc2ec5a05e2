import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { Center, CenterLevel } from './center.entity.js';

@ObjectType({ description: '综治中心分页 / A page of centers' })
export class CenterConnection extends Connection(Center, 'Center') {}

export enum CenterOrder {
  DIVISION_CODE = 'DIVISION_CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CenterOrder, {
  name: 'CenterOrder',
  description: '中心排序 / Order of centers',
  valuesConfig: {
    DIVISION_CODE: { description: '按区划代码 / By division code' },
    NAME: { description: '按名称 / By name' },
    CREATED_AT: { description: '按创建时间 / By creation time' },
  },
});

@InputType({ description: '中心筛选条件 / Filter for centers' })
export class CenterFilter {
  @Field(() => ID, { nullable: true, description: '只看该中心及其全部下级 / This center and everything below it' })
  subtreeOf?: string | null;

  @Field(() => ID, { nullable: true, description: '只看该中心的直接下级 / Direct children of this center' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '只看顶级中心 / Only centers without a parent' })
  rootsOnly?: boolean | null;

  @Field(() => CenterLevel, { nullable: true, description: '层级 / Level' })
  level?: CenterLevel | null;

  @Field(() => String, { nullable: true, description: '名称或区划代码包含 / Name or division code contains' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: '包含已归档（默认否）/ Include archived (default false)' })
  includeArchived?: boolean | null;
}

@ArgsType()
export class CentersArgs extends ConnectionArgs {
  @Field(() => CenterFilter, { nullable: true, description: '筛选 / Filter' })
  filter?: CenterFilter | null;

  @Field(() => CenterOrder, { nullable: true, description: '排序（默认按区划代码）/ Order (default division code)' })
  orderBy?: CenterOrder | null;
}

@InputType({ description: '新建中心 / Create a center' })
export class CenterCreateInput {
  @Field({ description: '名称 / Name' })
  name!: string;

  @Field(() => CenterLevel, { description: '层级 / Level' })
  level!: CenterLevel;

  @Field({ description: '行政区划代码：县级6位、镇级9位、村级12位，下级须以上级代码开头 / Division code' })
  divisionCode!: string;

  @Field(() => ID, { nullable: true, description: '上级中心（县级可空）/ Parent center; required below county level' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 / Phone' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '群众线上办事渠道名称（最多60字），如“伊码解纷”微信小程序；null 清空 / Online channel for citizens (≤ 60 characters); null clears it',
  })
  onlineServiceName?: string | null;

  @Field(() => Int, { nullable: true, description: '面积（平方米）/ Floor area in m²' })
  areaSqm?: number | null;
}

@InputType({ description: '修改中心；省略的字段不变，传 null 清空可选字段 / Update a center' })
export class CenterUpdateInput {
  @Field(() => ID, { description: '中心ID / Center ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;

  @Field(() => String, { nullable: true, description: '名称 / Name' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '行政区划代码 / Division code' })
  divisionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '新的上级中心（迁移）/ New parent (moves the subtree)' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: '联系电话 / Phone' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '群众线上办事渠道名称（最多60字），如“伊码解纷”微信小程序；null 清空 / Online channel for citizens (≤ 60 characters); null clears it',
  })
  onlineServiceName?: string | null;

  @Field(() => Int, { nullable: true, description: '面积（平方米）/ Floor area in m²' })
  areaSqm?: number | null;
}

@InputType({ description: '归档对象（不删除，历史仍可查）/ Archive an object (kept for history)' })
export class ArchiveInput {
  @Field(() => ID, { description: '对象ID / Object ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;
}

@ObjectType({ description: '中心变更结果 / Result of a center mutation' })
export class CenterPayload {
  @Field(() => Center, { nullable: true, description: '变更后的中心；出错时为空 / The center, null on error' })
  center?: Center | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}
