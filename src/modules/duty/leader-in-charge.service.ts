import { raw, type FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import type { Page } from '../../shared/pagination.js';
import { paginate, type ConnectionArgs } from '../../shared/pagination.js';
import { shanghaiDate } from '../../shared/scalars.js';
import type { Validator } from '../../shared/validation.js';
import { CENTER_READERS } from '../access/case-visibility.js';
import { CaseWorkflow } from '../cases/case-core.js';
import { CaseEventType } from '../cases/case-event.entity.js';
import { Case } from '../cases/case.entity.js';
import { OPEN_STATUSES } from '../cases/case.enums.js';
import { overdueSql } from '../cases/overdue.js';
import { CASE_ORDER } from '../cases/case-query.service.js';
import { CaseAction } from '../cases/case.transitions.js';
import { Role } from '../../shared/role.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { forbidden } from '../../shared/errors.js';
import { LeaderInCharge, LeaderInChargeSource } from './leader-in-charge.entity.js';

export interface LeaderLoad {
  leader: User;
  openCases: number;
  overdueCases: number;
}

const OPEN = OPEN_STATUSES.map((s) => `'${s}'`).join(',');

/** Whether `userId` holds LEADER over `center` (granted there, above it, or everywhere). */
export async function leadsOver(em: CaseWorkflow['em'], userId: number, center: Center): Promise<boolean> {
  const [row] = await em.execute<{ n: string }[]>(
    `select count(*) as n from role_assignment r left join center g on g.id = r.center_id
      where r.user_id = ? and r.role = 'LEADER' and (r.center_id is null or r.center_id = ? or ? like g.ancestry || g.id || '/%')`,
    [userId, center.id, center.childAncestry],
  );
  return Number(row!.n) > 0;
}

/** The current leader in charge of each case asked for (one query for a page of cases). */
export async function currentLeaders(em: CaseWorkflow['em'], caseIds: number[]): Promise<Map<number, LeaderInCharge>> {
  if (caseIds.length === 0) return new Map();
  const rows = await em.find(LeaderInCharge, { case: { $in: caseIds }, endedAt: null }, { populate: ['leader'] });
  return new Map(rows.map((r) => [r.case.id, r]));
}

/** 包案: a leader personally responsible for a case; the leader's cases in charge and loads. */
export class LeaderInChargeService extends CaseWorkflow {
  /**
   * Puts `leader` in charge of `c` inside the caller's change: ends a current other leader's charge
   * (the history stays) and returns the timeline data. Adds a user error when `leader` is no leader
   * over the case's center, or is already in charge.
   */
  async putInCharge(v: Validator, field: string[], c: Case, leader: User, source: LeaderInChargeSource, note: string | null): Promise<Record<string, unknown> | undefined> {
    const center = await c.center.loadOrFail();
    if (!(await leadsOver(this.em, leader.id, center))) {
      v.add(field, UserErrorCode.OUT_OF_SCOPE, `${leader.displayName}不是${center.name}或其上级的领导，不能包案`);
      return undefined;
    }
    const current = await this.em.findOne(LeaderInCharge, { case: c.id, endedAt: null }, { populate: ['leader'] });
    if (current?.leader.id === leader.id) {
      v.add(field, UserErrorCode.INVALID_STATE, `${leader.displayName}已在包案`);
      return undefined;
    }
    // Only a meeting's decision moves a case from one leader to another; a leader cannot take it over.
    if (current && source !== LeaderInChargeSource.MEETING_DECISION) {
      v.add(field, UserErrorCode.INVALID_STATE, `已由${current.leader.getEntity().displayName}包案；更换包案领导须经联席会议决定`);
      return undefined;
    }
    const now = this.now();
    if (current) {
      current.endedAt = now;
      await this.em.flush(); // the database allows one current leader per case
    }
    this.em.create(LeaderInCharge, { case: c, leader, assignedBy: this.actorRef, source, note, startedAt: now });
    return { leader: leader.displayName, title: leader.title, source, note, before: current ? current.leader.getEntity().displayName : null };
  }

  /** The signed-in leader takes personal responsibility for a case. */
  async take(input: { id: string; version: number; note?: string | null }): Promise<Case> {
    const me = await this.em.findOneOrFail(User, { id: this.ctx.viewer.userId! });
    return this.change(input, CaseAction.TAKE_CHARGE, 'lead', async (c, v) => {
      const note = v.text('note', input.note, '说明', { max: 500 }) ?? null;
      const data = await this.putInCharge(v, ['id'], c, me, LeaderInChargeSource.TAKEN, note);
      if (!data) return undefined;
      return { result: c, event: CaseEventType.LEADER_IN_CHARGE, data };
    });
  }

  /** Cases the signed-in leader is in charge of now, newest first (a Relay connection). */
  mine(args: ConnectionArgs): Promise<Page<Case>> {
    const userId = Number(this.ctx.viewer.userId);
    const where = {
      $and: [
        this.access.visibleWhere(),
        { [raw((a: string) => `exists (select 1 from leader_in_charge l where l.case_id = ${a}.id and l.ended_at is null and l.leader_id = ?)`, [userId])]: [] },
      ],
    } as FilterQuery<Case>;
    return paginate(this.em, Case, where, CASE_ORDER, args);
  }

  /**
   * The leaders of a center side by side: everyone holding LEADER at the center itself, and anyone in
   * charge of a case of its subtree, with their open and overdue cases in charge (as of today, Beijing).
   */
  async loads(centerId: string): Promise<LeaderLoad[]> {
    const center = await this.em.findOne(Center, { id: localId(centerId, 'Center') ?? -1 });
    if (!center || !this.ctx.viewer.can(CENTER_READERS, center)) throw forbidden('该中心不在您的范围内 / Center outside your scope');
    const overdue = overdueSql('c', shanghaiDate(this.now()));
    const rows = await this.em.execute<{ user_id: number; open: string; overdue: string }[]>(
      `with leaders as (
         select r.user_id from role_assignment r where r.role = '${Role.LEADER}' and r.center_id = ?
         union
         select l.leader_id from leader_in_charge l join hub_case c on c.id = l.case_id join center cc on cc.id = c.center_id
          where l.ended_at is null and (cc.id = ? or cc.ancestry like ?)
       )
       select x.user_id,
              count(c.id) filter (where c.status in (${OPEN})) as open,
              count(c.id) filter (where ${overdue.sql}) as overdue
         from leaders x
         left join leader_in_charge l on l.leader_id = x.user_id and l.ended_at is null
         left join hub_case c on c.id = l.case_id
          and c.center_id in (select id from center where id = ? or ancestry like ?)
        group by x.user_id`,
      [center.id, center.id, `${center.childAncestry}%`, ...overdue.params, center.id, `${center.childAncestry}%`],
    );
    const users = await this.em.find(User, { id: { $in: rows.map((r) => r.user_id) } });
    return rows
      .map((r) => ({ leader: users.find((u) => u.id === r.user_id)!, openCases: Number(r.open), overdueCases: Number(r.overdue) }))
      .sort((a, b) => b.openCases - a.openCases || b.overdueCases - a.overdueCases || a.leader.id - b.leader.id);
  }
}
