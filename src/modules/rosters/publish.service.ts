import type { HubContext } from '../../shared/context.js';
import { UserErrorCode, UserErrors } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { Validator } from '../../shared/validation.js';
import { inTransaction } from '../../shared/transaction.js';
import { daysBetween } from '../calendar/working-days.js';
import { Role } from '../../shared/role.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { rosterEvent } from './roster-events.js';
import { RotaPublication } from './duty.entity.js';
import { RosterService } from './roster.service.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { announceAccessChange } from '../identity/session.service.js';

/**
 * Publishing: schedulers edit the working rota freely; the public, the calendar feeds and the screens see only
 * what was published. A publication replaces the published duties of its date range in one transaction.
 */
export class PublishService {
  constructor(private readonly ctx: HubContext) {}

  async latest(center: Center): Promise<number> {
    const [row] = await this.ctx.em.execute<{ n: number | null }[]>('select max(number) as n from rota_publication where center_id = ?', [center.id]);
    return Number(row?.n ?? 0);
  }

  async publish(input: { centerId: string; startDate: string; endDate: string; expectedPublication: number; acknowledgeGaps?: boolean | null }): Promise<RotaPublication> {
    const em = this.ctx.em;
    const v = new Validator();
    const center = await findByGlobalId(em, Center, input.centerId, v, 'centerId', '中心');
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.SCHEDULER, Role.ADMIN], center!, '发布该中心的排班');
    if (input.endDate < input.startDate || daysBetween(input.startDate, input.endDate) >= 366) {
      throw UserErrors.of(['input', 'endDate'], UserErrorCode.OUT_OF_RANGE, '发布范围无效或超过366天');
    }
    return inTransaction(em, async () => {
      // One publisher per center at a time; the second sees the first one's number and gets CONFLICT.
      await em.execute('select pg_advisory_xact_lock(?, ?)', [20_251_001, center!.id]);
      const current = await this.latest(center!);
      if (current !== input.expectedPublication) {
        throw UserErrors.of(['input', 'expectedPublication'], UserErrorCode.CONFLICT,
          `排班已由他人发布为第 ${current} 版（您看到的是第 ${input.expectedPublication} 版），请刷新核对后再发布`);
      }
      const issues = await new RosterService(this.ctx).check(center!, input.startDate, input.endDate);
      // Gaps need an acknowledgement; a provisional calendar year is only a warning.
      const blocking = issues.filter((i) => i.kind === 'CONFLICT' || i.kind === 'DOUBLE' || i.kind === 'ON_LEAVE');
      const gaps = issues.filter((i) => i.kind === 'GAP');
      if (blocking.length) {
        throw new UserErrors(blocking.slice(0, 20).map((i) => ({ field: ['input'], code: UserErrorCode.INVALID_STATE, message: i.message })));
      }
      if (gaps.length && !input.acknowledgeGaps) {
        throw UserErrors.of(['input', 'acknowledgeGaps'], UserErrorCode.REQUIRED,
          `有 ${gaps.length} 处空缺（如 ${gaps[0]!.message}）；确认仍要发布请设置 acknowledgeGaps`);
      }
      const number = current + 1;
      const now = this.ctx.clock();
      // Today's 楼长 holds authority from the published rota (duty-grants.ts): whoever gains or loses it must be told.
      const today = shanghaiDate(now);
      const managersToday = () => em.execute<{ user_id: number }[]>(
        `select user_id from published_duty where center_id = ? and kind = 'BUILDING_MANAGER' and date = ? and date between ? and ?`,
        [center!.id, today, input.startDate, input.endDate]);
      const before = await managersToday();
      await em.execute('delete from published_duty where center_id = ? and date between ? and ?', [center!.id, input.startDate, input.endDate]);
      const inserted = await em.execute<{ id: number }[]>(
        `insert into published_duty (center_id, duty_id, kind, date, slot, user_id, name, title, room, topics, publication, published_at)
         select d.center_id, d.id, d.kind, d.date, d.slot, d.user_id, u.display_name, u.title, d.room, d.topics, ?, ?
           from duty d join hub_user u on u.id = d.user_id
          where d.center_id = ? and d.date between ? and ?
         returning id`,
        [number, now, center!.id, input.startDate, input.endDate],
      );
      const publication = em.create(RotaPublication, {
        center: center!, number, startDate: input.startDate, endDate: input.endDate, duties: inserted.length,
        gapsAcknowledged: gaps.length, publishedBy: this.ctx.viewer.userId ? em.getReference(User, this.ctx.viewer.userId, { wrapped: true }) : null,
      });
      await em.flush();
      const after = await managersToday();
      const changed = [...new Set([...before, ...after].map((r) => r.user_id))]
        .filter((id) => before.some((r) => r.user_id === id) !== after.some((r) => r.user_id === id));
      if (changed.length) await announceAccessChange(this.ctx, changed, 'BUILDING_MANAGER_CHANGED');
      await rosterEvent(em, center!, 'PUBLISHED', '排班发布',
        { number, from: input.startDate, to: input.endDate, duties: inserted.length, gapsAcknowledged: gaps.length }, true);
      return publication;
    });
  }
}
