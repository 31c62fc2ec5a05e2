import type { EntityManager } from '@mikro-orm/postgresql';
import { hubError } from './errors.js';

/** How many failures a bucket may collect within `windowSeconds` before it is blocked for `blockSeconds`. */
export interface ThrottleRule {
  /** At least 2: the first failure only opens the window. */
  max: number;
  windowSeconds: number;
  blockSeconds: number;
}

/** Login: per account and per client address; tracking: per code and per address (see README, Security). */
export const THROTTLES = {
  loginUser: { max: 5, windowSeconds: 900, blockSeconds: 900 },
  loginAddress: { max: 30, windowSeconds: 900, blockSeconds: 900 },
  trackCode: { max: 5, windowSeconds: 900, blockSeconds: 1800 },
  trackAddress: { max: 20, windowSeconds: 900, blockSeconds: 1800 },
} satisfies Record<string, ThrottleRule>;

export const rateLimited = (retryAfterSeconds: number, what = '尝试') =>
  hubError('RATE_LIMITED', `${what}过于频繁，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试 / Too many attempts; retry in ${retryAfterSeconds}s`, {
    retryAfterSeconds,
  });

/**
 * Failed-attempt throttling shared by every hub process (state in PostgreSQL, one statement per
 * check or failure, outside the caller's transaction so a rollback never forgets a failure).
 */
export class Throttler {
  constructor(private readonly em: EntityManager) {}

  /** Seconds until the longest-blocked of `buckets` opens again; 0 when none is blocked. */
  async blockedFor(buckets: string[]): Promise<number> {
    const [row] = await this.em.getConnection().execute<{ wait: number | null }[]>(
      `select ceil(extract(epoch from max(blocked_until) - now()))::int as wait
         from throttle where bucket in (?) and blocked_until > now()`,
      [buckets],
    );
    return row?.wait ?? 0;
  }

  /** Throws RATE_LIMITED when one of `buckets` is blocked. */
  async assertOpen(buckets: string[], what?: string): Promise<void> {
    const wait = await this.blockedFor(buckets);
    if (wait > 0) throw rateLimited(wait, what);
  }

  /** Counts one failure against `bucket`; a new window starts when the last one has passed. */
  async fail(bucket: string, rule: ThrottleRule): Promise<void> {
    await this.em.getConnection().execute(
      `insert into throttle (bucket, failures, window_started_at) values (?, 1, now())
       on conflict (bucket) do update set
         failures = case when throttle.window_started_at > now() - make_interval(secs => ?) then throttle.failures + 1 else 1 end,
         window_started_at = case when throttle.window_started_at > now() - make_interval(secs => ?) then throttle.window_started_at else now() end,
         blocked_until = case
           when throttle.window_started_at > now() - make_interval(secs => ?) and throttle.failures + 1 >= ? then now() + make_interval(secs => ?)
           else throttle.blocked_until end`,
      [bucket, rule.windowSeconds, rule.windowSeconds, rule.windowSeconds, rule.max, rule.blockSeconds],
    );
  }

  /** Forgets a bucket's failures (after a success). */
  async clear(bucket: string): Promise<void> {
    await this.em.getConnection().execute(`delete from throttle where bucket = ?`, [bucket]);
  }
}

/**
 * Deletes throttle rows whose window started and whose block ended more than `olderThanSeconds` ago:
 * the next failure would start a new window anyway (THROTTLE_RETENTION, on THROTTLE_PURGE_EVERY).
 * Returns how many went.
 */
export async function purgeThrottles(em: EntityManager, olderThanSeconds: number): Promise<number> {
  const [row] = await em.getConnection().execute<{ n: number }[]>(
    `with gone as (
       delete from throttle
        where greatest(window_started_at, coalesce(blocked_until, window_started_at)) < now() - make_interval(secs => ?)
        returning 1)
     select count(*)::int as n from gone`,
    [olderThanSeconds],
  );
  return row?.n ?? 0;
}
