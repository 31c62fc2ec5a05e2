/**
 * 案事件双调度 at 杭锦旗 on Tuesday 2 March 2027: 边飞云 (杭锦旗综治中心主任, a LEADER) is the day's published
 * 楼长 and so may dispatch that day — only that day, and only while the published rota says so; the day board
 * shows what came in, what waits and who is present (林草局 rotates in on Tuesdays and Thursdays, once its
 * rota is published); a case left waiting past the center's dispatch target alerts the dispatchers and the
 * 楼长 at that moment, once per threshold, never after dispatch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentOn, PRESENT_ON_SQL } from '../src/modules/rosters/present-on.js';
import { graphql } from './gql/index.js';
import { CaseById, CaseCreate, CaseDispatch, CaseReassign, CaseSupervise, orgIds, Suggestion, type OrgIds } from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const DAY = '2027-03-02';
/** `presentOn(agency, center, date)` through the SQL form, for parameters (date, agencyId, centerId). */
const PRESENT_ON_AGENCY_SQL = `select exists (select 1 from (select ?::date as d) x join stationing s on s.agency_id = ? and s.center_id = ?
  where ${PRESENT_ON_SQL('s', 'x.d')}) as present`;
const Leaders = graphql(`query DayLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }`);
const SetDuty = graphql(`mutation DaySetDuty($input: DutySetInput!) { dutySet(input: $input) { duty { id version } userErrors { field code message } } }`);
const PublicationNumber = graphql(`query DayPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }`);
const Publish = graphql(`mutation DayRotaPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }`);
const Board = graphql(`
  query DayBoard($centerId: ID!, $date: Date) {
    dayBoard(centerId: $centerId, date: $date) {
      date receivedTodayCount waitingCount reason
      receivedToday { number }
      waitingForDispatch { minutesWaited case { number } }
      highRisk { number riskLevel } overdue { number } openSupervisions { instructions }
      agenciesPresent { mode windowNumber agency { shortName } }
      leadersReceiving { name } buildingManager { name title }
    }
  }
`);
const BoardUpdates = graphql(`subscription DayBoardUpdates($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason waitingCount waitingForDispatch { case { number } } buildingManager { name } } }`);
const Alerts = graphql(`subscription DayDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { type caseNumber details } }`);
const TargetSet = graphql(`mutation DayTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds version } userErrors { field code message } } }`);
const Target = graphql(`query DayTarget($id: ID!) { node(id: $id) { ... on Center { dispatchTargetSeconds } } }`);
const Timeline = graphql(`query DayTimeline($id: ID!) { node(id: $id) { ... on Case { timeline(first: 50) { nodes { type actingAs details } } } } }`);
const Stationings = graphql(`query DayStationings($agencyId: ID!) { stationings(first: 5, filter: { agencyId: $agencyId }) { nodes { id mode } } }`);
const PresenceSet = graphql(`mutation DayPresenceSet($input: PresenceSetInput!) { presenceSet(input: $input) { dates userErrors { field code } } }`);
const PresenceDaySet = graphql(`mutation DayPresenceDaySet($input: PresenceDaySetInput!) { presenceDaySet(input: $input) { day { date planned published agencyName } userErrors { field code message } } }`);
const PresencePublish = graphql(`mutation DayPresencePublish($input: PresencePublishInput!) { presencePublish(input: $input) { publication { number days } userErrors { field code message } } }`);
const PresenceNumber = graphql(`query DayPresenceNumber($centerId: ID!) { presencePublicationNumber(centerId: $centerId) }`);
const MediatorCreate = graphql(`mutation DayMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id name } userErrors { field code message } } }`);
const RoleGrant = graphql(`mutation DayRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { userErrors { field code message } } }`);
const PresenceRota = graphql(`query DayPresenceRota($centerId: ID!, $from: Date!, $to: Date!) { presenceRota(centerId: $centerId, from: $from, to: $to) { date agencyName planned published } }`);

let t: TestHub;
let org: OrgIds;
let admin: string;
let dispatcher: string;
let bian: string;
let leaders: Record<string, string>;
let hangjin: string;

const workers = { role: 'APPLICANT', type: 'PERSON', name: '72名务工人员（代表：王某）', headcount: 72, phone: '13800000072' } as const;

