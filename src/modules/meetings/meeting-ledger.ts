import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { addCalendarDays } from '../calendar/working-days.js';
import { instructionOverdueSql } from './instruction-overdue.js';
import type { LedgerScope } from '../ledger/ledger.service.js';

@ObjectType({ description: '台账：联席会议与交办事项（周期内召开的会议）/ Ledger: joint meetings in the period and their instructions' })
export class MeetingLedger {
  @Field(() => Int, { description: '会议数 / Meetings' }) meetings!: number;
  @Field(() => Int, { description: '会商决定数 / Decisions' }) decisions!: number;
  @Field(() => Int, { description: '交办事项数 / Instructions' }) instructions!: number;
  @Field(() => Int, { description: '按期完成（期限当日或之前回复督办）/ Done on time: answered on or before the due date' }) doneOnTime!: number;
  @Field(() => Int, { description: '逾期完成 / Done late' }) doneLate!: number;
  @Field(() => Int, { description: '逾期未完成（北京时间今日）/ Overdue: unanswered past the due date' }) overdue!: number;
  @Field(() => Int, { description: '未到期未完成 / Open, not yet due' }) pending!: number;
}

/** Meetings of the scope's centers scheduled in [from, to], with their decisions and instructions done on time or not. */
export async function meetingLedger(em: EntityManager, scope: LedgerScope, from: string, to: string, today: string): Promise<MeetingLedger> {
  const params: unknown[] = [new Date(`${from}T00:00:00+08:00`), new Date(`${addCalendarDays(to, 1)}T00:00:00+08:00`)];
  let where = 'm.scheduled_at >= ? and m.scheduled_at < ?';
  if (scope.root) {
    where += ' and m.center_id in (select id from center where id = ? or ancestry like ?)';
    params.push(scope.root.id, `${scope.root.childAncestry}%`);
  }
  const overdue = instructionOverdueSql('i', 's', today);
  const [row] = await em.execute<Record<string, string>[]>(
    `select (select count(*) from joint_meeting m where ${where}) as meetings,
            (select count(*) from meeting_decision d join joint_meeting m on m.id = d.meeting_id where ${where}) as decisions,
            count(i.id) as instructions,
            count(i.id) filter (where s.answered_at is not null and (s.answered_at at time zone 'Asia/Shanghai')::date <= i.due_date) as on_time,
            count(i.id) filter (where s.answered_at is not null and (s.answered_at at time zone 'Asia/Shanghai')::date > i.due_date) as late,
            count(i.id) filter (where ${overdue.sql}) as overdue,
            count(i.id) filter (where s.answered_at is null and not ${overdue.sql}) as pending
       from decision_instruction i join meeting_decision d on d.id = i.decision_id join joint_meeting m on m.id = d.meeting_id
       join supervision s on s.id = i.supervision_id
      where ${where}`,
    [...params, ...params, ...overdue.params, ...overdue.params, ...params],
  );
  const n = (k: string) => Number(row?.[k] ?? 0);
  return {
    meetings: n('meetings'), decisions: n('decisions'), instructions: n('instructions'),
    doneOnTime: n('on_time'), doneLate: n('late'), overdue: n('overdue'), pending: n('pending'),
  };
}
