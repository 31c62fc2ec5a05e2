/**
 * Citizens finish what they start (an online report through a county's mini-program): with the tracking code and their phone, 赵某 withdraws
 * a report that turned out to be settled before anyone dispatched it, and 李某 rates the result of her
 * child-support dispute once it is resolved — the rating is feedback, counted in the ledger. Both are public
 * like caseTrack and share its throttle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch, CaseResolve, CaseSession } from './support/cases.js';
import { factories, type Desk } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { collect } from './support/subscriptions.js';

const Track = graphql(`query FollowupTrack($code: String!, $phone: String!) { caseTrack(trackingCode: $code, phone: $phone) { status version canWithdraw canRate milestones { label } } }`);
const Withdraw = graphql(`mutation FollowupWithdraw($input: CaseCitizenWithdrawInput!) { caseCitizenWithdraw(input: $input) { tracking { status version canWithdraw nextStep } userErrors { field code message } } }`);
const Rate = graphql(`mutation FollowupRate($input: CaseCitizenRateInput!) { caseCitizenRate(input: $input) { tracking { status canRate milestones { label } } userErrors { field code message } } }`);
const Timeline = graphql(`query FollowupTimeline($id: ID!) { node(id: $id) { ... on Case { status feedback { satisfaction comment party { name } } timeline(first: 50) { nodes { type actorName details } } } } }`);
const Ledger = graphql(`query FollowupLedger($centerId: ID, $period: LedgerPeriodInput!) { ledger(centerId: $centerId, period: $period) { totals { feedbacks withdrawn } } }`);
const CaseEvents = graphql(`subscription FollowupEvents($centerId: ID!) { centerEvents(centerId: $centerId) { type caseNumber details } }`);

let t: TestHub;
/** A county built for this file: its dispatcher takes the online reports in, its mediator settles them. */
let desk: Desk;
let dispatcher: string;
let center: string;
const ALL_TIME = { kind: 'CUSTOM' as const, from: '2021-01-01', to: '2030-12-31' };

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2026-12-01T10:00:00+08:00' });
  desk = await (await factories(t)).desk();
  dispatcher = desk.dispatcher.token;
  center = desk.center.id;
});
afterAll(() => t?.close());

async function report(name: string, phone: string, title: string) {
  const res = await t.gql(CaseCreate, {
    input: { centerId: center, kind: 'DISPUTE', channel: 'ONLINE', categoryCode: 'MARRIAGE_FAMILY', title, description: '通过“伊码解纷”小程序申报', parties: [{ role: 'APPLICANT', type: 'PERSON', name, phone }] },
  }, dispatcher);
  expect(res.caseCreate.userErrors).toEqual([]);
  return res.caseCreate.case!;
}

describe('withdrawing one’s own report', () => {
  it('works with the code and the phone before dispatch, is on the timeline and in real time, and only once', async () => {
    const c = await report('赵某', '13948771102', '工程款纠纷（已私下和解）');
    const events = t.ws(dispatcher);
    const stream = collect(events, CaseEvents, { centerId: center });
    await stream.until((s) => s.data.length >= 1);
    const tracked = (await t.gql(Track, { code: c.trackingCode, phone: '13948771102' })).caseTrack!;
    expect(tracked).toMatchObject({ status: 'RECEIVED', canWithdraw: true, canRate: false });

    const wrongPhone = await t.gql(Withdraw, { input: { trackingCode: c.trackingCode, phone: '13900000000', version: tracked.version } });
    expect(wrongPhone.caseCitizenWithdraw.userErrors).toMatchObject([{ field: ['input', 'trackingCode'], code: 'NOT_FOUND' }]);
    const stale = await t.gql(Withdraw, { input: { trackingCode: c.trackingCode, phone: '13948771102', version: tracked.version - 1 } });
    expect(stale.caseCitizenWithdraw.userErrors).toMatchObject([{ field: ['input', 'version'], code: 'CONFLICT' }]);
    const tooLong = await t.gql(Withdraw, { input: { trackingCode: c.trackingCode, phone: '13948771102', version: tracked.version, reason: '和'.repeat(501) } });
    expect(tooLong.caseCitizenWithdraw.userErrors).toMatchObject([{ field: ['input', 'reason'], code: 'TOO_LONG' }]);

    // Typed by hand: lower case and without dashes.
    const done = await t.gql(Withdraw, { input: { trackingCode: c.trackingCode.toLowerCase().replace(/-/g, ''), phone: '13948771102', version: tracked.version, reason: '已与对方私下和解' } });
    expect(done.caseCitizenWithdraw).toMatchObject({ tracking: { status: 'WITHDRAWN', canWithdraw: false, nextStep: '已撤回' }, userErrors: [] });
    await stream.until((s) => s.data.some((d) => d.centerEvents.type === 'WITHDRAWN' && d.centerEvents.caseNumber === c.number));
    const staffView = await t.gql(Timeline, { id: c.id }, dispatcher);
    const last = staffView.node && 'timeline' in staffView.node ? staffView.node.timeline.nodes.at(-1)! : undefined;
    expect(last).toMatchObject({ type: 'WITHDRAWN', actorName: null, details: { byCitizen: true, reason: '已与对方私下和解' } });
    const again = await t.gql(Withdraw, { input: { trackingCode: c.trackingCode, phone: '13948771102', version: done.caseCitizenWithdraw.tracking!.version } });
    expect(again.caseCitizenWithdraw.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
    stream.dispose();
  });

  it('is refused once the case is dispatched: the citizen asks the center instead', async () => {
    const c = await report('钱某', '13700000001', '邻里噪音纠纷');
    const dispatched = await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: desk.mediator.id } }, dispatcher);
    const tracked = (await t.gql(Track, { code: c.trackingCode, phone: '13700000001' })).caseTrack!;
    expect(tracked).toMatchObject({ status: 'DISPATCHED', canWithdraw: false, version: dispatched.caseDispatch.case!.version });
    const refused = await t.gql(Withdraw, { input: { trackingCode: c.trackingCode, phone: '13700000001', version: tracked.version } });
    expect(refused.caseCitizenWithdraw.userErrors).toMatchObject([{ field: ['input', 'trackingCode'], code: 'INVALID_STATE' }]);
    expect(refused.caseCitizenWithdraw.userErrors[0]!.message).toContain('联系受理中心');
  });
});

