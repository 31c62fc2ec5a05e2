import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { Case } from './case.entity.js';
import { CalendarYear } from '../calendar/calendar-year.entity.js';

/** The years whose official arrangement is entered, read once per request (a handful of rows). */
const officialYears = new WeakMap<object, Promise<Set<number>>>();

function yearsOf(ctx: HubContext): Promise<Set<number>> {
  let years = officialYears.get(ctx);
  if (!years) {
    years = ctx.em.fork().find(CalendarYear, {}).then((rows) => new Set(rows.map((r) => r.year)));
    officialYears.set(ctx, years);
  }
  return years;
}

/** The provisional years a case's time limits count through, from the day it was received to its last due date. */
export function provisionalYearsOf(c: Pick<Case, 'receivedAt' | 'acceptDueDate' | 'dueDate'>, official: ReadonlySet<number>): number[] {
  const last = [c.acceptDueDate, c.dueDate].filter((d): d is string => !!d).sort().at(-1) ?? c.acceptDueDate;
  const years: number[] = [];
  for (let y = Number(shanghaiDate(c.receivedAt).slice(0, 4)); y <= Number(last.slice(0, 4)); y += 1) if (!official.has(y)) years.push(y);
  return years;
}

@Resolver(() => Case)
export class CaseCalendarResolver {
  @FieldResolver(() => Boolean, {
    description: '期限暂定：受理日至期限届满日经过尚未录入国务院调休安排的年份，届时录入后期限将重算并记入时间线（见 docs/calendar.md）/ '
      + 'True when the acceptance or handling deadline counts through a year whose official arrangement (调休) is not entered yet: '
      + 'the date may move when an admin enters it (calendarYearSet), and the change is written to the timeline',
  })
  async dueDateProvisional(@Root() c: Case, @Ctx() ctx: HubContext): Promise<boolean> {
    return provisionalYearsOf(c, await yearsOf(ctx)).length > 0;
  }
}
