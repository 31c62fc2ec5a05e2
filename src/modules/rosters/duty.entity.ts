import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';

export enum DutyKind {
  RECEPTION = 'RECEPTION',
  BUILDING_MANAGER = 'BUILDING_MANAGER',
}
registerEnumType(DutyKind, {
  name: 'DutyKind',
  description: '值班类型 / Kind of duty',
  valuesConfig: {
    RECEPTION: { description: '县级领导轮班接访 / A leader receives petitioners' },
    BUILDING_MANAGER: { description: '当日楼长：统筹协调各入驻部门 / Building manager of the day' },
  },
});

export enum DutySlot {
  FULL_DAY = 'FULL_DAY',
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
}
registerEnumType(DutySlot, {
  name: 'DutySlot',
  description: '时段 / Part of the day',
  valuesConfig: {
    FULL_DAY: { description: '全天（8:30–17:30）/ Whole day' },
    MORNING: { description: '上午（8:30–12:00）/ Morning' },
    AFTERNOON: { description: '下午（14:30–17:30）/ Afternoon' },
  },
});

/** Two slots overlap unless one is the morning and the other the afternoon. */
export function slotsOverlap(a: DutySlot, b: DutySlot): boolean {
  return a === DutySlot.FULL_DAY || b === DutySlot.FULL_DAY || a === b;
}

/**
 * One duty on one calendar date: a leader receiving petitioners (in a half or whole day) or the
 * building manager of the day. `manual` rows were edited by hand and are never overwritten by
 * regenerating a pattern.
 */
@ObjectType({ implements: Node, description: '一次值班 / One duty on one day' })
@Entity()
@Index({ properties: ['center', 'date'] })
@Index({ properties: ['user', 'date'] })
export class Duty extends HubEntity {
  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  @Field(() => DutyKind, { description: '类型 / Kind' })
  @Enum(() => DutyKind)
  kind!: DutyKind;

  @Field(() => DateScalar, { description: '日期 / Date' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => DutySlot, { description: '时段 / Slot' })
  @Enum(() => DutySlot)
  slot: Opt<DutySlot> = DutySlot.FULL_DAY;

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Field(() => String, { nullable: true, description: '接访地点，如“3楼领导接访室” / Room' })
  @Property({ length: 60, nullable: true })
  room: string | null = null;

  @Field(() => [String], { description: '重点接访事项 / Topics the leader handles' })
  @Property({ type: 'json' })
  topics: Opt<string[]> = [];

  @Field(() => Boolean, { description: '是否人工调整（重新生成时保留）/ Edited by hand; kept when a pattern is regenerated' })
  @Property()
  manual: Opt<boolean> = false;
}

/** Leave or unavailability of a person over a date range. */
@ObjectType({ implements: Node, description: '请假或不能值班的时段 / Leave or unavailability' })
@Entity()
@Index({ properties: ['user', 'startDate'] })
export class Leave extends HubEntity {
  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @Field(() => DateScalar, { description: '起（含）/ First day' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: '止（含）/ Last day' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field({ description: '事由 / Reason' })
  @Property({ length: 200 })
  reason!: string;
}

export enum SwapStatus {
  REQUESTED = 'REQUESTED',
  ACCEPTED = 'ACCEPTED',
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
  REJECTED = 'REJECTED',
}
registerEnumType(SwapStatus, {
  name: 'SwapStatus',
  description: '换班申请状态 / State of a swap request',
  valuesConfig: {
    REQUESTED: { description: '已申请，待对方同意 / Requested, waiting for the other person' },
    ACCEPTED: { description: '对方已同意，待排班员批准 / Accepted, waiting for a scheduler' },
    APPROVED: { description: '已批准并生效 / Approved and applied' },
    DECLINED: { description: '对方不同意 / Declined by the other person' },
    REJECTED: { description: '排班员未批准 / Rejected by a scheduler' },
  },
});

/** A request to exchange two duties between their leaders: requested, accepted by the other, approved by a scheduler. */
@ObjectType({ implements: Node, description: '换班申请 / A request to swap two duties' })
@Entity()
export class DutySwap extends HubEntity {
  @ManyToOne(() => Duty, { ref: true })
  fromDuty!: Ref<Duty>;

  @ManyToOne(() => Duty, { ref: true })
  toDuty!: Ref<Duty>;

  /** The leader of `fromDuty` when the request was made (the one who asks). */
  @ManyToOne(() => User, { ref: true })
  requestedBy!: Ref<User>;

  /** The leader of `toDuty` when the request was made (the one who must accept). */
  @ManyToOne(() => User, { ref: true })
  counterpart!: Ref<User>;

  @Field(() => SwapStatus, { description: '状态 / Status' })
  @Enum(() => SwapStatus)
  status: Opt<SwapStatus> = SwapStatus.REQUESTED;

  @Field(() => String, { nullable: true, description: '理由 / Reason' })
  @Property({ length: 200, nullable: true })
  reason: string | null = null;
}

/** The published state of a center's rota: what the public, the feeds and the screens show. */
@Entity()
@Index({ properties: ['center', 'date'] })
export class PublishedDuty {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  /** The duty row this copy was published from (regenerating a pattern makes new rows; the feeds' UID is `dutyUid`). */
  @Property({ type: 'integer' })
  dutyId!: number;

  @Enum(() => DutyKind)
  kind!: DutyKind;

  @Property({ type: 'date' })
  date!: string;

  @Enum(() => DutySlot)
  slot!: DutySlot;

  @Property({ type: 'integer' })
  userId!: number;

  @Property({ length: 50 })
  name!: string;

  @Property({ length: 50, nullable: true })
  title: string | null = null;

  @Property({ length: 60, nullable: true })
  room: string | null = null;

  @Property({ type: 'json' })
  topics: string[] = [];

  /** The publication that last changed this row (the feeds' SEQUENCE). */
  @Property({ type: 'integer' })
  publication!: number;

  @Property({ type: 'datetime' })
  publishedAt!: Date;
}

/** One publication of a center's rota over a date range; `version` counts them per center. */
@ObjectType({ implements: Node, description: '排班发布记录 / A publication of a center’s rota' })
@Entity()
@Unique({ properties: ['center', 'number'] })
export class RotaPublication extends HubEntity {
  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  @Field(() => Int, { description: '发布序号（每个中心递增）/ Publication number, per center' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => DateScalar, { description: '范围起 / First day' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: '范围止 / Last day' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: '发布的值班数 / Duties published' })
  @Property({ type: 'integer' })
  duties!: number;

  @Field(() => Int, { description: '发布时确认存在的空缺数 / Gaps acknowledged at publishing' })
  @Property({ type: 'integer' })
  gapsAcknowledged!: number;

  @ManyToOne(() => User, { ref: true, nullable: true })
  publishedBy: Ref<User> | null = null;
}
