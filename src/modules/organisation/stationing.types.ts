import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { Stationing, StationingMode } from './stationing.entity.js';

@ObjectType({ description: '入驻分页 / A page of stationings' })
export class StationingConnection extends Connection(Stationing, 'Stationing') {}

@InputType({ description: '入驻筛选 / Filter for stationings' })
export class StationingFilter {
  @Field(() => ID, { nullable: true, description: '中心 / Center' })
  centerId?: string | null;

  @Field(() => ID, { nullable: true, description: '部门 / Agency' })
  agencyId?: string | null;

  @Field(() => [StationingMode], { nullable: true, description: '入驻方式；空列表不匹配任何记录，不传为全部 / Modes; an empty list matches none, null matches all' })
  modes?: StationingMode[] | null;

  @Field(() => DateScalar, { nullable: true, description: '在该日有效的入驻 / Stationings covering this date' })
  activeOn?: string | null;
}

@ArgsType()
export class StationingsArgs extends ConnectionArgs {
  @Field(() => StationingFilter, { nullable: true, description: '筛选 / Filter' })
  filter?: StationingFilter | null;
}

@InputType({ description: '部门入驻中心 / Station an agency at a center' })
export class StationingCreateInput {
  @Field(() => ID, { description: '部门 / Agency' })
  agencyId!: string;

  @Field(() => ID, { description: '中心（须在部门归属中心的范围内）/ Center, within the agency’s own center subtree' })
  centerId!: string;

  @Field(() => StationingMode, { description: '入驻方式 / Mode' })
  mode!: StationingMode;

  @Field(() => String, { nullable: true, description: '窗口号 / Window' })
  windowNumber?: string | null;

  @Field(() => DateScalar, { description: '起始日期 / First day' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: '结束日期（含）/ Last day' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  note?: string | null;
}

@InputType({ description: '修改入驻 / Update a stationing' })
export class StationingUpdateInput {
  @Field(() => ID, { description: '入驻ID / Stationing ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;

  @Field(() => StationingMode, { nullable: true, description: '入驻方式 / Mode' })
  mode?: StationingMode | null;

  @Field(() => String, { nullable: true, description: '窗口号 / Window' })
  windowNumber?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '起始日期 / First day' })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '结束日期（含）；传 null 表示持续 / Last day; null: open-ended' })
  endDate?: string | null;

  @Field(() => String, { nullable: true, description: '备注 / Note' })
  note?: string | null;
}

@InputType({ description: '结束入驻 / End a stationing' })
export class StationingEndInput {
  @Field(() => ID, { description: '入驻ID / Stationing ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;

  @Field(() => DateScalar, { description: '最后一天 / Last day present' })
  endDate!: string;
}

@ObjectType({ description: '入驻变更结果 / Result of a stationing mutation' })
export class StationingPayload {
  @Field(() => Stationing, { nullable: true, description: '入驻；出错时为空 / The stationing, null on error' })
  stationing?: Stationing | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}
