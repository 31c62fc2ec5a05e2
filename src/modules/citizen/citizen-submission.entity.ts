import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { ApiKey } from '../access/api-key.entity.js';
import { Case } from '../cases/case.entity.js';

/**
 * One citizen submission per (key, idempotency key): written in the transaction that creates the
 * case, so a retry either finds it (and replays `response`) or waits for the first attempt to finish.
 */
@Entity()
@Unique({ properties: ['apiKey', 'idempotencyKey'] })
export class CitizenSubmission {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => ApiKey, { ref: true })
  apiKey!: Ref<ApiKey>;

  @Property({ length: 100 })
  idempotencyKey!: string;

  /** SHA-256 of the canonical input: the same key with another body is refused. */
  @Property({ length: 64 })
  bodyHash!: string;

  @ManyToOne(() => Case, { ref: true })
  case!: Ref<Case>;

  @Property({ type: 'json' })
  response!: Record<string, unknown>;

  /** Indexed: the idempotency purge deletes rows older than IDEMPOTENCY_RETENTION (see src/maintenance.ts). */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Index()
  createdAt: Opt<Date> = new Date();
}
