/**
 * Years whose official arrangement is not entered yet: the statutory holidays are still known (lunar calendar
 * and solar terms), the year is provisional, and entering the State Council's arrangement moves open cases'
 * time limits, in their timelines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR, OFFICIAL_YEARS } from '../src/modules/calendar/official-calendar.js';
import { statutoryHolidays } from '../src/modules/calendar/statutory-holidays.js';
import { deadlineOn, OfficialCalendar } from '../src/modules/calendar/working-days.js';
import { graphql } from './gql/index.js';
import { CaseById } from './support/cases.js';
import { factories, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const official = new OfficialCalendar(new Map(OFFICIAL_CALENDAR.map((d) => [d.date, d.kind])), new Set(OFFICIAL_YEARS.map((y) => y.year)));

const byName = (year: number) => {
  const out: Record<string, string[]> = {};
  for (const h of statutoryHolidays(year)) (out[h.name] ??= []).push(h.date.slice(5));
  return out;
};

describe('statutory holidays of every year (全国年节及纪念日放假办法, 2024 revision from 2025)', () => {
  it('match the State Council notices of 2025 and 2026', () => {
    expect(byName(2025)).toEqual({
      元旦: ['01-01'], 春节: ['01-28', '01-29', '01-30', '01-31'], 清明节: ['04-04'], 劳动节: ['05-01', '05-02'],
      端午节: ['05-31'], 国庆节: ['10-01', '10-02', '10-03'], 中秋节: ['10-06'],
    });
    expect(byName(2026)).toEqual({
      元旦: ['01-01'], 春节: ['02-16', '02-17', '02-18', '02-19'], 清明节: ['04-05'], 劳动节: ['05-01', '05-02'],
      端午节: ['06-19'], 中秋节: ['09-25'], 国庆节: ['10-01', '10-02', '10-03'],
    });
    // Every statutory day is a day off in the seeded arrangements.
    for (const year of [2025, 2026]) {
      for (const h of statutoryHolidays(year)) expect(official.get(h.date), `${h.date} ${h.name}`).toBe('HOLIDAY');
    }
  });

  it('are computed from the lunar calendar and the 清明 solar term for 2027–2030', () => {
    expect(byName(2027)).toMatchObject({ 春节: ['02-05', '02-06', '02-07', '02-08'], 清明节: ['04-05'], 端午节: ['06-09'], 中秋节: ['09-15'] });
    expect(byName(2028)).toMatchObject({ 春节: ['01-25', '01-26', '01-27', '01-28'], 清明节: ['04-04'], 端午节: ['05-28'], 中秋节: ['10-03'] });
    expect(byName(2029)).toMatchObject({ 春节: ['02-12', '02-13', '02-14', '02-15'], 清明节: ['04-04'], 端午节: ['06-16'], 中秋节: ['09-22'] });
    expect(byName(2030)).toMatchObject({ 春节: ['02-02', '02-03', '02-04', '02-05'], 清明节: ['04-05'], 端午节: ['06-05'], 中秋节: ['09-12'] });
    for (const year of [2027, 2028, 2029, 2030]) {
      expect(statutoryHolidays(year)).toHaveLength(13);
      expect(byName(year)).toMatchObject({ 元旦: ['01-01'], 劳动节: ['05-01', '05-02'], 国庆节: ['10-01', '10-02', '10-03'] });
    }
  });

  it('follow the revision in force: 11 days before 2025, 除夕 off only until 2013', () => {
    expect(byName(2024)).toMatchObject({ 春节: ['02-10', '02-11', '02-12'], 劳动节: ['05-01'] });
    expect(statutoryHolidays(2024)).toHaveLength(11);
    expect(byName(2010)).toMatchObject({ 春节: ['02-13', '02-14', '02-15'] }); // 除夕, 初一, 初二
  });
});

describe('deadlines through a provisional year', () => {
  it('skip 2027’s New Year and Spring Festival, and say the year is provisional', () => {
    expect(deadlineOn(official, '2026-12-31', 1, 'WORKING')).toEqual({ date: '2027-01-04', provisionalYears: [2027] });
    // 2/4 Thu; 除夕 2/5 … 初三 2/8 off (2/6–2/7 a weekend anyway); 2/9, 2/10, 2/11.
    expect(deadlineOn(official, '2027-02-04', 3, 'WORKING')).toEqual({ date: '2027-02-11', provisionalYears: [2027] });
    expect(deadlineOn(official, '2026-09-29', 5, 'WORKING')).toEqual({ date: '2026-10-12', provisionalYears: [] });
    // A calendar-day limit ending on 中秋 2027 (Wednesday 9/15) moves to Thursday.
    expect(deadlineOn(official, '2027-08-16', 30, 'CALENDAR').date).toBe('2027-09-16');
  });
});

const Deadline = graphql(`query ProvisionalDeadline($from: Date!, $days: Int!, $count: DayCount!) { deadline(from: $from, days: $days, count: $count) { date provisional provisionalYears } }`);
const Year = graphql(`query CalendarYearOf($year: Int!) { calendarYear(year: $year) { year provisional notice basis statutoryHolidays { date name } days { date kind name } } }`);
const YearSet = graphql(`
  mutation CalendarYearSet($input: CalendarYearSetInput!) {
    calendarYearSet(input: $input) { calendarYear { year provisional notice } recalculatedCases unverifiedCases userErrors { field code message } }
  }
`);
const Check = graphql(`query ProvisionalRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }`);
const Generate = graphql(`
  mutation ProvisionalDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date } warnings { year message } userErrors { field code } } }
`);
const Days = graphql(`query ProvisionalCalendarDays($from: Date!, $to: Date!) { calendarDays(from: $from, to: $to) { date kind name } }`);
const Provisional = graphql(`query ProvisionalCaseFlag($id: ID!) { node(id: $id) { ... on Case { acceptDueDate dueDate dueDateProvisional } } }`);
const CaseStream = graphql(`subscription ProvisionalCaseStream($caseId: ID!) { caseEvents(caseId: $caseId) { type details } }`);

/**
 * A test arrangement for 2027, NOT the real one (not published when this was written): the statutory days,
 * a bridge Saturday 1/2 made a make-up workday and Saturday 1/30 too, so that both limits below move.
 */
