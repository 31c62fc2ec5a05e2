import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/** Failed attempts per bucket (a username, a tracking code, a client address) in a sliding-start window. */
@Entity()
export class Throttle {
  @PrimaryKey({ length: 200 })
  bucket!: string;

  @Property({ type: 'integer' })
  failures: Opt<number> = 0;

  @Property({ type: 'datetime' })
  windowStartedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  blockedUntil: Date | null = null;
}
