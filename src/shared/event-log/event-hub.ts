import pg from 'pg';
import type { Logger } from '../logger.js';
import { RETAINED_AFTER_SQL } from './retention.js';
import type { EventScope, EventTopic } from './hub-event.entity.js';
import { NOTIFY_CHANNEL } from './outbox.js';

export interface LiveEvent {
  seq: bigint;
  topic: EventTopic | 'system';
  type: string;
  at: Date;
  caseId: number | null;
  centerId: number | null;
  scope: EventScope;
  payload: Record<string, unknown>;
}

interface Row {
  seq: string;
  topic: EventTopic;
  type: string;
  at: Date;
  case_id: number | null;
  center_id: number | null;
  scope: EventScope;
  payload: Record<string, unknown>;
}

const toEvent = (r: Row): LiveEvent => ({
  seq: BigInt(r.seq), topic: r.topic, type: r.type, at: r.at, caseId: r.case_id, centerId: r.center_id, scope: r.scope, payload: r.payload,
});

const BATCH = 500;
/**
 * Subscribers handed one event before the hub yields to the event loop. Each hand-over runs that
 * subscriber's delivery (filter, shared execution, socket write) in microtasks; without a pause, an
 * event to 10,000 subscribers would hold the loop for the whole fan-out, and a mutation committed
 * meanwhile would wait for it before it could answer.
 */
const FANOUT_BATCH = 250;
/**
 * Events handed to each listener in one pass. Under write load several events arrive per read of the
 * log; handing a subscriber all of them in one turn lets its socket send their frames in one write
 * (websocket.ts corks each socket until the turn ends) — one system call per socket per pass instead of
 * per event, which is what fan-out to 1,000 receiving sockets spends most of its time on.
 */
const EVENTS_PER_PASS = 32;
/**
 * The longest the hub waits before reading the log again after a pass (see `pull`). A pass to many
 * subscribers costs about one socket write each — mostly the kernel's, and the same for one event or
 * thirty — so while passes follow each other back to back, the hub waits after each pass as long as it
 * took before reading the log again: the fan-out takes at most about half the thread, the writers get
 * the rest, and the events committed meanwhile leave together in the next pass (one write per socket).
 * An event after a quiet spell is read at once; the wait applies only to passes of more than one batch
 * of listeners (FANOUT_BATCH), under load, and this bounds it.
 */
const MAX_PASS_PAUSE_MS = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One per hub process: follows the event log and fans events out to this process's subscribers.
 * PostgreSQL NOTIFY only wakes it up; it reads the rows itself by sequence, so a missed or merged
 * notification loses nothing, and a poll every `pollMs` covers a dropped listener connection.
 */
export class EventHub {
  private readonly listeners = new Set<(e: LiveEvent) => void>();
  private readonly pool: pg.Pool;
  private listener: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pulling: Promise<void> | undefined;
  private pullAgain = false;
  private stopped = false;
  /** The hub is shutting down (`closing()`): a lost connection is expected, not reconnected, not warned about. */
  private shuttingDown = false;
  /** Not before this time (performance.now()) is the log read again: see MAX_PASS_PAUSE_MS. */
  private nextReadAt = 0;
  /** The last sequence number this process has dispatched. */
  position = 0n;

  constructor(private readonly url: string, private readonly log: Logger, private readonly pollMs = 1000) {
    this.pool = new pg.Pool({ connectionString: url, max: 3 });
    // An idle connection that PostgreSQL ends (a restart, a fail-over, Ctrl-C reaching an embedded
    // PostgreSQL in the same terminal) is an 'error' event of the pool: without a listener it would be an
    // uncaught exception. The pool drops that connection and opens another on its next query.
    this.pool.on('error', (error) => {
      if (!this.stopped && !this.shuttingDown) this.log.warn({ err: error }, 'event log: an idle database connection was closed');
    });
  }

  async start(): Promise<void> {
    this.position = await this.head();
    await this.listen();
    this.timer = setInterval(() => void this.pull(), this.pollMs);
    this.timer.unref();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', () => void this.pull());
    client.on('error', (error) => {
      if (this.stopped || this.shuttingDown) return;
      this.log.warn({ err: error }, 'event listener connection lost; reconnecting');
      this.listener = undefined;
      setTimeout(() => void this.listen().catch((e) => this.log.error({ err: e }, 'event listener reconnect failed')), 500).unref();
    });
    await client.connect();
    await client.query(`listen ${NOTIFY_CHANNEL}`);
    this.listener = client;
    void this.pull(); // whatever was committed while we were not listening
  }

