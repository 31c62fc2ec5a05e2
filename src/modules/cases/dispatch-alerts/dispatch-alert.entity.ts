import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../../shared/node.js';
import { Case } from '../case.entity.js';
import { Center } from '../../organisation/center.entity.js';

/**
 * A center's dispatch target (分流时限): a new case should be dispatched within `seconds` of intake
 * ("伊码解纷": mediator assigned within 15 minutes). Centers without a row inherit the nearest one above
 * them, then DISPATCH_TARGET_SECONDS (default 900).
 */
@ObjectType({ implements: Node, description: '中心的分流时限 / A center’s dispatch target' })
@Entity()
export class DispatchTarget extends HubEntity {
  @ManyToOne(() => Center, { ref: true })
  @Unique()
  center!: Ref<Center>;

  @Field(() => Int, { description: '受理后须在多少秒内分流（如 900 = 15分钟）/ Seconds from intake to dispatch, e.g. 900 = 15 minutes' })
  @Property({ type: 'integer' })
  seconds!: number;
}

/**
 * The two alerts a case may raise while it waits for dispatch: threshold 1 at the target, 2 at twice the
 * target. Written at intake with their due time; `alertedAt` is set by the one process that claims the row
 * (`for update skip locked`) in the same transaction as the timeline event, so each alert happens once.
 */
@Entity()
@Unique({ properties: ['case', 'threshold'] })
@Index({ name: 'dispatch_alert_pending_idx', expression: 'create index "dispatch_alert_pending_idx" on "dispatch_alert" ("due_at") where "alerted_at" is null' })
export class DispatchAlert {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  /** 1: the target passed; 2: twice the target passed. */
  @Property({ type: 'smallint' })
  threshold!: number;

  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  alertedAt: Date | null = null;
}
