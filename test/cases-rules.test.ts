/**
 * The rules around the loop: intake validation, the transition table, concurrency, who sees what,
 * reassignment history, moves between centers, links and same-source detection, supervision, search.
 * The hub's clock stands on Monday 2025-11-03, 10:00 Beijing time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import {
  CaseById, CaseClose, CaseCreate, CaseDelegate, CaseDispatch, CaseEscalate, CaseFail, CaseFeedback, CaseLinkDoc, CaseReassign,
  CaseReject, CaseReopen, CaseResolve, Cases, CaseSession, CaseSupervise, CaseSupervisionAnswer, CaseSweep, CaseUpdate,
  CaseWithdraw, Suggestion,
} from './support/cases.js';
import { factories, routingRule, specialist, type BuiltAgency, type BuiltCenter, type BuiltMediator, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let f: Factories;
/** Two counties built for this file, each with a town: most stories happen at `yjDesk`, the other is the stranger. */
let yjDesk: Desk;
let hjDesk: Desk;
let yjTown: BuiltCenter;
let hjTown: BuiltCenter;
/** Two mediation organisations of `yjDesk`'s county with a mediator each. */
let marriage: BuiltAgency;
let lawyers: BuiltAgency;
let wangLi: BuiltMediator;
let gaoYan: BuiltMediator;
/** The other county's 林草局, beside its desk's agency. */
let hjForestry: BuiltAgency;
let yj: string;
let hj: string;

type Party = { role: 'APPLICANT' | 'RESPONDENT'; type: 'PERSON' | 'ORGANISATION'; name: string; idNumber?: string; phone?: string; headcount?: number };
const applicant: Party = { role: 'APPLICANT', type: 'PERSON', name: '申请人甲' };

async function intake(token: string, overrides: Record<string, unknown> = {}) {
  const res = await t.gql(CaseCreate, {
    input: {
      centerId: yjDesk.center.id, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'NEIGHBOUR',
      title: '邻里纠纷', description: '因噪音发生争执', parties: [applicant], ...overrides,
    } as never,
  }, token);
  if (res.caseCreate.userErrors.length) throw new Error(JSON.stringify(res.caseCreate.userErrors));
  return res.caseCreate.case!;
}

async function view(id: string, token: string) {
  const data = await t.gql(CaseById, { id }, token);
  return data.node && 'number' in data.node ? data.node : null;
}

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2025-11-03T10:00:00+08:00' });
  f = await factories(t);
  yjDesk = await f.desk();
  hjDesk = await f.desk();
  yjTown = await f.center({ parent: yjDesk.center });
  hjTown = await f.center({ parent: hjDesk.center });
  marriage = await f.agency(yjDesk.center, { name: '婚姻家庭纠纷人民调解委员会', shortName: '婚调委', kind: 'MEDIATION_COMMITTEE' });
  lawyers = await f.agency(yjDesk.center, { name: '三师联动调解中心', shortName: '三师联动', kind: 'MEDIATION_COMMITTEE' });
  wangLi = await f.mediator(marriage, { name: '王丽' });
  gaoYan = await f.mediator(lawyers, { name: '高燕' });
  hjForestry = await f.agency(hjDesk.center, { name: '旗林业和草原局', shortName: '林草局', kind: 'FORESTRY_GRASSLAND' });
  yj = yjDesk.dispatcher.token;
  hj = hjDesk.dispatcher.token;
});
afterAll(() => t?.close());

