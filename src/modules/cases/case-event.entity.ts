import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Case } from './case.entity.js';
import { CaseStatus } from './case.enums.js';

export enum CaseEventType {
  RECEIVED = 'RECEIVED',
  UPDATED = 'UPDATED',
  PARTY_ADDED = 'PARTY_ADDED',
  PARTY_UPDATED = 'PARTY_UPDATED',
  RISK_CHANGED = 'RISK_CHANGED',
  DISPATCHED = 'DISPATCHED',
  REASSIGNED = 'REASSIGNED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  SESSION_RECORDED = 'SESSION_RECORDED',
  AGREEMENT_RECORDED = 'AGREEMENT_RECORDED',
  PAYMENT_RECORDED = 'PAYMENT_RECORDED',
  CONFIRMATION_REQUESTED = 'CONFIRMATION_REQUESTED',
  CONFIRMATION_DECIDED = 'CONFIRMATION_DECIDED',
  RESOLVED = 'RESOLVED',
  FAILED = 'FAILED',
  EXTENSION_REQUESTED = 'EXTENSION_REQUESTED',
  EXTENSION_DECIDED = 'EXTENSION_DECIDED',
  SUPERVISION_RAISED = 'SUPERVISION_RAISED',
  SUPERVISION_ANSWERED = 'SUPERVISION_ANSWERED',
  FEEDBACK_RECORDED = 'FEEDBACK_RECORDED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  ESCALATED = 'ESCALATED',
  DELEGATED = 'DELEGATED',
  LINKED = 'LINKED',
  UNLINKED = 'UNLINKED',
  DUE_DATE_RECALCULATED = 'DUE_DATE_RECALCULATED',
  RECEPTION_RECORDED = 'RECEPTION_RECORDED',
  LEADER_IN_CHARGE = 'LEADER_IN_CHARGE',
  OBJECTED = 'OBJECTED',
  ANSWERED_IN_WRITING = 'ANSWERED_IN_WRITING',
  REVIEW_REQUESTED = 'REVIEW_REQUESTED',
  MEETING_DECIDED = 'MEETING_DECIDED',
  DISPATCH_TARGET_MISSED = 'DISPATCH_TARGET_MISSED',
}

const ZH: Record<CaseEventType, string> = {
  RECEIVED: '受理登记', UPDATED: '修改案件信息', PARTY_ADDED: '增加当事人', PARTY_UPDATED: '修改当事人',
  RISK_CHANGED: '风险等级变化', DISPATCHED: '分流', REASSIGNED: '改派', REJECTED: '不予受理', WITHDRAWN: '撤回',
  SESSION_RECORDED: '记录调解', AGREEMENT_RECORDED: '达成协议', PAYMENT_RECORDED: '记录履行/付款',
  CONFIRMATION_REQUESTED: '申请司法确认', CONFIRMATION_DECIDED: '司法确认结果', RESOLVED: '化解', FAILED: '调解不成',
  EXTENSION_REQUESTED: '申请延期', EXTENSION_DECIDED: '延期审批', SUPERVISION_RAISED: '督办', SUPERVISION_ANSWERED: '督办回复',
  FEEDBACK_RECORDED: '回访', CLOSED: '办结', REOPENED: '重新办理', ESCALATED: '上报上级中心', DELEGATED: '交办下级中心',
  LINKED: '关联案件', UNLINKED: '取消关联', DUE_DATE_RECALCULATED: '官方日历变化，期限重算',
  RECEPTION_RECORDED: '领导接访', LEADER_IN_CHARGE: '领导包案', OBJECTED: '异议退回（非本部门职责）', ANSWERED_IN_WRITING: '出具书面答复意见书',
  REVIEW_REQUESTED: '申请复查/复核', MEETING_DECIDED: '联席会议会商决定', DISPATCH_TARGET_MISSED: '超时未分流',
};

registerEnumType(CaseEventType, {
  name: 'CaseEventType',
  description: '时间线事件类型 / Kind of timeline event',
  valuesConfig: Object.fromEntries(Object.entries(ZH).map(([k, zh]) => [k, { description: `${zh} / ${k.toLowerCase().replace(/_/g, ' ')}` }])),
});

/**
 * One immutable step of a case: who, when, what, before and after. The ledger (台账) and the real-time
 * feed are built from these rows; the id orders them.
 */
@ObjectType({ description: '案件时间线事件（不可修改）/ An immutable timeline event of a case' })
@Entity()
@Index({ properties: ['case', 'id'] })
export class CaseEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  @Field(() => CaseEventType, { description: '类型 / Type' })
  @Enum(() => CaseEventType)
  type!: CaseEventType;

  @ManyToOne(() => User, { ref: true, nullable: true })
  actor: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { description: '时间 / When' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Field(() => CaseStatus, { nullable: true, description: '之前的状态 / Status before' })
  @Enum({ items: () => CaseStatus, nullable: true })
  fromStatus: CaseStatus | null = null;

  @Field(() => CaseStatus, { nullable: true, description: '之后的状态 / Status after' })
  @Enum({ items: () => CaseStatus, nullable: true })
  toStatus: CaseStatus | null = null;

  /** What changed: `before`/`after` for edits, the details of the step otherwise. */
  @Property({ type: 'json' })
  data: Record<string, unknown> = {};

  static label(type: CaseEventType): string {
    return ZH[type];
  }
}
