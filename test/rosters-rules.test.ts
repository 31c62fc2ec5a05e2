/**
 * The rota's rules on a built county center: one duty per slot on every path (create, edit, two schedulers
 * at once) reported as userErrors TAKEN at input.date, rosterCheck and publishing over a double-booked slot
 * left by older data, rota ranges as query arguments (BAD_USER_INPUT naming `to`), the working-day
 * calendar's years as the bound of every rota date, and leave only for people who can be on the rota.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { factories, type BuiltCenter, type BuiltUser, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const Generate = graphql(`
  mutation RulesDutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id date } userErrors { field code message } } }
`);
const SetDuty = graphql(`
  mutation RulesDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date slot leaderName } userErrors { field code message } } }
`);
const Duties = graphql(`
  query RulesDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderName } }
`);
const Check = graphql(`query RulesRosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message duties { id } } }`);
const Balance = graphql(`query RulesRosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name days } }`);
const Publish = graphql(`mutation RulesRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }`);
const LeaveCreate = graphql(`mutation RulesLeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { field code message } } }`);
const PresenceSet = graphql(`mutation RulesPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }`);
const PresenceDaySet = graphql(`mutation RulesPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date } userErrors { field code } } }`);
const PresenceRota = graphql(`query RulesPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { __typename } }`);

let t: TestHub;
let f: Factories;
let center: BuiltCenter;
let scheduler: BuiltUser;
let leaders: BuiltUser[];

const localId = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);
const set = (input: Record<string, unknown>) => t.gql(SetDuty, { input: { centerId: center.id, kind: 'RECEPTION', userId: leaders[0]!.id, ...input } as never }, scheduler.token);
const dutiesOn = async (from: string, to = from) => (await t.gql(Duties, { centerId: center.id, from, to }, scheduler.token)).duties;

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2027-02-15T09:00:00+08:00' });
  f = await factories(t);
  center = await f.center();
  scheduler = await f.user('SCHEDULER', { center });
  leaders = [await f.user('LEADER', { center }), await f.user('LEADER', { center }), await f.user('LEADER', { center })];
  const generated = await t.gql(Generate, {
    input: { centerId: center.id, kind: 'RECEPTION', cadence: 'WORKING_DAYS', startDate: '2027-03-01', endDate: '2027-03-05', userIds: [leaders[0]!.id, leaders[1]!.id] },
  }, scheduler.token);
  expect(generated.dutyGenerate.userErrors).toEqual([]);
});
afterAll(() => t?.close());

describe('one duty per slot', () => {
  it('refuses moving a duty onto a taken day, as creating one there is refused: TAKEN at input.date', async () => {
    const [mar1] = await dutiesOn('2027-03-01');
    const moved = await set({ id: mar1!.id, version: mar1!.version, date: '2027-03-02', userId: leaders[2]!.id });
    expect(moved.dutySet.duty).toBeNull();
    expect(moved.dutySet.userErrors).toMatchObject([{ field: ['input', 'date'], code: 'TAKEN' }]);
    const created = await set({ date: '2027-03-02', userId: leaders[2]!.id });
    expect(created.dutySet.userErrors).toMatchObject([{ field: ['input', 'date'], code: 'TAKEN' }]);
    expect((await dutiesOn('2027-03-01', '2027-03-03')).map((d) => d.date)).toEqual(['2027-03-01', '2027-03-02', '2027-03-03']);
    // Editing a duty in place (its own slot) is no clash with itself.
    const same = await set({ id: mar1!.id, version: mar1!.version, date: '2027-03-01', userId: leaders[2]!.id });
    expect(same.dutySet.userErrors).toEqual([]);
  });

  it('lets a morning and an afternoon share a day; a whole day takes both halves', async () => {
    const [mar3] = await dutiesOn('2027-03-03');
    const morning = await set({ id: mar3!.id, version: mar3!.version, date: '2027-03-03', slot: 'MORNING' });
    expect(morning.dutySet.userErrors).toEqual([]);
    const afternoon = await set({ date: '2027-03-03', slot: 'AFTERNOON', userId: leaders[1]!.id });
    expect(afternoon.dutySet.userErrors).toEqual([]);
    for (const slot of ['MORNING', 'AFTERNOON', 'FULL_DAY']) {
      expect((await set({ date: '2027-03-03', slot, userId: leaders[2]!.id })).dutySet.userErrors, slot).toMatchObject([{ field: ['input', 'date'], code: 'TAKEN' }]);
    }
    // Widening the afternoon to the whole day would take the morning’s half too.
    const wide = await set({ id: afternoon.dutySet.duty!.id, version: afternoon.dutySet.duty!.version, date: '2027-03-03', slot: 'FULL_DAY', userId: leaders[1]!.id });
    expect(wide.dutySet.userErrors).toMatchObject([{ field: ['input', 'date'], code: 'TAKEN' }]);
  });

  it('keeps an existing duty’s kind', async () => {
    const [mar4] = await dutiesOn('2027-03-04');
    const changed = await set({ id: mar4!.id, version: mar4!.version, date: '2027-03-04', kind: 'BUILDING_MANAGER' });
    expect(changed.dutySet.userErrors).toMatchObject([{ field: ['input', 'kind'], code: 'INVALID' }]);
  });

  it('gives one of several schedulers saving the same free slot at once the slot, and the others TAKEN at input.date', async () => {
    for (const [kind, date] of [['RECEPTION', '2027-03-08'], ['BUILDING_MANAGER', '2027-03-09']] as const) {
      const results = await Promise.all(leaders.map((l) => set({ kind, date, userId: l.id })));
      const saved = results.filter((r) => r.dutySet.duty);
      expect(saved, kind).toHaveLength(1);
      for (const r of results.filter((x) => !x.dutySet.duty)) expect(r.dutySet.userErrors, kind).toMatchObject([{ field: ['input', 'date'], code: 'TAKEN' }]);
      expect((await dutiesOn(date)).filter((d) => d.kind === kind), kind).toHaveLength(1);
    }
  });

  it('flags two duties in one slot left by older data, and will not publish them', async () => {
    const [mar5] = await dutiesOn('2027-03-05');
    // What dutySet used to allow: a second whole-day reception on a taken day (written straight into the table).
    await t.sql(`insert into duty (center_id, kind, date, slot, user_id, topics, manual) values ($1, 'RECEPTION', '2027-03-05', 'FULL_DAY', $2, '[]', true)`,
      [localId(center.id), localId(leaders[2]!.id)]);
    const issues = (await t.gql(Check, { centerId: center.id, from: '2027-03-05', to: '2027-03-05' }, scheduler.token)).rosterCheck;
    const doubles = issues.filter((i) => i.kind === 'DOUBLE');
    expect(doubles).toHaveLength(1);
    expect(doubles[0]).toMatchObject({ date: '2027-03-05' });
    expect(doubles[0]!.duties.map((d) => d.id)).toContain(mar5!.id);
    const published = await t.gql(Publish, { input: { centerId: center.id, startDate: '2027-03-05', endDate: '2027-03-05', expectedPublication: 0, acknowledgeGaps: true } }, scheduler.token);
    expect(published.rotaPublish.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
    expect(published.rotaPublish.userErrors[0]!.message).toContain('同一时段有两项接访值班');
  });
});

describe('rota ranges as query arguments', () => {
  it('answers a reversed or over-366-day presenceRota range with BAD_USER_INPUT naming `to`, as rosterCheck does', async () => {
    for (const [from, to] of [['2026-12-31', '2026-01-01'], ['2020-01-01', '2026-12-31']]) {
      for (const doc of [PresenceRota, Check] as const) {
        const res = await t.request(doc as typeof PresenceRota, { centerId: center.id, from, to }, scheduler.token);
        expect(res.body.errors, `${from}..${to}`).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', argument: 'to' } }]);
      }
    }
  });

  it('shows a center’s balance only to its own schedulers, leaders and admins', async () => {
    const other = await f.user('SCHEDULER', { center: await f.center() });
    const res = await t.request(Balance, { centerId: center.id, from: '2027-03-01', to: '2027-03-31' }, other.token);
    expect(res.body.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    expect((await t.gql(Balance, { centerId: center.id, from: '2027-03-01', to: '2027-03-31' }, scheduler.token)).rosterBalance.length).toBeGreaterThan(0);
  });
});

describe('rota dates lie in the working-day calendar’s years (2000–2100)', () => {
  it('refuses generating, setting and leave outside them with OUT_OF_RANGE at the date', async () => {
    const generated = await t.gql(Generate, {
      input: { centerId: center.id, kind: 'RECEPTION', cadence: 'WORKING_DAYS', startDate: '2200-12-01', endDate: '2200-12-31', userIds: [leaders[0]!.id] },
    }, scheduler.token);
    expect(generated.dutyGenerate.userErrors).toMatchObject([
      { field: ['input', 'startDate'], code: 'OUT_OF_RANGE' }, { field: ['input', 'endDate'], code: 'OUT_OF_RANGE' },
    ]);
    expect(generated.dutyGenerate.userErrors[0]!.message).toContain('2000–2100');
    for (const date of ['2200-12-01', '1999-12-31']) {
      expect((await set({ date })).dutySet.userErrors, date).toMatchObject([{ field: ['input', 'date'], code: 'OUT_OF_RANGE' }]);
    }
    const leave = await t.gql(LeaveCreate, { input: { userId: leaders[0]!.id, startDate: '2101-01-01', endDate: '2101-01-02', reason: '外出开会' } }, scheduler.token);
    expect(leave.leaveCreate.userErrors).toMatchObject([{ field: ['input', 'startDate'], code: 'OUT_OF_RANGE' }, { field: ['input', 'endDate'], code: 'OUT_OF_RANGE' }]);
    // The last calendar year is fine.
    expect((await set({ date: '2100-12-31' })).dutySet.userErrors).toEqual([]);
  });

  it('refuses a rotating agency’s presence days outside them too', async () => {
    const stationing = await f.stationing(await f.agency(center), center, { mode: 'ROTATING', startDate: '2027-01-01' });
    const weekly = await t.gql(PresenceSet, { input: { stationingId: stationing.id, weekdays: [2, 4], startDate: '2200-01-01', endDate: '2200-01-31' } }, scheduler.token);
    expect(weekly.presenceSet.userErrors).toMatchObject([{ field: ['input', 'startDate'], code: 'OUT_OF_RANGE' }, { field: ['input', 'endDate'], code: 'OUT_OF_RANGE' }]);
    const day = await t.gql(PresenceDaySet, { input: { stationingId: stationing.id, date: '2200-01-06', present: true } }, scheduler.token);
    expect(day.presenceDaySet.userErrors).toMatchObject([{ field: ['input', 'date'], code: 'OUT_OF_RANGE' }]);
  });
});

describe('leave', () => {
  it('is recorded for people who can be on the rota, and refused for anyone else', async () => {
    const dispatcher = await f.user('DISPATCHER', { center });
    const refused = await t.gql(LeaveCreate, { input: { userId: dispatcher.id, startDate: '2027-03-10', endDate: '2027-03-10', reason: '外出开会' } }, scheduler.token);
    expect(refused.leaveCreate.leave).toBeNull();
    expect(refused.leaveCreate.userErrors).toMatchObject([{ field: ['input', 'userId'], code: 'OUT_OF_SCOPE' }]);
    const ok = await t.gql(LeaveCreate, { input: { userId: leaders[0]!.id, startDate: '2027-03-10', endDate: '2027-03-10', reason: '外出开会' } }, scheduler.token);
    expect(ok.leaveCreate.userErrors).toEqual([]);
  });
});