describe('intake validation', () => {
  it('reports every problem of the input with its field, and saves nothing', async () => {
    const before = (await t.sql<{ n: number }>('select count(*)::int as n from hub_case'))[0]!.n;
    const res = await t.gql(CaseCreate, {
      input: {
        centerId: yjDesk.center.id, kind: 'PETITION', channel: 'PETITION_LETTER', categoryCode: 'UFO',
        title: ' ', description: 'x'.repeat(5001), receivedAt: '2030-01-01T00:00:00+08:00',
        parties: [
          { role: 'RESPONDENT', type: 'PERSON', name: '', idNumber: '150627199001011234', phone: '12345', headcount: 0 },
        ],
        riskFlag: 'HIGH',
      },
    }, yj);
    expect(res.caseCreate.case).toBeNull();
    expect(res.caseCreate.userErrors.map((e) => `${e.field.slice(1).join('.')}:${e.code}`)).toEqual([
      'categoryCode:NOT_FOUND', 'title:REQUIRED', 'description:TOO_LONG', 'receivedAt:OUT_OF_RANGE',
      'parties.0.name:REQUIRED', 'parties.0.idNumber:INVALID', 'parties.0.phone:INVALID', 'parties.0.headcount:OUT_OF_RANGE',
      'parties:REQUIRED', 'riskReason:REQUIRED',
    ]);
    expect((await t.sql<{ n: number }>('select count(*)::int as n from hub_case'))[0]!.n).toBe(before);
  });

  it('refuses amounts that are not exact money', async () => {
    for (const amount of ['30.2万', '-5.00', '1.234', '1e6']) {
      const res = await t.request(CaseCreate, {
        input: { centerId: yjDesk.center.id, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'OTHER', title: 't', description: 'd', parties: [applicant], amount },
      }, yj);
      expect(res.body.errors?.[0]?.extensions?.code, amount).toBe('BAD_USER_INPUT');
    }
  });

  it('only lets a dispatcher of the center receive cases there', async () => {
    const res = await t.request(CaseCreate, {
      input: { centerId: yjDesk.center.id, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'OTHER', title: 't', description: 'd', parties: [applicant] },
    }, hj);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mediator = await t.request(CaseCreate, {
      input: { centerId: yjDesk.center.id, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'OTHER', title: 't', description: 'd', parties: [applicant] },
    }, yjDesk.mediatorUser.token);
    expect(mediator.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('numbers cases per center and year without gaps or duplicates under concurrency', async () => {
    const created = await Promise.all(Array.from({ length: 12 }, () => intake(hj, { centerId: hjTown.id })));
    const numbers = created.map((c) => c.number).sort();
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => `${hjTown.divisionCode}-2025-${String(i + 1).padStart(6, '0')}`));
    expect(new Set(created.map((c) => c.trackingCode)).size).toBe(12);
  });
});

describe('the transition table', () => {
  it('refuses an illegal step with a user error naming the current status', async () => {
    const c = await intake(yj);
    const resolve = await t.gql(CaseResolve, { input: { id: c.id, version: c.version, note: '想直接化解' } }, yj);
    expect(resolve.caseResolve.userErrors).toEqual([{ field: ['input', 'id'], code: 'INVALID_STATE', message: '案件当前状态为“已受理待分流”（RECEIVED），不能化解' }]);
    const close = await t.gql(CaseClose, { input: { id: c.id, version: c.version } }, yj);
    expect(close.caseClose.userErrors[0]!.code).toBe('INVALID_STATE');
    const reopen = await t.gql(CaseReopen, { input: { id: c.id, version: c.version, reason: '重新' } }, yj);
    expect(reopen.caseReopen.userErrors[0]!.message).toMatch(/RECEIVED/);
    const session = await t.gql(CaseSession, { input: { id: c.id, version: c.version, method: 'PHONE', heldAt: '2025-11-03T10:05:00+08:00', participants: 'a', notes: 'b' } }, yj);
    expect(session.caseSessionRecord.userErrors[0]!.code).toBe('INVALID_STATE');
    expect((await view(c.id, yj))!.version).toBe(c.version);
  });

  it('rejects a petition, after which nothing but linking is possible', async () => {
    const c = await intake(yj, { kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'OTHER' });
    const rejected = await t.gql(CaseReject, { input: { id: c.id, version: c.version, reason: '已进入诉讼程序，依法不予受理' } }, yj);
    expect(rejected.caseReject.case).toMatchObject({ status: 'REJECTED', outcomeNote: '已进入诉讼程序，依法不予受理' });
    const k = rejected.caseReject.case!;
    const dispatch = await t.gql(CaseDispatch, { input: { id: k.id, version: k.version, leadAgencyId: yjDesk.agency.id } }, yj);
    expect(dispatch.caseDispatch.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(dispatch.caseDispatch.userErrors[0]!.message).toContain('不予受理');
  });

  it('lets a withdrawn case end its assignments', async () => {
    let c = await intake(yj);
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: wangLi.id } }, yj)).caseDispatch.case!;
    const w = await t.gql(CaseWithdraw, { input: { id: c.id, version: c.version, reason: '双方已自行和解' } }, yj);
    expect(w.caseWithdraw.case).toMatchObject({ status: 'WITHDRAWN', assignments: [] });
    const history = (await view(c.id, yj))!.history;
    expect(history.every((a) => a.endReason === '撤回：双方已自行和解')).toBe(true);
  });

  it('fails with a referral, then reopens when the parties are not satisfied', async () => {
    let c = await intake(yj);
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: wangLi.id } }, yj)).caseDispatch.case!;
    c = (await t.gql(CaseSession, { input: { id: c.id, version: c.version, method: 'FACE_TO_FACE', heldAt: '2025-11-03T10:05:00+08:00', participants: '双方', notes: '分歧较大' } }, yj)).caseSessionRecord.case!;
    c = (await t.gql(CaseFail, { input: { id: c.id, version: c.version, referral: 'LITIGATION', note: '引导当事人向法院起诉' } }, yj)).caseFail.case!;
    expect(c).toMatchObject({ status: 'FAILED', referral: 'LITIGATION' });
    const dissatisfied = await t.gql(CaseFeedback, { input: { id: c.id, version: c.version, partyId: c.parties[0]!.id, satisfaction: 'DISSATISFIED' } }, yj);
    expect(dissatisfied.caseFeedbackRecord.userErrors).toMatchObject([{ field: ['input', 'comment'], code: 'REQUIRED' }]);
    c = (await t.gql(CaseFeedback, { input: { id: c.id, version: c.version, partyId: c.parties[0]!.id, satisfaction: 'DISSATISFIED', comment: '希望再调解一次' } }, yj)).caseFeedbackRecord.case!;
    c = (await t.gql(CaseClose, { input: { id: c.id, version: c.version } }, yj)).caseClose.case!;
    expect(c.status).toBe('CLOSED');
    const reopened = await t.gql(CaseReopen, { input: { id: c.id, version: c.version, reason: '申请人不满意，要求再次调解' } }, yj);
    expect(reopened.caseReopen.case).toMatchObject({ status: 'IN_PROGRESS', closedAt: null, concludedAt: null, referral: null });
    const events = (await view(c.id, yj))!.timeline.nodes;
    expect(events.at(-1)).toMatchObject({ type: 'REOPENED', fromStatus: 'CLOSED', toStatus: 'IN_PROGRESS' });
  });
});

