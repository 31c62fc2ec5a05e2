import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { Case } from './case.entity.js';

export enum PartyRole {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
}
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: '当事人角色 / Side of a party',
  valuesConfig: {
    APPLICANT: { description: '申请人 / Applicant' },
    RESPONDENT: { description: '被申请人 / Respondent' },
  },
});

export enum PartyType {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(PartyType, {
  name: 'PartyType',
  description: '当事人类型 / Person or organisation',
  valuesConfig: {
    PERSON: { description: '自然人 / A person' },
    ORGANISATION: { description: '单位、企业 / An organisation' },
  },
});

/** A party to a case. A party may stand for many people (72 migrant workers in one wage claim). */
@ObjectType({ implements: Node, description: '当事人 / A party to a case' })
@Entity({ tableName: 'case_party' })
@Index({ properties: ['idNumber'] })
@Index({ properties: ['phone'] })
@Index({ properties: ['nameKey'] })
export class Party extends HubEntity {
  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @Field(() => PartyRole, { description: '角色 / Side' })
  @Enum(() => PartyRole)
  role!: PartyRole;

  @Field(() => PartyType, { description: '类型 / Type' })
  @Enum(() => PartyType)
  type!: PartyType;

  @Field({ description: '姓名或单位名称 / Name' })
  @Property({ length: 100 })
  name!: string;

  /** Name folded for same-source matching (spaces and brackets removed). */
  @Property({ length: 100 })
  nameKey!: string;

  /** 身份证号 (GB 11643) for a person, 统一社会信用代码 (GB 32100) for an organisation. Personal data. */
  @Property({ length: 18, nullable: true })
  idNumber: string | null = null;

  /** Mobile phone. Personal data. */
  @Property({ length: 20, nullable: true })
  phone: string | null = null;

  @Field(() => Int, { description: '代表人数（如72名务工人员）/ How many people the party stands for' })
  @Property({ type: 'integer' })
  headcount: Opt<number> = 1;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  @Property({ length: 200, nullable: true })
  address: string | null = null;

  @Field(() => Boolean, { description: '多人走访推选的代表（信访工作条例第二十条，不超过5人）/ A representative named by a group visit (art. 20: at most 5)' })
  @Property({ default: false })
  representative: Opt<boolean> = false;
}
