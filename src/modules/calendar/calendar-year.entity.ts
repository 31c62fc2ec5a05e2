import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/**
 * A year whose official holiday arrangement (国务院办公厅关于某年部分节假日安排的通知) has been entered. Its
 * `calendar_day` rows are then the notice's days; a year without a row here is provisional (statutory
 * holidays computed, no make-up workdays known).
 */
@Entity()
export class CalendarYear {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  /** The notice the arrangement comes from, e.g. 国办发明电〔2025〕7号. */
  @Property({ length: 60 })
  notice!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  enteredAt: Opt<Date> = new Date();

  /** Who entered it (a user id; null for the seed). */
  @Property({ type: 'integer', nullable: true })
  enteredBy: number | null = null;
}
