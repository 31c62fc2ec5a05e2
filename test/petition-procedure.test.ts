/**
 * The petition procedure of the 信访工作条例 (2022) at 杭锦旗, on Wednesday 3 March 2027, with the time
 * limits read from the time-limit policy: an agency that is not competent objects within 5 working days
 * of assignment (art. 23); the written answer starts 30 days for 复查, answered within 30 days, then 复核
 * likewise (arts. 35–36); after 复核 the same matter is registered and answered 不再受理; a visit by
 * more than 5 people names at most 5 representatives (art. 20).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch } from './support/cases.js';
import { localId } from '../src/shared/ids.js';
import { factories, type BuiltAgency, type Desk } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const Policies = graphql(`query PetitionPolicies { timeLimitPolicies { kind categoryCode objectionDays objectionDayCount reviewRequestDays reviewAnswerDays reviewDayCount maxRepresentatives } }`);
const Object_ = graphql(`
  mutation CaseObject($input: CaseObjectInput!) {
    caseObject(input: $input) { case { id version status assignments { role } } userErrors { field code message } }
  }
`);
const Answer = graphql(`
  mutation PetitionAnswer($input: PetitionAnswerRecordInput!) {
    petitionAnswerRecord(input: $input) { case { id version petitionProcedure { stage answeredOn } } userErrors { field code message } }
  }
`);
const Review = graphql(`
  mutation PetitionReview($input: PetitionReviewRequestInput!) {
    petitionReviewRequest(input: $input) {
      case { id version number title status dueDate outcomeNote parties { name } links { other { id } } petitionProcedure { stage previousCase { id } } }
      userErrors { field code message }
    }
  }
`);
const Procedure = graphql(`
  query PetitionCase($id: ID!) {
    node(id: $id) { ... on Case { version followUps { id } timeline(first: 50) { nodes { type details } } } }
  }
`);

let t: TestHub;
/** A banner's center: its desk's agency (human resources) is assigned the petitions, its 信访局 reviews them. */
let desk: Desk;
let petitionBureau: BuiltAgency;
let dispatcher: string;
let center: string;

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2027-03-03T10:00:00+08:00' });
  const f = await factories(t);
  const banner = await f.center({ name: '草原旗综治中心' });
  desk = await f.desk({ center: banner });
  petitionBureau = await f.agency(banner, { name: '草原旗信访局', shortName: '信访局', kind: 'OTHER' });
  dispatcher = desk.dispatcher.token;
  center = banner.id;
});
afterAll(() => t?.close());

async function petition(title: string, receivedAt?: string) {
  const res = await t.gql(CaseCreate, { input: {
    centerId: center, kind: 'PETITION', channel: 'PETITION_LETTER', categoryCode: 'LAND_GRASSLAND', title, description: '来信反映草场承包经营权纠纷。',
    parties: [{ role: 'APPLICANT', type: 'PERSON', name: '巴某', phone: '13904771234' }], receivedAt,
  } }, dispatcher);
  expect(res.caseCreate.userErrors).toEqual([]);
  const c = res.caseCreate.case!;
  const dispatched = await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: desk.agency.id } }, dispatcher);
  expect(dispatched.caseDispatch.userErrors).toEqual([]);
  return dispatched.caseDispatch.case!;
}

describe('the limits are data', () => {
  it('the petition policy carries arts. 20, 23, 35–36; the dispute policy none of them', async () => {
    const { timeLimitPolicies } = await t.gql(Policies, {}, dispatcher);
    expect(timeLimitPolicies.find((p) => p.kind === 'PETITION' && p.categoryCode === null)).toEqual({
      kind: 'PETITION', categoryCode: null, objectionDays: 5, objectionDayCount: 'WORKING', reviewRequestDays: 30, reviewAnswerDays: 30,
      reviewDayCount: 'CALENDAR', maxRepresentatives: 5,
    });
    expect(timeLimitPolicies.find((p) => p.kind === 'DISPUTE' && p.categoryCode === null)).toMatchObject({ objectionDays: null, reviewRequestDays: null, maxRepresentatives: null });
  });
});

