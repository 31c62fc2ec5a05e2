import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../../shared/logger.js';
import { inTransaction } from '../../../shared/transaction.js';
import { CaseEvent, CaseEventType } from '../case-event.entity.js';
import type { Case } from '../case.entity.js';
import { CaseStatus } from '../case.enums.js';
import type { Center } from '../../organisation/center.entity.js';
import type { EventHub } from '../../../shared/event-log/event-hub.js';
import { publishCaseEvents } from '../case-events.js';

/** "伊码解纷": a mediator assigned within 15 minutes — the target of centers that set none. */
export const DEFAULT_DISPATCH_TARGET_SECONDS = 900;
/** Alerts at the target and at twice the target. */
export const THRESHOLDS = [1, 2] as const;

/** The dispatch target of `center`: its own, else the nearest center above it that has one, else 15 minutes. */
export async function dispatchTargetSeconds(em: EntityManager, center: Pick<Center, 'lineageIds'>): Promise<number> {
  const ids = center.lineageIds;
  const [row] = await em.execute<{ seconds: number }[]>(
    `select seconds from dispatch_target where center_id = any(?::int[]) order by array_position(?::int[], center_id) limit 1`,
    [`{${ids.join(',')}}`, `{${ids.join(',')}}`],
  );
  return row?.seconds ?? DEFAULT_DISPATCH_TARGET_SECONDS;
}

/**
 * At intake, in its transaction: the case's alerts with their due times (a restart or another process finds
 * them). A case recorded after the fact (`receivedAt` in the past) gets only the thresholds still ahead of
 * `now`: an alert is news at its minute, and a minute already gone has none (the day board shows the wait).
 */
export async function planDispatchAlerts(em: EntityManager, c: Case, center: Center, now: Date): Promise<void> {
  const seconds = await dispatchTargetSeconds(em, center);
  await em.execute(
    `insert into dispatch_alert (case_id, threshold, due_at)
     select ?, t, ?::timestamptz + make_interval(secs => ? * t) from unnest(?::int[]) t
      where ?::timestamptz + make_interval(secs => ? * t) > ?::timestamptz
     on conflict do nothing`,
    [c.id, c.receivedAt, seconds, `{${THRESHOLDS.join(',')}}`, c.receivedAt, seconds, now],
  );
}

interface Due {
  id: number;
  case_id: number;
  threshold: number;
  due_at: Date;
}

/**
 * Raises one due alert if it is still owed: claims the row (`skip locked`: another process holding it is
 * raising it), waits for the case row (a dispatch in flight finishes first), and only for a case still
 * waiting for dispatch marks the alert and writes the timeline event and its real-time event in the same
 * transaction. Exactly one alert per case and threshold, whatever the number of processes.
 */
export async function raiseDispatchAlert(em: EntityManager, alertId: number, now: Date): Promise<boolean> {
  return inTransaction(em, async () => {
    const [due] = await em.execute<Due[]>(
      'select id, case_id, threshold, due_at from dispatch_alert where id = ? and alerted_at is null and due_at <= ? for update skip locked',
      [alertId, now],
    );
    if (!due) return false;
    const [c] = await em.execute<{ status: string; dispatched_at: Date | null; received_at: Date }[]>(
      'select status, dispatched_at, received_at from hub_case where id = ? for update', [due.case_id]);
    if (!c || c.status !== CaseStatus.RECEIVED || c.dispatched_at !== null) return false;
    await em.execute('update dispatch_alert set alerted_at = ? where id = ?', [now, due.id]);
    const targetSeconds = Math.round((new Date(due.due_at).getTime() - new Date(c.received_at).getTime()) / 1000 / due.threshold);
    const data = {
      threshold: due.threshold, targetSeconds, targetMinutes: Math.round(targetSeconds / 60),
      minutesWaited: Math.floor((now.getTime() - new Date(c.received_at).getTime()) / 60_000), dueAt: new Date(due.due_at).toISOString(),
      message: due.threshold === 1 ? `受理后${Math.round(targetSeconds / 60)}分钟仍未分流` : `受理后${Math.round((2 * targetSeconds) / 60)}分钟仍未分流（已超时一倍）`,
    };
    const event = em.create(CaseEvent, { case: due.case_id, type: CaseEventType.DISPATCH_TARGET_MISSED, actor: null, at: now, data });
    await em.flush();
    await publishCaseEvents(em, [{ caseId: due.case_id, type: event.type, eventId: String(event.id), actorId: null, data }]);
    return true;
  });
}

/** Raises every alert already due (the demo seed's history; the scheduler's start does the same through its timers). */
export async function raiseDueDispatchAlerts(em: EntityManager, now: Date): Promise<number> {
  const rows = await em.execute<{ id: number }[]>('select id from dispatch_alert where alerted_at is null and due_at <= ? order by due_at', [now]);
  let raised = 0;
  for (const row of rows) if (await raiseDispatchAlert(em, row.id, now)) raised += 1;
  return raised;
}

/**
 * One per hub process: a timer per pending alert, set from the database at start and whenever a case is
 * received (on any process: the RECEIVED event reaches every process through the event log), so an alert
 * is raised at its minute, not at the next sweep. Alerts due while no process ran are raised at start.
 */
export class DispatchAlertScheduler {
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private unsubscribe: (() => void) | undefined;
  private stopped = false;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly clock: () => Date,
    private readonly log: Logger,
  ) {}

  async start(events: EventHub): Promise<void> {
    this.unsubscribe = events.subscribe((e) => {
      if (e.type === CaseEventType.RECEIVED && e.caseId !== null) void this.load(e.caseId);
    }).unsubscribe;
    await this.load();
  }

  /** Schedules the pending alerts of one case, or (no case) of every case still waiting for dispatch. */
  async load(caseId?: number): Promise<void> {
    try {
      const rows = await this.fork().execute<Due[]>(
        `select a.id, a.case_id, a.threshold, a.due_at from dispatch_alert a join hub_case c on c.id = a.case_id
          where a.alerted_at is null and c.status = 'RECEIVED' and c.dispatched_at is null ${caseId === undefined ? '' : 'and a.case_id = ?'}`,
        caseId === undefined ? [] : [caseId],
      );
      for (const row of rows) this.schedule(row.id, new Date(row.due_at));
    } catch (error) {
      if (!this.stopped) this.log.error({ err: error }, 'loading dispatch alerts failed');
    }
  }

  private schedule(alertId: number, dueAt: Date): void {
    if (this.stopped || this.timers.has(alertId)) return;
    // setTimeout holds at most ~24.8 days; later alerts are re-armed when that timer fires.
    const wait = Math.min(Math.max(0, dueAt.getTime() - this.clock().getTime()), 2 ** 31 - 1);
    const timer = setTimeout(() => {
      this.timers.delete(alertId);
      if (dueAt.getTime() > this.clock().getTime()) return this.schedule(alertId, dueAt);
      void this.fire(alertId);
    }, wait);
    timer.unref();
    this.timers.set(alertId, timer);
  }

  private async fire(alertId: number): Promise<void> {
    try {
      if (await raiseDispatchAlert(this.fork(), alertId, this.clock())) this.log.info({ alertId }, 'dispatch target missed: alert raised');
    } catch (error) {
      if (!this.stopped) this.log.error({ err: error, alertId }, 'raising a dispatch alert failed');
    }
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
