/**
 * The edges of what a client may send, as a tester found them: instants on days that do not exist, a payment
 * dated 1900 on a case received this week, a supervision answer due in 2200, and field paths that name a
 * field the input does not have. Built with factories; dates count from today in Asia/Shanghai (the factories
 * record sessions at the real time, so the clock is not faked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseAgreement, CaseCreate, CaseExtensionDecide, CaseExtensionRequest, CasePayment, CaseSupervise, CaseSupervisionAnswer,
} from './support/cases.js';
import { factories, type BuiltCase, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { shanghaiDate } from '../src/shared/scalars.js';

/** The Asia/Shanghai date `offset` days from today. */
const day = (offset: number) => shanghaiDate(new Date(Date.now() + offset * 86_400_000));

let t: TestHub;
let f: Factories;
let desk: Desk;
/** A desk of another county: its people are out of scope for `desk`'s cases. */
let elsewhere: Desk;

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  desk = await f.desk();
  elsewhere = await f.desk();
});
afterAll(() => t?.close());

const wageClaim = () => ({
  centerId: desk.center.id, kind: 'DISPUTE' as const, channel: 'WALK_IN' as const, categoryCode: 'NEIGHBOUR',
  title: '72名工人讨薪', description: '工程完工后工资未结清', parties: [{ role: 'APPLICANT' as const, type: 'PERSON' as const, name: '申请人甲' }],
});

describe('DateTime is a real RFC 3339 instant', () => {
  it('refuses 31 November (no roll-over into December), year 0, hour 24, a missing offset or seconds, naming the variable', async () => {
    for (const receivedAt of [
      '2026-11-31T10:00:00+08:00', '0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z', '2026-11-30T24:00:00+08:00',
      '2026-11-30T10:60:00+08:00', '2026-11-30T10:00:60+08:00', '2026-11-30T10:00+08:00', '2026-11-30T10:00:00', '2026-11-30T10:00:00+24:00',
      '2026-11-30', '+002026-11-30T10:00:00Z', '2026-11-30T10:00:00.+08:00', 'Mon, 30 Nov 2026 10:00:00 GMT',
    ]) {
      const res = await t.request(CaseCreate, { input: { ...wageClaim(), receivedAt } }, desk.dispatcher.token);
      expect(res.body.data ?? null, receivedAt).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code, receivedAt).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message, receivedAt).toMatch(/\$input.*input\.receivedAt.*DateTime 必须.*RFC 3339/);
    }
  });

  it('refuses the same in a literal of the document', async () => {
    const res = await t.post({
      query: `mutation { caseCreate(input: { centerId: "${desk.center.id}", kind: DISPUTE, channel: WALK_IN, categoryCode: "NEIGHBOUR", title: "讨薪", description: "工资未结清",
        parties: [{ role: APPLICANT, type: PERSON, name: "甲" }], receivedAt: "2026-11-31T10:00:00+08:00" }) { case { receivedAt } } }`,
    }, { authorization: `Bearer ${desk.dispatcher.token}` });
    const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.message).toMatch(/DateTime 必须/);
  });

  it('accepts real instants with any offset, Z and a fraction, and stores the instant they name', async () => {
    for (const [receivedAt, stored] of [
      [`${day(-1)}T10:00:00+08:00`, `${day(-1)}T10:00:00.000+08:00`],
      [`${day(-1)}T02:00:00Z`, `${day(-1)}T10:00:00.000+08:00`],
      [`${day(-2)}T21:30:00-05:00`, `${day(-1)}T10:30:00.000+08:00`],
      [`${day(-1)}T10:00:00.123456+08:00`, `${day(-1)}T10:00:00.123+08:00`],
      [`${day(-1)}t02:00:00z`, `${day(-1)}T10:00:00.000+08:00`],
    ]) {
      const res = await t.gql(CaseCreate, { input: { ...wageClaim(), receivedAt } }, desk.dispatcher.token);
      expect(res.caseCreate.userErrors, receivedAt).toEqual([]);
      expect(res.caseCreate.case!.receivedAt, receivedAt).toBe(stored);
    }
  });
});

