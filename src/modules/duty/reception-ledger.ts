import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../shared/ids.js';
import { addCalendarDays } from '../calendar/working-days.js';
import type { LedgerScope } from '../ledger/ledger.service.js';
import type { ReceptionLedger } from './duty.types.js';
import { ReceptionOutcome } from './reception.entity.js';

/** Receptions at the scope's centers in [from, to] (Beijing dates), per leader and per outcome. */
export async function receptionLedger(em: EntityManager, scope: LedgerScope, from: string, to: string): Promise<ReceptionLedger> {
  const params: unknown[] = [new Date(`${from}T00:00:00+08:00`), new Date(`${addCalendarDays(to, 1)}T00:00:00+08:00`)];
  let where = 'r.received_at >= ? and r.received_at < ?';
  if (scope.root) {
    where += ' and r.center_id in (select id from center where id = ? or ancestry like ?)';
    params.push(scope.root.id, `${scope.root.childAncestry}%`);
  }
  const rows = await em.execute<{ leader_id: number; name: string; title: string | null; outcome: ReceptionOutcome; n: string; people: string; off_duty: string }[]>(
    `select r.leader_id, u.display_name as name, u.title, r.outcome, count(*) as n, sum(r.headcount) as people,
            count(*) filter (where not r.on_duty) as off_duty
       from reception r join hub_user u on u.id = r.leader_id
      where ${where}
      group by r.leader_id, u.display_name, u.title, r.outcome`,
    params,
  );
  const outcomes = Object.values(ReceptionOutcome);
  const count = (list: typeof rows) => outcomes.map((outcome) => ({
    outcome, receptions: list.filter((r) => r.outcome === outcome).reduce((s, r) => s + Number(r.n), 0),
  }));
  const sum = (list: typeof rows, key: 'n' | 'people' | 'off_duty') => list.reduce((s, r) => s + Number(r[key]), 0);
  const leaders = [...new Set(rows.map((r) => r.leader_id))].map((id) => {
    const mine = rows.filter((r) => r.leader_id === id);
    return {
      leaderId: toGlobalId('User', id), name: mine[0]!.name, title: mine[0]!.title,
      receptions: sum(mine, 'n'), people: sum(mine, 'people'), offDuty: sum(mine, 'off_duty'), byOutcome: count(mine),
    };
  });
  leaders.sort((a, b) => b.receptions - a.receptions || a.name.localeCompare(b.name, 'zh'));
  return { receptions: sum(rows, 'n'), people: sum(rows, 'people'), offDuty: sum(rows, 'off_duty'), byOutcome: count(rows), byLeader: leaders };
}
