import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar, DateTimeScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Case } from './case.entity.js';

export enum SupervisionKind {
  OVERDUE = 'OVERDUE',
  AT_RISK = 'AT_RISK',
  MANUAL = 'MANUAL',
}
registerEnumType(SupervisionKind, {
  name: 'SupervisionKind',
  description: '督办来源 / Why a case is supervised',
  valuesConfig: {
    OVERDUE: { description: '自动：已超期 / Automatic: past a deadline' },
    AT_RISK: { description: '自动：临期或高风险未分流 / Automatic: deadline near, or high risk not yet dispatched' },
    MANUAL: { description: '领导人工督办 / Raised by a leader' },
  },
});

/**
 * A supervision (督办) of a case with its instructions and the answer. At most one open automatic
 * supervision of each kind per case (partial unique index), so the sweep can run on every process.
 */
@ObjectType({ implements: Node, description: '督办 / A supervision of a case' })
@Entity()
@Index({
  name: 'supervision_open_auto_uniq',
  expression: `create unique index "supervision_open_auto_uniq" on "supervision" ("case_id", "kind") where "answered_at" is null and "kind" <> 'MANUAL'`,
})
export class Supervision extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => SupervisionKind, { description: '来源 / Kind' })
  @Enum(() => SupervisionKind)
  kind!: SupervisionKind;

  @ManyToOne(() => User, { ref: true, nullable: true })
  raisedBy: Ref<User> | null = null;

  @Field({ description: '督办要求 / Instructions' })
  @Property({ length: 1000 })
  instructions!: string;

  @Field(() => DateScalar, { description: '回复期限 / Answer due by' })
  @Property({ type: 'date' })
  responseDueDate!: string;

  @Field(() => String, { nullable: true, description: '回复 / Answer' })
  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  answeredBy: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '回复时间；空表示未回复 / When answered; null while open' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt: Date | null = null;
}

export enum ExtensionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ExtensionStatus, {
  name: 'ExtensionStatus',
  description: '延期申请状态 / State of an extension request',
  valuesConfig: {
    PENDING: { description: '待审批 / Waiting for a decision' },
    APPROVED: { description: '已批准 / Approved' },
    REJECTED: { description: '未批准 / Rejected' },
  },
});

@ObjectType({ implements: Node, description: '延期跟进申请 / A request to extend the due date' })
@Entity()
export class ExtensionRequest extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => Int, { description: '申请延期天数 / Days asked for' })
  @Property({ type: 'integer' })
  days!: number;

  @Field({ description: '理由（须告知当事人）/ Reason, told to the parties' })
  @Property({ length: 1000 })
  reason!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  requestedBy: Ref<User> | null = null;

  @Field(() => ExtensionStatus, { description: '状态 / Status' })
  @Enum(() => ExtensionStatus)
  status: Opt<ExtensionStatus> = ExtensionStatus.PENDING;

  @ManyToOne(() => User, { ref: true, nullable: true })
  decidedBy: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '审批时间 / When decided' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '审批意见 / Decision note' })
  @Property({ length: 500, nullable: true })
  decisionNote: string | null = null;
}
