import type { MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from './config.js';
import { purgeCitizenSubmissions } from './modules/citizen/citizen.service.js';
import { dropExpiredEventPartitions, ensureEventPartitions } from './shared/event-log/retention.js';
import type { Logger } from './shared/logger.js';
import { purgeThrottles } from './shared/throttle.js';

const DAY_SECONDS = 86_400;

interface Job {
  name: string;
  everySeconds: number;
  /** What the run did, for the log line (nothing logged when every figure is empty or zero). */
  run(): Promise<Record<string, number | string[]>>;
}

/**
 * The jobs that keep stored data bounded, each on its own schedule. Every hub process runs them: the
 * purges are idempotent deletes, and partition DDL takes an advisory lock (one process does it).
 * The event log's months follow the wall clock, not the hub's (test) clock: `at` is PostgreSQL's time.
 */
function jobs(config: HubConfig, orm: MikroORM): Job[] {
  return [
    {
      name: 'event log partitions',
      everySeconds: DAY_SECONDS,
      run: async () => ({
        created: await ensureEventPartitions(orm.em.fork(), new Date()),
        dropped: await dropExpiredEventPartitions(orm.em.fork(), new Date(), config.eventRetentionDays),
      }),
    },
    {
      name: 'throttle purge',
      everySeconds: config.throttlePurgeSeconds,
      run: async () => ({ deleted: await purgeThrottles(orm.em.fork(), config.throttleRetentionSeconds) }),
    },
    {
      name: 'idempotency purge',
      everySeconds: config.idempotencyPurgeSeconds,
      run: async () => ({ deleted: await purgeCitizenSubmissions(orm.em.fork(), config.idempotencyRetentionSeconds) }),
    },
  ];
}

/** Runs every job now and then on its schedule; `stop` clears the timers and waits for runs in flight. */
export function startMaintenance(config: HubConfig, orm: MikroORM, log: Logger): { stop(): Promise<void> } {
  const running = new Set<Promise<void>>();
  const timers = jobs(config, orm).map((job) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      const run = job.run().then(
        (done) => {
          if (Object.values(done).some((v) => (Array.isArray(v) ? v.length > 0 : v > 0))) log.info({ job: job.name, ...done }, 'maintenance');
        },
        (error: unknown) => log.error({ err: error, job: job.name }, 'maintenance job failed'),
      ).finally(() => {
        busy = false;
        running.delete(run);
      });
      running.add(run);
    };
    tick();
    const timer = setInterval(tick, job.everySeconds * 1000);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running);
    },
  };
}
