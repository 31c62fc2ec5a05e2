import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventScope, EventTopic } from './hub-event.entity.js';

export const NOTIFY_CHANNEL = 'hub_events';

export interface OutboxEvent {
  topic: EventTopic;
  type: string;
  caseId?: number | null;
  centerId?: number | null;
  scope: EventScope;
  payload: Record<string, unknown>;
}

/**
 * Appends events to the log inside the caller's transaction; call it last, just before commit. The
 * counter row stays locked until commit, so transactions that publish commit in `seq` order; one small
 * NOTIFY per transaction wakes the listeners, which then read the rows themselves.
 */
export async function writeOutbox(em: EntityManager, events: OutboxEvent[]): Promise<string | undefined> {
  if (events.length === 0) return undefined;
  const [counter] = await em.execute<{ last: string }[]>(
    'update hub_event_counter set last = last + ? where id = 1 returning last',
    [events.length],
  );
  const last = BigInt(counter!.last);
  const first = last - BigInt(events.length) + 1n;
  const rows = events.map((e, i) => ({
    seq: String(first + BigInt(i)), topic: e.topic, type: e.type, case_id: e.caseId ?? null, center_id: e.centerId ?? null,
    scope: e.scope, payload: e.payload,
  }));
  await em.execute(
    `insert into hub_event (seq, topic, type, case_id, center_id, scope, payload)
     select seq, topic, type, case_id, center_id, scope, payload
       from jsonb_to_recordset(?::jsonb) as e(seq bigint, topic text, type text, case_id int, center_id int, scope jsonb, payload jsonb)`,
    [JSON.stringify(rows)],
  );
  await em.execute(`select pg_notify('${NOTIFY_CHANNEL}', ?)`, [String(last)]);
  return String(last);
}

/** An access change for `userIds`: their open subscriptions re-read their roles before the next event. */
export function accessChanged(userIds: number[], reason: string): OutboxEvent {
  return { topic: 'access', type: reason, scope: { centerPaths: [], agencyIds: [], mediatorIds: [], userIds }, payload: { userIds } };
}

/** An access change for API keys (revoked): their open subscriptions, on every hub process, re-check the key before the next event. */
export function keyAccessChanged(apiKeyIds: number[], reason: string): OutboxEvent {
  return { topic: 'access', type: reason, scope: { centerPaths: [], agencyIds: [], mediatorIds: [], apiKeyIds }, payload: { apiKeyIds } };
}
