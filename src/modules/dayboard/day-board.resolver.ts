import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { contextWith, type HubContext } from '../../shared/context.js';
import { hubError } from '../../shared/errors.js';
import { DateScalar, untilShanghaiMidnight } from '../../shared/scalars.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { Case } from '../cases/case.entity.js';
import { CENTER_READERS } from '../access/case-visibility.js';
import { Supervision } from '../cases/supervision.entity.js';
import { Role } from '../../shared/role.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { StationingMode } from '../organisation/stationing.entity.js';
import { concernsViewer, recheckAccess } from '../realtime/access-watch.js';
import { cancellable, Waker } from '../../shared/event-log/stream-control.js';
import { DutyKind, type PublishedDuty } from '../rosters/duty.entity.js';
import { PublicDuty } from '../rosters/roster.resolver.js';
import { DayBoardService, type DayBoardData } from './day-board.service.js';
import { Reception } from '../duty/reception.entity.js';

@ObjectType({ description: '等待分流的案件及已等待的分钟数 / A case waiting for dispatch, with the minutes it has waited' })
class DayBoardWaiting {
  @Field(() => Case, { description: '案件 / The case' }) case!: Case;
  @Field(() => Int, { description: '自受理起已等待（分钟，按当前时间）/ Minutes since intake, as of now' }) minutesWaited!: number;
}

@ObjectType({ description: '当日在岗的入驻部门 / An agency present at the center that day' })
class DayBoardAgency {
  @Field(() => Agency, { description: '部门 / Agency' }) agency!: Agency;
  @Field(() => StationingMode, { description: '常驻（工作日在岗）或轮驻（按已发布的轮驻排班）/ Resident (every working day) or rotating (per the published rota)' }) mode!: StationingMode;
  @Field(() => String, { nullable: true, description: '窗口 / Window' }) windowNumber!: string | null;
}

@ObjectType({ description: '中心当日看板（当日楼长与受理分流员）/ A center’s day board, for the day’s 楼长 and the dispatchers' })
class DayBoard {
  @Field(() => DateScalar, { description: '日期（北京时间）/ Date, Asia/Shanghai' }) date!: string;
  @Field(() => Center, { description: '中心 / Center' }) center!: Center;
  @Field(() => [Case], { description: '当日受理的案件（本中心当前办理的，最新在前，最多100件）/ Cases received that day that the center handles, newest first, at most 100' }) receivedToday!: Case[];
  @Field(() => Int, { description: '当日受理总数 / Cases received that day' }) receivedTodayCount!: number;
  @Field(() => [DayBoardWaiting], { description: '待分流队列（最早在前，最多100件）/ The queue waiting for dispatch, oldest first, at most 100' }) waitingForDispatch!: DayBoardWaiting[];
  @Field(() => Int, { description: '待分流总数 / Cases waiting for dispatch' }) waitingCount!: number;
  @Field(() => [Case], { description: '高风险（群体性事件风险 HIGH）的在办案件 / Open cases at HIGH group-incident risk' }) highRisk!: Case[];
  @Field(() => [Case], { description: '超期的在办案件（受理期限或办结期限已过）/ Open cases past their acceptance or due date' }) overdue!: Case[];
  @Field(() => [Supervision], { description: '未回复的督办（回复期限最早在前）/ Open supervisions, earliest answer due first' }) openSupervisions!: Supervision[];
  @Field(() => [DayBoardAgency], { description: '当日在岗部门：常驻部门（工作日）与按已发布轮驻排班在岗的部门 / Agencies present: resident ones on working days, rotating ones per their published rota' }) agenciesPresent!: DayBoardAgency[];
  @Field(() => [PublicDuty], { description: '当日接访的领导（已发布排班）/ Leaders receiving petitioners that day, from the published rota' }) leadersReceiving!: PublicDuty[];
  @Field(() => PublicDuty, { nullable: true, description: '当日楼长（已发布排班）/ The day’s 楼长, from the published rota' }) buildingManager!: PublicDuty | null;
  @Field(() => [Reception], { description: '当日已登记的领导接访（最新在前，最多100条）/ Leaders’ receptions recorded at the center that day, newest first, at most 100' }) receptions!: Reception[];
  @Field(() => Int, { description: '当日领导接访登记数 / Receptions recorded that day' }) receptionCount!: number;
  @Field({ description: '推送原因：SUBSCRIBED、CHANGED、DAY_CHANGED；查询时为 QUERY / Why this board was sent' }) reason!: string;
}

const publicDuty = (d: PublishedDuty): PublicDuty => ({ date: d.date, kind: d.kind, slot: d.slot, name: d.name, title: d.title, room: d.room, topics: d.topics });

