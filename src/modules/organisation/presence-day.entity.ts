import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Stationing } from './stationing.entity.js';

/**
 * A day on which a rotating (轮驻) agency is present at the center of its stationing. The duty rosters
 * write these; dispatch recommendations read them.
 */
@Entity()
@Unique({ properties: ['stationing', 'date'] })
export class PresenceDay {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Stationing, { ref: true, index: true })
  stationing!: Ref<Stationing>;

  @Property({ type: 'date', index: true })
  date!: string;
}
