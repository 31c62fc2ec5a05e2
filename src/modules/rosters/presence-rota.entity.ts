import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Stationing } from '../organisation/stationing.entity.js';

/**
 * The published presence of a rotating (轮驻) agency: what the day board, the mediator recommendation and
 * the iCal feed read. The working rota (`PresenceDay`) is the schedulers' draft; publishing copies a date
 * range of it here, as the leaders' rota does with `PublishedDuty`.
 */
@Entity()
@Unique({ properties: ['stationing', 'date'] })
@Index({ properties: ['date'] })
export class PublishedPresenceDay {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Stationing, { ref: true })
  stationing!: Ref<Stationing>;

  @Property({ type: 'date' })
  date!: string;

  /** The presence publication that last wrote this row (the feed's SEQUENCE). */
  @Property({ type: 'integer' })
  publication!: number;

  @Property({ type: 'datetime' })
  publishedAt!: Date;
}

/** One publication of a center's rotating-agency presence over a date range; `number` counts them per center. */
@ObjectType({ implements: Node, description: '轮驻排班发布记录 / A publication of a center’s rotating-agency presence' })
@Entity()
@Unique({ properties: ['center', 'number'] })
export class PresencePublication extends HubEntity {
  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  @Field(() => Int, { description: '发布序号（每个中心递增，从1起）/ Publication number per center, from 1' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => DateScalar, { description: '范围起 / First day' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: '范围止（含）/ Last day, inclusive' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => Int, { description: '发布的在岗日数（所有轮驻部门合计）/ Presence days published, all rotating agencies together' })
  @Property({ type: 'integer' })
  days!: number;

  @ManyToOne(() => User, { ref: true, nullable: true })
  publishedBy: Ref<User> | null = null;
}
