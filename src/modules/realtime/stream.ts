import type { HubContext } from '../../shared/context.js';
import { hubError } from '../../shared/errors.js';
import type { Viewer } from '../../shared/viewer.js';
import { CENTER_READERS, visibleTo } from '../access/case-visibility.js';
import { Role } from '../../shared/role.js';
import { concernsViewer, recheckAccess } from './access-watch.js';
import { directSink } from './direct-delivery.js';
import type { EventHub, LiveEvent } from '../../shared/event-log/event-hub.js';
import { Waker } from '../../shared/event-log/stream-control.js';
import type { EventTopic } from '../../shared/event-log/hub-event.entity.js';

/** Roster drafts are also read by the center's schedulers. */
const ROSTER_READERS = [...CENTER_READERS, Role.SCHEDULER];
const readersOf = (e: LiveEvent) => (e.topic === 'roster' ? ROSTER_READERS : CENTER_READERS);

/** A subscriber that falls this far behind is disconnected rather than buffered without bound. */
export const MAX_QUEUE = 10_000;

/**
 * A resume cursor older than the retained log (EVENT_RETENTION_DAYS): the events after it are gone, so
 * the client must reload its data and subscribe again without `after` — never a silent gap.
 */
const cursorExpired = () =>
  hubError('CURSOR_EXPIRED', '续传游标已过期：之后的事件已超出保留期被清除，请重新加载数据后不带 after 重新订阅 / Resume cursor expired: events after it are past the retention period; reload your data and subscribe again without after', { argument: 'after' });

/**
 * A resume cursor beyond the log's last event: the client saw events this database no longer has (it
 * was restored from a backup or reset). Resuming would skip every event up to the cursor in silence.
 */
const cursorAhead = () =>
  hubError('CURSOR_EXPIRED', '续传游标超出事件日志（数据库可能已恢复或重置），请重新加载数据后不带 after 重新订阅 / Resume cursor is ahead of the event log (the database was restored or reset); reload your data and subscribe again without after', { argument: 'after' });

/** Throws CURSOR_EXPIRED when events after `after` have been dropped from the log. */
async function assertRetained(hub: EventHub, after: bigint): Promise<void> {
  if (after < (await hub.retainedAfter())) throw cursorExpired();
}

/**
 * Whether `viewer` may see `event` now: public events to everyone; the rest by the case visibility rule
 * (`visibleTo`) read from the event's scope — a case event's scope is its case's reach, other topics
 * (rosters, meetings) scope themselves the same way. API keys receive public events only.
 */
export function mayReceive(viewer: Viewer, event: LiveEvent, readers: readonly Role[] = CENTER_READERS): boolean {
  const { scope } = event;
  if (scope.public) return true;
  if (viewer.apiKey) return false;
  // A case event's paths are its current center's, then its origin's when that differs (case-events.ts).
  const reach = { centerPath: scope.centerPaths[0] ?? '', originPath: scope.centerPaths.at(-1) ?? '', agencyIds: scope.agencyIds, mediatorIds: scope.mediatorIds };
  return visibleTo(viewer, reach, readers);
}

export interface StreamSpec {
  topics: EventTopic[];
  caseId?: number;
  after?: bigint;
  /** The subscription's own filter, on top of `mayReceive`. */
  accept: (event: LiveEvent, viewer: Viewer) => boolean;
  /** Whether the subscription as such is still allowed after the viewer's roles (or key) changed. */
  stillAllowed?: (viewer: Viewer) => boolean;
}

/**
 * A subscription's events: first everything after the resume cursor from the log, then live ones, with
 * no gap and no duplicate (sequence numbers order both). Each event is checked against the viewer's
 * roles as they are now; an access change of the viewer (user or API key) is applied in sequence
 * order, before any later event (`recheckAccess`), and a session or key that ended ends the stream.
 */
