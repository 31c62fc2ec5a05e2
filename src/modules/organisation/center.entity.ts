import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';

export enum CenterLevel {
  COUNTY = 'COUNTY',
  TOWN = 'TOWN',
  VILLAGE = 'VILLAGE',
}

registerEnumType(CenterLevel, {
  name: 'CenterLevel',
  description: '综治中心层级 / Level of a governance center',
  valuesConfig: {
    COUNTY: { description: '旗/县级（区划代码6位）/ County or banner (6-digit division code)' },
    TOWN: { description: '镇/苏木级（9位）/ Town or sumu (9-digit code)' },
    VILLAGE: { description: '村/嘎查级（12位）/ Village or gacha (12-digit code)' },
  },
});

/** Higher levels have lower ranks; a parent must rank strictly lower than its child. */
export const LEVEL_RANK: Record<CenterLevel, number> = { COUNTY: 1, TOWN: 2, VILLAGE: 3 };
export const LEVEL_DIGITS: Record<CenterLevel, 6 | 9 | 12> = { COUNTY: 6, TOWN: 9, VILLAGE: 12 };

@ObjectType({
  implements: Node,
  description:
    '综治中心（旗县→镇苏木→村嘎查三级）/ A comprehensive governance center; county → town → village, linked vertically',
})
@Entity()
@Index({ name: 'center_ancestry_idx', expression: 'create index "center_ancestry_idx" on "center" ("ancestry" text_pattern_ops)' })
@Index({
  name: 'center_division_code_active_uniq',
  expression: 'create unique index "center_division_code_active_uniq" on "center" ("division_code") where "archived_at" is null',
})
export class Center extends HubEntity {
  @Field({ description: '名称，如“杭锦旗综治中心” / Name' })
  @Property({ length: 100 })
  name!: string;

  @Field(() => CenterLevel, { description: '层级 / Level' })
  @Enum(() => CenterLevel)
  level!: CenterLevel;

  @Field({ description: '行政区划代码（GB/T 2260，县级6位，如 150627）/ Administrative division code' })
  @Property({ length: 12 })
  divisionCode!: string;

  @ManyToOne(() => Center, { ref: true, nullable: true, index: true })
  parent: Ref<Center> | null = null;

  /** IDs of all ancestors, root first: `/1/5/` for a village under town 5 under county 1; `/` for a root. */
  @Property({ type: 'text' })
  ancestry: Opt<string> = '/';

  @Field(() => String, { nullable: true, description: '地址 / Street address' })
  @Property({ length: 200, nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true, description: '联系电话 / Contact phone' })
  @Property({ length: 30, nullable: true })
  phone: string | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      '群众线上办事渠道的名称，如“伊码解纷”微信小程序；写入受理告知书（本中心及下级中心的案件，就近取值）。空：告知书只写电话与窗口 / ' +
      'Name of the online channel citizens use, e.g. the 伊码解纷 mini-program; printed in acceptance notices of this center ' +
      'and of centers below it that have none of their own. Null: notices name the phone and the window only',
  })
  @Property({ length: 60, nullable: true })
  onlineServiceName: string | null = null;

  @Field(() => Int, { nullable: true, description: '场所面积（平方米），如 17500 / Floor area in m²' })
  @Property({ type: 'integer', nullable: true })
  areaSqm: number | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '归档时间；已归档的中心不再受理 / When archived' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  /** Ancestry that this center's children carry. */
  get childAncestry(): Opt<string> {
    return `${this.ancestry}${this.id}/`;
  }

  /** This center and every center above it, nearest first. */
  get lineageIds(): Opt<number[]> {
    return [this.id, ...this.ancestry.split('/').filter(Boolean).map(Number).reverse()];
  }

  /** True when `other` is this center or lies below it. */
  contains(other: Pick<Center, 'id' | 'ancestry'>): boolean {
    return other.id === this.id || other.ancestry.startsWith(this.childAncestry);
  }
}
