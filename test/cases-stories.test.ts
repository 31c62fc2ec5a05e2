/**
 * The seed articles' stories, end to end through GraphQL, each step by the person who does it.
 * The hub's clock stands in October 2025, when the wage claim happened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import {
  CaseAgreement, CaseById, CaseClose, CaseConfirmationDecide, CaseConfirmationRequest, CaseCreate, CaseDispatch,
  CaseExtensionDecide, CaseExtensionRequest, CaseFeedback, CasePartyAdd, CasePayment, CaseResolve, CaseSession,
  orgIds, Suggestion, type OrgIds,
} from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';

const NOW = '2025-10-20T09:00:00+08:00';
const UserCreate = graphql(`mutation StoryUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message } } }`);
const Grant = graphql(`mutation StoryGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { message } } }`);

let t: TestHub;
let org: OrgIds;
beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: NOW });
  org = await orgIds(t, await t.login('admin'));
});
afterAll(() => t?.close());

async function load(id: string, token: string) {
  const data = await t.gql(CaseById, { id }, token);
  if (!data.node || !('number' in data.node)) throw new Error('not a visible case');
  return data.node;
}

describe('杭锦旗: 72 workers’ wage claim', () => {
  it('is dispatched to 人社 with 林草 assisting and resolved within 3 days', async () => {
    const dispatcher = await t.login('hj.dispatcher');
    const created = await t.gql(CaseCreate, {
      input: {
        centerId: org.center('杭锦旗综治中心'), kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'WAGE_ARREARS',
        title: '72名农民工讨要沙障工程工资', description: '工程收尾时用工方迟迟未结算工资，务工人员情绪激动。', amount: '302000.00',
        parties: [
          { role: 'APPLICANT', type: 'PERSON', name: '杨文学', headcount: 72, phone: '13882245671', idNumber: '511322198203152314' },
          { role: 'RESPONDENT', type: 'ORGANISATION', name: '杭锦旗某生态建设有限公司' },
        ],
      },
    }, dispatcher);
    expect(created.caseCreate.userErrors).toEqual([]);
    let c = created.caseCreate.case!;
    expect(c.number).toBe('150625-2025-000001');
    expect(c.trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    // 72 people in one party: a potential group incident, visible at once.
    expect(c).toMatchObject({ status: 'RECEIVED', riskLevel: 'HIGH', headcount: 72, amount: '302000.00', acceptDueDate: '2025-10-23' });
    expect(c.parties[0]).toMatchObject({ idNumber: '511322198203152314', phone: '13882245671' });

    const suggestion = await t.gql(Suggestion, { id: c.id }, dispatcher);
    const s = suggestion.node && 'dispatchSuggestion' in suggestion.node ? suggestion.node.dispatchSuggestion! : undefined;
    expect(s!.leadAgency!.shortName).toBe('人社局');
    expect(s!.basis).toContain('拖欠工资');
    expect(s!.mediators[0]!.mediator.name).toBe('敖勒格尔');
    expect(s!.mediators[0]!.reasons).toContain('擅长该类纠纷');

    const dispatched = await t.gql(CaseDispatch, {
      input: { id: c.id, version: c.version, leadAgencyId: s!.leadAgency!.id, cooperatingAgencyIds: [org.agency('林草局', 'hj')], mediatorId: s!.mediators[0]!.mediator.id },
    }, dispatcher);
    expect(dispatched.caseDispatch.userErrors).toEqual([]);
    c = dispatched.caseDispatch.case!;
    expect(c).toMatchObject({ status: 'DISPATCHED', leadAgency: { shortName: '人社局' }, mediator: { name: '敖勒格尔' }, dueDate: '2025-11-19' });
    expect(c.assignments.map((a) => `${a.role}:${a.agency?.shortName}`)).toEqual(['LEAD:人社局', 'COOPERATING:林草局', 'MEDIATOR:人社局']);

    const hr = await t.login('hj.hr');
    const forestry = await t.login('hj.forestry');
    // The cooperating agency sees the case; a stranger does not.
    expect((await load(c.id, forestry)).number).toBe(c.number);
    expect((await t.gql(CaseById, { id: c.id }, await t.login('yj.dispatcher'))).node).toBeNull();

    c = (await t.gql(CaseSession, {
      input: { id: c.id, version: c.version, method: 'FACE_TO_FACE', heldAt: '2025-10-20T09:05:00+08:00', participants: '敖勒格尔、林草局、用工方、杨文学', notes: '释法明理，逐人核对金额' },
    }, hr)).caseSessionRecord.case!;
    expect(c.status).toBe('IN_PROGRESS');
    c = (await t.gql(CaseAgreement, {
      input: { id: c.id, version: c.version, terms: '3日内足额支付工资30.2万元', totalAmount: '302000.00', effectiveDate: '2025-10-20', instalments: [{ dueDate: '2025-10-23', amount: '302000.00' }] },
    }, hr)).caseAgreementRecord.case!;
    const paid = await t.gql(CasePayment, { input: { id: c.id, version: c.version, amount: '302000.00', paidDate: '2025-10-20', note: '现金、转账及视频连线确认发放' } }, hr);
    expect(paid.casePaymentRecord.userErrors).toEqual([]);
    c = (await t.gql(CaseResolve, { input: { id: c.id, version: paid.casePaymentRecord.case!.version, note: '3天内全部发放到位' } }, hr)).caseResolve.case!;
    expect(c.status).toBe('RESOLVED');

    const feedback = await t.gql(CaseFeedback, {
      input: { id: c.id, version: c.version, partyId: c.parties[0]!.id, satisfaction: 'VERY_SATISFIED', comment: '血汗钱全部到账' },
    }, dispatcher);
    const closed = await t.gql(CaseClose, { input: { id: c.id, version: feedback.caseFeedbackRecord.case!.version } }, dispatcher);
    expect(closed.caseClose.case).toMatchObject({ status: 'CLOSED' });

    const full = await load(c.id, dispatcher);
    expect(full.timeline.nodes.map((e) => e.type)).toEqual([
      'RECEIVED', 'DISPATCHED', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED', 'RESOLVED', 'FEEDBACK_RECORDED', 'CLOSED',
    ]);
    expect(full.timeline.nodes.map((e) => e.actorName)).toEqual(['杭锦旗受理员', '杭锦旗受理员', '敖勒格尔', '敖勒格尔', '敖勒格尔', '敖勒格尔', '杭锦旗受理员', '杭锦旗受理员']);
    expect(full.agreement).toMatchObject({ paidAmount: '302000.00', outstandingAmount: '0.00', overdue: false });
  });
});

describe('杭锦旗: the grassland fence', () => {
  it('is settled by phone for 3,000 CNY after the town center found the company', async () => {
    const dispatcher = await t.login('hj.dispatcher');
    let c = (await t.gql(CaseCreate, {
      input: {
        centerId: org.center('杭锦旗综治中心'), kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'PROPERTY_DAMAGE',
        title: '施工破坏草场围栏', description: '某电业施工公司破坏牧民布某的草场围栏，布某无法提供企业联系方式。',
        parties: [{ role: 'APPLICANT', type: 'PERSON', name: '布某', phone: '15947712380' }],
      },
    }, dispatcher)).caseCreate.case!;
    expect(c.number).toBe('150625-2025-000002');
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: org.mediator('李建忠') } }, dispatcher)).caseDispatch.case!;
    // Dispatching only a mediator makes the mediator's organisation the lead.
    expect(c).toMatchObject({ leadAgency: { shortName: '人民调解委员会' }, mediator: { name: '李建忠' } });

    // The mediator cannot yet see the respondent; the town center finds the company, the mediator adds it.
    const li = await t.login('hj.lijianzhong');
    c = (await t.gql(CasePartyAdd, {
      input: { id: c.id, version: c.version, party: { role: 'RESPONDENT', type: 'ORGANISATION', name: '某电业施工公司', phone: '13704775520' } },
    }, li)).casePartyAdd.case!;
    c = (await t.gql(CaseSession, {
      input: { id: c.id, version: c.version, method: 'PHONE', heldAt: '2025-10-20T09:05:00+08:00', participants: '李建忠、塔然高勒综治中心、企业负责人', notes: '电话释明侵权后果' },
    }, li)).caseSessionRecord.case!;
    c = (await t.gql(CaseAgreement, { input: { id: c.id, version: c.version, terms: '赔偿3000元', totalAmount: '3000', effectiveDate: '2025-10-20' } }, li)).caseAgreementRecord.case!;
    c = (await t.gql(CasePayment, { input: { id: c.id, version: c.version, amount: '3000.00', paidDate: '2025-10-20', note: '微信转账' } }, li)).casePaymentRecord.case!;
    c = (await t.gql(CaseResolve, { input: { id: c.id, version: c.version, note: '电话调解化解' } }, li)).caseResolve.case!;
    // The mediator is not the one who closes: that is the center's.
    const byMediator = await t.request(CaseClose, { input: { id: c.id, version: c.version, withoutFeedbackReason: '不需要' } }, li);
    expect(byMediator.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noFeedback = await t.gql(CaseClose, { input: { id: c.id, version: c.version } }, dispatcher);
    expect(noFeedback.caseClose.userErrors).toMatchObject([{ field: ['input', 'withoutFeedbackReason'], code: 'REQUIRED' }]);
    expect(noFeedback.caseClose.userErrors[0]!.message).toContain('布某');
    const applicant = c.parties.find((p) => p.role === 'APPLICANT')!;
    c = (await t.gql(CaseFeedback, { input: { id: c.id, version: c.version, partyId: applicant.id, satisfaction: 'SATISFIED' } }, dispatcher)).caseFeedbackRecord.case!;
    c = (await t.gql(CaseClose, { input: { id: c.id, version: c.version } }, dispatcher)).caseClose.case!;
    expect(c.status).toBe('CLOSED');
    const full = await load(c.id, dispatcher);
    expect(full.sessions).toMatchObject([{ method: 'PHONE', mediator: { name: '李建忠' } }]);
    expect(full.agreement).toMatchObject({ totalAmount: '3000.00', paidAmount: '3000.00' });
    expect(full.timeline.nodes.find((e) => e.type === 'PARTY_ADDED')).toMatchObject({ actorName: '李建忠' });
  });
});

describe('伊金霍洛旗: the traffic accident', () => {
  it('goes to 翠芳工作室, back to back then face to face, with a 200,000 CNY advance confirmed by the court', async () => {
    const dispatcher = await t.login('yj.dispatcher');
    let c = (await t.gql(CaseCreate, {
      input: {
        centerId: org.center('伊金霍洛旗综治中心'), kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'TRAFFIC_ACCIDENT',
        title: '跨省交通事故赔偿纠纷', description: '刘某家属与负主要责任的驾驶人王某就赔偿金额激烈争执。',
        parties: [
          { role: 'APPLICANT', type: 'PERSON', name: '刘某家属', headcount: 4 },
          { role: 'RESPONDENT', type: 'PERSON', name: '王某', phone: '18247790321' },
        ],
      },
    }, dispatcher)).caseCreate.case!;
    const suggestion = await t.gql(Suggestion, { id: c.id }, dispatcher);
    const s = suggestion.node && 'dispatchSuggestion' in suggestion.node ? suggestion.node.dispatchSuggestion! : undefined;
    expect(s).toMatchObject({ leadAgency: { shortName: '交通调委会' }, cooperatingAgencies: [{ shortName: '公安' }] });
    expect(s!.mediators[0]!.mediator.name).toBe('张翠芳');
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: s!.mediators[0]!.mediator.id } }, dispatcher)).caseDispatch.case!;

    const cuifang = await t.login('yj.zhangcuifang');
    for (const method of ['SEPARATE', 'FACE_TO_FACE'] as const) {
      c = (await t.gql(CaseSession, { input: { id: c.id, version: c.version, method, heldAt: '2025-10-20T09:05:00+08:00', participants: '张翠芳与双方', notes: '安抚情绪，依法核算赔偿' } }, cuifang)).caseSessionRecord.case!;
    }
    c = (await t.gql(CaseAgreement, { input: { id: c.id, version: c.version, terms: '王某预付应急款20万元', totalAmount: '200000.00', effectiveDate: '2025-10-20' } }, cuifang)).caseAgreementRecord.case!;
    const late = await t.gql(CaseConfirmationRequest, { input: { id: c.id, version: c.version, courtAgencyId: org.agency('法院', 'yj'), requestedDate: '2025-09-01' } }, cuifang);
    expect(late.caseConfirmationRequest.userErrors).toMatchObject([{ field: ['input', 'requestedDate'], code: 'OUT_OF_RANGE' }]);
    const notCourt = await t.gql(CaseConfirmationRequest, { input: { id: c.id, version: c.version, courtAgencyId: org.agency('公安', 'yj'), requestedDate: '2025-10-20' } }, cuifang);
    expect(notCourt.caseConfirmationRequest.userErrors).toMatchObject([{ field: ['input', 'courtAgencyId'], code: 'INVALID' }]);
    const requested = await t.gql(CaseConfirmationRequest, { input: { id: c.id, version: c.version, courtAgencyId: org.agency('法院', 'yj'), requestedDate: '2025-10-20' } }, cuifang);
    expect(requested.caseConfirmationRequest.confirmation).toEqual({ result: 'PENDING', decisionDueDate: '2025-11-04' });
    c = requested.caseConfirmationRequest.case!;
    c = (await t.gql(CaseConfirmationDecide, { input: { id: c.id, version: c.version, confirmed: true, decidedDate: '2025-10-20' } }, dispatcher)).caseConfirmationDecide.case!;
    c = (await t.gql(CasePayment, { input: { id: c.id, version: c.version, amount: '200000.00', paidDate: '2025-10-20' } }, cuifang)).casePaymentRecord.case!;
    c = (await t.gql(CaseResolve, { input: { id: c.id, version: c.version, note: '王某预付20万元应急款，纠纷化解' } }, cuifang)).caseResolve.case!;
    const full = await load(c.id, dispatcher);
    expect(full.status).toBe('RESOLVED');
    expect(full.sessions.map((x) => x.method)).toEqual(['SEPARATE', 'FACE_TO_FACE']);
    expect(full.agreement!.confirmations).toMatchObject([{ result: 'CONFIRMED', court: { shortName: '法院' } }]);
  });
});

describe('伊金霍洛旗: the construction payment', () => {
  it('pays 30%, stalls, gets a follow-up extension from a leader, then pays the rest', async () => {
    // 老张 gets a login of his own for the mini-program's mediator side.
    const admin = await t.login('yj.admin');
    const user = await t.gql(UserCreate, { input: { username: 'yj.laozhang', password: 'Mediator-2025', displayName: '张建军', homeCenterId: org.center('伊金霍洛旗综治中心') } }, admin);
    await t.gql(Grant, { input: { userId: user.userCreate.user!.id, role: 'MEDIATOR', mediatorId: org.mediator('张建军') } }, admin);
    const laozhang = (await t.gql(graphql(`mutation LaozhangLogin { sessionCreate(input: { username: "yj.laozhang", password: "Mediator-2025" }) { accessToken } }`), {})).sessionCreate.accessToken!;

    const dispatcher = await t.login('yj.dispatcher');
    let c = (await t.gql(CaseCreate, {
      input: {
        centerId: org.center('伊金霍洛旗综治中心'), kind: 'DISPUTE', channel: 'ONLINE', categoryCode: 'CONSTRUCTION_PAYMENT', amount: '800000.00',
        title: '拖欠工程款', description: '赵某通过“伊码解纷”小程序申报某公司拖欠工程款。', receivedAt: '2025-09-01T08:40:00+08:00',
        parties: [
          { role: 'APPLICANT', type: 'ORGANISATION', name: '伊金霍洛旗某建设有限公司', idNumber: '91150627MA0Q1W7E4X', phone: '13948771102' },
          { role: 'RESPONDENT', type: 'ORGANISATION', name: '鄂尔多斯某实业有限公司' },
        ],
      },
    }, dispatcher)).caseCreate;
    // A credit code with a wrong check character is refused, naming the field.
    expect(c.userErrors).toMatchObject([{ field: ['input', 'parties', '0', 'idNumber'], code: 'INVALID' }]);
    c = (await t.gql(CaseCreate, {
      input: {
        centerId: org.center('伊金霍洛旗综治中心'), kind: 'DISPUTE', channel: 'ONLINE', categoryCode: 'CONSTRUCTION_PAYMENT', amount: '800000.00',
        title: '拖欠工程款', description: '赵某通过“伊码解纷”小程序申报某公司拖欠工程款。', receivedAt: '2025-09-01T08:40:00+08:00',
        parties: [
          { role: 'APPLICANT', type: 'ORGANISATION', name: '伊金霍洛旗某建设有限公司', phone: '13948771102' },
          { role: 'RESPONDENT', type: 'ORGANISATION', name: '鄂尔多斯某实业有限公司' },
        ],
      },
    }, dispatcher)).caseCreate;
    let k = c.case!;
    k = (await t.gql(CaseDispatch, { input: { id: k.id, version: k.version, mediatorId: org.mediator('张建军') } }, dispatcher)).caseDispatch.case!;
    const first = (await load(k.id, dispatcher)).timeline.nodes.find((e) => e.type === 'DISPATCHED')!;
    expect(first.details).toMatchObject({ assignments: [{ role: 'LEAD', agency: '建工调委会' }, { role: 'MEDIATOR', mediator: '张建军' }] });

    k = (await t.gql(CaseSession, { input: { id: k.id, version: k.version, method: 'FACE_TO_FACE', heldAt: '2025-10-01T10:00:00+08:00', participants: '老张、赵某、某公司', notes: '确认欠款80万元' } }, laozhang)).caseSessionRecord.case!;
    const wrongSum = await t.gql(CaseAgreement, {
      input: { id: k.id, version: k.version, terms: '分两期', totalAmount: '800000.00', effectiveDate: '2025-10-01', instalments: [{ dueDate: '2025-10-05', amount: '240000.00' }, { dueDate: '2025-10-15', amount: '500000.00' }] },
    }, laozhang);
    expect(wrongSum.caseAgreementRecord.userErrors).toMatchObject([{ field: ['input', 'instalments'], code: 'INVALID' }]);
    expect(wrongSum.caseAgreementRecord.userErrors[0]!.message).toContain('740000.00');
    k = (await t.gql(CaseAgreement, {
      input: { id: k.id, version: k.version, terms: '先付30%，余款10月15日前付清', totalAmount: '800000.00', effectiveDate: '2025-10-01', instalments: [{ dueDate: '2025-10-05', amount: '240000.00' }, { dueDate: '2025-10-15', amount: '560000.00' }] },
    }, laozhang)).caseAgreementRecord.case!;
    k = (await t.gql(CasePayment, { input: { id: k.id, version: k.version, amount: '240000.00', paidDate: '2025-10-04', note: '30%' } }, laozhang)).casePaymentRecord.case!;
    // Then the company stalls: the second instalment is overdue and flagged.
    let full = await load(k.id, dispatcher);
    expect(full.agreement).toMatchObject({ overdue: true, paidAmount: '240000.00', outstandingAmount: '560000.00' });
    expect(full.agreement!.instalments.map((i) => [i.paid, i.overdue])).toEqual([[true, false], [false, true]]);
    const tooMuch = await t.gql(CasePayment, { input: { id: k.id, version: k.version, amount: '600000.00', paidDate: '2025-10-19' } }, laozhang);
    expect(tooMuch.casePaymentRecord.userErrors).toMatchObject([{ field: ['input', 'amount'], code: 'OUT_OF_RANGE' }]);

    const tooLong = await t.gql(CaseExtensionRequest, { input: { id: k.id, version: k.version, days: 45, reason: '企业拖延' } }, laozhang);
    expect(tooLong.caseExtensionRequest.userErrors).toMatchObject([{ field: ['input', 'days'], code: 'OUT_OF_RANGE' }]);
    const asked = await t.gql(CaseExtensionRequest, { input: { id: k.id, version: k.version, days: 20, reason: '企业借故拖延，需延期跟进督促履约' } }, laozhang);
    expect(asked.caseExtensionRequest.extensionRequest).toMatchObject({ days: 20, status: 'PENDING' });
    k = asked.caseExtensionRequest.case!;
    const dueBefore = k.dueDate!;
    // Only a leader decides.
    const byDispatcher = await t.request(CaseExtensionDecide, { input: { requestId: asked.caseExtensionRequest.extensionRequest!.id, version: k.version, approve: true } }, dispatcher);
    expect(byDispatcher.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const decided = await t.gql(CaseExtensionDecide, { input: { requestId: asked.caseExtensionRequest.extensionRequest!.id, version: k.version, approve: true, note: '同意延期跟进' } }, await t.login('yj.leader'));
    expect(decided.caseExtensionDecide.userErrors).toEqual([]);
    k = decided.caseExtensionDecide.case!;
    expect(k.extendedDays).toBe(20);
    expect(k.dueDate! > dueBefore).toBe(true);
    // The legal maximum is one extension.
    const again = await t.gql(CaseExtensionRequest, { input: { id: k.id, version: k.version, days: 5, reason: '再延' } }, laozhang);
    expect(again.caseExtensionRequest.userErrors).toMatchObject([{ field: ['input', 'id'], code: 'INVALID_STATE' }]);

    k = (await t.gql(CasePayment, { input: { id: k.id, version: k.version, amount: '560000.00', paidDate: '2025-10-19', note: '余款付清' } }, laozhang)).casePaymentRecord.case!;
    k = (await t.gql(CaseResolve, { input: { id: k.id, version: k.version, note: '经延期跟进，工程款全部付清' } }, laozhang)).caseResolve.case!;
    full = await load(k.id, dispatcher);
    expect(full.status).toBe('RESOLVED');
    expect(full.agreement).toMatchObject({ overdue: false, outstandingAmount: '0.00' });
    expect(full.extensionRequests).toMatchObject([{ days: 20, status: 'APPROVED', decidedByName: '王志刚' }]);
    expect(full.timeline.nodes.map((e) => e.type)).toEqual([
      'RECEIVED', 'DISPATCHED', 'SESSION_RECORDED', 'AGREEMENT_RECORDED', 'PAYMENT_RECORDED',
      'EXTENSION_REQUESTED', 'EXTENSION_DECIDED', 'PAYMENT_RECORDED', 'RESOLVED',
    ]);
    const decision = full.timeline.nodes.find((e) => e.type === 'EXTENSION_DECIDED')!;
    expect(decision.details).toMatchObject({ approved: true, days: 20, dueDateBefore: dueBefore, dueDateAfter: k.dueDate });
  });
});
