import type { HubContext } from '../../shared/context.js';
import { shanghaiDate, untilShanghaiMidnight } from '../../shared/scalars.js';
import { concernsViewer, recheckAccess } from '../realtime/access-watch.js';
import { cancellable, Waker } from '../../shared/event-log/stream-control.js';
import { Center } from '../organisation/center.entity.js';
import { PublishedDuty } from './duty.entity.js';

export interface TodaySnapshot {
  date: string;
  reason: 'SUBSCRIBED' | 'ROSTER_CHANGED' | 'DAY_CHANGED';
  duties: PublishedDuty[];
}

/**
 * Today's published duties at a center: once at once, again whenever a publication changes them, and again when the day
 * rolls over at midnight Beijing time (the public screens at the door follow it). A stream opened
 * with a session or an API key ends when that credential ends.
 */
export function todayStream(ctx: HubContext, center: Center): AsyncGenerator<TodaySnapshot> {
  return cancellable(async function* (signal) {
    const pending: TodaySnapshot['reason'][] = [];
    const waker = new Waker(signal);
    const push = (reason: TodaySnapshot['reason']) => {
      pending.push(reason);
      waker.wake();
    };
    const prefix = center.childAncestry;
    let accessChanged = false;
    const sub = ctx.events?.subscribe((e) => {
      if (concernsViewer(ctx.viewer, e)) {
        accessChanged = true;
        waker.wake();
      }
      if (e.topic === 'roster' && e.scope.public && e.scope.centerPaths.includes(prefix)) push('ROSTER_CHANGED');
    });
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer = setTimeout(() => {
        push('DAY_CHANGED');
        arm();
      }, untilShanghaiMidnight(ctx.clock()) + 5);
      timer.unref();
    };
    arm();
    const snapshot = async (reason: TodaySnapshot['reason']): Promise<TodaySnapshot> => {
      const date = shanghaiDate(ctx.clock());
      const duties = await ctx.em.fork().find(PublishedDuty, { center: center.id, date }, { orderBy: { kind: 'asc', slot: 'asc' } });
      return { date, reason, duties };
    };
    try {
      yield await snapshot('SUBSCRIBED');
      for (;;) {
        while (pending.length === 0 || accessChanged) {
          if (signal.aborted) return;
          if (accessChanged) {
            // Public data, but a stream opened with a session or key ends with it (see recheckAccess).
            accessChanged = false;
            await recheckAccess(ctx);
          } else {
            await waker.wait();
          }
        }
        const reason = pending.shift()!;
        pending.length = 0; // a burst of changes makes one update
        yield await snapshot(reason);
      }
    } finally {
      clearTimeout(timer);
      sub?.unsubscribe();
      waker.dispose();
    }
  });
}

