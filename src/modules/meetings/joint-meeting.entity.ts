import { Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar, DateTimeScalar } from '../../shared/scalars.js';
import { Case } from '../cases/case.entity.js';
import { Supervision } from '../cases/supervision.entity.js';
import { User } from '../identity/user.entity.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';

/**
 * A joint review meeting (信访联席会议会商研判) of a center: when and where, who chairs, which agencies
 * and people attend. Its agenda is the center's hard cases, proposed when it is scheduled and extended
 * by hand; each agenda case gets one decision.
 */
@ObjectType({ implements: Node, description: '联席会议（会商研判）/ A joint review meeting of a center' })
@Entity()
@Index({ properties: ['center', 'scheduledAt'] })
export class JointMeeting extends HubEntity {
  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  @Field({ description: '议题 / Title, e.g. “第48周信访联席会议”' })
  @Property({ length: 100 })
  title!: string;

  @Field(() => DateTimeScalar, { description: '召开时间 / When it meets' })
  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Field({ description: '地点 / Place' })
  @Property({ length: 100 })
  place!: string;

  @ManyToOne(() => User, { ref: true })
  chair!: Ref<User>;

  @ManyToMany(() => Agency, undefined, { owner: true, pivotTable: 'joint_meeting_agency' })
  agencies = new Collection<Agency>(this);

  @ManyToMany(() => User, undefined, { owner: true, pivotTable: 'joint_meeting_attendee' })
  attendees = new Collection<User>(this);

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '记录第一项决定的时间（会议已召开）；空表示尚未召开 / When the first decision was recorded; null until the meeting is held' })
  @Property({ type: 'datetime', nullable: true })
  heldAt: Date | null = null;
}

export enum AgendaSource {
  PROPOSED = 'PROPOSED',
  MANUAL = 'MANUAL',
}
registerEnumType(AgendaSource, {
  name: 'AgendaSource',
  description: '议程来源 / How a case came onto the agenda',
  valuesConfig: {
    PROPOSED: { description: '按疑难案件规则自动提出 / Proposed by the hard-case rules' },
    MANUAL: { description: '人工加入 / Added by hand' },
  },
});

/** One case on a meeting's agenda, with why it is there. */
@ObjectType({ implements: Node, description: '会商议程中的一个案件 / A case on a meeting’s agenda' })
@Entity()
@Unique({ properties: ['meeting', 'case'] })
export class AgendaItem extends HubEntity {
  @ManyToOne(() => JointMeeting, { ref: true })
  meeting!: Ref<JointMeeting>;

  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => [String], { description: '列入理由（超期、多次督办、高风险、调解不成待引导、重复来源或人工说明）/ Why it is on the agenda' })
  @Property({ type: 'json' })
  reasons!: string[];

  @Field(() => AgendaSource, { description: '来源 / Source' })
  @Enum(() => AgendaSource)
  source!: AgendaSource;
}

/** What a meeting decided for one agenda case: lead agency, leader in charge, instructions, or continue. */
@ObjectType({ implements: Node, description: '会商决定 / The meeting’s decision on one case' })
@Entity({ tableName: 'meeting_decision' })
@Unique({ properties: ['meeting', 'case'] })
export class Decision extends HubEntity {
  @ManyToOne(() => JointMeeting, { ref: true })
  meeting!: Ref<JointMeeting>;

  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field({ description: '会商意见 / What was decided, in words' })
  @Property({ type: 'text' })
  summary!: string;

  @ManyToOne(() => Agency, { ref: true, nullable: true })
  leadAgency: Ref<Agency> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  leaderInCharge: Ref<User> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;
}

/**
 * An instruction of a decision: an owner and a due date. Each is a supervision (督办), so the normal
 * supervision flow tracks it, the owner answers it, and it counts overdue when unanswered past its date.
 */
@ObjectType({ implements: Node, description: '会商交办事项（即一条督办）/ An instruction of a decision; tracked as a supervision' })
@Entity()
export class DecisionInstruction extends HubEntity {
  @ManyToOne(() => Decision, { ref: true, index: true })
  decision!: Ref<Decision>;

  @ManyToOne(() => Supervision, { ref: true })
  supervision!: Ref<Supervision>;

  @Field({ description: '交办内容 / What must be done' })
  @Property({ length: 1000 })
  instructions!: string;

  @ManyToOne(() => Agency, { ref: true, nullable: true })
  ownerAgency: Ref<Agency> | null = null;

  @Field({ description: '责任单位或责任人 / Who must do it' })
  @Property({ length: 100 })
  owner!: string;

  @Field(() => DateScalar, { description: '完成期限 / Due by' })
  @Property({ type: 'date' })
  dueDate!: string;
}
