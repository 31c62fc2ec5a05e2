import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../shared/scalars.js';
import { CaseKind } from '../calendar/time-limit-policy.entity.js';
import { Category } from '../catalog/category.entity.js';
import { Center } from '../organisation/center.entity.js';
import { CaseChannel, CaseStatus, Referral, RiskLevel } from './case.enums.js';
import { Party } from './party.entity.js';
import { Assignment } from './assignment.entity.js';

/**
 * A dispute or petition (矛盾纠纷 / 信访事项), from intake to closure. Its number is unique per receiving
 * center and year and never changes, even when the case moves between centers (一案一编码).
 */
@ObjectType({ implements: Node, description: '案件：矛盾纠纷或信访事项 / A case: a dispute or a petition' })
@Entity({ tableName: 'hub_case' })
@Index({ name: 'hub_case_search_trgm', expression: 'create index "hub_case_search_trgm" on "hub_case" using gin ("search_text" gin_trgm_ops)' })
@Index({ properties: ['center', 'status'] })
@Index({ properties: ['receivedAt'] })
@Index({ properties: ['originCenter', 'receivedAt'] })
// A center subtree's newest cases and its undispatched queue: one range scan per center of the subtree
// (see CaseQueryService.pageWhere); the queue's index holds only the cases still waiting to be dispatched.
@Index({ name: 'hub_case_center_newest', expression: 'create index "hub_case_center_newest" on "hub_case" ("center_id", "received_at" desc, "id" desc)' })
@Index({ name: 'hub_case_undispatched_newest', expression: 'create index "hub_case_undispatched_newest" on "hub_case" ("center_id", "received_at" desc, "id" desc) where "status" = \'RECEIVED\'' })
export class Case extends HubEntity {
  @Field({ description: '案件编号：区划代码-年份-序号，如 150627-2025-000123 / Case number' })
  @Property({ length: 30 })
  @Unique()
  number!: string;

  /** Unguessable code citizens track the case with; shown to staff, never derivable from the number. */
  @Field({ description: '群众查询码（一码管到底）/ Tracking code for the citizen' })
  @Property({ length: 14 })
  @Unique()
  trackingCode!: string;

  @ManyToOne(() => Center, { ref: true })
  originCenter!: Ref<Center>;

  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  @Field(() => CaseKind, { description: '种类 / Kind' })
  @Enum(() => CaseKind)
  kind!: CaseKind;

  @Field(() => CaseChannel, { description: '渠道 / Channel' })
  @Enum(() => CaseChannel)
  channel!: CaseChannel;

  @ManyToOne(() => Category, { ref: true, index: true })
  category!: Ref<Category>;

  @Field({ description: '标题 / Title' })
  @Property({ length: 100 })
  title!: string;

  @Field({ description: '诉求与事实 / What happened and what is asked' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: '发生地点 / Place' })
  @Property({ length: 200, nullable: true })
  place: string | null = null;

  @Field(() => MoneyScalar, { nullable: true, description: '争议金额（元）/ Amount in dispute, CNY' })
  @Property({ type: 'decimal', precision: 16, scale: 2, nullable: true })
  amount: string | null = null;

  @Field(() => CaseStatus, { description: '状态 / Status' })
  @Enum(() => CaseStatus)
  status: Opt<CaseStatus> = CaseStatus.RECEIVED;

  @Field(() => RiskLevel, { description: '群体性事件风险（取人数自动评估与人工标记中较高者）/ Group-incident risk: the higher of automatic and flagged' })
  @Enum(() => RiskLevel)
  riskLevel: Opt<RiskLevel> = RiskLevel.NONE;

  @Field(() => RiskLevel, { description: '工作人员标记的风险 / Risk flagged by staff' })
  @Enum(() => RiskLevel)
  riskFlag: Opt<RiskLevel> = RiskLevel.NONE;

  @Field(() => String, { nullable: true, description: '风险说明 / Why the risk was flagged' })
  @Property({ length: 300, nullable: true })
  riskReason: string | null = null;

  @Field(() => DateTimeScalar, { description: '受理时间 / When the case was received' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => DateScalar, { description: '受理期限：须在此日前分流（信访须告知是否受理）/ Dispatch (or acceptance decision) due by' })
  @Property({ type: 'date' })
  acceptDueDate!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: '首次分流时间 / First dispatch' })
  @Property({ type: 'datetime', nullable: true })
  dispatchedAt: Date | null = null;

  @Field(() => DateScalar, { nullable: true, description: '办结期限（含已批准的延期）/ Due date, approved extensions included' })
  @Property({ type: 'date', nullable: true })
  dueDate: string | null = null;

  @Field(() => Int, { description: '已批准延期的天数 / Days of approved extensions' })
  @Property({ type: 'integer' })
  extendedDays: Opt<number> = 0;

  @Field(() => DateTimeScalar, { nullable: true, description: '化解或调解不成的时间 / When resolved or failed' })
  @Property({ type: 'datetime', nullable: true })
  concludedAt: Date | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '办结时间 / When closed' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Referral, { nullable: true, description: '调解不成时的引导途径 / Referral when mediation failed' })
  @Enum({ items: () => Referral, nullable: true })
  referral: Referral | null = null;

  @Field(() => String, { nullable: true, description: '办理结果说明 / Outcome note' })
  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;

  /** Title, description, place and party names, for trigram search (kept by the service). */
  @Property({ type: 'text', lazy: true })
  searchText: Opt<string> = '';

  @OneToMany(() => Party, (p) => p.case, { orderBy: { id: 'asc' } })
  parties = new Collection<Party>(this);

  @OneToMany(() => Assignment, (a) => a.case, { orderBy: { id: 'asc' } })
  assignments = new Collection<Assignment>(this);
}