const TEST_2027 = [
  ...statutoryHolidays(2027).map((h) => ({ date: h.date, kind: 'HOLIDAY' as const, name: h.name })),
  { date: '2027-01-02', kind: 'MAKEUP_WORKDAY' as const, name: '测试调休上班' },
  { date: '2027-01-30', kind: 'MAKEUP_WORKDAY' as const, name: '测试调休上班' },
].filter((d, i, all) => all.findIndex((x) => x.date === d.date) === i);

describe('a provisional year over the API', () => {
  let t: TestHub;
  let admin: string;
  let f: Factories;
  /** A county built for this file: its scheduler keeps the rota, its dispatcher takes today's disputes in. */
  let desk: Desk;
  beforeAll(async () => {
    // New Year's Eve 2026, 10:00 Beijing time: today's disputes already have limits in 2027.
    t = await startTestHub({ HUB_FAKE_NOW: '2026-12-31T10:00:00+08:00' });
    f = await factories(t);
    admin = f.admin;
    desk = await f.desk();
  });
  afterAll(() => t?.close());

  it('answers the issue’s examples with a provisional flag', async () => {
    expect((await t.gql(Deadline, { from: '2026-12-31', days: 1, count: 'WORKING' }, admin)).deadline)
      .toEqual({ date: '2027-01-04', provisional: true, provisionalYears: [2027] });
    expect((await t.gql(Deadline, { from: '2027-02-04', days: 3, count: 'WORKING' }, admin)).deadline)
      .toEqual({ date: '2027-02-11', provisional: true, provisionalYears: [2027] });
    expect((await t.gql(Deadline, { from: '2026-02-12', days: 3, count: 'WORKING' }, admin)).deadline)
      .toEqual({ date: '2026-02-24', provisional: false, provisionalYears: [] });
    const y2026 = (await t.gql(Year, { year: 2026 }, admin)).calendarYear;
    expect(y2026).toMatchObject({ provisional: false, notice: '国办发明电〔2025〕7号' });
    expect(y2026.days.filter((d) => d.kind === 'MAKEUP_WORKDAY').map((d) => d.date))
      .toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const y2027 = (await t.gql(Year, { year: 2027 }, admin)).calendarYear;
    expect(y2027).toMatchObject({ year: 2027, provisional: true, notice: null, days: [] });
    expect(y2027.statutoryHolidays.filter((h) => h.name === '春节').map((h) => h.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect((await t.gql(Days, { from: '2026-12-30', to: '2027-02-28' }, admin)).calendarDays.map((d) => `${d.date} ${d.kind} ${d.name}`)).toEqual([
      '2027-01-01 HOLIDAY 元旦', '2027-02-05 HOLIDAY 春节', '2027-02-06 HOLIDAY 春节', '2027-02-07 HOLIDAY 春节', '2027-02-08 HOLIDAY 春节',
    ]);
    expect((await t.gql(Days, { from: '2028-10-01', to: '2028-10-07' }, admin)).calendarDays.map((d) => d.name)).toEqual(['国庆节', '国庆节', '中秋节、国庆节']);
  });

  it('keeps rotas off New Year’s Day 2027 and warns that 2027 is provisional', async () => {
    const scheduler = (await f.user('SCHEDULER', { center: desk.center })).token;
    const center = desk.center.id;
    const generated = await t.gql(Generate, {
      input: { centerId: center, kind: 'BUILDING_MANAGER', cadence: 'WORKING_DAYS', startDate: '2026-12-28', endDate: '2027-01-08', userIds: [desk.leader.id] },
    }, scheduler);
    expect(generated.dutyGenerate.userErrors).toEqual([]);
    expect(generated.dutyGenerate.duties!.map((d) => d.date)).not.toContain('2027-01-01');
    expect(generated.dutyGenerate.warnings).toEqual([{ year: 2027, message: expect.stringContaining('2027年的节假日调休安排尚未录入') }]);
    const issues = (await t.gql(Check, { centerId: center, from: '2026-12-28', to: '2027-01-08' }, scheduler)).rosterCheck;
    expect(issues.filter((i) => i.date === '2027-01-01' && i.kind === 'GAP')).toEqual([]);
    expect(issues.filter((i) => i.kind === 'PROVISIONAL')).toEqual([{ kind: 'PROVISIONAL', date: '2027-01-01', message: expect.stringContaining('2027年') }]);
    const inside2026 = (await t.gql(Check, { centerId: center, from: '2026-12-28', to: '2026-12-31' }, scheduler)).rosterCheck;
    expect(inside2026.filter((i) => i.kind === 'PROVISIONAL')).toEqual([]);
  });

  it('recomputes open cases’ limits when an admin enters 2027’s arrangement, in their timelines', async () => {
    const dispatcher = desk.dispatcher.token;
    const parties = [{ role: 'APPLICANT' as const, type: 'PERSON' as const, name: '牧民甲' }];
    const input = (title: string) => ({ categoryCode: 'LAND_GRASSLAND', title, description: '草场边界', parties });
    // Waiting: 3 working days from 12/31 — 1/1 is New Year's Day, so 1/4, 1/5, 1/6.
    const waiting = await f.case(desk, { input: input('草场边界纠纷（待分流）') });
    expect(waiting.acceptDueDate).toBe('2027-01-06');
    // Dispatched today: 30 calendar days end on Saturday 1/30, so Monday 2/1.
    const handled = await f.case(desk, { status: 'DISPATCHED', input: input('草场边界纠纷（已分流）') });
    expect(handled.dueDate).toBe('2027-02-01');

    const stream = collect(t.ws(dispatcher), CaseStream, { caseId: waiting.id });
    await stream.until((s) => s.data.length >= 1);

    const refused = await t.gql(YearSet, { input: { year: 2027, notice: '测试', days: TEST_2027.filter((d) => d.date !== '2027-02-05').concat({ date: '2027-02-03', kind: 'MAKEUP_WORKDAY', name: '周三' }) } }, admin);
    expect(refused.calendarYearSet.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'days', String(TEST_2027.length - 1), 'kind'], 'INVALID']]);
    const missing = await t.gql(YearSet, { input: { year: 2027, notice: '测试', days: TEST_2027.filter((d) => d.date !== '2027-02-05') } }, admin);
    expect(missing.calendarYearSet.userErrors).toEqual([{ field: ['input', 'days'], code: 'INVALID', message: expect.stringContaining('2027-02-05（春节）') }]);
    // A county's admin maintains its organisation, not the national calendar.
    const countyAdmin = await f.user('ADMIN', { center: desk.center });
    const banner = await t.request(YearSet, { input: { year: 2027, notice: '测试', days: TEST_2027 } }, countyAdmin.token);
    expect(banner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(Year, { year: 2027 }, admin)).calendarYear.provisional).toBe(true);
    // Both cases say their limits are provisional while 2027 is.
    for (const c of [waiting, handled]) expect((await t.gql(Provisional, { id: c.id }, dispatcher)).node).toMatchObject({ dueDateProvisional: true });

    const entered = await t.gql(YearSet, { input: { year: 2027, notice: '测试用安排（非官方）', days: TEST_2027 } }, admin);
    expect(entered.calendarYearSet.userErrors).toEqual([]);
    expect(entered.calendarYearSet.calendarYear).toEqual({ year: 2027, provisional: false, notice: '测试用安排（非官方）' });
    expect(entered.calendarYearSet.recalculatedCases).toBeGreaterThanOrEqual(2);
    expect(entered.calendarYearSet.unverifiedCases).toBe(0);

    // 1/2 is now worked: 1/2, 1/4, 1/5.
    const after = (await t.gql(CaseById, { id: waiting.id }, dispatcher)).node;
    expect(after).toMatchObject({ acceptDueDate: '2027-01-05', version: waiting.version + 1 });
    const event = (after as { timeline: { nodes: { type: string; details: unknown }[] } }).timeline.nodes.find((e) => e.type === 'DUE_DATE_RECALCULATED');
    expect(event?.details).toMatchObject({ year: 2027, notice: '测试用安排（非官方）', acceptDueDate: { before: '2027-01-06', after: '2027-01-05' } });
    await stream.until((s) => s.data.some((d) => d.caseEvents.type === 'DUE_DATE_RECALCULATED'));
    for (const c of [waiting, handled]) expect((await t.gql(Provisional, { id: c.id }, dispatcher)).node).toMatchObject({ dueDateProvisional: false });
    stream.dispose();
    // Saturday 1/30 is now worked: the 30 days end on it.
    const handledAfter = (await t.gql(CaseById, { id: handled.id }, dispatcher)).node as { dueDate: string; timeline: { nodes: { type: string; details: unknown }[] } };
    expect(handledAfter.dueDate).toBe('2027-01-30');
    expect(handledAfter.timeline.nodes.filter((e) => e.type === 'DUE_DATE_RECALCULATED').map((e) => e.details))
      .toMatchObject([{ dueDate: { before: '2027-02-01', after: '2027-01-30' } }]);

    expect((await t.gql(Deadline, { from: '2026-12-31', days: 1, count: 'WORKING' }, admin)).deadline)
      .toEqual({ date: '2027-01-02', provisional: false, provisionalYears: [] });
    // Entering the same arrangement again moves nothing.
    const again = await t.gql(YearSet, { input: { year: 2027, notice: '测试用安排（非官方）', days: TEST_2027 } }, admin);
    expect(again.calendarYearSet.recalculatedCases).toBe(0);
  });
});