describe('concurrent edits', () => {
  it('two dispatchers dispatch the same case at once: exactly one wins, the other changes nothing', async () => {
    const c = await intake(yj);
    const results = await Promise.all([
      t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: wangLi.id } }, yj),
      t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: gaoYan.id } }, yj),
    ]);
    const won = results.filter((r) => r.caseDispatch.userErrors.length === 0);
    const lost = results.filter((r) => r.caseDispatch.userErrors.length > 0);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.caseDispatch.userErrors[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
    const now = (await view(c.id, yj))!;
    expect(now.history.filter((a) => a.role === 'MEDIATOR')).toHaveLength(1);
    expect(now.timeline.nodes.filter((e) => e.type === 'DISPATCHED')).toHaveLength(1);
    expect(now.mediator!.name).toBe(won[0]!.caseDispatch.case!.mediator!.name);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const c = await intake(yj);
    await t.gql(CaseUpdate, { input: { id: c.id, version: c.version, title: '新标题' } }, yj);
    const stale = await t.gql(CaseUpdate, { input: { id: c.id, version: c.version, title: '另一个标题' } }, yj);
    expect(stale.caseUpdate.userErrors).toMatchObject([{ field: ['input', 'version'], code: 'CONFLICT' }]);
    expect((await view(c.id, yj))!.title).toBe('新标题');
  });
});

