import type { HubContext } from '../../shared/context.js';
import { badInput } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { isCalendarDate, shanghaiDate } from '../../shared/scalars.js';
import { CENTER_READERS } from '../access/case-visibility.js';
import { isOverdue } from '../cases/overdue.js';
import { Case } from '../cases/case.entity.js';
import { CaseStatus, OPEN_STATUSES, RiskLevel } from '../cases/case.enums.js';
import { Supervision } from '../cases/supervision.entity.js';
import { addCalendarDays } from '../calendar/working-days.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { StationingMode } from '../organisation/stationing.entity.js';
import { PublishedDuty } from '../rosters/duty.entity.js';
import { PRESENT_ON_SQL } from '../rosters/present-on.js';
import { Reception } from '../duty/reception.entity.js';

/** Each list of the board shows at most this many cases (the counts are exact). */
export const BOARD_LIST_MAX = 100;

export interface WaitingCase {
  case: Case;
  minutesWaited: number;
}

export interface PresentAgency {
  agency: Agency;
  mode: StationingMode;
  windowNumber: string | null;
}

export interface DayBoardData {
  center: Center;
  date: string;
  receivedToday: Case[];
  receivedTodayCount: number;
  waiting: WaitingCase[];
  waitingCount: number;
  highRisk: Case[];
  overdue: Case[];
  openSupervisions: Supervision[];
  agenciesPresent: PresentAgency[];
  duties: PublishedDuty[];
  receptions: Reception[];
  receptionCount: number;
}

/**
 * The day board (当日看板) of a center: what the day's 楼长 and the dispatchers watch. Cases are those the
 * center currently handles; presence is `presentOn` (published rota only); leaders are the published rota's.
 * Receptions so far are the leaders' receptions recorded at the center that day (领导接访登记).
 */
export class DayBoardService {
  constructor(private readonly ctx: HubContext) {}

  async center(globalId: string): Promise<Center> {
    const center = await this.ctx.em.findOne(Center, { id: localId(globalId, 'Center') ?? -1 });
    if (!center || !this.ctx.viewer.can(CENTER_READERS, center)) throw badInput('未知或无权查看的中心 / Unknown center, or not yours', 'centerId');
    return center;
  }

  async board(center: Center, date?: string | null): Promise<DayBoardData> {
    const em = this.ctx.em;
    const now = this.ctx.clock();
    const day = date ?? shanghaiDate(now);
    if (!isCalendarDate(day)) throw badInput('日期无效 / Invalid date', 'date');
    const from = new Date(`${day}T00:00:00+08:00`);
    const to = new Date(`${addCalendarDays(day, 1)}T00:00:00+08:00`);
    const [receivedToday, receivedTodayCount] = await em.findAndCount(Case, { center: center.id, receivedAt: { $gte: from, $lt: to } },
      { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: BOARD_LIST_MAX });
    const [waitingCases, waitingCount] = await em.findAndCount(Case, { center: center.id, status: CaseStatus.RECEIVED },
      { orderBy: { receivedAt: 'asc', id: 'asc' }, limit: BOARD_LIST_MAX });
    const open = await em.find(Case, { center: center.id, status: { $in: OPEN_STATUSES } }, { orderBy: { receivedAt: 'asc', id: 'asc' } });
    const openSupervisions = await em.find(Supervision, { case: { center: center.id }, answeredAt: null },
      { orderBy: { responseDueDate: 'asc', id: 'asc' }, limit: BOARD_LIST_MAX });
    const present = await em.execute<{ agency_id: number; mode: StationingMode; window_number: string | null }[]>(
      `select s.agency_id, s.mode, s.window_number from (select ?::date as d) x join stationing s on s.center_id = ?
         join agency a on a.id = s.agency_id and a.archived_at is null
        where ${PRESENT_ON_SQL('s', 'x.d')} order by s.mode desc, s.window_number nulls last, a.short_name`,
      [day, center.id]);
    const agencies = await em.find(Agency, { id: { $in: present.map((p) => p.agency_id) } });
    const duties = await em.find(PublishedDuty, { center: center.id, date: day }, { orderBy: { kind: 'asc', slot: 'asc', id: 'asc' } });
    const [receptions, receptionCount] = await em.findAndCount(Reception, { center: center.id, receivedAt: { $gte: from, $lt: to } },
      { orderBy: { receivedAt: 'desc', id: 'desc' }, limit: BOARD_LIST_MAX });
    return {
      center, date: day, receivedToday, receivedTodayCount,
      waiting: waitingCases.map((c) => ({ case: c, minutesWaited: Math.max(0, Math.floor((now.getTime() - c.receivedAt.getTime()) / 60_000)) })),
      waitingCount,
      highRisk: open.filter((c) => c.riskLevel === RiskLevel.HIGH).slice(0, BOARD_LIST_MAX),
      overdue: open.filter((c) => isOverdue(c, day)).slice(0, BOARD_LIST_MAX),
      openSupervisions,
      agenciesPresent: present.map((p) => ({ agency: agencies.find((a) => a.id === p.agency_id)!, mode: p.mode, windowNumber: p.window_number })),
      duties, receptions, receptionCount,
    };
  }
}
