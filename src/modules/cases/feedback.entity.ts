import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { User } from '../identity/user.entity.js';
import { Case } from './case.entity.js';
import { Party } from './party.entity.js';

export enum Satisfaction {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  NEUTRAL = 'NEUTRAL',
  DISSATISFIED = 'DISSATISFIED',
  VERY_DISSATISFIED = 'VERY_DISSATISFIED',
  UNREACHABLE = 'UNREACHABLE',
}
registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  description: '回访满意度 / Satisfaction given at feedback',
  valuesConfig: {
    VERY_SATISFIED: { description: '非常满意 / Very satisfied' },
    SATISFIED: { description: '满意 / Satisfied' },
    NEUTRAL: { description: '基本满意 / Neutral' },
    DISSATISFIED: { description: '不满意 / Dissatisfied' },
    VERY_DISSATISFIED: { description: '非常不满意 / Very dissatisfied' },
    UNREACHABLE: { description: '多次联系未果 / Could not be reached' },
  },
});

/** Feedback (回访) of one applicant party; the latest per party counts (earlier rows stay as history). */
@ObjectType({ implements: Node, description: '回访记录 / Feedback from an applicant party' })
@Entity()
export class Feedback extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @ManyToOne(() => Party, { ref: true })
  party!: Ref<Party>;

  @Field(() => Satisfaction, { description: '满意度 / Satisfaction' })
  @Enum(() => Satisfaction)
  satisfaction!: Satisfaction;

  @Field(() => String, { nullable: true, description: '意见 / Comments' })
  @Property({ length: 1000, nullable: true })
  comment: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;
}

export enum LinkType {
  RELATED = 'RELATED',
  DUPLICATE = 'DUPLICATE',
  SAME_SOURCE = 'SAME_SOURCE',
}
registerEnumType(LinkType, {
  name: 'LinkType',
  description: '关联类型（案事同抓、案源同查）/ How two cases are linked',
  valuesConfig: {
    RELATED: { description: '相关 / Related' },
    DUPLICATE: { description: '重复反映 / The same matter reported twice' },
    SAME_SOURCE: { description: '同一矛盾源头 / Same source (same parties, respondent or place)' },
  },
});

/** A link between two cases, stored once with the smaller id first. */
@ObjectType({ implements: Node, description: '案件关联 / A link between two cases' })
@Entity()
@Unique({ properties: ['low', 'high'] })
export class CaseLink extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  low!: Ref<Case>;

  @ManyToOne(() => Case, { ref: true, index: true })
  high!: Ref<Case>;

  @Field(() => LinkType, { description: '类型 / Type' })
  @Enum(() => LinkType)
  type!: LinkType;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @Property({ length: 500, nullable: true })
  note: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;
}