describe('rating the result', () => {
  it('is feedback from the applicant once the case is resolved, counted in the ledger, once per applicant', async () => {
    // The built county has no feedback of its own yet: the ledger's count starts at 0.
    expect((await t.gql(Ledger, { centerId: center, period: ALL_TIME }, dispatcher)).ledger.totals.feedbacks).toBe(0);
    let c = await report('李某', '15034779876', '离婚后子女抚养费纠纷');
    const early = await t.gql(Rate, { input: { trackingCode: c.trackingCode, phone: '15034779876', version: c.version, satisfaction: 'SATISFIED' } });
    expect(early.caseCitizenRate.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
    const mediator = desk.mediatorUser.token;
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: desk.mediator.id } }, dispatcher)).caseDispatch.case!;
    c = (await t.gql(CaseSession, { input: { id: c.id, version: c.version, method: 'FACE_TO_FACE', heldAt: '2026-12-01T10:05:00+08:00', participants: '王丽、李某、前夫', notes: '约定按月支付抚养费' } }, mediator)).caseSessionRecord.case!;
    c = (await t.gql(CaseResolve, { input: { id: c.id, version: c.version, note: '双方达成按月支付抚养费的协议' } }, mediator)).caseResolve.case!;
    const tracked = (await t.gql(Track, { code: c.trackingCode, phone: '15034779876' })).caseTrack!;
    expect(tracked).toMatchObject({ status: 'RESOLVED', canRate: true });

    const staffOnly = await t.gql(Rate, { input: { trackingCode: c.trackingCode, phone: '15034779876', version: tracked.version, satisfaction: 'UNREACHABLE' } });
    expect(staffOnly.caseCitizenRate.userErrors).toMatchObject([{ field: ['input', 'satisfaction'], code: 'INVALID' }]);
    const rated = await t.gql(Rate, { input: { trackingCode: c.trackingCode, phone: '15034779876', version: tracked.version, satisfaction: 'VERY_SATISFIED', comment: '调解员很耐心' } });
    expect(rated.caseCitizenRate.userErrors).toEqual([]);
    expect(rated.caseCitizenRate.tracking!.milestones.at(-1)!.label).toBe('已回访');
    const staffView = await t.gql(Timeline, { id: c.id }, dispatcher);
    expect(staffView.node && 'feedback' in staffView.node ? staffView.node.feedback : []).toMatchObject([{ satisfaction: 'VERY_SATISFIED', comment: '调解员很耐心', party: { name: '李某' } }]);
    expect((await t.gql(Ledger, { centerId: center, period: ALL_TIME }, dispatcher)).ledger.totals.feedbacks).toBe(1);

    const version = (await t.gql(Track, { code: c.trackingCode, phone: '15034779876' })).caseTrack!.version;
    const twice = await t.gql(Rate, { input: { trackingCode: c.trackingCode, phone: '15034779876', version, satisfaction: 'DISSATISFIED' } });
    expect(twice.caseCitizenRate.userErrors).toMatchObject([{ field: ['input', 'satisfaction'], code: 'INVALID_STATE' }]);
  });
});

describe('guessing', () => {
  it('is throttled together with caseTrack: five misses on a code block it', async () => {
    const c = await report('孙某', '13600000002', '物业费纠纷');
    for (let i = 0; i < 5; i++) {
      const miss = await t.request(Rate, { input: { trackingCode: c.trackingCode, phone: `1360000001${i}`, version: c.version, satisfaction: 'SATISFIED' } });
      if (miss.body.errors) break;
    }
    const blocked = await t.request(Withdraw, { input: { trackingCode: c.trackingCode, phone: '13600000002', version: c.version } });
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const track = await t.request(Track, { code: c.trackingCode, phone: '13600000002' });
    expect(track.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