function toBoard(data: DayBoardData, reason: string): DayBoard {
  const manager = data.duties.find((d) => d.kind === DutyKind.BUILDING_MANAGER);
  return {
    date: data.date, center: data.center, receivedToday: data.receivedToday, receivedTodayCount: data.receivedTodayCount,
    waitingForDispatch: data.waiting.map((w) => ({ case: w.case, minutesWaited: w.minutesWaited })), waitingCount: data.waitingCount,
    highRisk: data.highRisk, overdue: data.overdue, openSupervisions: data.openSupervisions,
    agenciesPresent: data.agenciesPresent.map((a) => ({ agency: a.agency, mode: a.mode, windowNumber: a.windowNumber })),
    leadersReceiving: data.duties.filter((d) => d.kind === DutyKind.RECEPTION).map(publicDuty),
    buildingManager: manager ? publicDuty(manager) : null, receptions: data.receptions, receptionCount: data.receptionCount, reason,
  };
}

type Data = SubscribeResolverData<unknown, Record<string, string | null | undefined>, HubContext>;

/**
 * The board again whenever a case, assignment or supervision event of the center or a roster change of the
 * center arrives (a burst makes one update), and at midnight Beijing time. The viewer's roles are re-read on
 * an access change and at midnight: the 楼长's authority ends with the day.
 */
function boardStream(ctx: HubContext, center: Center): AsyncGenerator<DayBoard> {
  return cancellable(async function* (signal) {
    const waker = new Waker(signal);
    let reason: string | undefined;
    let accessChanged = false;
    const path = center.childAncestry;
    const sub = ctx.events?.subscribe((e) => {
      if (e.topic === 'access') {
        if (!concernsViewer(ctx.viewer, e)) return;
        accessChanged = true;
      } else if (!e.scope.centerPaths.includes(path)) return;
      reason ??= 'CHANGED';
      waker.wake();
    });
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer = setTimeout(() => {
        reason = 'DAY_CHANGED';
        accessChanged = true;
        waker.wake();
        arm();
      }, untilShanghaiMidnight(ctx.clock()) + 5);
      timer.unref();
    };
    arm();
    const snapshot = async (why: string) => {
      if (accessChanged) {
        accessChanged = false;
        await recheckAccess(ctx);
      }
      if (!ctx.viewer.can(CENTER_READERS, center)) throw hubError('FORBIDDEN', '您的权限已变更，不能再接收此订阅 / Your access changed; subscription closed');
      // Today's board, always: a subscription follows the day.
      return toBoard(await new DayBoardService(contextWith(ctx, { em: ctx.em.fork() })).board(center), why);
    };
    try {
      yield await snapshot('SUBSCRIBED');
      for (;;) {
        while (reason === undefined) {
          if (signal.aborted) return;
          await waker.wait();
        }
        if (signal.aborted) return;
        await waker.sleep(ctx.config.liveCounterThrottleMs);
        const why = reason;
        reason = undefined;
        yield await snapshot(why);
      }
    } finally {
      clearTimeout(timer);
      sub?.unsubscribe();
      waker.dispose();
    }
  });
}

@Resolver()
export class DayBoardResolver {
  @Authorized(Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR)
  @Query(() => DayBoard, {
    description: '中心当日看板：当日受理、待分流队列（含已等待分钟数）、高风险、超期、未回复督办、在岗部门、接访领导与楼长；当日楼长按已发布排班当天即有权查看 / A center’s day board; the day’s published 楼长 may read it that day',
  })
  async dayBoard(
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) centerId: string,
    @Ctx() ctx: HubContext,
    @Arg('date', () => DateScalar, { nullable: true, description: '日期，默认今天（北京时间）/ Date, default today in Asia/Shanghai' }) date?: string,
  ): Promise<DayBoard> {
    const service = new DayBoardService(ctx);
    return toBoard(await service.board(await service.center(centerId), date), 'QUERY');
  }

  @Authorized(Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR)
  @Subscription(() => DayBoard, {
    description: '中心当日看板（实时）：先推送一次，此后本中心案件、督办或排班变化时推送（合并短时间内的多次变化），北京时间零点换日时推送 / The day board live: once at once, again on changes of the center (bursts merged) and at midnight',
    subscribe: async ({ args, context }: Data) => boardStream(context, await new DayBoardService(context).center(args.centerId ?? '')),
  })
  dayBoardUpdates(
    @Root() board: DayBoard,
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) _centerId: string,
  ): DayBoard {
    return board;
  }
}

@Resolver(() => CaseEvent)
export class CaseEventActingAsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: '权限依据：以当日楼长身份（按已发布排班）所为时为“以<日期>当日楼长身份 / as 楼长 of <date>”，否则为空 / Basis of authority: set when the step was taken as the day’s 楼长 under the published rota',
  })
  actingAs(@Root() e: CaseEvent): string | null {
    const basis = e.data.actingAs as { label?: string } | undefined;
    return basis?.label ?? null;
  }
}