describe('payment dates', () => {
  let c: BuiltCase;

  beforeAll(async () => {
    c = await f.case(desk, { status: 'IN_PROGRESS', input: { receivedAt: `${day(-10)}T09:00:00+08:00` } });
  });

  it('an agreement cannot take effect before the case was received', async () => {
    const early = await t.gql(CaseAgreement, { input: { id: c.id, version: c.version, terms: '3日内足额支付工资', totalAmount: '302000.00', effectiveDate: day(-11) } }, desk.staff.token);
    expect(early.caseAgreementRecord.userErrors).toMatchObject([{ field: ['input', 'effectiveDate'], code: 'OUT_OF_RANGE' }]);
    const agreed = await t.gql(CaseAgreement, { input: { id: c.id, version: c.version, terms: '3日内足额支付工资', totalAmount: '302000.00', effectiveDate: day(-5) } }, desk.staff.token);
    expect(agreed.caseAgreementRecord.userErrors).toEqual([]);
    c = agreed.caseAgreementRecord.case!;
  });

  it('a payment lies between the agreement taking effect and today (Asia/Shanghai)', async () => {
    for (const paidDate of ['1900-01-01', day(-10), day(-6), day(1)]) {
      const res = await t.gql(CasePayment, { input: { id: c.id, version: c.version, amount: '100.00', paidDate } }, desk.staff.token);
      expect(res.casePaymentRecord.userErrors, paidDate).toMatchObject([{ field: ['input', 'paidDate'], code: 'OUT_OF_RANGE' }]);
    }
    for (const paidDate of [day(-5), day(0)]) {
      const res = await t.gql(CasePayment, { input: { id: c.id, version: c.version, amount: '100.00', paidDate } }, desk.staff.token);
      expect(res.casePaymentRecord.userErrors, paidDate).toEqual([]);
      c = res.casePaymentRecord.case!;
    }
  });
});

describe('supervision answer dates', () => {
  it('are not before today and at most a year ahead', async () => {
    let c = await f.case(desk, { status: 'DISPATCHED' });
    for (const responseDueDate of ['2200-01-01', day(366), day(-1)]) {
      const res = await t.gql(CaseSupervise, { input: { id: c.id, version: c.version, instructions: '请三日内报告进展', responseDueDate } }, desk.leader.token);
      expect(res.caseSupervise.userErrors, responseDueDate).toMatchObject([{ field: ['input', 'responseDueDate'], code: 'OUT_OF_RANGE' }]);
    }
    for (const responseDueDate of [day(0), day(365)]) {
      const res = await t.gql(CaseSupervise, { input: { id: c.id, version: c.version, instructions: '请三日内报告进展', responseDueDate } }, desk.leader.token);
      expect(res.caseSupervise.userErrors, responseDueDate).toEqual([]);
      c = res.caseSupervise.case!;
    }
  });
});

describe('field paths name the input\'s own fields', () => {
  it('a supervision answered or an extension decided by someone out of scope: NOT_FOUND at supervisionId / requestId, not at a missing id', async () => {
    let c = await f.case(desk, { status: 'DISPATCHED' });
    const raised = await t.gql(CaseSupervise, { input: { id: c.id, version: c.version, instructions: '加快办理', responseDueDate: day(3) } }, desk.leader.token);
    c = raised.caseSupervise.case!;
    const answer = await t.post({
      query: 'mutation($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { userErrors { field code } } }',
      variables: { input: { supervisionId: raised.caseSupervise.supervision!.id, version: c.version, response: '已约谈' } },
    }, { authorization: `Bearer ${elsewhere.staff.token}` });
    expect(((await answer.json()) as { data: { caseSupervisionAnswer: unknown } }).data.caseSupervisionAnswer)
      .toEqual({ userErrors: [{ field: ['input', 'supervisionId'], code: 'NOT_FOUND' }] });

    const asked = await t.gql(CaseExtensionRequest, { input: { id: c.id, version: c.version, days: 10, reason: '需补充证据材料' } }, desk.staff.token);
    c = asked.caseExtensionRequest.case!;
    const decide = await t.post({
      query: 'mutation($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { userErrors { field code } } }',
      variables: { input: { requestId: asked.caseExtensionRequest.extensionRequest!.id, version: c.version, approve: true } },
    }, { authorization: `Bearer ${elsewhere.leader.token}` });
    expect(((await decide.json()) as { data: { caseExtensionDecide: unknown } }).data.caseExtensionDecide)
      .toEqual({ userErrors: [{ field: ['input', 'requestId'], code: 'NOT_FOUND' }] });

    // A stale version is reported at the input's own version, a decided request at requestId.
    const stale = await t.gql(CaseExtensionDecide, { input: { requestId: asked.caseExtensionRequest.extensionRequest!.id, version: c.version - 1, approve: true } }, desk.leader.token);
    expect(stale.caseExtensionDecide.userErrors).toMatchObject([{ field: ['input', 'version'], code: 'CONFLICT' }]);
    const answered = await t.gql(CaseSupervisionAnswer, { input: { supervisionId: raised.caseSupervise.supervision!.id, version: c.version, response: '已约谈双方' } }, desk.staff.token);
    expect(answered.caseSupervisionAnswer.userErrors).toEqual([]);
  });
});