export async function* eventStream(hub: EventHub, ctx: HubContext, spec: StreamSpec, signal: AbortSignal): AsyncGenerator<LiveEvent> {
  const queue: LiveEvent[] = [];
  const waker = new Waker(signal);
  let overflow = false;
  /** Access events queued but not yet applied: until then the viewer's roles may be about to change. */
  let accessPending = 0;
  /** The last event sent (or skipped as already sent); moves on the short path too. */
  let last = 0n;
  /**
   * True while the stream waits for its next event with everything before it sent: then an event the
   * viewer may receive can go straight to the socket (direct-delivery.ts) without waking the stream.
   */
  let parked = false;
  const direct = directSink(ctx);
  const { position, unsubscribe } = hub.subscribe((e) => {
    if (e.topic === 'access' ? !concernsViewer(ctx.viewer, e) : !spec.topics.includes(e.topic as EventTopic)) return;
    if (spec.caseId !== undefined && e.topic !== 'access' && e.caseId !== spec.caseId) return;
    // Most events are for someone else: drop them here rather than wake the stream for nothing
    // (checked again when dequeued, after any access change before it has been applied).
    const stale = ctx.viewer.validUntil !== null && ctx.clock().getTime() >= ctx.viewer.validUntil;
    if (e.topic !== 'access' && accessPending === 0 && !stale && !(mayReceive(ctx.viewer, e, readersOf(e)) && spec.accept(e, ctx.viewer))) return;
    // The same decision as the queue's below (accessPending 0, not stale: the viewer is current), made now.
    if (parked && direct && e.topic !== 'access' && accessPending === 0 && !stale && queue.length === 0 && !signal.aborted && e.seq > last && direct(e)) {
      last = e.seq;
      return;
    }
    if (e.topic === 'access') accessPending += 1;
    if (queue.length >= MAX_QUEUE) overflow = true;
    else queue.push(e);
    waker.wake();
  });
  try {
    last = position;
    if (spec.after !== undefined && spec.after < position) {
      await assertRetained(hub, spec.after);
      for await (const e of hub.range(spec.after, position, spec.topics, spec.caseId)) {
        if (mayReceive(ctx.viewer, e, readersOf(e)) && spec.accept(e, ctx.viewer)) yield e;
      }
      // A partition dropped while we read would have left a gap: checked again once the read is done.
      await assertRetained(hub, spec.after);
    } else if (spec.after !== undefined) {
      // Ahead of this process's position is normal with several hub processes (another one sent it
      // first); ahead of the log itself is not.
      if (spec.after > position && spec.after > (await hub.head())) throw cursorAhead();
      last = spec.after;
    }
    yield { seq: last, topic: 'system', type: 'SUBSCRIBED', at: new Date(), caseId: null, centerId: null, scope: { centerPaths: [], agencyIds: [], mediatorIds: [] }, payload: {} };
    for (;;) {
      while (queue.length === 0) {
        if (signal.aborted) return;
        if (overflow) throw hubError('CONFLICT', '接收过慢，订阅已断开，请用最后的 cursor 重新订阅 / Too slow; resubscribe with your last cursor');
        parked = true;
        await waker.wait();
        parked = false;
      }
      const e = queue.shift()!;
      if (e.seq <= last) continue;
      last = e.seq;
      // Rota-derived grants (the 当日楼长) change at midnight: re-read the roles before the first event after it.
      if (ctx.viewer.validUntil !== null && ctx.clock().getTime() >= ctx.viewer.validUntil) {
        await recheckAccess(ctx, spec.stillAllowed);
      }
      if (e.topic === 'access') {
        accessPending -= 1;
        await recheckAccess(ctx, spec.stillAllowed);
        continue;
      }
      if (!mayReceive(ctx.viewer, e, readersOf(e)) || !spec.accept(e, ctx.viewer)) continue;
      yield e;
    }
  } finally {
    unsubscribe();
    waker.dispose();
  }
}
