import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Who may see an event: the same facts the case visibility rule reads, copied at write time. */
export interface EventScope {
  /** Current and receiving centers as ancestry paths including themselves (`/1/5/`). */
  centerPaths: string[];
  agencyIds: number[];
  mediatorIds: number[];
  /** Users the event concerns directly (grants or sessions changed): their subscriptions re-check access. */
  userIds?: number[];
  /** Leaders currently in charge of the case (包案): their `casesInChargeEvents` follow it. */
  leaderIds?: number[];
  /** API keys the event concerns directly (revoked): their subscriptions re-check the key. */
  apiKeyIds?: number[];
  /** Visible to anyone, signed in or not (published duty rosters). */
  public?: boolean;
}

export type EventTopic = 'case' | 'assignment' | 'supervision' | 'roster' | 'access' | 'meeting';

/**
 * The durable event log (outbox). Rows are written in the same transaction as the change they describe;
 * `seq` is taken from a one-row counter at the end of that transaction, so sequence order is commit
 * order and a reader that has seen `seq` N has seen everything before it.
 */
@Entity({ tableName: 'hub_event' })
@Index({ properties: ['caseId', 'seq'] })
export class HubEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: false })
  seq!: string;

  @Property({ length: 20 })
  topic!: EventTopic;

  @Property({ length: 40 })
  type!: string;

  @Property({ type: 'datetime', defaultRaw: 'clock_timestamp()' })
  at!: Date;

  @Property({ type: 'integer', nullable: true })
  caseId: number | null = null;

  @Property({ type: 'integer', nullable: true })
  centerId: number | null = null;

  @Property({ type: 'json' })
  scope!: EventScope;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;
}

/** The single row holding the last `seq` issued. */
@Entity({ tableName: 'hub_event_counter' })
export class HubEventCounter {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint' })
  last!: string;
}
