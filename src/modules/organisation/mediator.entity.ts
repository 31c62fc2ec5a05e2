import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { ArrayType, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Agency } from './agency.entity.js';

@ObjectType({
  implements: Node,
  description: '调解员（如李建忠金牌调解室、翠芳工作室）/ A mediator, possibly running a named studio',
})
@Entity()
export class Mediator extends HubEntity {
  @Field({ description: '姓名 / Name' })
  @Property({ length: 50 })
  name!: string;

  /** Mobile phone; shown masked to viewers outside the mediator's agency scope. */
  @Property({ length: 20, nullable: true })
  phone: string | null = null;

  /** The agency or mediation organisation the mediator belongs to. */
  @ManyToOne(() => Agency, { ref: true, index: true })
  agency!: Ref<Agency>;

  @Field(() => String, { nullable: true, description: '工作室名称，如“李建忠金牌调解室” / Named studio' })
  @Property({ length: 60, nullable: true })
  studio: string | null = null;

  @Field(() => String, { nullable: true, description: '称号，如“金牌调解员” / Title' })
  @Property({ length: 30, nullable: true })
  title: string | null = null;

  @Field(() => [String], { description: '擅长的纠纷类别代码（见 caseCategories）/ Category codes the mediator specialises in' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  specialties: Opt<string[]> = [];

  @Field(() => Int, { description: '同时可办理的案件数上限（≥1）/ Open cases the mediator can carry at once' })
  @Property()
  capacity: Opt<number> = 10;

  @Field(() => Boolean, { description: '是否在岗接案 / Whether the mediator takes new cases' })
  @Property()
  active: Opt<boolean> = true;

  @Field(() => DateTimeScalar, { nullable: true, description: '归档时间 / When archived' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;
}
