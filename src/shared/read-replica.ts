import cluster from 'node:cluster';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from './logger.js';
import type { Viewer } from './viewer.js';

type State = 'replica' | 'lagging' | 'down';

/** Which client an EntityManager serves (set when a request's context is made), so its writes can be noted. */
const clients = new WeakMap<EntityManager, string>();
/** The replica behind a primary ORM, found from any of its forks (they share the Configuration). */
const replicas = new WeakMap<object, ReadReplica>();

/** A client is a signed-in session or an API key; anonymous callers read what everyone reads. */
export function clientKey(viewer: Viewer): string | undefined {
  if (viewer.sessionId !== null) return `s${viewer.sessionId}`;
  if (viewer.apiKey) return `k${viewer.apiKey.apiKeyId}`;
  return undefined;
}

/** Marks `em` (a request's fork) as acting for `viewer`: what it commits is that client's write. */
export function actFor(em: EntityManager, viewer: Viewer): void {
  const key = clientKey(viewer);
  if (key !== undefined) clients.set(em, key);
}

/**
 * An EntityManager for reads that tolerate a little staleness (ledger, exports, public duties and calendar
 * feeds): a fork on the streaming replica when there is one, it is at most READ_REPLICA_MAX_LAG_MS behind, and
 * it has replayed everything this client committed; otherwise `em` itself (the primary). A statement the
 * replica cannot answer (it went down since the last check) is run on the primary instead. Never for writes.
 */
export function staleReads(em: EntityManager): EntityManager {
  return replicas.get(em.config)?.forkFor(clients.get(em)) ?? em;
}

/**
 * Errors that say the replica, not the statement, failed: no SQLSTATE (refused, reset, pool timeout), a
 * connection exception (08…), a shutdown or a server not accepting connections (57P…), or a query cancelled by
 * a conflict with recovery (40001 on a standby). Any other error — a statement timeout (57014) included — is
 * the statement's: run again on the primary it would fail or cost the same, so the caller sees it.
 */
function replicaFailed(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return code.startsWith('08') || code.startsWith('57P') || code === '40001';
}