describe('who sees which case', () => {
  it('scopes lists and node(id) by center, agency and mediator, and masks personal data for others', async () => {
    let c = await intake(yj, { parties: [{ ...applicant, name: '证件测试人', idNumber: '150627199001011235', phone: '13812345678' }] });
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: gaoYan.id } }, yj)).caseDispatch.case!;
    expect(await view(c.id, hj)).toBeNull();
    expect(await view(c.id, yjDesk.mediatorUser.token)).toBeNull();
    expect((await t.gql(Cases, { first: 100 }, hj)).cases.nodes.map((x) => x.id)).not.toContain(c.id);
    // A leader sees everything in the banner and, like dispatchers, the full personal data.
    const leader = await view(c.id, yjDesk.leader.token);
    expect(leader!.parties[0]).toMatchObject({ idNumber: '150627199001011235', phone: '13812345678' });
    // An auditor reads the case but sees the numbers masked.
    const auditor = await view(c.id, (await f.user('AUDITOR')).token);
    expect(auditor!.parties[0]).toMatchObject({ idNumber: '150627********1235', phone: '138****5678' });
    // The escalation-free town dispatcher of another banner sees nothing through search either.
    const search = await t.gql(Cases, { first: 10, filter: { search: '证件测试人' } }, hj);
    expect(search.cases.totalCount).toBe(0);
  });

  it('shows an agency its own assignments only', async () => {
    let c = await intake(hj, { centerId: hjDesk.center.id, categoryCode: 'WAGE_ARREARS', title: '欠薪', parties: [{ ...applicant, headcount: 6 }] });
    expect(c.riskLevel).toBe('MEDIUM');
    const forestry = (await f.user('AGENCY_STAFF', { agency: hjForestry })).token;
    expect(await view(c.id, forestry)).toBeNull();
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: hjDesk.agency.id } }, hj)).caseDispatch.case!;
    expect(await view(c.id, forestry)).toBeNull();
    const hr = await t.gql(Cases, { first: 100, filter: { agencyId: hjDesk.agency.id } }, hjDesk.staff.token);
    expect(hr.cases.nodes.map((x) => x.id)).toContain(c.id);
    // Staff of another agency cannot act on it even if they guess the ID.
    const acted = await t.request(CaseSession, { input: { id: c.id, version: c.version, method: 'PHONE', heldAt: '2025-11-03T10:05:00+08:00', participants: 'a', notes: 'b' } }, forestry);
    expect(acted.body.data?.caseSessionRecord.userErrors[0]?.code).toBe('NOT_FOUND');
  });
});