async function receive(title: string, token = dispatcher) {
  const res = await t.gql(CaseCreate, {
    input: { centerId: hangjin, kind: 'DISPUTE', channel: 'ONLINE', categoryCode: 'WAGE_ARREARS', title, description: '72名工人反映工程完工后工资未结清', parties: [workers], amount: '302000.00' },
  }, token);
  expect(res.caseCreate.userErrors).toEqual([]);
  return res.caseCreate.case!;
}

async function publishManager(username: string, t0 = t, token = admin, existing?: { id: string; version: number }) {
  const set = await t0.gql(SetDuty, { input: { ...existing, centerId: hangjin, kind: 'BUILDING_MANAGER', date: DAY, userId: leaders[username]! } }, token);
  expect(set.dutySet.userErrors).toEqual([]);
  const n = (await t0.gql(PublicationNumber, { centerId: hangjin }, token)).rotaPublicationNumber;
  const pub = await t0.gql(Publish, { input: { centerId: hangjin, startDate: DAY, endDate: DAY, expectedPublication: n, acknowledgeGaps: true } }, token);
  expect(pub.rotaPublish.userErrors).toEqual([]);
  return set.dutySet.duty!;
}

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: `${DAY}T09:00:00+08:00`, LIVE_COUNTER_THROTTLE_MS: '10' });
  admin = await t.login('admin');
  org = await orgIds(t, admin);
  dispatcher = await t.login('hj.dispatcher');
  bian = await t.login('hj.leader');
  leaders = Object.fromEntries((await t.gql(Leaders, {}, admin)).users.nodes.map((u) => [u.username, u.id]));
  hangjin = org.center('杭锦旗综治中心');
});
afterAll(() => t?.close());

describe('the 楼长 of the day', () => {
  it('dispatches the 72 workers’ wage claim on the day the published rota names him, and the timeline says so', async () => {
    const c = await receive('72名工人欠薪（楼长分流）');
    // A leader supervises, but does not dispatch …
    const before = await t.request(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: org.agency('人社局', 'hj') } }, bian);
    expect(before.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // … until the published rota makes him 楼长 today. The same token works at once: the publication announces the access change.
    const duty = await publishManager('hj.leader');
    const done = await t.gql(CaseDispatch, {
      input: { id: c.id, version: c.version, leadAgencyId: org.agency('人社局', 'hj'), cooperatingAgencyIds: [org.agency('林草局', 'hj')] },
    }, bian);
    expect(done.caseDispatch.userErrors).toEqual([]);
    const supervised = await t.gql(CaseSupervise, { input: { id: c.id, version: done.caseDispatch.case!.version, instructions: '三日内结清工资', responseDueDate: '2027-03-05' } }, bian);
    expect(supervised.caseSupervise.userErrors).toEqual([]);
    const timeline = await t.gql(Timeline, { id: c.id }, dispatcher);
    const events = timeline.node && 'timeline' in timeline.node ? timeline.node.timeline.nodes : [];
    expect(events.find((e) => e.type === 'DISPATCHED')).toMatchObject({ actingAs: `以${DAY}当日楼长身份 / as 楼长 of ${DAY}` });
    expect((events.find((e) => e.type === 'DISPATCHED')!.details as { actingAs: { role: string; date: string } }).actingAs).toMatchObject({ role: 'BUILDING_MANAGER', date: DAY });
    // Supervising is his own role's right: no 楼长 basis recorded.
    expect(events.find((e) => e.type === 'SUPERVISION_RAISED')!.actingAs).toBeNull();
    // The dispatcher, by their own role, acts with no basis either.
    const other = await receive('另一件欠薪');
    const own = await t.gql(CaseDispatch, { input: { id: other.id, version: other.version, leadAgencyId: org.agency('人社局', 'hj') } }, dispatcher);
    expect(own.caseDispatch.userErrors).toEqual([]);
    const ownTimeline = await t.gql(Timeline, { id: other.id }, dispatcher);
    expect((ownTimeline.node && 'timeline' in ownTimeline.node ? ownTimeline.node.timeline.nodes : []).find((e) => e.type === 'DISPATCHED')!.actingAs).toBeNull();

    // 王志刚 also leads at 杭锦旗 now; the scheduler hands him the day and publishes: 边飞云's authority ends with the publication.
    const granted = await t.gql(RoleGrant, { input: { userId: leaders['yj.leader']!, role: 'LEADER', centerId: hangjin } }, admin);
    expect(granted.userRoleGrant.userErrors).toEqual([]);
    const handed = await t.gql(SetDuty, { input: { id: duty.id, version: duty.version, centerId: hangjin, kind: 'BUILDING_MANAGER', date: DAY, userId: leaders['yj.leader']! } }, admin);
    expect(handed.dutySet.userErrors).toEqual([]);
    const n = (await t.gql(PublicationNumber, { centerId: hangjin }, admin)).rotaPublicationNumber;
    expect((await t.gql(Publish, { input: { centerId: hangjin, startDate: DAY, endDate: DAY, expectedPublication: n, acknowledgeGaps: true } }, admin)).rotaPublish.userErrors).toEqual([]);
    const fresh = await t.gql(CaseById, { id: c.id }, dispatcher);
    const version = fresh.node && 'version' in fresh.node ? fresh.node.version : 0;
    const after = await t.request(CaseReassign, { input: { id: c.id, version, leadAgencyId: org.agency('司法局', 'hj'), reason: '改派' } }, bian);
    expect(after.body.errors?.[0]?.extensions?.code, JSON.stringify(after.body)).toBe('FORBIDDEN');
    await publishManager('hj.leader', t, admin, handed.dutySet.duty!);
  });

  it('ends at midnight Beijing time', async () => {
    const late = await startTestHub({ HUB_FAKE_NOW: `${DAY}T23:59:56+08:00`, LIVE_COUNTER_THROTTLE_MS: '10' });
    try {
      const lateAdmin = await late.login('admin');
      await publishManager('hj.leader', late, lateAdmin);
      const leader = await late.login('hj.leader');
      const created = await late.gql(CaseCreate, {
        input: { centerId: hangjin, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'WAGE_ARREARS', title: '深夜来访', description: '工资未结清', parties: [workers] },
      }, await late.login('hj.dispatcher'));
      const c = created.caseCreate.case!;
      const board = collect(late.ws(leader), BoardUpdates, { centerId: hangjin });
      await board.until((b) => b.data.length >= 1);
      expect(board.data[0]!.dayBoardUpdates).toMatchObject({ date: DAY, buildingManager: { name: '边飞云' } });
      await board.until((b) => b.data.some((d) => d.dayBoardUpdates.reason === 'DAY_CHANGED'));
      expect(board.data.find((d) => d.dayBoardUpdates.reason === 'DAY_CHANGED')!.dayBoardUpdates).toMatchObject({ date: '2027-03-03', buildingManager: null });
      const refused = await late.request(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: org.agency('人社局', 'hj') } }, leader);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      board.dispose();
    } finally {
      await late.close();
    }
  });
});

