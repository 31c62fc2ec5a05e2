import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';

/**
 * The taxonomy of dispute and petition categories, kept as data that admins can extend.
 * Mediator specialties and routing rules name categories by `code`.
 */
@ObjectType({ implements: Node, description: '纠纷/信访类别 / A category of dispute or petition' })
@Entity()
export class Category extends HubEntity {
  @Field({ description: '稳定的代码，如 WAGE_ARREARS / Stable code' })
  @Property({ length: 40 })
  @Unique()
  code!: string;

  @Field({ description: '中文名，如“拖欠工资” / Chinese name' })
  @Property({ length: 40 })
  nameZh!: string;

  @Field({ description: '英文名 / English name' })
  @Property({ length: 80 })
  nameEn!: string;

  @Field(() => Int, { description: '排序 / Sort order' })
  @Property()
  sortOrder: Opt<number> = 100;

  @Field(() => DateTimeScalar, { nullable: true, description: '归档时间 / When archived' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;
}