describe('reassignment and moves between centers', () => {
  it('keeps the history of a reassignment and requires a reason', async () => {
    let c = await intake(yj, { categoryCode: 'MARRIAGE_FAMILY' });
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: wangLi.id } }, yj)).caseDispatch.case!;
    const noReason = await t.gql(CaseReassign, { input: { id: c.id, version: c.version, mediatorId: gaoYan.id, reason: ' ' } }, yj);
    expect(noReason.caseReassign.userErrors).toMatchObject([{ field: ['input', 'reason'], code: 'REQUIRED' }]);
    const same = await t.gql(CaseReassign, { input: { id: c.id, version: c.version, mediatorId: wangLi.id, reason: '无变化' } }, yj);
    expect(same.caseReassign.userErrors[0]!.code).toBe('INVALID');
    c = (await t.gql(CaseReassign, { input: { id: c.id, version: c.version, mediatorId: gaoYan.id, leadAgencyId: lawyers.id, reason: '涉及法律问题，转律师调解员' } }, yj)).caseReassign.case!;
    expect(c).toMatchObject({ mediator: { name: '高燕' }, leadAgency: { shortName: '三师联动' } });
    const history = (await view(c.id, yj))!.history;
    expect(history.map((a) => [a.role, a.agency?.shortName, a.mediator?.name ?? null, a.endReason])).toEqual([
      ['LEAD', '婚调委', null, '涉及法律问题，转律师调解员'],
      ['MEDIATOR', '婚调委', '王丽', '涉及法律问题，转律师调解员'],
      ['LEAD', '三师联动', null, null],
      ['MEDIATOR', '三师联动', '高燕', null],
    ]);
  });

  it('escalates from a town to its banner and delegates back down, keeping the number', async () => {
    const town = await intake(yj, { centerId: yjTown.id });
    expect(town.number).toMatch(new RegExp(`^${yjTown.divisionCode}-2025-`));
    const up = await t.gql(CaseEscalate, { input: { id: town.id, version: town.version, reason: '涉及多个部门，镇级难以化解' } }, yj);
    expect(up.caseEscalate.case).toMatchObject({ number: town.number, status: 'RECEIVED', center: { name: yjDesk.center.name }, originCenter: { name: yjTown.name } });
    const c = up.caseEscalate.case!;
    const top = await t.gql(CaseEscalate, { input: { id: c.id, version: c.version, reason: '再上报' } }, yj);
    expect(top.caseEscalate.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
    const sideways = await t.gql(CaseDelegate, { input: { id: c.id, version: c.version, toCenterId: hjTown.id, reason: '交办' } }, yj);
    expect(sideways.caseDelegate.userErrors).toMatchObject([{ field: ['input', 'toCenterId'], code: 'INVALID' }]);
    const down = await t.gql(CaseDelegate, { input: { id: c.id, version: c.version, toCenterId: yjTown.id, reason: '属地化解' } }, yj);
    expect(down.caseDelegate.case).toMatchObject({ number: town.number, center: { name: yjTown.name } });
    const events = (await view(c.id, yj))!.timeline.nodes.map((e) => [e.type, e.details]);
    expect(events.slice(1)).toEqual([
      ['ESCALATED', expect.objectContaining({ from: yjTown.name, to: yjDesk.center.name })],
      ['DELEGATED', expect.objectContaining({ from: yjDesk.center.name, to: yjTown.name, reason: '属地化解' })],
    ]);
  });
});

describe('linked cases and same-source detection', () => {
  it('suggests open cases sharing an ID number, a phone or a respondent, and links them', async () => {
    const respondent: Party = { role: 'RESPONDENT', type: 'ORGANISATION', name: '某 矿业（集团）有限公司' };
    const petition = await intake(yj, { kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'WAGE_ARREARS', title: '信访：矿业公司欠薪', parties: [{ ...applicant, name: '工人乙', phone: '13900001111' }, respondent] });
    const dispute = await intake(yj, { categoryCode: 'WAGE_ARREARS', title: '矿业公司拖欠工资', parties: [{ ...applicant, name: '工人丙' }, { ...respondent, name: '某矿业(集团)有限公司' }] });
    const byPhone = await intake(yj, { parties: [{ ...applicant, name: '工人丁', phone: '13900001111' }] });
    const unrelated = await intake(yj);
    const Same = graphql(`query SameSource($id: ID!) { node(id: $id) { ... on Case { sameSourceSuggestions { reasons case { id number } } } } }`);
    const found = await t.gql(Same, { id: petition.id }, yj);
    const suggestions = found.node && 'sameSourceSuggestions' in found.node ? found.node.sameSourceSuggestions : [];
    const byId = new Map(suggestions.map((s) => [s.case.id, s.reasons]));
    expect(byId.get(dispute.id)).toEqual(['同一被申请人“某 矿业（集团）有限公司”']);
    expect(byId.get(byPhone.id)).toEqual(['同一手机号 139****1111']);
    expect(byId.has(unrelated.id)).toBe(false);

    const linked = await t.gql(CaseLinkDoc, { input: { id: petition.id, version: petition.version, otherCaseId: dispute.id, type: 'SAME_SOURCE', note: '案事同抓' } }, yj);
    expect(linked.caseLink.userErrors).toEqual([]);
    const twice = await t.gql(CaseLinkDoc, { input: { id: linked.caseLink.case!.id, version: linked.caseLink.case!.version, otherCaseId: dispute.id, type: 'RELATED' } }, yj);
    expect(twice.caseLink.userErrors).toMatchObject([{ field: ['input', 'otherCaseId'], code: 'TAKEN' }]);
    const after = await t.gql(Same, { id: petition.id }, yj);
    const left = after.node && 'sameSourceSuggestions' in after.node ? after.node.sameSourceSuggestions.map((s) => s.case.id) : [];
    expect(left).not.toContain(dispute.id);
    const both = await view(dispute.id, yj);
    expect(both!.links).toEqual([{ link: { type: 'SAME_SOURCE' }, other: { number: petition.number } }]);
    expect(both!.timeline.nodes.at(-1)!.type).toBe('LINKED');
  });
});