const LSN = /^([0-9A-F]+)\/([0-9A-F]+)$/i;
function lsn(text: string): bigint {
  const m = LSN.exec(text);
  if (!m) throw new Error(`not an LSN: ${text}`);
  return (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`);
}

/**
 * Follows how far a streaming replica has replayed. Every check samples the primary's WAL position with the
 * time, then asks the replica how far it has replayed: the newest sample at or below that position gives
 * `caughtUpTo`, an instant before which every commit is on the replica. That one figure bounds the lag
 * (`now - caughtUpTo`) and decides read-your-writes without a query per write: a client whose last write
 * came before `caughtUpTo` finds it on the replica. An idle primary keeps `caughtUpTo` current.
 */
export class ReadReplica {
  private caughtUpTo = 0;
  private samples: { at: number; lsn: bigint }[] = [];
  private readonly writes = new Map<string, number>();
  private state: State | undefined;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  /** The replica connection's own `execute`: checks must see the replica fail, not the primary answer. */
  private onReplica!: ReturnType<EntityManager['getConnection']>['execute'];
  private readonly onMessage = (message: unknown) => {
    const m = message as { hub?: string; key?: unknown; at?: unknown };
    if (m?.hub === 'wrote' && typeof m.key === 'string' && typeof m.at === 'number') this.remember(m.key, m.at);
  };

  constructor(
    private readonly primary: MikroORM,
    readonly orm: MikroORM,
    private readonly maxLagMs: number,
    private readonly log: Logger,
    private readonly intervalMs = Math.max(50, Math.min(1_000, Math.floor(maxLagMs / 4))),
  ) {}

  async start(): Promise<void> {
    replicas.set(this.primary.em.config, this);
    this.fallBackToPrimary();
    this.primary.em.getEventManager().registerSubscriber({
      afterFlush: ({ em }) => this.noteWrite(em as EntityManager),
      afterTransactionCommit: ({ em }) => this.noteWrite(em as EntityManager),
    });
    if (cluster.isWorker) process.on('message', this.onMessage);
    await this.check();
    this.timer = setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    process.off('message', this.onMessage);
    await this.checking;
    replicas.delete(this.primary.em.config);
    await this.orm.close(true);
  }

  /** A replica fork for `key`'s stale-tolerant reads, or undefined when they must go to the primary. */
  forkFor(key: string | undefined): EntityManager | undefined {
    const now = Date.now();
    if (this.state === 'down' || now - this.caughtUpTo > this.maxLagMs) return undefined;
    if (key !== undefined && (this.writes.get(key) ?? 0) >= this.caughtUpTo) return undefined;
    return this.orm.em.fork();
  }

  /**
   * Every statement of a replica fork passes through its connection's `execute` (finds, populates and raw SQL
   * alike). Between two checks the replica may have gone down; the statement then runs on the primary, the
   * replica counts as down until the next check says otherwise, and the client gets its answer, not an error.
   */
  private fallBackToPrimary(): void {
    const replica = this.orm.em.getConnection();
    const primary = this.primary.em.getConnection();
    const onReplica = (this.onReplica = replica.execute.bind(replica));
    replica.execute = (async (...args: Parameters<typeof replica.execute>) => {
      try {
        return await onReplica(...args);
      } catch (error) {
        // Inside a transaction (args[3]) the statement belongs to a replica connection: nothing to move.
        if (args[3] !== undefined || !replicaFailed(error)) throw error;
        this.enter('down', error);
        void this.check();
        return primary.execute(args[0], args[1], args[2], undefined, args[4]);
      }
    }) as typeof replica.execute;
  }

  private noteWrite(em: EntityManager): void {
    const key = clients.get(em);
    if (key === undefined) return;
    // Noted after the commit: a sample taken later holds a WAL position at or past this write.
    const at = Date.now();
    this.remember(key, at);
    if (cluster.isWorker) process.send?.({ hub: 'wrote', key, at });
  }

  private remember(key: string, at: number): void {
    if ((this.writes.get(key) ?? 0) < at) this.writes.set(key, at);
  }

  private check(): Promise<void> {
    this.checking ??= this.measure().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async measure(): Promise<void> {
    try {
      const at = Date.now();
      const [sample] = await this.primary.em.getConnection().execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
      this.samples.push({ at, lsn: lsn(sample!.lsn) });
      if (this.samples.length > 10_000) this.samples.splice(0, this.samples.length - 10_000); // a replica down for hours
      const [replayed] = await this.onReplica<{ lsn: string | null }[]>('select pg_last_wal_replay_lsn()::text as lsn');
      if (!replayed?.lsn) throw new Error('DATABASE_READ_URL is not a standby (pg_last_wal_replay_lsn() is null)');
      const position = lsn(replayed.lsn);
      let newest = -1;
      for (let i = 0; i < this.samples.length; i++) if (this.samples[i]!.lsn <= position) newest = i;
      if (newest >= 0) {
        this.caughtUpTo = Math.max(this.caughtUpTo, this.samples[newest]!.at);
        this.samples = this.samples.slice(newest); // keep the newest caught-up sample and those still ahead
      }
      for (const [key, wrote] of this.writes) if (wrote < this.caughtUpTo) this.writes.delete(key);
      this.enter(Date.now() - this.caughtUpTo > this.maxLagMs ? 'lagging' : 'replica');
    } catch (error) {
      this.enter('down', error);
    }
  }

  /** Logs once per change of state, not once per check. */
  private enter(state: State, error?: unknown): void {
    if (state === this.state) return;
    const first = this.state === undefined;
    this.state = state;
    const lagMs = this.caughtUpTo ? Date.now() - this.caughtUpTo : null;
    if (state === 'replica') {
      if (!first) this.log.info({ lagMs }, 'read replica caught up; stale-tolerant reads go to it again');
    } else if (state === 'lagging') {
      this.log.warn({ lagMs, maxLagMs: this.maxLagMs }, 'read replica lags; stale-tolerant reads go to the primary');
    } else {
      this.log.warn({ err: error }, 'read replica unreachable; stale-tolerant reads go to the primary');
    }
  }
}
