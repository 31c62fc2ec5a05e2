import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR, OFFICIAL_YEARS } from '../src/modules/calendar/official-calendar.js';
import { deadline, isWorkingDay, OfficialCalendar, workingDaysBetween } from '../src/modules/calendar/working-days.js';
import { graphql } from './gql/index.js';
import { factories, type BuiltUser, type Desk } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const official = new OfficialCalendar(new Map(OFFICIAL_CALENDAR.map((d) => [d.date, d.kind])), new Set(OFFICIAL_YEARS.map((y) => y.year)));

describe('working days on China’s official calendar', () => {
  it('knows the 2025 National Day week and its make-up Sundays and Saturdays', () => {
    expect(isWorkingDay('2025-09-28', official)).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay('2025-10-01', official)).toBe(false);
    expect(isWorkingDay('2025-10-08', official)).toBe(false);
    expect(isWorkingDay('2025-10-11', official)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2025-10-12', official)).toBe(false); // an ordinary Sunday
    expect(workingDaysBetween('2025-09-26', '2025-10-12', official)).toBe(6);
  });

  it('counts 5 working days from the Friday before National Day across the holiday', () => {
    // 9/28 (Sun, make-up) 1, 9/29 2, 9/30 3, holiday 10/1–10/8, 10/9 4, 10/10 5.
    expect(deadline('2025-09-26', 5, 'WORKING', official)).toBe('2025-10-10');
    expect(deadline('2025-09-26', 6, 'WORKING', official)).toBe('2025-10-11');
  });

  it('moves a calendar-day limit that ends in a holiday to the next working day', () => {
    expect(deadline('2025-09-20', 15, 'CALENDAR', official)).toBe('2025-10-09');
    expect(deadline('2025-09-26', 15, 'CALENDAR', official)).toBe('2025-10-11'); // a make-up Saturday is a working day
    expect(deadline('2025-03-03', 60, 'CALENDAR', official)).toBe('2025-05-06'); // 5/2 is in the May Day holiday
  });

  it('spans the Spring Festival of 2026 with both make-up Saturdays', () => {
    // 2/13 Fri; 2/14 Sat make-up; holiday 2/15–2/23; 2/24 Tue.
    expect(deadline('2026-02-12', 3, 'WORKING', official)).toBe('2026-02-24');
  });
});

const Deadline = graphql(`query Deadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }`);
const CalendarDays = graphql(`query CalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }`);
const DaySet = graphql(`
  mutation CalendarDaySet($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { calendarDay { date kind name } userErrors { field code message } } }
`);
const DayRemove = graphql(`mutation CalendarDayRemove($date: Date!) { calendarDayRemove(date: $date) { removed userErrors { code } } }`);
const Policies = graphql(`query Policies { timeLimitPolicies { kind categoryCode acceptDays acceptDayCount finishDays finishDayCount maxExtensions maxExtensionDays basis } }`);
const PolicySet = graphql(`
  mutation PolicySet($input: TimeLimitPolicySetInput!) { timeLimitPolicySet(input: $input) { timeLimitPolicy { kind categoryCode acceptDays } userErrors { field code } } }
`);
const Intake = graphql(`
  mutation CalendarIntake($input: CaseCreateInput!) { caseCreate(input: $input) { case { number receivedAt acceptDueDate kind } userErrors { field code message } } }
`);

