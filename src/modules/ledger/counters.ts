import { Field, Int, ObjectType } from 'type-graphql';
import { contextWith, type HubContext } from '../../shared/context.js';
import { DateTimeScalar, shanghaiDate } from '../../shared/scalars.js';
import { hubError } from '../../shared/errors.js';
import { overdueSql } from '../cases/overdue.js';
import { concernsViewer, recheckAccess } from '../realtime/access-watch.js';
import { cancellable, Waker } from '../../shared/event-log/stream-control.js';
import { FIGURES_ONLY, LedgerService, type LedgerScope } from './ledger.service.js';
import { LedgerFigures, LedgerPeriodKind } from './ledger.types.js';

@ObjectType({ description: '大屏实时计数 / Live figures for a big screen' })
export class LiveCounters {
  @Field(() => DateTimeScalar, { description: '计算时间 / Computed at' })
  at!: Date;

  @Field({ description: 'SUBSCRIBED 订阅时 / CHANGED 案件变化后（一阵变化只推一次）/ Why this update' })
  reason!: string;

  @Field(() => Int, { description: '当前在办（按当前办理中心）/ Open now, by the center handling them' })
  openNow!: number;

  @Field(() => Int, { description: '当前超期 / Overdue now' })
  overdueNow!: number;

  @Field(() => Int, { description: '当前在办的高风险案件 / Open high-risk cases' })
  highRiskOpenNow!: number;

  @Field(() => Int, { description: '当前未回复的督办 / Supervisions awaiting an answer' })
  supervisionsOpenNow!: number;

  @Field(() => LedgerFigures, { description: '今日受理的台账数字 / Today’s ledger' })
  today!: LedgerFigures;

  @Field(() => LedgerFigures, { description: '本年受理的台账数字 / This year’s ledger' })
  thisYear!: LedgerFigures;
}

type Reason = 'SUBSCRIBED' | 'CHANGED';

async function snapshot(ctx: HubContext, scope: LedgerScope, reason: Reason): Promise<LiveCounters> {
  // A fresh fork each time: the subscription's context lives for hours, its data must not.
  const fresh: HubContext = contextWith(ctx, { em: ctx.em.fork() });
  const ledger = new LedgerService(fresh);
  const overdue = overdueSql('k', shanghaiDate(ctx.clock()));
  const sub = scope.root ? [scope.root.id, `${scope.root.childAncestry}%`] : [];
  const [today, year, [now]] = await Promise.all([
    ledger.ledgerOf(scope, { kind: LedgerPeriodKind.DAY }, null, FIGURES_ONLY),
    ledger.ledgerOf(scope, { kind: LedgerPeriodKind.YEAR }, null, FIGURES_ONLY),
    fresh.em.execute<{ open: string; overdue: string; high: string; supervisions: string }[]>(
      `select count(*) as open,
              count(*) filter (where ${overdue.sql}) as overdue,
              count(*) filter (where k.risk_level = 'HIGH') as high,
              (select count(*) from supervision s join hub_case sk on sk.id = s.case_id
                where s.answered_at is null ${scope.root ? 'and sk.center_id in (select id from center where id = ? or ancestry like ?)' : ''}) as supervisions
         from hub_case k
        where k.status in ('RECEIVED', 'DISPATCHED', 'IN_PROGRESS')
          ${scope.root ? 'and k.center_id in (select id from center where id = ? or ancestry like ?)' : ''}`,
      [...overdue.params, ...sub, ...sub],
    ),
  ]);
  return {
    at: ctx.clock(), reason, today: today.totals, thisYear: year.totals,
    openNow: Number(now!.open), overdueNow: Number(now!.overdue), highRiskOpenNow: Number(now!.high), supervisionsOpenNow: Number(now!.supervisions),
  };
}

/**
 * Live counters of a center subtree: once at once, then after case, assignment and supervision
 * events in the subtree — throttled, so a burst of changes within `throttleMs` sends one update.
 * An access change of the viewer (user or API key) is re-checked before the next update, and the
 * scope is worked out again with the fresh viewer (`rescope`): a revoked key or an ended session ends
 * the stream at once, a scope no longer granted ends it with FORBIDDEN.
 */
export function countersStream(ctx: HubContext, scope: LedgerScope, throttleMs: number, rescope: () => Promise<LedgerScope>): AsyncGenerator<LiveCounters> {
  return cancellable(async function* (signal) {
    let dirty = false;
    let accessChanged = false;
    const waker = new Waker(signal);
    const sub = ctx.events?.subscribe((e) => {
      if (concernsViewer(ctx.viewer, e)) {
        accessChanged = true;
        waker.wake();
        return;
      }
      if (!['case', 'assignment', 'supervision'].includes(e.topic)) return;
      const prefix = scope.root?.childAncestry;
      if (prefix && !e.scope.centerPaths.some((p) => p.startsWith(prefix))) return;
      dirty = true;
      waker.wake();
    });
    const recheck = async () => {
      accessChanged = false;
      await recheckAccess(ctx);
      try {
        scope = await rescope();
      } catch {
        throw hubError('FORBIDDEN', '您的权限已变更，不能再接收此订阅 / Your access changed; subscription closed');
      }
    };
    try {
      yield await snapshot(ctx, scope, 'SUBSCRIBED');
      for (;;) {
        while (!dirty || accessChanged) {
          if (signal.aborted) return;
          if (accessChanged) await recheck();
          else await waker.wait();
        }
        // Let the burst finish: everything that arrives while we wait is folded into this one update.
        await waker.sleep(throttleMs);
        if (signal.aborted) return;
        if (accessChanged) continue; // re-checked at the top before anything is sent
        dirty = false;
        yield await snapshot(ctx, scope, 'CHANGED');
      }
    } finally {
      sub?.unsubscribe();
      waker.dispose();
    }
  });
}