describe('supervision', () => {
  it('puts overdue and high-risk cases under supervision automatically, once', async () => {
    const late = await intake(yj, { receivedAt: '2025-10-20T09:00:00+08:00', title: '久拖未分流' });
    expect(late.overdue).toBe(true);
    const risky = await intake(yj, { title: '群体讨薪', categoryCode: 'WAGE_ARREARS', parties: [{ ...applicant, headcount: 40 }] });
    expect(risky.riskLevel).toBe('HIGH');
    const sweep = await t.gql(CaseSweep, {}, yjDesk.leader.token);
    expect(sweep.caseSupervisionSweep.raised).toBeGreaterThanOrEqual(2);
    expect((await t.gql(CaseSweep, {}, yjDesk.leader.token)).caseSupervisionSweep.raised).toBe(0);
    expect((await view(late.id, yj))!.supervisions).toMatchObject([{ kind: 'OVERDUE', open: true, raisedByName: null }]);
    expect((await view(risky.id, yj))!.supervisions).toMatchObject([{ kind: 'AT_RISK', open: true }]);
    const listed = await t.gql(Cases, { first: 100, filter: { overdue: true } }, yj);
    expect(listed.cases.nodes.map((c) => c.id)).toContain(late.id);
    expect(listed.cases.nodes.map((c) => c.id)).not.toContain(risky.id);
    const supervised = await t.gql(Cases, { first: 100, filter: { supervised: true, riskLevels: ['HIGH'] } }, yj);
    expect(supervised.cases.nodes.map((c) => c.id)).toContain(risky.id);
  });

  it('lets a leader supervise by hand, and the handler answer', async () => {
    let c = await intake(yj);
    c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: yjDesk.mediator.id } }, yj)).caseDispatch.case!;
    const leader = yjDesk.leader.token;
    expect((await t.request(CaseSupervise, { input: { id: c.id, version: c.version, instructions: 'x', responseDueDate: '2025-11-10' } }, yj)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const past = await t.gql(CaseSupervise, { input: { id: c.id, version: c.version, instructions: '请三日内报告进展', responseDueDate: '2025-10-01' } }, leader);
    expect(past.caseSupervise.userErrors).toMatchObject([{ field: ['input', 'responseDueDate'], code: 'OUT_OF_RANGE' }]);
    const raised = await t.gql(CaseSupervise, { input: { id: c.id, version: c.version, instructions: '请三日内报告进展', responseDueDate: '2025-11-06' } }, leader);
    expect(raised.caseSupervise.supervision).toMatchObject({ kind: 'MANUAL' });
    c = raised.caseSupervise.case!;
    const answer = await t.gql(CaseSupervisionAnswer, { input: { supervisionId: raised.caseSupervise.supervision!.id, version: c.version, response: '已约双方周四面对面调解' } }, yjDesk.mediatorUser.token);
    expect(answer.caseSupervisionAnswer.supervision).toMatchObject({ open: false, response: '已约双方周四面对面调解' });
    const again = await t.gql(CaseSupervisionAnswer, { input: { supervisionId: raised.caseSupervise.supervision!.id, version: answer.caseSupervisionAnswer.case!.version, response: '再答' } }, yj);
    expect(again.caseSupervisionAnswer.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
    const types = (await view(c.id, yj))!.timeline.nodes.map((e) => e.type);
    expect(types.slice(-2)).toEqual(['SUPERVISION_RAISED', 'SUPERVISION_ANSWERED']);
  });
});

