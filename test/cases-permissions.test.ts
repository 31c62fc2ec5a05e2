/**
 * Who may change a case: every case mutation called anonymously, by a dispatcher of the other banner,
 * by staff of an agency the case is not assigned to, and by the right person.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseAgreement, CaseClose, CaseCreate, CaseDispatch, CaseEscalate, CaseExtensionRequest, CaseFail, CasePartyAdd, CasePayment,
  CaseReassign, CaseReject, CaseResolve, CaseSession, CaseSupervise, CaseUpdate, CaseWithdraw, orgIds, type OrgIds,
} from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let org: OrgIds;

type Stage = 'received' | 'dispatched' | 'inProgress' | 'agreed' | 'resolved';
interface Row { name: string; doc: TypedDocumentNode<any, any>; stage: Stage; who: string; input: (c: { id: string; version: number }) => Record<string, unknown> }

const ROWS: Row[] = [
  { name: 'caseUpdate', doc: CaseUpdate, stage: 'received', who: 'hj.dispatcher', input: (c) => ({ ...c, title: '改标题' }) },
  { name: 'caseDispatch', doc: CaseDispatch, stage: 'received', who: 'hj.dispatcher', input: (c) => ({ ...c, leadAgencyId: org.agency('人社局', 'hj') }) },
  { name: 'caseReject', doc: CaseReject, stage: 'received', who: 'hj.dispatcher', input: (c) => ({ ...c, reason: '不属于受理范围' }) },
  { name: 'caseEscalate', doc: CaseEscalate, stage: 'received', who: 'hj.dispatcher', input: (c) => ({ ...c, reason: '上报' }) },
  { name: 'caseReassign', doc: CaseReassign, stage: 'dispatched', who: 'hj.dispatcher', input: (c) => ({ ...c, leadAgencyId: org.agency('司法局', 'hj'), reason: '改派' }) },
  { name: 'caseWithdraw', doc: CaseWithdraw, stage: 'dispatched', who: 'hj.dispatcher', input: (c) => ({ ...c, reason: '撤回' }) },
  { name: 'casePartyAdd', doc: CasePartyAdd, stage: 'dispatched', who: 'hj.hr', input: (c) => ({ ...c, party: { role: 'RESPONDENT', type: 'ORGANISATION', name: '某公司' } }) },
  { name: 'caseSessionRecord', doc: CaseSession, stage: 'dispatched', who: 'hj.hr', input: (c) => ({ ...c, method: 'PHONE', heldAt: new Date().toISOString(), participants: '双方', notes: '电话沟通' }) },
  { name: 'caseExtensionRequest', doc: CaseExtensionRequest, stage: 'dispatched', who: 'hj.hr', input: (c) => ({ ...c, days: 10, reason: '需要更多时间' }) },
  { name: 'caseSupervise', doc: CaseSupervise, stage: 'dispatched', who: 'hj.leader', input: (c) => ({ ...c, instructions: '加快办理', responseDueDate: '2099-01-01' }) },
  { name: 'caseAgreementRecord', doc: CaseAgreement, stage: 'inProgress', who: 'hj.hr', input: (c) => ({ ...c, terms: '付款', totalAmount: '100.00', effectiveDate: '2020-01-01' }) },
  { name: 'caseFail', doc: CaseFail, stage: 'inProgress', who: 'hj.hr', input: (c) => ({ ...c, referral: 'ARBITRATION', note: '引导仲裁' }) },
  { name: 'casePaymentRecord', doc: CasePayment, stage: 'agreed', who: 'hj.hr', input: (c) => ({ ...c, amount: '100.00', paidDate: '2020-01-02' }) },
  { name: 'caseResolve', doc: CaseResolve, stage: 'agreed', who: 'hj.hr', input: (c) => ({ ...c, note: '化解' }) },
  { name: 'caseClose', doc: CaseClose, stage: 'resolved', who: 'hj.dispatcher', input: (c) => ({ ...c, withoutFeedbackReason: '电话无人接听' }) },
];

/** A fresh 杭锦旗 case brought to `stage` by its rightful handlers. */
async function caseAt(stage: Stage): Promise<{ id: string; version: number }> {
  const dispatcher = await t.login('hj.dispatcher');
  const hr = await t.login('hj.hr');
  let c = (await t.gql(CaseCreate, { input: { centerId: org.center('塔然高勒镇综治中心'), kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title: '矩阵', description: '权限矩阵', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '工人' }] } }, dispatcher)).caseCreate.case!;
  if (stage === 'received') return c;
  c = (await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: org.agency('人社局', 'hj') } }, dispatcher)).caseDispatch.case!;
  if (stage === 'dispatched') return c;
  c = (await t.gql(CaseSession, { input: { id: c.id, version: c.version, method: 'PHONE', heldAt: new Date().toISOString(), participants: 'a', notes: 'b' } }, hr)).caseSessionRecord.case!;
  if (stage === 'inProgress') return c;
  c = (await t.gql(CaseAgreement, { input: { id: c.id, version: c.version, terms: '付款', totalAmount: '100.00', effectiveDate: '2020-01-01' } }, hr)).caseAgreementRecord.case!;
  if (stage === 'agreed') return c;
  c = (await t.gql(CasePayment, { input: { id: c.id, version: c.version, amount: '100.00', paidDate: '2020-01-02' } }, hr)).casePaymentRecord.case!;
  return (await t.gql(CaseResolve, { input: { id: c.id, version: c.version, note: '化解' } }, hr)).caseResolve.case!;
}

async function call(row: Row, c: { id: string; version: number }, who?: string) {
  const res = await t.request(row.doc, { input: row.input({ id: c.id, version: c.version }) }, who ? await t.login(who) : undefined);
  const payload = res.body.data?.[row.name] as { userErrors: { code: string }[] } | undefined;
  return { code: res.body.errors?.[0]?.extensions?.code as string | undefined, userErrors: payload?.userErrors ?? [] };
}

beforeAll(async () => {
  t = await startTestHub();
  org = await orgIds(t, await t.login('admin'));
});
afterAll(() => t?.close());

describe('permission matrix of the case mutations', () => {
  for (const row of ROWS) {
    describe(row.name, () => {
      it('refuses an anonymous caller', async () => {
        expect((await call(row, await caseAt(row.stage))).code).toBe('UNAUTHENTICATED');
      });
      it('does not even show the case to a dispatcher of the other banner', async () => {
        const res = await call(row, await caseAt(row.stage), 'yj.dispatcher');
        const refused = res.code === 'FORBIDDEN' || res.userErrors.some((e) => e.code === 'NOT_FOUND');
        expect(refused).toBe(true);
      });
      it('refuses staff of an agency the case is not assigned to', async () => {
        const res = await call(row, await caseAt(row.stage), 'hj.forestry');
        expect(res.code === 'FORBIDDEN' || res.userErrors.some((e) => e.code === 'NOT_FOUND')).toBe(true);
      });
      it(`allows ${row.who}`, async () => {
        const res = await call(row, await caseAt(row.stage), row.who);
        expect(res.code).toBeUndefined();
        expect(res.userErrors).toEqual([]);
      });
    });
  }
});
