/**
 * 案事件双调度 at 伊金霍洛旗, on Tuesday 2 March 2027: 王志刚 receives the construction-payment
 * petitioners on his published duty morning and takes the case in charge (包案); a leader without a duty
 * must say why they received; the ledger counts receptions per leader and outcome; the weekly joint
 * review meeting takes up the overdue land-compensation petition and gives 信访局 an instruction that
 * the supervision flow tracks; the minutes print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch, CaseSupervisionAnswer, orgIds, type OrgIds } from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const Leaders = graphql(`query DualLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }`);
const SetDuty = graphql(`mutation DualDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }`);
const PublicationNumber = graphql(`query DualPublicationNumber($centerId: ID!) { rotaPublicationNumber(centerId: $centerId) }`);
const Publish = graphql(`mutation DualPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number } userErrors { field code message } } }`);
const Receive = graphql(`
  mutation Receive($input: ReceptionRecordInput!) {
    receptionRecord(input: $input) {
      reception { id onDuty offDutyReason outcome headcount leaderName petitioners { name headcount representative } cases { number } }
      case { id version number kind channel headcount status parties { name headcount representative } }
      userErrors { field code message }
    }
  }
`);
const Take = graphql(`
  mutation Take($input: CaseLeaderInChargeTakeInput!) {
    caseLeaderInChargeTake(input: $input) { case { id version leaderInCharge { leaderName source } } userErrors { field code message } }
  }
`);
const InCharge = graphql(`query InCharge { myCasesInCharge(first: 20) { totalCount nodes { id number leaderInCharge { leaderName } } } }`);
const Loads = graphql(`query Loads($centerId: ID!) { leaderLoads(centerId: $centerId) { name openCases overdueCases } }`);
const InChargeEvents = graphql(`subscription InChargeEvents { casesInChargeEvents { type caseId } }`);
const Ledger = graphql(`
  query DualLedger($centerId: ID!) {
    ledger(centerId: $centerId, period: { kind: DAY, date: "2027-03-02" }) {
      receptions { receptions people offDuty byOutcome { outcome receptions } byLeader { name receptions offDuty } }
      jointMeetings { meetings decisions instructions doneOnTime doneLate overdue pending }
    }
  }
`);
const Timeline = graphql(`query DualTimeline($id: ID!) { node(id: $id) { ... on Case { version receptions { leaderName } timeline(first: 100) { nodes { type details } } } } }`);
const Search = graphql(`query DualSearch($search: String!) { cases(first: 5, filter: { search: $search }) { nodes { id version number } } }`);
const Schedule = graphql(`
  mutation Schedule($input: JointMeetingScheduleInput!) {
    jointMeetingSchedule(input: $input) {
      jointMeeting { id version title chairName minutesUrl agencies { shortName } agenda { reasons source case { id number } } }
      userErrors { field code message }
    }
  }
`);
const Decide = graphql(`
  mutation Decide($input: JointMeetingDecisionRecordInput!) {
    jointMeetingDecisionRecord(input: $input) {
      decision { summary leaderInChargeName continueAsIs instructions { owner dueDate supervisionId supervision { open responseDueDate } } }
      case { id version leaderInCharge { leaderName source } }
      jointMeeting { version heldAt }
      userErrors { field code message }
    }
  }
`);
const CaseLead = graphql(`query DualCaseLead($id: ID!) { node(id: $id) { ... on Case { version leadAgency { shortName } } } }`);
const MeetingNode = graphql(`query MeetingNode($id: ID!) { node(id: $id) { ... on JointMeeting { title } } }`);
const MeetingEvents = graphql(`subscription MeetingEvents($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { type details } }`);

const BoardReceptions = graphql(`
  query BoardReceptions($centerId: ID!, $date: Date) { dayBoard(centerId: $centerId, date: $date) { receptionCount receptions { leaderName outcome headcount } } }
`);

let t: TestHub;
let org: OrgIds;
let leader: Record<string, string>;
let center: string;

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2027-03-02T09:30:00+08:00' });
  const admin = await t.login('admin');
  org = await orgIds(t, admin);
  leader = Object.fromEntries((await t.gql(Leaders, {}, admin)).users.nodes.map((u) => [u.username, u.id]));
  center = org.center('伊金霍洛旗综治中心');
  // The scheduler puts 王志刚 on reception duty this morning and publishes the day.
  const scheduler = await t.login('yj.scheduler');
  const set = await t.gql(SetDuty, { input: { centerId: center, kind: 'RECEPTION', date: '2027-03-02', slot: 'MORNING', userId: leader['yj.leader']!, room: '一楼领导接访室' } }, scheduler);
  expect(set.dutySet.userErrors).toEqual([]);
  const n = (await t.gql(PublicationNumber, { centerId: center }, scheduler)).rotaPublicationNumber;
  const published = await t.gql(Publish, { input: { centerId: center, startDate: '2027-03-02', endDate: '2027-03-02', expectedPublication: n, acknowledgeGaps: true } }, scheduler);
  expect(published.rotaPublish.userErrors).toEqual([]);
});
afterAll(() => t?.close());

const petitioners = [
  { role: 'APPLICANT' as const, type: 'PERSON' as const, name: '郝某', phone: '13847712265', headcount: 6, representative: true },
  { role: 'APPLICANT' as const, type: 'PERSON' as const, name: '任某', phone: '15147790318', headcount: 6, representative: true },
  { role: 'RESPONDENT' as const, type: 'ORGANISATION' as const, name: '伊金霍洛旗某房地产开发有限公司' },
];

let paymentCase: { id: string; version: number; number: string };

describe('王志刚 receives the construction-payment petitioners on his duty morning', () => {
  it('records the reception, opens a petition (channel LEADER_RECEPTION) with the 2 representatives and the headcount of 12', async () => {
    const wang = await t.login('yj.leader');
    const res = await t.gql(Receive, {
      input: {
        centerId: center, petitioners, outcome: 'CASE_CREATED',
        matter: '某小区项目拖欠施工班组工程款46万元，12名施工人员推选2名代表来访。',
        newCase: { categoryCode: 'CONSTRUCTION_PAYMENT', title: '某小区项目拖欠施工班组工程款', amount: '460000.00' },
      },
    }, wang);
    expect(res.receptionRecord.userErrors).toEqual([]);
    const r = res.receptionRecord.reception!;
    expect(r).toMatchObject({ onDuty: true, offDutyReason: null, outcome: 'CASE_CREATED', headcount: 12, leaderName: '王志刚' });
    const c = res.receptionRecord.case!;
    expect(c).toMatchObject({ kind: 'PETITION', channel: 'LEADER_RECEPTION', headcount: 12, status: 'RECEIVED' });
    expect(c.parties.filter((p) => p.representative).map((p) => p.name)).toEqual(['郝某', '任某']);
    expect(r.cases.map((x) => x.number)).toEqual([c.number]);
    const timeline = await t.gql(Timeline, { id: c.id }, wang);
    const node = timeline.node as { receptions: { leaderName: string }[]; timeline: { nodes: { type: string; details: Record<string, unknown> }[] } };
    expect(node.timeline.nodes.map((e) => e.type)).toEqual(['RECEIVED', 'RECEPTION_RECORDED']);
    expect(node.timeline.nodes[1]!.details).toMatchObject({ leader: '王志刚', onDuty: true, outcome: 'CASE_CREATED' });
    expect(node.receptions).toEqual([{ leaderName: '王志刚' }]);
    paymentCase = c;
  });

  it('the day board of 伊金霍洛旗 lists the reception among the day’s receptions so far', async () => {
    const board = await t.gql(BoardReceptions, { centerId: center, date: '2027-03-02' }, await t.login('yj.dispatcher'));
    expect(board.dayBoard.receptionCount).toBe(1);
    expect(board.dayBoard.receptions).toEqual([{ leaderName: '王志刚', outcome: 'CASE_CREATED', headcount: 12 }]);
  });

  it('王志刚 takes the case in charge; another leader cannot take it over; a stale version conflicts', async () => {
    const wang = await t.login('yj.leader');
    const stale = await t.gql(Take, { input: { id: paymentCase.id, version: paymentCase.version - 1 } }, wang);
    expect(stale.caseLeaderInChargeTake.userErrors).toMatchObject([{ field: ['input', 'version'], code: 'CONFLICT' }]);
    const taken = await t.gql(Take, { input: { id: paymentCase.id, version: paymentCase.version, note: '接访时当场包案' } }, wang);
    expect(taken.caseLeaderInChargeTake.userErrors).toEqual([]);
    expect(taken.caseLeaderInChargeTake.case!.leaderInCharge).toEqual({ leaderName: '王志刚', source: 'TAKEN' });
    paymentCase = { ...paymentCase, version: taken.caseLeaderInChargeTake.case!.version };
    const other = await t.gql(Take, { input: { id: paymentCase.id, version: paymentCase.version } }, await t.login('yj.leader2'));
    expect(other.caseLeaderInChargeTake.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'INVALID_STATE' }]);
    expect(other.caseLeaderInChargeTake.userErrors[0]!.message).toContain('已由王志刚包案');
    // A leader of another banner may not touch the case at all.
    const foreign = await t.gql(Take, { input: { id: paymentCase.id, version: paymentCase.version } }, await t.login('hj.leader'));
    expect(foreign.caseLeaderInChargeTake).toMatchObject({ case: null, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND' }] });
  });

  it('shows in 王志刚’s cases in charge and in the leaders’ loads side by side', async () => {
    const mine = await t.gql(InCharge, {}, await t.login('yj.leader'));
    expect(mine.myCasesInCharge.nodes.map((n) => n.number)).toContain(paymentCase.number);
    expect((await t.gql(InCharge, {}, await t.login('yj.leader2'))).myCasesInCharge.nodes.map((n) => n.number)).not.toContain(paymentCase.number);
    const loads = await t.gql(Loads, { centerId: center }, await t.login('yj.dispatcher'));
    const wang = loads.leaderLoads.find((l) => l.name === '王志刚')!;
    expect(wang.openCases).toBeGreaterThanOrEqual(1);
    expect(loads.leaderLoads.map((l) => l.name)).toEqual(expect.arrayContaining(['王志刚', '李明', '赵敏', '高峰', '刘建国']));
  });

  it('sends 王志刚 the events of his cases in charge, and not of others', async () => {
    const wang = await t.login('yj.leader');
    const dispatcher = await t.login('yj.dispatcher');
    const stream = collect(t.ws(wang), InChargeEvents, {});
    await stream.until((c) => c.data.length >= 1);
    // A case nobody is in charge of is dispatched first; only the case in charge reaches the stream.
    const other = await t.gql(CaseCreate, { input: {
      centerId: center, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'MARRIAGE_FAMILY', title: '抚养费纠纷', description: '对方未按约定支付抚养费。',
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '周某' }],
    } }, dispatcher);
    const o = other.caseCreate.case!;
    await t.gql(CaseDispatch, { input: { id: o.id, version: o.version, leadAgencyId: org.agency('婚调委', 'yj') } }, dispatcher);
    const dispatched = await t.gql(CaseDispatch, { input: { id: paymentCase.id, version: paymentCase.version, leadAgencyId: org.agency('建工调委会', 'yj') } }, dispatcher);
    expect(dispatched.caseDispatch.userErrors).toEqual([]);
    paymentCase = { ...paymentCase, version: dispatched.caseDispatch.case!.version };
    await stream.until((c) => c.data.some((d) => d.casesInChargeEvents.type === 'DISPATCHED'));
    const events = stream.data.slice(1).map((d) => d.casesInChargeEvents);
    expect(events.every((e) => e.caseId === paymentCase.id)).toBe(true);
    stream.dispose();
  });
});

describe('a reception outside a published duty', () => {
  it('needs a reason; with it the reception counts as off duty', async () => {
    const liming = await t.login('yj.leader2');
    const input = { centerId: center, petitioners: [{ role: 'APPLICANT' as const, type: 'PERSON' as const, name: '白某' }], matter: '咨询工程款纠纷的调解途径。', outcome: 'ANSWERED' as const };
    const missing = await t.gql(Receive, { input }, liming);
    expect(missing.receptionRecord.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.note', 'REQUIRED'], ['input.offDutyReason', 'REQUIRED'],
    ]);
    const ok = await t.gql(Receive, { input: { ...input, note: '告知可到建工调委会申请调解。', offDutyReason: '到中心督导工作时群众当面反映' } }, liming);
    expect(ok.receptionRecord.userErrors).toEqual([]);
    expect(ok.receptionRecord.reception).toMatchObject({ onDuty: false, offDutyReason: '到中心督导工作时群众当面反映', outcome: 'ANSWERED' });
  });

  it('names at most 5 representatives for a group visit (信访工作条例 art. 20)', async () => {
    const wang = await t.login('yj.leader');
    const six = Array.from({ length: 6 }, (_, i) => ({ role: 'APPLICANT' as const, type: 'PERSON' as const, name: `代表${i + 1}`, headcount: 5, representative: true }));
    const res = await t.gql(Receive, { input: { centerId: center, petitioners: six, matter: '30名村民反映征地补偿。', outcome: 'REFERRED', note: '引导至自然资源局' } }, wang);
    expect(res.receptionRecord.userErrors).toMatchObject([{ field: ['input', 'petitioners', '5', 'representative'], code: 'OUT_OF_RANGE' }]);
  });

  it('links a later reception to the open case; the ledger counts receptions per leader and outcome', async () => {
    const wang = await t.login('yj.leader');
    const linked = await t.gql(Receive, {
      input: { centerId: center, petitioners: [petitioners[0]!], matter: '郝某再次来访询问结算进度。', outcome: 'CASES_LINKED', caseIds: [paymentCase.id] },
    }, wang);
    expect(linked.receptionRecord.userErrors).toEqual([]);
    const ledger = await t.gql(Ledger, { centerId: center }, await t.login('yj.dispatcher'));
    const r = ledger.ledger.receptions;
    expect(r).toMatchObject({ receptions: 3, offDuty: 1 });
    expect(Object.fromEntries(r.byOutcome.map((o) => [o.outcome, o.receptions]))).toEqual({ ANSWERED: 1, CASE_CREATED: 1, CASES_LINKED: 1, REFERRED: 0 });
    expect(r.byLeader.map((l) => [l.name, l.receptions, l.offDuty])).toEqual([['王志刚', 2, 0], ['李明', 1, 1]]);
  });
});

describe('the weekly joint review meeting at 伊金霍洛旗', () => {
  it('proposes the overdue petition, decides an instruction for 信访局 that the supervision flow tracks, and prints the minutes', async () => {
    const dispatcher = await t.login('yj.dispatcher');
    const [land] = (await t.gql(Search, { search: '征地补偿款发放' }, dispatcher)).cases.nodes;
    const events = collect(t.ws(await t.login('yj.leader')), MeetingEvents, { centerId: center });
    await events.until((c) => c.data.length >= 1);
    const scheduled = await t.gql(Schedule, { input: {
      centerId: center, title: '第9周信访联席会议', scheduledAt: '2027-03-02T09:00:00+08:00', place: '三楼会商室', chairId: leader['yj.leader']!,
      agencyIds: [org.agency('信访局', 'yj'), org.agency('建工调委会', 'yj')],
    } }, dispatcher);
    expect(scheduled.jointMeetingSchedule.userErrors).toEqual([]);
    const meeting = scheduled.jointMeetingSchedule.jointMeeting!;
    expect(meeting).toMatchObject({ chairName: '王志刚', agencies: [{ shortName: '信访局' }, { shortName: '建工调委会' }] });
    const item = meeting.agenda.find((a) => a.case?.id === land!.id);
    expect(item).toMatchObject({ source: 'PROPOSED' });
    expect(item!.reasons).toContain('超期');

    const before = await t.gql(Timeline, { id: land!.id }, dispatcher);
    const version = (before.node as { version: number }).version;
    const late = await t.gql(Decide, { input: {
      meetingId: meeting.id, version: meeting.version, caseId: land!.id, caseVersion: version, summary: '核实补偿款',
      instructions: [{ instructions: '核实', ownerAgencyId: org.agency('信访局', 'yj'), dueDate: '2027-03-01' }],
    } }, dispatcher);
    expect(late.jointMeetingDecisionRecord.userErrors).toMatchObject([{ field: ['input', 'instructions', '0', 'dueDate'], code: 'OUT_OF_RANGE' }]);

    // A lead agency that the rest of the decision refuses is not kept: 边飞云 leads 杭锦旗, not 伊金霍洛旗,
    // so she cannot be put in charge, and the case stays in the queue at its version.
    const lead = (c: unknown) => c as { version: number; leadAgency: { shortName: string } | null };
    const leadBefore = lead((await t.gql(CaseLead, { id: land!.id }, dispatcher)).node);
    const refused = await t.gql(Decide, { input: {
      meetingId: meeting.id, version: meeting.version, caseId: land!.id, caseVersion: version, summary: '改由建工调委会牵头',
      leadAgencyId: org.agency('建工调委会', 'yj'), leaderInChargeId: leader['hj.leader']!,
    } }, dispatcher);
    expect(refused.jointMeetingDecisionRecord.userErrors).toMatchObject([{ field: ['input', 'leaderInChargeId'], code: 'OUT_OF_SCOPE' }]);
    expect(leadBefore.leadAgency).toBeNull();
    expect(lead((await t.gql(CaseLead, { id: land!.id }, dispatcher)).node)).toEqual(leadBefore);

    const decided = await t.gql(Decide, { input: {
      meetingId: meeting.id, version: meeting.version, caseId: land!.id, caseVersion: version,
      summary: '征地补偿来访已超受理期限，由信访局牵头核实补偿款发放情况，三日内书面答复；李明包案。',
      leadAgencyId: org.agency('信访局', 'yj'), leaderInChargeId: leader['yj.leader2']!,
      instructions: [{ instructions: '核实征地补偿款发放台账并书面答复来访群众', ownerAgencyId: org.agency('信访局', 'yj'), dueDate: '2027-03-05' }],
    } }, dispatcher);
    expect(decided.jointMeetingDecisionRecord.userErrors).toEqual([]);
    const d = decided.jointMeetingDecisionRecord;
    expect(d.decision).toMatchObject({ leaderInChargeName: '李明', continueAsIs: false });
    expect(d.decision!.instructions).toMatchObject([{ owner: '伊金霍洛旗信访局', dueDate: '2027-03-05', supervision: { open: true, responseDueDate: '2027-03-05' } }]);
    expect(d.case!.leaderInCharge).toEqual({ leaderName: '李明', source: 'MEETING_DECISION' });
    expect(d.jointMeeting!.heldAt).toBeTruthy();
    // The case was still in the queue: the meeting's lead agency dispatches it.
    expect(lead((await t.gql(CaseLead, { id: land!.id }, dispatcher)).node).leadAgency).toEqual({ shortName: '信访局' });
    await events.until((c) => c.data.some((e) => e.jointMeetingEvents.type === 'DECISION_RECORDED'));
    expect(events.data.slice(1).map((e) => e.jointMeetingEvents.type)).toEqual(['MEETING_SCHEDULED', 'DECISION_RECORDED']);
    events.dispose();

    const timeline = await t.gql(Timeline, { id: land!.id }, dispatcher);
    const types = (timeline.node as { timeline: { nodes: { type: string }[] } }).timeline.nodes.map((e) => e.type);
    expect(types.slice(-4)).toEqual(['DISPATCHED', 'LEADER_IN_CHARGE', 'SUPERVISION_RAISED', 'MEETING_DECIDED']);

    let ledger = (await t.gql(Ledger, { centerId: center }, dispatcher)).ledger.jointMeetings;
    expect(ledger).toEqual({ meetings: 1, decisions: 1, instructions: 1, doneOnTime: 0, doneLate: 0, overdue: 0, pending: 1 });
    const answered = await t.gql(CaseSupervisionAnswer, {
      input: { supervisionId: d.decision!.instructions[0]!.supervisionId, version: d.case!.version, response: '已核实并书面答复苏某等5人。' },
    }, dispatcher);
    expect(answered.caseSupervisionAnswer.userErrors).toEqual([]);
    ledger = (await t.gql(Ledger, { centerId: center }, dispatcher)).ledger.jointMeetings;
    expect(ledger).toMatchObject({ instructions: 1, doneOnTime: 1, pending: 0 });

    const res = await fetch(new URL(meeting.minutesUrl, t.url), { headers: { authorization: `Bearer ${dispatcher}` } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('会商研判纪要');
    expect(html).toContain(land!.number);
    expect(html).toContain('包案领导：李明');
    expect(html).toMatch(/核实征地补偿款发放台账并书面答复来访群众（责任：伊金霍洛旗信访局；期限：2027年3月5日；已完成/);
    const stranger = await fetch(new URL(meeting.minutesUrl, t.url), { headers: { authorization: `Bearer ${await t.login('hj.dispatcher')}` } });
    expect(stranger.status).toBe(404);
    expect((await t.gql(MeetingNode, { id: meeting.id }, dispatcher)).node).toEqual({ title: '第9周信访联席会议' });
    expect((await t.gql(MeetingNode, { id: meeting.id }, await t.login('hj.dispatcher'))).node).toBeNull();
  });
});