describe('dispatch recommendation', () => {
  it('ranks by specialty, load and presence, and says why; a full mediator needs an explicit override', async () => {
    // Built like 杭锦旗's arrangement: grassland disputes go to 林草局 with 司法局 assisting; the people's mediation committee
    // is resident with two grassland specialists; 林草局 rotates in and has no rota day today (Monday 2025-11-03).
    const center = hjDesk.center;
    const justice = await f.agency(center, { name: '旗司法局', shortName: '司法局', kind: 'JUSTICE' });
    const committee = await f.agency(center, { name: '旗人民调解委员会', shortName: '人民调解委员会', kind: 'MEDIATION_COMMITTEE' });
    await f.stationing(committee, center, { mode: 'RESIDENT', startDate: '2025-01-01' });
    await f.stationing(hjForestry, center, { mode: 'ROTATING', startDate: '2025-01-01' });
    const batur = await specialist(f, committee, { name: '巴特尔', specialties: ['LAND_GRASSLAND'], capacity: 1 });
    await specialist(f, committee, { name: '李建忠', specialties: ['LAND_GRASSLAND'] });
    await specialist(f, hjForestry, { name: '林草调解员', specialties: ['LAND_GRASSLAND'] });
    await routingRule(f, center, 'LAND_GRASSLAND', hjForestry, [justice]);

    const c = await intake(hj, { centerId: center.id, categoryCode: 'LAND_GRASSLAND', title: '草场边界纠纷' });
    const s = await t.gql(Suggestion, { id: c.id }, hj);
    const suggestion = s.node && 'dispatchSuggestion' in s.node ? s.node.dispatchSuggestion! : undefined;
    expect(suggestion).toMatchObject({ leadAgency: { shortName: '林草局' }, cooperatingAgencies: [{ shortName: '司法局' }] });
    const names = suggestion!.mediators.map((m) => m.mediator.name);
    expect(names.slice(0, 2).sort()).toEqual(['巴特尔', '李建忠']);
    // Presence today outweighs belonging to the lead agency: 林草局's own specialist comes third.
    expect(names[2]).toBe('林草调解员');
    expect(suggestion!.mediators[2]!.reasons).toEqual(expect.arrayContaining(['林草局轮驻，今日不在岗', '属牵头部门']));
    expect(suggestion!.mediators[0]!.reasons).toEqual(expect.arrayContaining(['擅长该类纠纷', '人民调解委员会常驻本中心，今日在岗']));
    // A dispatcher of the other banner gets no suggestion at all.
    const other = await t.gql(Suggestion, { id: c.id }, yj);
    expect(other.node).toBeNull();

    const first = await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, mediatorId: batur.id } }, hj);
    expect(first.caseDispatch.userErrors).toEqual([]);
    const next = await intake(hj, { centerId: center.id, categoryCode: 'LAND_GRASSLAND' });
    const full = await t.gql(CaseDispatch, { input: { id: next.id, version: next.version, mediatorId: batur.id } }, hj);
    expect(full.caseDispatch.userErrors).toMatchObject([{ field: ['input', 'mediatorId'], code: 'INVALID_STATE' }]);
    expect(full.caseDispatch.userErrors[0]!.message).toContain('已满负荷');
    const ranked = await t.gql(Suggestion, { id: next.id }, hj);
    const full1 = ranked.node && 'dispatchSuggestion' in ranked.node ? ranked.node.dispatchSuggestion!.mediators.find((m) => m.mediator.name === '巴特尔') : undefined;
    expect(full1!.reasons.join()).toContain('已满负荷');
    const forced = await t.gql(CaseDispatch, { input: { id: next.id, version: next.version, mediatorId: batur.id, overrideCapacity: true } }, hj);
    expect(forced.caseDispatch.userErrors).toEqual([]);
    const foreign = await intake(hj, { centerId: center.id });
    const wrong = await t.gql(CaseDispatch, { input: { id: foreign.id, version: foreign.version, leadAgencyId: yjDesk.agency.id } }, hj);
    expect(wrong.caseDispatch.userErrors).toMatchObject([{ field: ['input', 'leadAgencyId'], code: 'OUT_OF_SCOPE' }]);
  });
});

