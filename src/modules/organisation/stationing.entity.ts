import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateScalar } from '../../shared/scalars.js';
import { Agency } from './agency.entity.js';
import { Center } from './center.entity.js';

export enum StationingMode {
  RESIDENT = 'RESIDENT',
  ROTATING = 'ROTATING',
  ON_CALL = 'ON_CALL',
}

registerEnumType(StationingMode, {
  name: 'StationingMode',
  description: '入驻方式 / How an agency is present at a center',
  valuesConfig: {
    RESIDENT: { description: '常驻：每个工作日在岗，设窗口 / Resident: there every working day, with a window' },
    ROTATING: { description: '轮驻：按排班日到岗（如林草局）/ Rotating: present on scheduled days' },
    ON_CALL: { description: '随叫随到 / On call: comes when summoned' },
  },
});

/**
 * An agency stationed (入驻) at a center over a date range. One agency has at most one stationing at a
 * center on any day (exclusion constraint in the migration).
 */
@ObjectType({ implements: Node, description: '部门入驻中心 / An agency stationed at a center' })
@Entity()
export class Stationing extends HubEntity {
  @ManyToOne(() => Agency, { ref: true, index: true })
  agency!: Ref<Agency>;

  @ManyToOne(() => Center, { ref: true, index: true })
  center!: Ref<Center>;

  @Field(() => StationingMode, { description: '入驻方式 / Mode' })
  @Enum(() => StationingMode)
  mode!: StationingMode;

  @Field(() => String, { nullable: true, description: '窗口号，如“3号窗口” / Window at the center' })
  @Property({ length: 20, nullable: true })
  windowNumber: string | null = null;

  @Field(() => DateScalar, { description: '入驻起始日期 / First day' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: '入驻结束日期（含），空表示持续 / Last day, empty while ongoing' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => String, { nullable: true, description: '备注，如轮驻规律 / Note, e.g. the rotation habit' })
  @Property({ length: 300, nullable: true })
  note: string | null = null;

  /** True when the stationing covers the calendar date `day` (YYYY-MM-DD). */
  covers(day: string): boolean {
    return this.startDate <= day && (this.endDate === null || day <= this.endDate);
  }
}