describe('the calendar and time limits as editable data', () => {
  let t: TestHub;
  /** The bootstrap admin, over every center (the calendar and the time limits are national). */
  let admin: string;
  /** A county built for this file: its dispatcher takes cases in, its admin must not edit the calendar. */
  let desk: Desk;
  let countyAdmin: BuiltUser;
  beforeAll(async () => {
    // The hub's clock stands at 2026-09-29 10:00 Beijing time, the Tuesday before National Day 2026.
    t = await startTestHub({ HUB_FAKE_NOW: '2026-09-29T10:00:00+08:00' });
    const f = await factories(t);
    admin = f.admin;
    desk = await f.desk();
    countyAdmin = await f.user('ADMIN', { center: desk.center });
  });
  afterAll(() => t?.close());

  it('seeds the official holidays of 2025 and 2026 and the legal defaults', async () => {
    const days = await t.gql(CalendarDays, { from: '2026-09-01', to: '2026-10-31' }, admin);
    expect(days.calendarDays.filter((d) => d.kind === 'MAKEUP_WORKDAY').map((d) => d.date)).toEqual(['2026-09-20', '2026-10-10']);
    expect(days.calendarDays.filter((d) => d.kind === 'HOLIDAY')).toHaveLength(10);
    const policies = await t.gql(Policies, {}, admin);
    expect(policies.timeLimitPolicies).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'PETITION', acceptDays: 15, finishDays: 60, maxExtensions: 1, maxExtensionDays: 30 }),
      expect.objectContaining({ kind: 'DISPUTE', acceptDays: 3, acceptDayCount: 'WORKING', finishDays: 30 }),
    ]));
  });

  it('gives a case deadlines that skip National Day and count the make-up Saturday', async () => {
    // Objections of an incompetent body: 5 working days (信访工作条例) — set as a category policy.
    const set = await t.gql(PolicySet, {
      input: { kind: 'DISPUTE', categoryCode: 'NEIGHBOUR', acceptDays: 5, acceptDayCount: 'WORKING', finishDays: 30, finishDayCount: 'CALENDAR', maxExtensions: 1, maxExtensionDays: 30, warnDaysBefore: 5, basis: '测试：5个工作日' },
    }, admin);
    expect(set.timeLimitPolicySet.userErrors).toEqual([]);
    const center = desk.center.id;
    const dispatcher = desk.dispatcher.token;
    const parties = [{ role: 'APPLICANT' as const, type: 'PERSON' as const, name: '邻居甲' }];
    const dispute = await t.gql(Intake, {
      input: { centerId: center, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'NEIGHBOUR', title: '邻里漏水纠纷', description: '楼上漏水', parties },
    }, dispatcher);
    // 9/30 1, holiday 10/1–10/7, 10/8 2, 10/9 3, 10/10 (Saturday, make-up) 4, 10/12 5.
    expect(dispute.caseCreate.case).toMatchObject({ acceptDueDate: '2026-10-12', receivedAt: expect.stringMatching(/^2026-09-29T10:/) });
    const petition = await t.gql(Intake, {
      input: { centerId: center, kind: 'PETITION', channel: 'PETITION_LETTER', categoryCode: 'OTHER', title: '来信反映', description: '来信', parties, receivedAt: '2026-09-22T09:00:00+08:00' },
    }, dispatcher);
    // 15 calendar days end on 10/7, inside the holiday: the limit moves to Thursday 10/8.
    expect(petition.caseCreate.case).toMatchObject({ kind: 'PETITION', acceptDueDate: '2026-10-08' });
  });

  it('lets an admin over every center edit the calendar, and nobody else', async () => {
    const wrongKind = await t.gql(DaySet, { input: { date: '2026-12-30', kind: 'MAKEUP_WORKDAY', name: '测试' } }, admin);
    expect(wrongKind.calendarDaySet.userErrors).toMatchObject([{ field: ['input', 'kind'], code: 'INVALID' }]);
    const set = await t.gql(DaySet, { input: { date: '2026-12-31', kind: 'HOLIDAY', name: '测试假日' } }, admin);
    expect(set.calendarDaySet.calendarDay).toEqual({ date: '2026-12-31', kind: 'HOLIDAY', name: '测试假日' });
    // 12/31 is off now; 1/1 is New Year's Day (statutory, though 2027 is provisional); the weekend follows.
    expect((await t.gql(Deadline, { from: '2026-12-30', days: 1, count: 'WORKING' }, admin)).deadline).toEqual({ date: '2027-01-04', provisional: true, provisionalYears: [2027] });
    expect((await t.gql(DayRemove, { date: '2026-12-31' }, admin)).calendarDayRemove.removed).toBe(true);
    expect((await t.gql(Deadline, { from: '2026-12-30', days: 1, count: 'WORKING' }, admin)).deadline).toEqual({ date: '2026-12-31', provisional: false, provisionalYears: [] });
    const county = await t.request(DaySet, { input: { date: '2026-12-31', kind: 'HOLIDAY', name: 'x' } }, countyAdmin.token);
    expect(county.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dispatcher = await t.request(PolicySet, {
      input: { kind: 'DISPUTE', acceptDays: 1, acceptDayCount: 'WORKING', finishDays: 1, finishDayCount: 'CALENDAR', maxExtensions: 0, maxExtensionDays: 0, warnDaysBefore: 0, basis: 'x' },
    }, desk.dispatcher.token);
    expect(dispatcher.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(PolicySet, {
      input: { kind: 'DISPUTE', acceptDays: 0, acceptDayCount: 'WORKING', finishDays: 5000, finishDayCount: 'CALENDAR', maxExtensions: 1, maxExtensionDays: 30, warnDaysBefore: 1, basis: '' },
    }, admin);
    expect(bad.timeLimitPolicySet.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['acceptDays:OUT_OF_RANGE', 'finishDays:OUT_OF_RANGE', 'basis:REQUIRED']);
  });
});
