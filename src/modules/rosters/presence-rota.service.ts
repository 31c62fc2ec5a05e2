import type { HubContext } from '../../shared/context.js';
import { UserErrorCode, UserErrors } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { isCalendarDate } from '../../shared/scalars.js';
import { Validator } from '../../shared/validation.js';
import { inTransaction } from '../../shared/transaction.js';
import { daysBetween } from '../calendar/working-days.js';
import { Role } from '../../shared/role.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { PresenceDay } from '../organisation/presence-day.entity.js';
import { Stationing, StationingMode } from '../organisation/stationing.entity.js';
import { PresencePublication } from './presence-rota.entity.js';
import { assertRotaRange, checkOnCalendar } from './date-range.js';
import { rosterEvent } from './roster-events.js';

export interface PresenceRotaRow {
  stationing: Stationing;
  date: string;
  /** On the working rota (the schedulers' draft). */
  planned: boolean;
  /** On the published rota (what the day board and the recommendation read). */
  published: boolean;
}

/**
 * The rotating agencies' (轮驻) rota, built like the leaders': `presenceSet` generates the working rota from
 * a weekday pattern on working days, `presenceDaySet` edits one day, `presencePublish` copies a date range
 * to the published rota in one transaction. Only published presence counts (see present-on.ts).
 */
export class PresenceRotaService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  async latest(center: Center): Promise<number> {
    const [row] = await this.em.execute<{ n: number | null }[]>('select max(number) as n from presence_publication where center_id = ?', [center.id]);
    return Number(row?.n ?? 0);
  }

  /** The rota of a center's rotating agencies in a range: every day planned or published, per stationing. */
  async rota(center: Center, from: string, to: string): Promise<PresenceRotaRow[]> {
    assertRotaRange(from, to);
    const rows = await this.em.execute<{ stationing_id: number; date: string; planned: boolean; published: boolean }[]>(
      `select coalesce(p.stationing_id, q.stationing_id) as stationing_id, to_char(coalesce(p.date, q.date), 'YYYY-MM-DD') as date,
              p.id is not null as planned, q.id is not null as published
         from (select pd.* from presence_day pd join stationing s on s.id = pd.stationing_id where s.center_id = ? and pd.date between ? and ?) p
         full join (select ppd.* from published_presence_day ppd join stationing s on s.id = ppd.stationing_id where s.center_id = ? and ppd.date between ? and ?) q
           on q.stationing_id = p.stationing_id and q.date = p.date
        order by 2, 1`,
      [center.id, from, to, center.id, from, to],
    );
    const stationings = await this.em.find(Stationing, { id: { $in: [...new Set(rows.map((r) => r.stationing_id))] } }, { populate: ['agency'] });
    const byId = new Map(stationings.map((s) => [s.id, s]));
    return rows.map((r) => ({ stationing: byId.get(r.stationing_id)!, date: r.date, planned: r.planned, published: r.published }));
  }

  /** Puts one day on (or off) a rotating stationing's working rota; publishing makes it count. */
  async setDay(input: { stationingId: string; date: string; present: boolean }): Promise<PresenceRotaRow> {
    const v = new Validator();
    const s = await findByGlobalId(this.em, Stationing, input.stationingId, v, 'stationingId', '入驻记录');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.SCHEDULER, Role.ADMIN], await s!.center.loadOrFail(), '安排该中心的轮驻');
    if (s!.mode !== StationingMode.ROTATING) v.add('stationingId', UserErrorCode.INVALID, '只有轮驻的部门需要设置在岗日');
    if (!isCalendarDate(input.date)) v.add('date', UserErrorCode.INVALID, '日期无效');
    else if (checkOnCalendar(v, 'date', input.date) && input.present && !s!.covers(input.date)) v.add('date', UserErrorCode.OUT_OF_RANGE, '该日不在入驻期间内');
    v.throwIfAny();
    const center = s!.center.getEntity();
    await inTransaction(this.em, async () => {
      if (input.present) {
        await this.em.execute('insert into presence_day (stationing_id, date) values (?, ?) on conflict do nothing', [s!.id, input.date]);
      } else {
        await this.em.nativeDelete(PresenceDay, { stationing: s!.id, date: input.date });
      }
      await rosterEvent(this.em, center, 'PRESENCE_DAY_SET', '轮驻在岗日调整',
        { stationingId: s!.globalId, agency: (await s!.agency.loadOrFail()).shortName, date: input.date, present: input.present });
    });
    const [row] = await this.em.execute<{ n: string }[]>('select count(*) as n from published_presence_day where stationing_id = ? and date = ?', [s!.id, input.date]);
    return { stationing: s!, date: input.date, planned: input.present, published: Number(row!.n) > 0 };
  }

  /**
   * Publishes a date range of a center's rotating-agency rota: the published days of the range are replaced
   * by the working rota's. `expectedPublication` is the optimistic version (CONFLICT when someone published meanwhile).
   */
  async publish(input: { centerId: string; startDate: string; endDate: string; expectedPublication: number }): Promise<PresencePublication> {
    const em = this.em;
    const v = new Validator();
    const center = await findByGlobalId(em, Center, input.centerId, v, 'centerId', '中心');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.SCHEDULER, Role.ADMIN], center!, '发布该中心的轮驻排班');
    if (input.endDate < input.startDate || daysBetween(input.startDate, input.endDate) >= 366) {
      throw UserErrors.of(['input', 'endDate'], UserErrorCode.OUT_OF_RANGE, '发布范围无效或超过366天');
    }
    return inTransaction(em, async () => {
      await em.execute('select pg_advisory_xact_lock(?, ?)', [20_261_130, center!.id]);
      const current = await this.latest(center!);
      if (current !== input.expectedPublication) {
        throw UserErrors.of(['input', 'expectedPublication'], UserErrorCode.CONFLICT,
          `轮驻排班已由他人发布为第 ${current} 版（您看到的是第 ${input.expectedPublication} 版），请刷新核对后再发布`);
      }
      const number = current + 1;
      const now = this.ctx.clock();
      await em.execute(
        `delete from published_presence_day ppd using stationing s
          where s.id = ppd.stationing_id and s.center_id = ? and ppd.date between ? and ?`,
        [center!.id, input.startDate, input.endDate]);
      const inserted = await em.execute<{ id: number }[]>(
        `insert into published_presence_day (stationing_id, date, publication, published_at)
         select pd.stationing_id, pd.date, ?, ? from presence_day pd join stationing s on s.id = pd.stationing_id
          where s.center_id = ? and s.mode = 'ROTATING' and pd.date between ? and ?
         returning id`,
        [number, now, center!.id, input.startDate, input.endDate]);
      const publication = em.create(PresencePublication, {
        center: center!, number, startDate: input.startDate, endDate: input.endDate, days: inserted.length,
        publishedBy: this.ctx.viewer.userId ? em.getReference(User, this.ctx.viewer.userId, { wrapped: true }) : null,
      });
      await em.flush();
      await rosterEvent(em, center!, 'PRESENCE_PUBLISHED', '轮驻排班发布', { number, from: input.startDate, to: input.endDate, days: inserted.length }, true);
      return publication;
    });
  }
}
