import type { SqlFragment } from '../../shared/sql-fragment.js';

/** What the rule reads: the instruction's due date and its supervision's answer. */
export interface InstructionFacts {
  /** 完成期限 of the decision instruction (`YYYY-MM-DD`). */
  dueDate: string;
  /** When the supervision that tracks the instruction was answered; null while open. */
  answeredAt: Date | null;
}

/**
 * 交办事项逾期未完成, the TypeScript form: a joint-meeting instruction whose supervision is still
 * unanswered after its due date (`today` in Asia/Shanghai). Not the case's own 超期 (`cases/overdue.ts`):
 * an instruction can be overdue on a case that is not, and the other way round.
 */
export function isInstructionOverdue(i: InstructionFacts, today: string): boolean {
  return i.answeredAt === null && today > i.dueDate;
}

/** The SQL form over a `decision_instruction` row `i` and its `supervision` row `s`; never null. */
export function instructionOverdueSql(i: string, s: string, today: string): SqlFragment {
  return { sql: `(${s}.answered_at is null and ${i}.due_date < ?::date)`, params: [today] };
}