describe('an agency that is not competent objects (art. 23)', () => {
  it('within 5 working days the petition goes back to the dispatchers with the reason', async () => {
    const c = await petition('草场承包经营权纠纷来信');
    const hr = desk.staff.token;
    const empty = await t.gql(Object_, { input: { id: c.id, version: c.version, reason: ' ' } }, hr);
    expect(empty.caseObject.userErrors).toMatchObject([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const res = await t.gql(Object_, { input: { id: c.id, version: c.version, reason: '草场承包经营权纠纷属林草局职责，不属人社局' } }, hr);
    expect(res.caseObject.userErrors).toEqual([]);
    expect(res.caseObject.case).toMatchObject({ status: 'RECEIVED', assignments: [] });
    const after = await t.gql(Procedure, { id: c.id }, dispatcher);
    const last = (after.node as { timeline: { nodes: { type: string; details: Record<string, unknown> }[] } }).timeline.nodes.at(-1)!;
    expect(last).toMatchObject({ type: 'OBJECTED', details: { agency: desk.agency.shortName, reason: '草场承包经营权纠纷属林草局职责，不属人社局', objectionDueDate: '2027-03-10' } });
    // The dispatcher is not the objecting agency.
    const byDispatcher = await t.request(Object_, { input: { id: c.id, version: res.caseObject.case!.version, reason: 'x' } }, dispatcher);
    expect(byDispatcher.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('after 5 working days the objection is refused', async () => {
    const c = await petition('草场补偿来信（交办已满5个工作日）');
    // Time passes: assigned on Tuesday 23 February, the fifth working day after it was Tuesday 2 March.
    await t.sql(`update assignment set assigned_at = '2027-02-23T10:00:00+08:00' where case_id = $1`, [localId(c.id, 'Case')]);
    const res = await t.gql(Object_, { input: { id: c.id, version: c.version, reason: '不属本部门职责' } }, desk.staff.token);
    expect(res.caseObject.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'OUT_OF_RANGE' }]);
    expect(res.caseObject.userErrors[0]!.message).toContain('2027-03-02');
  });
});

describe('written answer, 复查 and 复核 (arts. 35–36)', () => {
  it('each is a follow-up case linked to the one before, answered within 30 days; after 复核 the matter is not accepted again', async () => {
    let c = await petition('草场征占补偿标准来信', '2027-01-10T09:00:00+08:00');
    const answered = await t.gql(Answer, { input: { id: c.id, version: c.version, answeredOn: '2027-03-01', summary: '补偿标准符合自治区规定，不予调整。' } }, dispatcher);
    expect(answered.petitionAnswerRecord.userErrors).toEqual([]);
    expect(answered.petitionAnswerRecord.case!.petitionProcedure).toEqual({ stage: 'ORIGINAL', answeredOn: '2027-03-01' });
    c = { ...c, version: answered.petitionAnswerRecord.case!.version };

    const review = await t.gql(Review, { input: { id: c.id, version: c.version, requestedOn: '2027-03-03', reason: '认为补偿标准过低' } }, dispatcher);
    expect(review.petitionReviewRequest.userErrors).toEqual([]);
    const r = review.petitionReviewRequest.case!;
    expect(r).toMatchObject({ title: '复查：草场征占补偿标准来信', status: 'RECEIVED', dueDate: '2027-04-02', parties: [{ name: '巴某' }] });
    expect(r.petitionProcedure).toEqual({ stage: 'REVIEW', previousCase: { id: c.id } });
    expect(r.links.map((l) => l.other.id)).toEqual([c.id]);
    const original = await t.gql(Procedure, { id: c.id }, dispatcher);
    const node = original.node as { version: number; followUps: { id: string }[]; timeline: { nodes: { type: string; details: Record<string, unknown> }[] } };
    expect(node.followUps).toEqual([{ id: r.id }]);
    expect(node.timeline.nodes.at(-1)).toMatchObject({ type: 'REVIEW_REQUESTED', details: { stage: 'REVIEW', requestBy: '2027-03-31' } });
    const twice = await t.gql(Review, { input: { id: c.id, version: node.version, requestedOn: '2027-03-03', reason: '再次请求' } }, dispatcher);
    expect(twice.petitionReviewRequest.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'TAKEN' }]);

    // The review is dispatched like any case, to the body that reviews, and answered in writing.
    const reviewing = await t.gql(CaseDispatch, { input: { id: r.id, version: r.version, leadAgencyId: petitionBureau.id } }, dispatcher);
    expect(reviewing.caseDispatch.case!.dueDate).toBe('2027-04-02');
    const reviewDone = await t.gql(Answer, { input: { id: r.id, version: reviewing.caseDispatch.case!.version, answeredOn: '2027-03-03', summary: '复查维持原答复意见。' } }, dispatcher);
    expect(reviewDone.petitionAnswerRecord.userErrors).toEqual([]);
    const reReview = await t.gql(Review, { input: { id: r.id, version: reviewDone.petitionAnswerRecord.case!.version, requestedOn: '2027-03-03', reason: '对复查意见不服' } }, dispatcher);
    expect(reReview.petitionReviewRequest.userErrors).toEqual([]);
    const rr = reReview.petitionReviewRequest.case!;
    expect(rr).toMatchObject({ title: '复核：草场征占补偿标准来信', status: 'RECEIVED' });
    expect(rr.petitionProcedure).toEqual({ stage: 'RE_REVIEW', previousCase: { id: r.id } });

    const again = await t.gql(Review, { input: { id: rr.id, version: rr.version, requestedOn: '2027-03-03', reason: '仍以同一事实和理由投诉' } }, dispatcher);
    expect(again.petitionReviewRequest.userErrors).toEqual([]);
    const no = again.petitionReviewRequest.case!;
    expect(no.status).toBe('REJECTED');
    expect(no.petitionProcedure).toEqual({ stage: 'NOT_ACCEPTED_AGAIN', previousCase: { id: rr.id } });
    expect(no.outcomeNote).toContain('不再受理');
    expect(no.outcomeNote).toContain('第三十六条');
  });

  it('a review asked more than 30 days after the written answer is refused; without a written answer there is nothing to review', async () => {
    const c = await petition('草场界线来信', '2027-01-10T09:00:00+08:00');
    const early = await t.gql(Review, { input: { id: c.id, version: c.version, requestedOn: '2027-03-03', reason: '不服' } }, dispatcher);
    expect(early.petitionReviewRequest.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'INVALID_STATE' }]);
    const answered = await t.gql(Answer, { input: { id: c.id, version: c.version, answeredOn: '2027-01-20', summary: '界线以确权登记为准。' } }, dispatcher);
    expect(answered.petitionAnswerRecord.userErrors).toEqual([]);
    const late = await t.gql(Review, { input: { id: c.id, version: answered.petitionAnswerRecord.case!.version, requestedOn: '2027-03-03', reason: '不服' } }, dispatcher);
    expect(late.petitionReviewRequest.userErrors).toMatchObject([{ field: ['input', 'requestedOn'], code: 'OUT_OF_RANGE' }]);
    expect(late.petitionReviewRequest.userErrors[0]!.message).toContain('30日内（2027-02-19前）');
  });
});

