import { Entity, Enum, Index, ManyToMany, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Collection, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Case } from '../cases/case.entity.js';
import { PartyRole, PartyType } from '../cases/party.entity.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';

export enum ReceptionOutcome {
  ANSWERED = 'ANSWERED',
  CASE_CREATED = 'CASE_CREATED',
  CASES_LINKED = 'CASES_LINKED',
  REFERRED = 'REFERRED',
}
registerEnumType(ReceptionOutcome, {
  name: 'ReceptionOutcome',
  description: '接访结果 / What came of a reception',
  valuesConfig: {
    ANSWERED: { description: '当场答复 / Answered on the spot' },
    CASE_CREATED: { description: '登记为新的信访事项（渠道：领导接访）/ A new petition case was opened (channel LEADER_RECEPTION)' },
    CASES_LINKED: { description: '关联到已有案件 / Linked to existing cases' },
    REFERRED: { description: '引导至其他途径或单位 / Referred elsewhere' },
  },
});

/** One petitioner as the register keeps them: name and how many they stand for (contact details live in the case). */
@ObjectType({ description: '来访人（接访登记只记姓名与人数，联系方式在案件中）/ A petitioner as the register keeps them' })
export class ReceptionPetitioner {
  @Field(() => PartyRole, { description: '角色 / Side' }) role!: PartyRole;
  @Field(() => PartyType, { description: '类型 / Person or organisation' }) type!: PartyType;
  @Field({ description: '姓名或名称 / Name' }) name!: string;
  @Field(() => Int, { description: '代表人数 / People the petitioner stands for' }) headcount!: number;
  @Field(() => Boolean, { description: '是否推选的代表 / A named representative' }) representative!: boolean;
}

/**
 * A leader's reception of petitioners (领导接访登记): who came, how many, the matter and what came of
 * it. `onDuty` is whether the leader held a published reception duty at the center that half-day;
 * otherwise `offDutyReason` says why they received anyway.
 */
@ObjectType({ implements: Node, description: '领导接访登记 / A leader’s reception of petitioners' })
@Entity()
@Index({ properties: ['center', 'receivedAt'] })
@Index({ properties: ['leader', 'receivedAt'] })
export class Reception extends HubEntity {
  @ManyToOne(() => Center, { ref: true })
  center!: Ref<Center>;

  @ManyToOne(() => User, { ref: true })
  leader!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  recordedBy: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { description: '接访时间 / When the petitioners were received' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => [ReceptionPetitioner], { description: '来访人 / Petitioners' })
  @Property({ type: 'json' })
  petitioners!: ReceptionPetitioner[];

  @Field(() => Int, { description: '来访总人数 / People received, in total' })
  @Property({ type: 'integer' })
  headcount!: number;

  @Field({ description: '反映事项 / The matter' })
  @Property({ type: 'text' })
  matter!: string;

  @Field(() => ReceptionOutcome, { description: '结果 / Outcome' })
  @Enum(() => ReceptionOutcome)
  outcome!: ReceptionOutcome;

  @Field(() => String, { nullable: true, description: '答复内容或引导去向 / The answer given, or where the petitioners were referred' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Boolean, { description: '接访时是否在已发布的接访值班中（同一中心、同一半天）/ Whether the leader held a published reception duty at the center that half-day' })
  @Property()
  onDuty!: boolean;

  @Field(() => String, { nullable: true, description: '非值班时段接访的原因 / Why the leader received when not on duty' })
  @Property({ length: 300, nullable: true })
  offDutyReason: string | null = null;

  @ManyToMany(() => Case, undefined, { owner: true, pivotTable: 'reception_case' })
  cases = new Collection<Case>(this);

}
