import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The event log (`hub_event`) is partitioned by month of `at` (UTC months, one table `hub_event_pYYYY_MM`
 * each; the layout is made by Migration20261130163117_eventLogPartitions). This file keeps it that way:
 * months are created ahead of time, and months wholly older than the retention are dropped — a DROP of a
 * partition frees its space at once, where DELETE would leave dead rows for VACUUM.
 */

/** Months created ahead of the current one, so an insert never finds its month missing. */
const PARTITIONS_AHEAD = 3;

const NAME = /^hub_event_p(\d{4})_(\d{2})$/;

/** First instant (UTC) of the month `offset` months after the month of `at`. */
function monthStart(at: Date, offset = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
}

function partitionName(month: Date): string {
  return `hub_event_p${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The log's monthly partitions (by name), oldest first. */
async function eventPartitions(em: EntityManager): Promise<{ name: string; from: Date; to: Date }[]> {
  const rows = await em.execute<{ name: string }[]>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'hub_event'::regclass order by c.relname`,
  );
  return rows.flatMap(({ name }) => {
    const m = NAME.exec(name);
    if (!m) return [];
    const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return [{ name, from, to: monthStart(from, 1) }];
  });
}

/**
 * Runs `work` in a transaction holding the maintenance lock; when another hub process holds it (it is
 * doing the same work), does nothing. DDL waits at most 5 s for the table lock and is retried next time.
 */
async function exclusively<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>, none: T): Promise<T> {
  return em.fork().transactional(async (tx) => {
    const [lock] = await tx.execute<{ ok: boolean }[]>(`select pg_try_advisory_xact_lock(hashtext('hub_event partitions')) as ok`);
    if (!lock?.ok) return none;
    await tx.execute(`set local lock_timeout = '5s'`);
    return work(tx);
  });
}

/** Creates the month of `now` and the PARTITIONS_AHEAD months after it where missing; returns the names created. */
export async function ensureEventPartitions(em: EntityManager, now: Date): Promise<string[]> {
  const have = new Set((await eventPartitions(em)).map((p) => p.name));
  const wanted = Array.from({ length: PARTITIONS_AHEAD + 1 }, (_, i) => monthStart(now, i)).filter((m) => !have.has(partitionName(m)));
  if (wanted.length === 0) return [];
  return exclusively(em, async (tx) => {
    for (const month of wanted) {
      await tx.execute(`create table if not exists "${partitionName(month)}" partition of "hub_event"
        for values from ('${month.toISOString()}') to ('${monthStart(month, 1).toISOString()}')`);
    }
    return wanted.map(partitionName);
  }, []);
}

/**
 * Drops the partitions whose every event is more than `retentionDays` old at `now` (a month goes once its
 * last instant has passed the retention); returns the names dropped. Resume cursors into them then
 * answer CURSOR_EXPIRED (`EventHub.retainedAfter`).
 */
export async function dropExpiredEventPartitions(em: EntityManager, now: Date, retentionDays: number): Promise<string[]> {
  const cutoff = now.getTime() - retentionDays * 86_400_000;
  const expired = (await eventPartitions(em)).filter((p) => p.to.getTime() <= cutoff);
  if (expired.length === 0) return [];
  return exclusively(em, async (tx) => {
    for (const p of expired) await tx.execute(`drop table if exists "${p.name}"`);
    return expired.map((p) => p.name);
  }, []);
}

/**
 * The sequence number before the oldest event still in the log: a resume cursor below it lost events.
 * Sequence numbers are gapless (one-row counter), so this is the oldest retained one minus one, or —
 * with an empty log — the last one issued.
 */
export const RETAINED_AFTER_SQL = `select coalesce((select min(seq) from hub_event) - 1, (select last from hub_event_counter where id = 1), 0)::text as seq`;
