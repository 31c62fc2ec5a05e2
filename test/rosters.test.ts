/**
 * Duty rosters around National Day 2026: generation on the official calendar, manual edits kept on
 * regeneration, leave and conflicts, gaps, the public view, and who may edit.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { orgIds, type OrgIds } from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const Generate = graphql(`
  mutation DutyGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { date leaderName } userErrors { field code message } } }
`);
const SetDuty = graphql(`
  mutation DutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id version date leaderName manual } userErrors { field code message } } }
`);
const LeaveCreate = graphql(`mutation LeaveCreate($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { startDate } userErrors { code } } }`);
const Duties = graphql(`
  query Duties($centerId: ID!, $from: Date!, $to: Date!, $kind: DutyKind) {
    duties(centerId: $centerId, from: $from, to: $to, kind: $kind) { id version date kind slot leaderName leaderTitle manual room topics }
  }
`);
const Check = graphql(`query RosterCheck($centerId: ID!, $from: Date!, $to: Date!) { rosterCheck(centerId: $centerId, from: $from, to: $to) { kind date message } }`);
const Balance = graphql(`query RosterBalance($centerId: ID!, $from: Date!, $to: Date!) { rosterBalance(centerId: $centerId, from: $from, to: $to) { name reception buildingManager days } }`);
const Public = graphql(`query PublicDuties($code: String!, $from: Date) { publicDuties(divisionCode: $code, from: $from) { date kind slot name title room topics } }`);
const RosterStream = graphql(`subscription RosterStream($centerId: ID!) { rosterChanges(centerId: $centerId) { topic type cursor details } }`);
const Today = graphql(`subscription TodayDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date reason duties { kind name title slot } } }`);
const SwapRequest = graphql(`mutation SwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field code message } } }`);
const SwapAnswer = graphql(`mutation SwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field code message } } }`);
const SwapDecide = graphql(`mutation SwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status fromDuty { date leaderName } toDuty { date leaderName } } userErrors { field code message } } }`);
const Swaps = graphql(`
  query DutySwaps($centerId: ID!, $status: [SwapStatus!], $first: Int, $after: String) {
    dutySwaps(centerId: $centerId, status: $status, first: $first, after: $after) {
      nodes { id status reason requestedById counterpartId fromDuty { date leaderName } toDuty { date leaderName } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const Publish = graphql(`mutation RotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field code message } } }`);
const PublicationNumber = graphql(`query RotaPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }`);
const Stationings = graphql(`query RosterStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }`);
const StationingsByMode = graphql(`query StationingsByMode($modes: [StationingMode!]) { stationings(first: 50, filter: { modes: $modes }) { nodes { id mode } } }`);
const PresenceSet = graphql(`mutation PresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }`);
const PresenceDays = graphql(`query PresenceDays($id: ID!, $from: Date!, $to: Date!) { presenceDays(stationingId: $id, from: $from, to: $to) }`);
const Leaders = graphql(`query RosterLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }`);

let t: TestHub;
let org: OrgIds;
let scheduler: string;
let leader: Record<string, string>;
let center: string;

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2026-09-20T09:00:00+08:00' });
  const admin = await t.login('admin');
  org = await orgIds(t, admin);
  scheduler = await t.login('yj.scheduler');
  leader = Object.fromEntries((await t.gql(Leaders, {}, admin)).users.nodes.map((u) => [u.username, u.id]));
  center = org.center('伊金霍洛旗综治中心');
});
afterAll(() => t?.close());

describe('generating a rota', () => {
  it('gives working days in turn, skipping National Day and counting the make-up Saturday', async () => {
    const res = await t.gql(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WORKING_DAYS', startDate: '2026-09-28', endDate: '2026-10-12', userIds: [leader['yj.leader2']!, leader['yj.leader3']!], room: '一楼接访室', topics: ['欠薪'] },
    }, scheduler);
    expect(res.dutyGenerate.userErrors).toEqual([]);
    expect(res.dutyGenerate.duties!.map((d) => [d.date, d.leaderName])).toEqual([
      ['2026-09-28', '李明'], ['2026-09-29', '赵敏'], ['2026-09-30', '李明'],
      ['2026-10-08', '赵敏'], ['2026-10-09', '李明'], ['2026-10-10', '赵敏'], ['2026-10-12', '李明'],
    ]);
  });

  it('keeps a day edited by hand when the pattern is generated again', async () => {
    const [oct8] = (await t.gql(Duties, { centerId: center, from: '2026-10-08', to: '2026-10-08', kind: 'RECEPTION' }, scheduler)).duties;
    const edited = await t.gql(SetDuty, { input: { id: oct8!.id, version: oct8!.version, centerId: center, kind: 'RECEPTION', date: '2026-10-08', userId: leader['yj.leader4']! } }, scheduler);
    expect(edited.dutySet.duty).toMatchObject({ leaderName: '高峰', manual: true });
    const stale = await t.gql(SetDuty, { input: { id: oct8!.id, version: oct8!.version, centerId: center, kind: 'RECEPTION', date: '2026-10-08', userId: leader['yj.leader2']! } }, scheduler);
    expect(stale.dutySet.userErrors).toMatchObject([{ field: ['input', 'version'], code: 'CONFLICT' }]);
    const again = await t.gql(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WORKING_DAYS', startDate: '2026-09-28', endDate: '2026-10-12', userIds: [leader['yj.leader3']!] },
    }, scheduler);
    expect(again.dutyGenerate.duties!.map((d) => d.date)).not.toContain('2026-10-08');
    const after = await t.gql(Duties, { centerId: center, from: '2026-09-28', to: '2026-10-12', kind: 'RECEPTION' }, scheduler);
    expect(after.duties.map((d) => [d.date, d.leaderName])).toEqual([
      ['2026-09-28', '赵敏'], ['2026-09-29', '赵敏'], ['2026-09-30', '赵敏'],
      ['2026-10-08', '高峰'], ['2026-10-09', '赵敏'], ['2026-10-10', '赵敏'], ['2026-10-12', '赵敏'],
    ]);
  });

  it('validates the pattern and the people on it', async () => {
    const bad = await t.gql(Generate, {
      input: { centerId: center, kind: 'BUILDING_MANAGER', cadence: 'WEEKLY', weekdays: [9], slot: 'MORNING', startDate: '2026-10-10', endDate: '2026-10-01', userIds: [leader['hj.leader']!] },
    }, scheduler);
    expect(bad.dutyGenerate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['userIds:OUT_OF_SCOPE', 'endDate:OUT_OF_RANGE', 'weekdays:INVALID', 'slot:INVALID']);
    const dispatcher = await t.request(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WORKING_DAYS', startDate: '2026-10-01', endDate: '2026-10-02', userIds: [leader['yj.leader']!] },
    }, await t.login('yj.dispatcher'));
    expect(dispatcher.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherBanner = await t.request(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WORKING_DAYS', startDate: '2026-10-01', endDate: '2026-10-02', userIds: [leader['yj.leader']!] },
    }, await t.login('hj.admin'));
    expect(otherBanner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('checks', () => {
  it('shows leave clashes, one person in two places, and working days without a building manager', async () => {
    await t.gql(Generate, {
      input: { centerId: center, kind: 'BUILDING_MANAGER', cadence: 'WORKING_DAYS', startDate: '2026-09-28', endDate: '2026-10-09', userIds: [leader['yj.manager']!, leader['yj.leader3']!] },
    }, scheduler);
    await t.gql(LeaveCreate, { input: { userId: leader['yj.leader4']!, startDate: '2026-10-08', endDate: '2026-10-08', reason: '外出开会' } }, scheduler);
    const issues = (await t.gql(Check, { centerId: center, from: '2026-09-28', to: '2026-10-12' }, scheduler)).rosterCheck;
    expect(issues.filter((i) => i.kind === 'ON_LEAVE').map((i) => i.date)).toEqual(['2026-10-08']);
    // 赵敏 receives petitioners and runs the building on the same days.
    expect(issues.filter((i) => i.kind === 'CONFLICT').map((i) => i.date)).toEqual(['2026-09-29']);
    expect(issues.filter((i) => i.kind === 'GAP').map((i) => [i.date, i.message])).toEqual([
      ['2026-10-10', '2026-10-10（工作日）没有楼长'], ['2026-10-12', '2026-10-12（工作日）没有楼长'],
    ]);
  });
});

describe('balance', () => {
  it('counts duties per person over a range', async () => {
    const rows = (await t.gql(Balance, { centerId: center, from: '2026-09-28', to: '2026-10-12' }, scheduler)).rosterBalance;
    expect(rows.find((r) => r.name === '赵敏')).toEqual({ name: '赵敏', reception: 6, buildingManager: 2, days: 7 });
    expect(rows.find((r) => r.name === '高峰')).toEqual({ name: '高峰', reception: 1, buildingManager: 0, days: 1 });
    expect((await t.request(Balance, { centerId: center, from: '2026-09-28', to: '2026-10-12' }, await t.login('yj.dispatcher'))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('publishing and the public view', () => {
  it('publishes only a rota without conflicts, asks to acknowledge gaps, and refuses a stale publication number', async () => {
    const n = (await t.gql(PublicationNumber, { centerId: center }, scheduler)).rotaPublicationNumber;
    const blocked = await t.gql(Publish, { input: { centerId: center, startDate: '2026-09-28', endDate: '2026-10-12', expectedPublication: n } }, scheduler);
    expect(blocked.rotaPublish.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE', 'INVALID_STATE']);
    expect(blocked.rotaPublish.userErrors.map((e) => e.message).join()).toMatch(/同一时段有两项值班.*请假|请假.*同一时段有两项值班/);
    // Mend: 9/29 building manager to 刘建国, 10/8 reception to 李明 (高峰 is on leave).
    const bm = (await t.gql(Duties, { centerId: center, from: '2026-09-29', to: '2026-09-29', kind: 'BUILDING_MANAGER' }, scheduler)).duties[0]!;
    await t.gql(SetDuty, { input: { id: bm.id, version: bm.version, centerId: center, kind: 'BUILDING_MANAGER', date: '2026-09-29', userId: leader['yj.manager']! } }, scheduler);
    const rc = (await t.gql(Duties, { centerId: center, from: '2026-10-08', to: '2026-10-08', kind: 'RECEPTION' }, scheduler)).duties[0]!;
    await t.gql(SetDuty, { input: { id: rc.id, version: rc.version, centerId: center, kind: 'RECEPTION', date: '2026-10-08', userId: leader['yj.leader2']! } }, scheduler);
    const gaps = await t.gql(Publish, { input: { centerId: center, startDate: '2026-09-28', endDate: '2026-10-12', expectedPublication: n } }, scheduler);
    expect(gaps.rotaPublish.userErrors).toMatchObject([{ field: ['input', 'acknowledgeGaps'], code: 'REQUIRED' }]);
    expect((await t.request(Public, { code: '150627', from: '2026-10-08' })).body.data!.publicDuties.filter((d) => d.date <= '2026-10-12')).toEqual([]);
    const published = await t.gql(Publish, { input: { centerId: center, startDate: '2026-09-28', endDate: '2026-10-12', expectedPublication: n, acknowledgeGaps: true } }, scheduler);
    expect(published.rotaPublish.publication).toMatchObject({ number: n + 1, gapsAcknowledged: 2 });
    const stale = await t.gql(Publish, { input: { centerId: center, startDate: '2026-09-28', endDate: '2026-10-12', expectedPublication: n, acknowledgeGaps: true } }, scheduler);
    expect(stale.rotaPublish.userErrors).toMatchObject([{ field: ['input', 'expectedPublication'], code: 'CONFLICT' }]);
  });

  it('shows who receives petitioners this week without a login, and nothing private', async () => {
    const res = await t.request(Public, { code: '150627', from: '2026-10-08' });
    expect(res.body.errors).toBeUndefined();
    const week = res.body.data!.publicDuties;
    expect(week.find((d) => d.date === '2026-10-08' && d.kind === 'RECEPTION')).toEqual({
      date: '2026-10-08', kind: 'RECEPTION', slot: 'FULL_DAY', name: '李明', title: '副旗长', room: '一楼接访室', topics: ['欠薪'],
    });
    expect(week.every((d) => d.date >= '2026-10-08' && d.date <= '2026-10-14')).toBe(true);
    expect(JSON.stringify(week)).not.toMatch(/VXNlcj|phone|1[3-9]\d{9}/);
    expect((await t.request(Public, { code: '999999' })).body.data!.publicDuties).toEqual([]);
  });
});

describe('roster changes in real time', () => {
  it('pushes every save to the center’s schedulers and each publication to anyone', async () => {
    const staff = collect(t.ws(scheduler), RosterStream, { centerId: center });
    const anyone = collect(t.ws(), RosterStream, { centerId: center });
    await staff.until((c) => c.data.length >= 1);
    await anyone.until((c) => c.data.length >= 1);
    await t.gql(SetDuty, { input: { centerId: center, kind: 'RECEPTION', date: '2026-10-13', userId: leader['yj.leader']!, room: '二楼接访室' } }, scheduler);
    await staff.until((c) => c.data.length >= 2);
    expect(staff.data[1]!.rosterChanges).toMatchObject({ topic: 'ROSTER', type: 'DUTY_SET', details: { date: '2026-10-13', leader: '王志刚', kind: 'RECEPTION' } });
    const n = (await t.gql(PublicationNumber, { centerId: center }, scheduler)).rotaPublicationNumber;
    await t.gql(Publish, { input: { centerId: center, startDate: '2026-10-13', endDate: '2026-10-13', expectedPublication: n, acknowledgeGaps: true } }, scheduler);
    await anyone.until((c) => c.data.length >= 2);
    expect(anyone.data.map((d) => d.rosterChanges.type)).toEqual(['SUBSCRIBED', 'PUBLISHED']);
    staff.dispose();
    anyone.dispose();
  });
});

describe('iCalendar feeds', () => {
  const feed = async (path: string) => {
    const res = await fetch(t.url.replace('/graphql', path));
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  };
  const events = (body: string) => new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('publishes a center’s rota with stable UIDs that a calendar app updates in place', async () => {
    const before = await feed('/calendar/centers/150627.ics');
    expect(before.status).toBe(200);
    expect(before.type).toMatch(/^text\/calendar/);
    const parsed = events(before.body);
    const oct13 = parsed.find((e) => e.startDate.toString().startsWith('2026-10-13') && e.summary.startsWith('领导接访'))!;
    expect(oct13.summary).toBe('领导接访：王志刚（旗委常委、政法委书记）');
    expect(oct13.location).toBe('伊金霍洛旗综治中心 二楼接访室');
    expect(oct13.startDate.toString()).toBe('2026-10-13T08:30:00');
    expect(oct13.endDate.toString()).toBe('2026-10-13T17:30:00');

    const [duty] = (await t.gql(Duties, { centerId: center, from: '2026-10-13', to: '2026-10-13', kind: 'RECEPTION' }, scheduler)).duties;
    await t.gql(SetDuty, { input: { id: duty!.id, version: duty!.version, centerId: center, kind: 'RECEPTION', date: '2026-10-13', slot: 'MORNING', userId: leader['yj.leader2']! } }, scheduler);
    // Unpublished edits stay out of the feed.
    expect(events((await feed('/calendar/centers/150627.ics')).body).find((e) => e.uid === oct13.uid)!.summary).toBe(oct13.summary);
    const n = (await t.gql(PublicationNumber, { centerId: center }, scheduler)).rotaPublicationNumber;
    await t.gql(Publish, { input: { centerId: center, startDate: '2026-10-13', endDate: '2026-10-13', expectedPublication: n, acknowledgeGaps: true } }, scheduler);
    const after = events((await feed('/calendar/centers/150627.ics')).body);
    const same = after.filter((e) => e.uid === oct13.uid);
    expect(same).toHaveLength(1);
    expect(same[0]!.summary).toBe('领导接访：李明（副旗长）');
    expect(same[0]!.endDate.toString()).toBe('2026-10-13T12:00:00');
    expect(same[0]!.sequence).toBeGreaterThan(oct13.sequence);
    expect(after).toHaveLength(parsed.length);
  });

  it('publishes one person’s duties, answers 404 for unknown centers and an empty calendar for unknown people', async () => {
    const mine = await feed(`/calendar/people/${leader['yj.leader2']}.ics`);
    expect(mine.status).toBe(200);
    const list = events(mine.body);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e) => e.summary.includes('李明'))).toBe(true);
    expect((await feed('/calendar/centers/999999.ics')).status).toBe(404);
    // Whether a user id exists is not told: a made-up one gets an empty calendar, like a person never on a rota.
    const nobody = await feed('/calendar/people/nobody.ics');
    expect(nobody.status).toBe(200);
    expect(events(nobody.body)).toEqual([]);
  });
});

describe('iCalendar UIDs across regeneration', () => {
  const feed = async () => (await fetch(t.url.replace('/graphql', '/calendar/centers/150627.ics'))).text();
  const november = async () => new ICAL.Component(ICAL.parse(await feed())).getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v))
    .filter((e) => e.summary.startsWith('当日楼长') && e.startDate.toString() >= '2026-11-02' && e.startDate.toString() < '2026-11-25');
  const generate = (userIds: string[]) => t.gql(Generate, {
    input: { centerId: center, kind: 'BUILDING_MANAGER', cadence: 'WORKING_DAYS', startDate: '2026-11-02', endDate: '2026-11-24', userIds },
  }, scheduler);
  const publish = async () => {
    const n = (await t.gql(PublicationNumber, { centerId: center }, scheduler)).rotaPublicationNumber;
    const res = await t.gql(Publish, { input: { centerId: center, startDate: '2026-11-02', endDate: '2026-11-24', expectedPublication: n, acknowledgeGaps: true } }, scheduler);
    expect(res.rotaPublish.userErrors).toEqual([]);
  };

  it('keeps each day’s UID when an unchanged rota is regenerated and republished; a new person is an update', async () => {
    // The receptions of these weeks are cleared first (a weekly pattern of no days), so nobody is in two places.
    await t.gql(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WEEKLY', weekdays: [], startDate: '2026-11-02', endDate: '2026-11-24', userIds: [] },
    }, scheduler);
    await generate([leader['yj.manager']!, leader['yj.leader']!]);
    await publish();
    const first = await november();
    expect(first).toHaveLength(17); // the working days of 2 – 24 November 2026
    await generate([leader['yj.manager']!, leader['yj.leader']!]);
    await publish();
    const again = await november();
    expect(again.map((e) => [e.uid, e.summary])).toEqual(first.map((e) => [e.uid, e.summary]));
    again.forEach((e, i) => expect(e.sequence).toBeGreaterThan(first[i]!.sequence));
    expect(new Set(again.map((e) => e.uid)).size).toBe(17);

    // The turn starts with the other leader: every day changes hands, none is deleted and added.
    await generate([leader['yj.leader']!, leader['yj.manager']!]);
    await publish();
    const swapped = await november();
    expect(swapped.map((e) => e.uid)).toEqual(first.map((e) => e.uid));
    expect(swapped.map((e) => e.summary)).toEqual(first.map((e) => (e.summary.includes('刘建国') ? first[1]!.summary : first[0]!.summary)));
    swapped.forEach((e, i) => expect(e.sequence).toBeGreaterThan(again[i]!.sequence));
  });
});

describe('empty lists mean none', () => {
  it('clears a rotating agency’s days with weekdays: [], and a weekly pattern of no days removes its duties', async () => {
    const admin = await t.login('admin');
    const [forestry] = (await t.gql(Stationings, { agencyId: org.agency('林草局', 'hj') }, admin)).stationings.nodes;
    await t.gql(PresenceSet, { input: { stationingId: forestry!.id, weekdays: [1, 3], startDate: '2026-11-02', endDate: '2026-11-15' } }, admin);
    expect((await t.gql(PresenceDays, { id: forestry!.id, from: '2026-11-02', to: '2026-11-15' }, admin)).presenceDays).toHaveLength(4);
    const cleared = await t.gql(PresenceSet, { input: { stationingId: forestry!.id, weekdays: [], startDate: '2026-11-02', endDate: '2026-11-15' } }, admin);
    expect(cleared.presenceSet).toEqual({ dates: [], userErrors: [] });
    expect((await t.gql(PresenceDays, { id: forestry!.id, from: '2026-11-02', to: '2026-11-15' }, admin)).presenceDays).toEqual([]);
    const wrong = await t.gql(PresenceSet, { input: { stationingId: forestry!.id, weekdays: [0], startDate: '2026-11-02', endDate: '2026-11-15' } }, admin);
    expect(wrong.presenceSet.userErrors).toEqual([{ field: ['input', 'weekdays'], code: 'INVALID' }]);

    await t.gql(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WEEKLY', weekdays: [2], startDate: '2026-12-01', endDate: '2026-12-31', userIds: [leader['yj.leader2']!] },
    }, scheduler);
    expect((await t.gql(Duties, { centerId: center, from: '2026-12-01', to: '2026-12-31', kind: 'RECEPTION' }, scheduler)).duties).toHaveLength(5);
    const none = await t.gql(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WEEKLY', weekdays: [], startDate: '2026-12-01', endDate: '2026-12-31', userIds: [] },
    }, scheduler);
    expect(none.dutyGenerate).toEqual({ duties: [], userErrors: [] });
    expect((await t.gql(Duties, { centerId: center, from: '2026-12-01', to: '2026-12-31', kind: 'RECEPTION' }, scheduler)).duties).toEqual([]);
    const missing = await t.gql(Generate, {
      input: { centerId: center, kind: 'RECEPTION', cadence: 'WEEKLY', startDate: '2026-12-01', endDate: '2026-12-31', userIds: [leader['yj.leader2']!] },
    }, scheduler);
    expect(missing.dutyGenerate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['weekdays:REQUIRED']);
  });

  it('filters stationings by modes: [] to none, and null to all', async () => {
    const admin = await t.login('admin');
    const all = (await t.gql(StationingsByMode, { modes: null }, admin)).stationings.nodes;
    expect(all.length).toBeGreaterThan(0);
    expect((await t.gql(StationingsByMode, { modes: [] }, admin)).stationings.nodes).toEqual([]);
    expect((await t.gql(StationingsByMode, { modes: ['ROTATING'] }, admin)).stationings.nodes.every((s) => s.mode === 'ROTATING')).toBe(true);
  });
});

describe('today’s duties', () => {
  it('updates the screen when today’s rota changes', async () => {
    const stream = collect(t.ws(), Today, { centerId: center });
    await stream.until((c) => c.data.length >= 1);
    expect(stream.data[0]!.todayDuties).toMatchObject({ date: '2026-09-20', reason: 'SUBSCRIBED' });
    // 2026-09-20 is a Sunday worked in exchange for National Day.
    await t.gql(SetDuty, { input: { centerId: center, kind: 'BUILDING_MANAGER', date: '2026-09-20', userId: leader['yj.manager']! } }, scheduler);
    const n = (await t.gql(PublicationNumber, { centerId: center }, scheduler)).rotaPublicationNumber;
    await t.gql(Publish, { input: { centerId: center, startDate: '2026-09-20', endDate: '2026-09-20', expectedPublication: n, acknowledgeGaps: true } }, scheduler);
    await stream.until((c) => c.data.length >= 2);
    expect(stream.data[1]!.todayDuties).toMatchObject({
      date: '2026-09-20', reason: 'ROSTER_CHANGED', duties: [{ kind: 'BUILDING_MANAGER', name: '刘建国', title: '综治中心常务副主任' }],
    });
    stream.dispose();
  });

  it('rolls over to the next day at midnight Beijing time', async () => {
    const late = await startTestHub({ HUB_FAKE_NOW: '2026-10-12T23:59:54.000+08:00' });
    try {
      const sched = await late.login('yj.scheduler');
      await late.gql(SetDuty, { input: { centerId: center, kind: 'RECEPTION', date: '2026-10-13', userId: leader['yj.leader3']! } }, sched);
      const n = (await late.gql(PublicationNumber, { centerId: center }, sched)).rotaPublicationNumber;
      const pub = await late.gql(Publish, { input: { centerId: center, startDate: '2026-10-13', endDate: '2026-10-13', expectedPublication: n, acknowledgeGaps: true } }, sched);
      expect(pub.rotaPublish.userErrors).toEqual([]);
      const stream = collect(late.ws(), Today, { centerId: center });
      await stream.until((c) => c.data.some((d) => d.todayDuties.reason === 'DAY_CHANGED'));
      const rolled = stream.data.find((d) => d.todayDuties.reason === 'DAY_CHANGED')!.todayDuties;
      expect(stream.data[0]!.todayDuties.date).toBe('2026-10-12');
      expect(rolled).toMatchObject({ date: '2026-10-13', duties: [{ kind: 'RECEPTION', name: '赵敏' }] });
      stream.dispose();
    } finally {
      await late.close();
    }
  });
});

describe('swapping duties', () => {
  it('is requested by one leader, accepted by the other and applied when a scheduler approves', async () => {
    const reception = (await t.gql(Duties, { centerId: center, from: '2026-09-29', to: '2026-10-08', kind: 'RECEPTION' }, scheduler)).duties;
    const zhaomin = reception.find((d) => d.date === '2026-09-29')!;
    const liming = reception.find((d) => d.date === '2026-10-08')!;
    expect([zhaomin.leaderName, liming.leaderName]).toEqual(['赵敏', '李明']);
    const notMine = await t.request(SwapRequest, { input: { fromDutyId: zhaomin.id, toDutyId: liming.id } }, await t.login('yj.leader4'));
    expect(notMine.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asked = await t.gql(SwapRequest, { input: { fromDutyId: zhaomin.id, toDutyId: liming.id, reason: '9月29日需下乡调研' } }, await t.login('yj.leader3'));
    expect(asked.dutySwapRequest.swap).toMatchObject({ status: 'REQUESTED' });
    const swap = asked.dutySwapRequest.swap!;
    await expectSwapListsAfterRequest(swap.id);
    const early = await t.gql(SwapDecide, { input: { id: swap.id, version: swap.version, yes: true } }, scheduler);
    expect(early.dutySwapDecide.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
    const byRequester = await t.request(SwapAnswer, { input: { id: swap.id, version: swap.version, yes: true } }, await t.login('yj.leader3'));
    expect(byRequester.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await t.gql(SwapAnswer, { input: { id: swap.id, version: swap.version, yes: true } }, await t.login('yj.leader2'));
    expect(accepted.dutySwapAnswer.swap).toMatchObject({ status: 'ACCEPTED' });
    const byDispatcher = await t.request(SwapDecide, { input: { id: swap.id, version: accepted.dutySwapAnswer.swap!.version, yes: true } }, await t.login('yj.dispatcher'));
    expect(byDispatcher.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await t.gql(SwapDecide, { input: { id: swap.id, version: accepted.dutySwapAnswer.swap!.version, yes: true } }, scheduler);
    expect(approved.dutySwapDecide.swap).toMatchObject({
      status: 'APPROVED', fromDuty: { date: '2026-09-29', leaderName: '李明' }, toDuty: { date: '2026-10-08', leaderName: '赵敏' },
    });
  });
});

/** Who sees 赵敏's request to swap with 李明 while it waits, and who does not. */
async function expectSwapListsAfterRequest(swapId: string) {
  const open = ['REQUESTED', 'ACCEPTED'] as const;
  const listed = (await t.gql(Swaps, { centerId: center, status: [...open], first: 20 }, scheduler)).dutySwaps.nodes;
  expect(listed.find((s) => s.id === swapId)).toMatchObject({
    status: 'REQUESTED', reason: '9月29日需下乡调研', requestedById: leader['yj.leader3'], counterpartId: leader['yj.leader2'],
    fromDuty: { date: '2026-09-29', leaderName: '赵敏' }, toDuty: { date: '2026-10-08', leaderName: '李明' },
  });
  // The scheduler asks, for 李明, to swap a December day of his with one of 赵敏's: a later request.
  const setDay = async (date: string, who: string) =>
    (await t.gql(SetDuty, { input: { centerId: center, kind: 'RECEPTION', date, userId: leader[who]! } }, scheduler)).dutySet.duty!.id;
  const his = await setDay('2026-12-01', 'yj.leader2');
  const hers = await setDay('2026-12-02', 'yj.leader3');
  const later = (await t.gql(SwapRequest, { input: { fromDutyId: his, toDutyId: hers } }, scheduler)).dutySwapRequest.swap!.id;
  const ids = async (token: string, status?: readonly string[]) =>
    (await t.gql(Swaps, { centerId: center, status: status ? ([...status] as never) : null, first: 20 }, token)).dutySwaps.nodes.map((s) => s.id);
  // Newest first.
  const all = await ids(scheduler);
  expect(all.indexOf(later)).toBeGreaterThanOrEqual(0);
  expect(all.indexOf(later)).toBeLessThan(all.indexOf(swapId));
  // The two leaders involved see it; 高峰, a leader of the same center not involved, sees neither.
  expect(await ids(await t.login('yj.leader3'), open)).toEqual(expect.arrayContaining([swapId, later]));
  expect(await ids(await t.login('yj.leader2'), open)).toEqual(expect.arrayContaining([swapId, later]));
  expect(await ids(await t.login('yj.leader4'))).toEqual([]);
  // A leader of another center is refused the center's list altogether.
  const outsider = await t.request(Swaps, { centerId: center, first: 20 }, await t.login('hj.leader'));
  expect(outsider.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // The status filter.
  expect(await ids(scheduler, ['APPROVED'])).toEqual([]);
  expect(await ids(scheduler, ['REQUESTED'])).toEqual([later, swapId]);
  // Paging, one at a time: the second page continues after the first.
  const page = (await t.gql(Swaps, { centerId: center, first: 1 }, scheduler)).dutySwaps;
  expect(page.nodes.map((s) => s.id)).toEqual([later]);
  expect(page.pageInfo.hasNextPage).toBe(true);
  const next = (await t.gql(Swaps, { centerId: center, first: 1, after: page.pageInfo.endCursor }, scheduler)).dutySwaps;
  expect(next.nodes.map((s) => s.id)).toEqual([swapId]);
}

describe('rotating agencies', () => {
  it('sets 林草局’s days at 杭锦旗 by weekday on the official calendar', async () => {
    const admin = await t.login('admin');
    const [forestry] = (await t.gql(Stationings, { agencyId: org.agency('林草局', 'hj') }, admin)).stationings.nodes;
    expect(forestry!.mode).toBe('ROTATING');
    const res = await t.gql(PresenceSet, { input: { stationingId: forestry!.id, weekdays: [2, 4], startDate: '2026-09-28', endDate: '2026-10-12' } }, admin);
    // Tuesdays and Thursdays, National Day skipped.
    expect(res.presenceSet.dates).toEqual(['2026-09-29', '2026-10-08']);
    expect((await t.gql(PresenceDays, { id: forestry!.id, from: '2026-09-28', to: '2026-10-12' }, admin)).presenceDays).toEqual(['2026-09-29', '2026-10-08']);
    const outside = await t.request(PresenceSet, { input: { stationingId: forestry!.id, weekdays: [1], startDate: '2026-10-01', endDate: '2026-10-31' } }, scheduler);
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [hr] = (await t.gql(Stationings, { agencyId: org.agency('人社局', 'hj') }, admin)).stationings.nodes;
    const resident = await t.gql(PresenceSet, { input: { stationingId: hr!.id, weekdays: [1], startDate: '2026-10-01', endDate: '2026-10-31' } }, admin);
    expect(resident.presenceSet.userErrors).toMatchObject([{ field: ['input', 'stationingId'], code: 'INVALID' }]);
  });
});