describe('the case list', () => {
  it('searches Chinese text in titles, descriptions and party names, and filters by status, kind and dates', async () => {
    await intake(yj, { title: '草原围栏补偿', description: '牧民反映草场被占', parties: [{ ...applicant, name: '其其格' }] });
    const byTitle = await t.gql(Cases, { first: 10, filter: { search: '围栏补偿' } }, yj);
    expect(byTitle.cases.nodes.map((c) => c.title)).toEqual(['草原围栏补偿']);
    const byParty = await t.gql(Cases, { first: 10, filter: { search: '其其格' } }, yj);
    expect(byParty.cases.totalCount).toBe(1);
    const percent = await t.gql(Cases, { first: 10, filter: { search: '%' } }, yj);
    expect(percent.cases.totalCount).toBe(0);
    const petitions = await t.gql(Cases, { first: 100, filter: { kinds: ['PETITION'], statuses: ['REJECTED'] } }, yj);
    expect(petitions.cases.nodes.every((c) => c.kind === 'PETITION' && c.status === 'REJECTED')).toBe(true);
    const old = await t.gql(Cases, { first: 100, filter: { receivedTo: '2025-10-31' } }, yj);
    expect(old.cases.nodes.every((c) => c.receivedAt < '2025-11-01')).toBe(true);
    expect(old.cases.totalCount).toBeGreaterThan(0);
    const page1 = await t.gql(Cases, { first: 3 }, yj);
    const page2 = await t.gql(Cases, { first: 3, after: page1.cases.pageInfo.endCursor }, yj);
    expect(new Set([...page1.cases.nodes, ...page2.cases.nodes].map((c) => c.id)).size).toBe(6);
  });
});

describe('timelines in lists', () => {
  const Timelines = graphql(`
    query ListTimelines { cases(first: 50) { nodes { id timeline(first: 2) { nodes { seq } pageInfo { hasNextPage endCursor } } } } }
  `);
  const Rest = graphql(`query TimelineRest($id: ID!, $after: String) { node(id: $id) { ... on Case { timeline(first: 100, after: $after) { nodes { seq } } } } }`);
  const All = graphql(`query TimelineAll($id: ID!) { node(id: $id) { ... on Case { timeline(first: 100) { nodes { seq } } } } }`);

  it('read the first page of every case in a batch, with cursors that continue where the page ended', async () => {
    // The county's dispatcher: by now its cases have short and long timelines (reopened, reassigned, linked).
    const viewer = yj;
    const list = (await t.gql(Timelines, {}, viewer)).cases.nodes;
    expect(list.length).toBeGreaterThan(3);
    let continued = 0;
    for (const c of list) {
      const all = ((await t.gql(All, { id: c.id }, viewer)).node as { timeline: { nodes: { seq: string }[] } }).timeline.nodes.map((e) => e.seq);
      expect(c.timeline.nodes.map((e) => e.seq)).toEqual(all.slice(0, 2));
      expect(c.timeline.pageInfo.hasNextPage).toBe(all.length > 2);
      if (c.timeline.pageInfo.hasNextPage) {
        const rest = ((await t.gql(Rest, { id: c.id, after: c.timeline.pageInfo.endCursor }, viewer)).node as { timeline: { nodes: { seq: string }[] } }).timeline.nodes;
        expect(rest.map((e) => e.seq)).toEqual(all.slice(2));
        continued += 1;
      }
    }
    expect(continued).toBeGreaterThan(0);
  });
});
