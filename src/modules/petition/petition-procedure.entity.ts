import { Entity, Enum, ManyToOne, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar } from '../../shared/scalars.js';
import { Case } from '../cases/case.entity.js';
import { User } from '../identity/user.entity.js';

export enum PetitionStage {
  ORIGINAL = 'ORIGINAL',
  REVIEW = 'REVIEW',
  RE_REVIEW = 'RE_REVIEW',
  NOT_ACCEPTED_AGAIN = 'NOT_ACCEPTED_AGAIN',
}
registerEnumType(PetitionStage, {
  name: 'PetitionStage',
  description: '信访程序阶段（信访工作条例第三十二、三十五、三十六条）/ Stage of the petition procedure',
  valuesConfig: {
    ORIGINAL: { description: '办理（原信访事项）/ The original petition' },
    REVIEW: { description: '复查：对书面答复意见不服，30日内请求 / Review, asked within 30 days of the written answer' },
    RE_REVIEW: { description: '复核：对复查意见不服，30日内请求 / Re-review, asked within 30 days of the review answer' },
    NOT_ACCEPTED_AGAIN: { description: '复核后同一事项再次提出：不再受理 / The same matter raised after 复核: not accepted again' },
  },
});

/**
 * Where a petition stands in the procedure of the 信访工作条例: its stage, the case it follows up
 * (复查 follows the original, 复核 the 复查), and the date of its written answer (书面答复意见书),
 * from which the next request's 30 days run.
 */
@ObjectType({ implements: Node, description: '信访程序：阶段、前一环节与书面答复 / A petition’s procedure: stage, what it follows, its written answer' })
@Entity()
export class PetitionProcedure extends HubEntity {
  @OneToOne(() => Case, { ref: true, owner: true, unique: true })
  case!: Ref<Case>;

  @Field(() => PetitionStage, { description: '阶段 / Stage' })
  @Enum(() => PetitionStage)
  stage!: PetitionStage;

  @ManyToOne(() => Case, { ref: true, nullable: true, index: true })
  previousCase: Ref<Case> | null = null;

  @Field(() => DateScalar, { nullable: true, description: '书面答复意见书（复查/复核意见书）出具日期；空表示尚未答复 / Date of the written answer; null until answered' })
  @Property({ type: 'date', nullable: true })
  answeredOn: string | null = null;

  @Field(() => String, { nullable: true, description: '答复要点 / What the written answer says, in short' })
  @Property({ type: 'text', nullable: true })
  answerSummary: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  answeredBy: Ref<User> | null = null;
}
