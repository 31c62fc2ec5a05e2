import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Center } from '../organisation/center.entity.js';

/** Per center and year, the last case number issued; bumped in the case's own transaction (no gaps). */
@Entity()
export class CaseCounter {
  @ManyToOne(() => Center, { primary: true, ref: true })
  center!: Ref<Center>;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
