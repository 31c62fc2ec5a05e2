import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Case } from '../cases/case.entity.js';
import { User } from '../identity/user.entity.js';

export enum LeaderInChargeSource {
  TAKEN = 'TAKEN',
  RECEPTION = 'RECEPTION',
  MEETING_DECISION = 'MEETING_DECISION',
}
registerEnumType(LeaderInChargeSource, {
  name: 'LeaderInChargeSource',
  description: '包案来源 / How a leader came to be in charge',
  valuesConfig: {
    TAKEN: { description: '领导主动包案 / The leader took it on' },
    RECEPTION: { description: '接访时包案 / Taken on at a reception' },
    MEETING_DECISION: { description: '联席会议决定 / Put in charge by a joint review meeting' },
  },
});

/**
 * 包案: a leader personally responsible for a case until it is closed. At most one current per case
 * (partial unique index); a new one ends the previous, so the history stays.
 */
@ObjectType({ implements: Node, description: '包案领导 / A leader in charge of a case (包案)' })
@Entity()
@Index({ properties: ['leader', 'endedAt'] })
@Index({
  name: 'leader_in_charge_current_uniq',
  expression: 'create unique index "leader_in_charge_current_uniq" on "leader_in_charge" ("case_id") where "ended_at" is null',
})
export class LeaderInCharge extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @ManyToOne(() => User, { ref: true })
  leader!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  assignedBy: Ref<User> | null = null;

  @Field(() => LeaderInChargeSource, { description: '来源 / How' })
  @Enum(() => LeaderInChargeSource)
  source!: LeaderInChargeSource;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @Property({ length: 500, nullable: true })
  note: string | null = null;

  @Field(() => DateTimeScalar, { description: '开始包案 / Since' })
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: '结束时间；空表示当前 / When it ended; null while current' })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;
}