describe('a visit by more than 5 people (art. 20)', () => {
  const visit = (parties: { name: string; headcount?: number; representative?: boolean }[]) => t.gql(CaseCreate, { input: {
    centerId: center, kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'LAND_GRASSLAND', title: '30名牧民反映草场补偿', description: '集体来访。',
    parties: parties.map((p) => ({ role: 'APPLICANT' as const, type: 'PERSON' as const, ...p })),
  } }, dispatcher);

  it('must name representatives, at most 5; the representatives are parties and the headcount stays', async () => {
    const none = await visit([{ name: '牧民30人', headcount: 30 }]);
    expect(none.caseCreate.userErrors).toMatchObject([{ field: ['input', 'parties'], code: 'REQUIRED' }]);
    const six = await visit(Array.from({ length: 6 }, (_, i) => ({ name: `代表${i + 1}`, headcount: 5, representative: true })));
    expect(six.caseCreate.userErrors).toMatchObject([{ field: ['input', 'parties', '5', 'representative'], code: 'OUT_OF_RANGE' }]);
    const ok = await visit([
      ...Array.from({ length: 5 }, (_, i) => ({ name: `代表${i + 1}`, representative: true })),
      { name: '其余牧民', headcount: 25 },
    ]);
    expect(ok.caseCreate.userErrors).toEqual([]);
    expect(ok.caseCreate.case).toMatchObject({ headcount: 30 });
    expect(ok.caseCreate.case!.parties).toHaveLength(6);
  });
});