describe('the day board', () => {
  it('shows today’s intake, the queue with minutes waited, HIGH risk, present agencies and the day’s leaders', async () => {
    const c = await receive('72名工人欠薪（看板）');
    const res = await t.gql(Board, { centerId: hangjin }, bian);
    const b = res.dayBoard;
    expect(b.date).toBe(DAY);
    expect(b.receivedToday.map((x) => x.number)).toContain(c.number);
    expect(b.waitingForDispatch.find((w) => w.case.number === c.number)!.minutesWaited).toBeGreaterThanOrEqual(0);
    expect(b.highRisk.map((x) => x.number)).toContain(c.number);
    expect(b.buildingManager).toMatchObject({ name: '边飞云', title: '杭锦旗综治中心主任' });
    const present = b.agenciesPresent.map((a) => a.agency.shortName);
    expect(present).toEqual(expect.arrayContaining(['人社局', '人民调解委员会']));
    expect(b.agenciesPresent.every((a) => a.mode === 'RESIDENT')).toBe(true);
    // An agency's staff do not read the board; nor does the other banner's dispatcher.
    expect((await t.request(Board, { centerId: hangjin }, await t.login('hj.hr'))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.request(Board, { centerId: hangjin }, await t.login('yj.dispatcher'))).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('counts 林草局 on Tuesdays and Thursdays only once its rota is published, and offers it as iCal', async () => {
    const forestryStationing = (await t.gql(Stationings, { agencyId: org.agency('林草局', 'hj') }, admin)).stationings.nodes.find((s) => s.mode === 'ROTATING')!;
    const forestryPresent = async () => (await t.gql(Board, { centerId: hangjin }, dispatcher)).dayBoard.agenciesPresent.some((a) => a.agency.shortName === '林草局');
    // 林草局's own grassland mediator, so the recommendation has someone whose presence depends on the rota.
    const created = await t.gql(MediatorCreate, { input: { name: '草原调解员其木格', agencyId: org.agency('林草局', 'hj'), specialties: ['LAND_GRASSLAND'] } }, admin);
    expect(created.mediatorCreate.userErrors).toEqual([]);
    const grassland = await receive('草场边界纠纷');
    const presentToday = async () => {
      const s = await t.gql(Suggestion, { id: grassland.id }, dispatcher);
      const mediators = s.node && 'dispatchSuggestion' in s.node ? s.node.dispatchSuggestion!.mediators : [];
      const qimuge = mediators.find((m) => m.mediator.name === '草原调解员其木格')!;
      expect(qimuge.reasons).toContain(qimuge.presentToday ? '林草局今日轮驻本中心' : '林草局轮驻，今日不在岗');
      return qimuge.presentToday;
    };
    expect(await forestryPresent()).toBe(false);
    // The working rota (draft) alone changes nothing.
    const generated = await t.gql(PresenceSet, { input: { stationingId: forestryStationing.id, weekdays: [2, 4], startDate: '2027-03-01', endDate: '2027-03-14' } }, admin);
    expect(generated.presenceSet.dates).toEqual(['2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11']);
    expect(await forestryPresent()).toBe(false);
    expect(await presentToday()).toBe(false);
    const n = (await t.gql(PresenceNumber, { centerId: hangjin }, admin)).presencePublicationNumber;
    const stale = await t.gql(PresencePublish, { input: { centerId: hangjin, startDate: '2027-03-01', endDate: '2027-03-14', expectedPublication: n + 1 } }, admin);
    expect(stale.presencePublish.userErrors).toMatchObject([{ field: ['input', 'expectedPublication'], code: 'CONFLICT' }]);
    const pub = await t.gql(PresencePublish, { input: { centerId: hangjin, startDate: '2027-03-01', endDate: '2027-03-14', expectedPublication: n } }, admin);
    expect(pub.presencePublish).toMatchObject({ publication: { number: n + 1, days: 4 }, userErrors: [] });
    expect(await forestryPresent()).toBe(true);
    expect(await presentToday()).toBe(true);

    // Edited by day: taking today off counts only when published again.
    const off = await t.gql(PresenceDaySet, { input: { stationingId: forestryStationing.id, date: DAY, present: false } }, admin);
    expect(off.presenceDaySet.day).toMatchObject({ date: DAY, planned: false, published: true, agencyName: '林草局' });
    expect(await forestryPresent()).toBe(true);
    await t.gql(PresencePublish, { input: { centerId: hangjin, startDate: DAY, endDate: DAY, expectedPublication: n + 1 } }, admin);
    expect(await forestryPresent()).toBe(false);
    const rota = (await t.gql(PresenceRota, { centerId: hangjin, from: '2027-03-01', to: '2027-03-05' }, dispatcher)).presenceRota.filter((d) => d.agencyName === '林草局');
    expect(rota).toEqual([{ date: '2027-03-04', agencyName: '林草局', planned: true, published: true }]);
    const notRotating = await t.gql(PresenceDaySet, { input: { stationingId: (await t.gql(Stationings, { agencyId: org.agency('人社局', 'hj') }, admin)).stationings.nodes[0]!.id, date: DAY, present: true } }, admin);
    expect(notRotating.presenceDaySet.userErrors).toMatchObject([{ field: ['input', 'stationingId'], code: 'INVALID' }]);
    expect((await t.request(PresencePublish, { input: { centerId: hangjin, startDate: DAY, endDate: DAY, expectedPublication: 0 } }, dispatcher)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const ics = await (await fetch(`${t.url.replace(/\/graphql$/, '')}/calendar/presence/150625.ics`)).text();
    expect(ics).toContain('SUMMARY:轮驻：林草局');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270304');
    expect(ics).not.toContain('DTSTART;VALUE=DATE:20270302');
  });

  it('presentOn: the SQL form and the TypeScript form agree over every agency of 杭锦旗 and two weeks of days', async () => {
    const agencies = await t.sql<{ agency_id: number; center_id: number }>(`select s.agency_id, s.center_id from stationing s join center c on c.id = s.center_id where c.division_code like '150625%'`);
    expect(agencies.length).toBeGreaterThan(5);
    const em = t.hub.db.orm.em.fork();
    let n = 0;
    const pgSql = PRESENT_ON_AGENCY_SQL.replace(/\?/g, () => `$${++n}`);
    let present = 0;
    for (let d = 1; d <= 14; d++) {
      const date = `2027-03-${String(d).padStart(2, '0')}`;
      for (const a of agencies) {
        const [row] = await t.sql<{ present: boolean }>(pgSql, [date, a.agency_id, a.center_id]);
        const ts = await presentOn(em, a.agency_id, a.center_id, date);
        expect(row!.present, `${a.agency_id} ${date}`).toBe(ts);
        if (ts) present += 1;
      }
    }
    expect(present).toBeGreaterThan(0);
  });

  it('is pushed again when a case comes in', async () => {
    const board = collect(t.ws(dispatcher), BoardUpdates, { centerId: hangjin });
    await board.until((b) => b.data.length >= 1);
    const c = await receive('新来的欠薪');
    await board.until((b) => b.data.some((d) => d.dayBoardUpdates.waitingForDispatch.some((w) => w.case.number === c.number)));
    expect(board.data.at(-1)!.dayBoardUpdates.reason).toBe('CHANGED');
    board.dispose();
  });
});

describe('the dispatch target, live', () => {
  it('alerts the dispatchers and the 楼长 at the target and at twice it, once each, never after dispatch', async () => {
    // 15 minutes by default; 杭锦旗 sets 1 second here so the test sees both thresholds pass.
    expect((await t.gql(Target, { id: hangjin }, dispatcher)).node).toMatchObject({ dispatchTargetSeconds: 900 });
    const set = await t.gql(TargetSet, { input: { centerId: hangjin, seconds: 1 } }, admin);
    expect(set.centerDispatchTargetSet).toMatchObject({ dispatchTarget: { seconds: 1 }, userErrors: [] });
    const again = await t.gql(TargetSet, { input: { centerId: hangjin, seconds: 1, version: set.centerDispatchTargetSet.dispatchTarget!.version + 1 } }, admin);
    expect(again.centerDispatchTargetSet.userErrors).toMatchObject([{ field: ['input', 'version'], code: 'CONFLICT' }]);
    expect((await t.gql(TargetSet, { input: { centerId: hangjin, seconds: 0, version: 1 } }, admin)).centerDispatchTargetSet.userErrors).toMatchObject([{ field: ['input', 'seconds'], code: 'OUT_OF_RANGE' }]);
    expect((await t.request(TargetSet, { input: { centerId: hangjin, seconds: 60 } }, bian)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const toDispatcher = collect(t.ws(dispatcher), Alerts, { centerId: hangjin });
    const toManager = collect(t.ws(bian), Alerts, {});
    await Promise.all([toDispatcher.until((c) => c.data.length >= 1), toManager.until((c) => c.data.length >= 1)]);
    const quick = await receive('马上分流的案件');
    const dispatched = await t.gql(CaseDispatch, { input: { id: quick.id, version: quick.version, leadAgencyId: org.agency('人社局', 'hj') } }, dispatcher);
    expect(dispatched.caseDispatch.userErrors).toEqual([]);
    const waiting = await receive('无人分流的案件');
    const both = (c: typeof toDispatcher) => c.data.filter((d) => d.dispatchAlerts.caseNumber === waiting.number).length >= 2;
    await Promise.all([toDispatcher.until(both), toManager.until(both)]);
    for (const stream of [toDispatcher, toManager]) {
      const alerts = stream.data.filter((d) => d.dispatchAlerts.type === 'DISPATCH_TARGET_MISSED');
      // The quick case was received first: its alerts would have come first. None did.
      expect(alerts.map((a) => a.dispatchAlerts.caseNumber).filter((n) => n === quick.number)).toEqual([]);
      expect(alerts.filter((a) => a.dispatchAlerts.caseNumber === waiting.number).map((a) => (a.dispatchAlerts.details as { threshold: number }).threshold)).toEqual([1, 2]);
    }
    const timeline = await t.gql(Timeline, { id: waiting.id }, dispatcher);
    expect((timeline.node && 'timeline' in timeline.node ? timeline.node.timeline.nodes : []).filter((e) => e.type === 'DISPATCH_TARGET_MISSED')).toHaveLength(2);
    toDispatcher.dispose();
    toManager.dispose();
    await t.gql(TargetSet, { input: { centerId: hangjin, seconds: 900, version: set.centerDispatchTargetSet.dispatchTarget!.version } }, admin);
  });
});