  /** Reads every event after `position` and dispatches it; concurrent calls coalesce. */
  pull(): Promise<void> {
    if (this.pulling) {
      this.pullAgain = true;
      return this.pulling;
    }
    this.pulling = (async () => {
      try {
        do {
          this.pullAgain = false;
          let rows: Row[];
          do {
            const pause = this.nextReadAt - performance.now();
            if (pause > 0 && !this.stopped) await new Promise((resolve) => setTimeout(resolve, pause));
            rows = (await this.pool.query<Row>('select * from hub_event where seq > $1 order by seq limit $2', [String(this.position), BATCH])).rows;
            for (let i = 0; i < rows.length; i += EVENTS_PER_PASS) {
              const started = performance.now();
              // Only a fan-out of several batches is worth the pause: a small one costs less than the wait.
              if ((await this.dispatch(rows.slice(i, i + EVENTS_PER_PASS).map(toEvent))) > FANOUT_BATCH) {
                const took = performance.now() - started;
                this.nextReadAt = performance.now() + Math.min(took, MAX_PASS_PAUSE_MS);
              }
            }
          } while (rows.length === BATCH && !this.stopped);
        } while (this.pullAgain && !this.stopped);
      } catch (error) {
        if (!this.stopped) this.log.error({ err: error }, 'reading the event log failed');
      } finally {
        this.pulling = undefined;
      }
    })();
    return this.pulling;
  }

  /**
   * Hands `events` (consecutive, in sequence order) to every listener, each listener all of them in one
   * go (see EVENTS_PER_PASS), in batches of listeners with a turn of the event loop between them (see
   * FANOUT_BATCH), starting after one turn: I/O that is already due — a mutation's commit coming back,
   * its answer going out — goes first. Listeners registered meanwhile start after these events (their
   * position says so); listeners removed meanwhile get nothing more. Returns how many listeners there were.
   */
  private async dispatch(events: LiveEvent[]): Promise<number> {
    this.position = events.at(-1)!.seq;
    if (this.listeners.size === 0) return 0;
    const listeners = [...this.listeners];
    for (let i = 0; i < listeners.length; i += FANOUT_BATCH) {
      await nextTurn();
      for (const listener of listeners.slice(i, i + FANOUT_BATCH)) {
        for (const event of events) if (this.listeners.has(listener)) listener(event);
      }
    }
    return listeners.length;
  }

  /** Registers a listener for events after the current position; returns the position and an unsubscribe. */
  subscribe(listener: (e: LiveEvent) => void): { position: bigint; unsubscribe: () => void } {
    this.listeners.add(listener);
    return { position: this.position, unsubscribe: () => this.listeners.delete(listener) };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** Events in (after, upTo] of the given topics (and case), oldest first, in pages. */
  async *range(after: bigint, upTo: bigint, topics: string[], caseId?: number): AsyncGenerator<LiveEvent> {
    let from = after;
    while (from < upTo) {
      const { rows } = await this.pool.query<Row>(
        `select * from hub_event where seq > $1 and seq <= $2 and topic = any($3::text[]) ${caseId ? 'and case_id = $5' : ''}
          order by seq limit $4`,
        caseId ? [String(from), String(upTo), topics, BATCH, caseId] : [String(from), String(upTo), topics, BATCH],
      );
      for (const row of rows) yield toEvent(row);
      if (rows.length < BATCH) return;
      from = BigInt(rows.at(-1)!.seq);
    }
  }

  /** The sequence before the oldest retained event: a resume cursor below it has lost events to retention. */
  /**
   * The sequence number of the last event committed to the log (any process): a resume cursor beyond it
   * names no event — the database was restored or reset under the client.
   */
  async head(): Promise<bigint> {
    const { rows } = await this.pool.query<{ last: string }>('select last from hub_event_counter where id = 1');
    return BigInt(rows[0]?.last ?? 0);
  }

  async retainedAfter(): Promise<bigint> {
    const { rows } = await this.pool.query<{ seq: string }>(RETAINED_AFTER_SQL);
    return BigInt(rows[0]!.seq);
  }

  /**
   * The hub begins to shut down (its requests drain before `stop`): an embedded PostgreSQL stopped by the
   * same Ctrl-C may end the connections first. Events still go out meanwhile (the log is polled).
   */
  closing(): void {
    this.shuttingDown = true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.listeners.clear();
    await this.pulling;
    await this.listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}
