import { Entity, Enum, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Agency } from '../organisation/agency.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Case } from './case.entity.js';

export enum SessionMethod {
  FACE_TO_FACE = 'FACE_TO_FACE',
  SEPARATE = 'SEPARATE',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}
registerEnumType(SessionMethod, {
  name: 'SessionMethod',
  description: '调解方式 / How a mediation session was held',
  valuesConfig: {
    FACE_TO_FACE: { description: '面对面 / Face to face' },
    SEPARATE: { description: '背对背 / Separately, back to back' },
    PHONE: { description: '电话调解 / By phone' },
    VIDEO: { description: '视频连线 / By video' },
  },
});

@ObjectType({ implements: Node, description: '调解记录 / A mediation session' })
@Entity()
export class MediationSession extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => SessionMethod, { description: '方式 / Method' })
  @Enum(() => SessionMethod)
  method!: SessionMethod;

  @Field(() => DateTimeScalar, { description: '时间 / When held' })
  @Property({ type: 'datetime' })
  heldAt!: Date;

  @Field({ description: '参加人员 / Who took part' })
  @Property({ length: 500 })
  participants!: string;

  @Field({ description: '调解情况记录 / Notes' })
  @Property({ type: 'text' })
  notes!: string;

  @ManyToOne(() => Mediator, { ref: true, nullable: true })
  mediator: Ref<Mediator> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;
}

@ObjectType({ implements: Node, description: '调解协议 / A mediation agreement with its payment plan' })
@Entity()
export class Agreement extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field({ description: '协议内容 / Terms' })
  @Property({ type: 'text' })
  terms!: string;

  @Field(() => MoneyScalar, { description: '协议总金额 / Total amount agreed' })
  @Property({ type: 'decimal', precision: 16, scale: 2 })
  totalAmount!: string;

  @Field(() => DateScalar, { description: '协议生效日期 / When the agreement takes effect' })
  @Property({ type: 'date' })
  effectiveDate!: string;

  @OneToMany(() => Instalment, (i) => i.agreement, { orderBy: { seq: 'asc' } })
  instalments = new Collection<Instalment>(this);
}

@ObjectType({ implements: Node, description: '分期履行计划中的一期 / One instalment of a payment plan' })
@Entity()
export class Instalment extends HubEntity {
  @ManyToOne(() => Agreement, { ref: true, index: true })
  agreement!: Ref<Agreement>;

  @Field(() => Int, { description: '期次 / Number of the instalment' })
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => DateScalar, { description: '应付日期 / Due date' })
  @Property({ type: 'date' })
  dueDate!: string;

  @Field(() => MoneyScalar, { description: '应付金额 / Amount due' })
  @Property({ type: 'decimal', precision: 16, scale: 2 })
  amount!: string;

  @Field(() => MoneyScalar, { description: '已付金额 / Amount paid' })
  @Property({ type: 'decimal', precision: 16, scale: 2 })
  paidAmount: Opt<string> = '0.00';
}

@ObjectType({ implements: Node, description: '一笔履行/付款记录 / A recorded payment' })
@Entity()
export class Payment extends HubEntity {
  @ManyToOne(() => Agreement, { ref: true, index: true })
  agreement!: Ref<Agreement>;

  @Field(() => MoneyScalar, { description: '金额 / Amount' })
  @Property({ type: 'decimal', precision: 16, scale: 2 })
  amount!: string;

  @Field(() => DateScalar, { description: '付款日期 / Date paid' })
  @Property({ type: 'date' })
  paidDate!: string;

  @Field(() => String, { nullable: true, description: '方式与说明（现金、转账、微信……）/ How paid' })
  @Property({ length: 300, nullable: true })
  note: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;
}

export enum ConfirmationResult {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
registerEnumType(ConfirmationResult, {
  name: 'ConfirmationResult',
  description: '司法确认结果 / Result of judicial confirmation',
  valuesConfig: {
    PENDING: { description: '审查中 / Pending' },
    CONFIRMED: { description: '裁定有效 / Confirmed' },
    REJECTED: { description: '驳回申请 / Rejected' },
  },
});

@ObjectType({ implements: Node, description: '司法确认 / Judicial confirmation (司法确认) of an agreement' })
@Entity()
export class JudicialConfirmation extends HubEntity {
  @ManyToOne(() => Agreement, { ref: true, index: true })
  agreement!: Ref<Agreement>;

  @ManyToOne(() => Agency, { ref: true })
  court!: Ref<Agency>;

  @Field(() => DateScalar, { description: '申请日期（协议生效后30日内）/ Applied on, within 30 days of the agreement' })
  @Property({ type: 'date' })
  requestedDate!: string;

  @Field(() => DateScalar, { description: '法院应作出裁定的日期（15日）/ Court decision due by (15 days)' })
  @Property({ type: 'date' })
  decisionDueDate!: string;

  @Field(() => ConfirmationResult, { description: '结果 / Result' })
  @Enum(() => ConfirmationResult)
  result: Opt<ConfirmationResult> = ConfirmationResult.PENDING;

  @Field(() => DateScalar, { nullable: true, description: '裁定日期 / Decided on' })
  @Property({ type: 'date', nullable: true })
  decidedDate: string | null = null;

  @Field(() => String, { nullable: true, description: '说明 / Note' })
  @Property({ length: 500, nullable: true })
  note: string | null = null;
}
