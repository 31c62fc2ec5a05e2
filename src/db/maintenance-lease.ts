import pg from 'pg';
import type { Logger } from '../shared/logger.js';

const LOCK = `hashtext('hub:maintenance')`;

/**
 * Elects the one hub process that runs maintenance (supervision sweeps, dispatch-alert timers, purges):
 * whoever holds a PostgreSQL session advisory lock on its own connection. It works the same for cluster
 * workers on one machine and for hubs on several machines sharing the database. When the holder dies its
 * connection closes, PostgreSQL releases the lock, and another process takes it at its next try.
 */
export class MaintenanceLease {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private release: (() => void) | undefined;
  private stopped = false;
  private trying: Promise<void> | undefined;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
    private readonly retryMs = 2_000,
  ) {}

  /** Starts trying; `onAcquired` starts the jobs and returns how to stop them (called if the lease is lost). */
  async start(onAcquired: () => () => void): Promise<void> {
    const attempt = () => {
      this.trying ??= this.tryOnce(onAcquired).finally(() => (this.trying = undefined));
      return this.trying;
    };
    await attempt();
    this.timer = setInterval(() => {
      if (!this.release) void attempt();
    }, this.retryMs);
    this.timer.unref();
  }

  get held(): boolean {
    return this.release !== undefined;
  }

  private async tryOnce(onAcquired: () => () => void): Promise<void> {
    if (this.stopped) return;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.url, application_name: 'hub-maintenance' });
        client.on('error', (error) => this.lost(error));
        await client.connect();
        this.client = client;
      }
      const { rows } = await this.client.query<{ got: boolean }>(`select pg_try_advisory_lock(${LOCK}) as got`);
      if (!rows[0]?.got || this.stopped) return;
      this.log.info({ pid: process.pid }, 'this process runs maintenance jobs');
      this.release = onAcquired();
    } catch (error) {
      this.lost(error);
    }
  }

  /** The lock lives and dies with the connection: a broken connection means another process may hold it now. */
  private lost(error: unknown): void {
    if (this.stopped) return;
    if (this.release) this.log.warn({ err: error }, 'maintenance lease lost; jobs stop until it is regained');
    this.release?.();
    this.release = undefined;
    const client = this.client;
    this.client = undefined;
    void client?.end().catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.trying;
    this.release?.();
    this.release = undefined;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}
