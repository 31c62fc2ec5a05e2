/**
 * Who may change a case: every case mutation called anonymously, by a dispatcher of another county,
 * by staff of an agency the case is not assigned to, and by the right person. Built with factories:
 * a town desk (dispatcher, leader, an agency with staff) below a county, a second agency there, and another county.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CaseAgreement, CaseClose, CaseDispatch, CaseEscalate, CaseExtensionRequest, CaseFail, CasePartyAdd, CasePayment,
  CaseReassign, CaseReject, CaseResolve, CaseSession, CaseSupervise, CaseUpdate, CaseWithdraw,
} from './support/cases.js';
import { factories, type BuiltAgency, type BuiltUser, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let f: Factories;
let desk: Desk;
/** A second agency at the desk's center, and its staff (not assigned to the cases here). */
let other: BuiltAgency;
let otherStaff: BuiltUser;
/** The dispatcher of another county. */
let foreignDispatcher: BuiltUser;

/** Today and a week ahead in Asia/Shanghai: an agreement cannot predate the case, a supervision's answer date lies within a year. */
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const nextWeek = new Date(Date.now() + 8 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10);

type Stage = 'received' | 'dispatched' | 'inProgress' | 'agreed' | 'resolved';
interface Row { name: string; doc: TypedDocumentNode<any, any>; stage: Stage; who: 'dispatcher' | 'staff' | 'leader'; input: (c: { id: string; version: number }) => Record<string, unknown> }

const ROWS: Row[] = [
  { name: 'caseUpdate', doc: CaseUpdate, stage: 'received', who: 'dispatcher', input: (c) => ({ ...c, title: '改标题' }) },
  { name: 'caseDispatch', doc: CaseDispatch, stage: 'received', who: 'dispatcher', input: (c) => ({ ...c, leadAgencyId: desk.agency.id }) },
  { name: 'caseReject', doc: CaseReject, stage: 'received', who: 'dispatcher', input: (c) => ({ ...c, reason: '不属于受理范围' }) },
  { name: 'caseEscalate', doc: CaseEscalate, stage: 'received', who: 'dispatcher', input: (c) => ({ ...c, reason: '上报' }) },
  { name: 'caseReassign', doc: CaseReassign, stage: 'dispatched', who: 'dispatcher', input: (c) => ({ ...c, leadAgencyId: other.id, reason: '改派' }) },
  { name: 'caseWithdraw', doc: CaseWithdraw, stage: 'dispatched', who: 'dispatcher', input: (c) => ({ ...c, reason: '撤回' }) },
  { name: 'casePartyAdd', doc: CasePartyAdd, stage: 'dispatched', who: 'staff', input: (c) => ({ ...c, party: { role: 'RESPONDENT', type: 'ORGANISATION', name: '某公司' } }) },
  { name: 'caseSessionRecord', doc: CaseSession, stage: 'dispatched', who: 'staff', input: (c) => ({ ...c, method: 'PHONE', heldAt: new Date().toISOString(), participants: '双方', notes: '电话沟通' }) },
  { name: 'caseExtensionRequest', doc: CaseExtensionRequest, stage: 'dispatched', who: 'staff', input: (c) => ({ ...c, days: 10, reason: '需要更多时间' }) },
  { name: 'caseSupervise', doc: CaseSupervise, stage: 'dispatched', who: 'leader', input: (c) => ({ ...c, instructions: '加快办理', responseDueDate: nextWeek }) },
  { name: 'caseAgreementRecord', doc: CaseAgreement, stage: 'inProgress', who: 'staff', input: (c) => ({ ...c, terms: '付款', totalAmount: '100.00', effectiveDate: today }) },
  { name: 'caseFail', doc: CaseFail, stage: 'inProgress', who: 'staff', input: (c) => ({ ...c, referral: 'ARBITRATION', note: '引导仲裁' }) },
  { name: 'casePaymentRecord', doc: CasePayment, stage: 'agreed', who: 'staff', input: (c) => ({ ...c, amount: '100.00', paidDate: today }) },
  { name: 'caseResolve', doc: CaseResolve, stage: 'agreed', who: 'staff', input: (c) => ({ ...c, note: '化解' }) },
  { name: 'caseClose', doc: CaseClose, stage: 'resolved', who: 'dispatcher', input: (c) => ({ ...c, withoutFeedbackReason: '电话无人接听' }) },
];

/** A fresh case of the desk's center brought to `stage` by its rightful handlers. */
async function caseAt(stage: Stage): Promise<{ id: string; version: number }> {
  const hr = desk.staff.token;
  let c: { id: string; version: number } = await f.case(desk, { status: stage === 'received' ? 'RECEIVED' : stage === 'dispatched' ? 'DISPATCHED' : 'IN_PROGRESS' });
  if (stage === 'received' || stage === 'dispatched' || stage === 'inProgress') return c;
  c = (await t.gql(CaseAgreement, { input: { id: c.id, version: c.version, terms: '付款', totalAmount: '100.00', effectiveDate: today } }, hr)).caseAgreementRecord.case!;
  if (stage === 'agreed') return c;
  c = (await t.gql(CasePayment, { input: { id: c.id, version: c.version, amount: '100.00', paidDate: today } }, hr)).casePaymentRecord.case!;
  return (await t.gql(CaseResolve, { input: { id: c.id, version: c.version, note: '化解' } }, hr)).caseResolve.case!;
}

async function call(row: Row, c: { id: string; version: number }, who?: BuiltUser) {
  const res = await t.request(row.doc, { input: row.input({ id: c.id, version: c.version }) }, who?.token);
  const payload = res.body.data?.[row.name] as { userErrors: { code: string }[] } | undefined;
  return { code: res.body.errors?.[0]?.extensions?.code as string | undefined, userErrors: payload?.userErrors ?? [] };
}

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  // A town desk: its cases can be escalated to the county above.
  desk = await f.desk({ center: await f.center({ parent: await f.center() }) });
  other = await f.agency(desk.center);
  otherStaff = await f.user('AGENCY_STAFF', { agency: other });
  foreignDispatcher = await f.user('DISPATCHER', { center: await f.center() });
});
afterAll(() => t?.close());

describe('permission matrix of the case mutations', () => {
  for (const row of ROWS) {
    describe(row.name, () => {
      it('refuses an anonymous caller', async () => {
        expect((await call(row, await caseAt(row.stage))).code).toBe('UNAUTHENTICATED');
      });
      it('does not even show the case to a dispatcher of another county', async () => {
        const res = await call(row, await caseAt(row.stage), foreignDispatcher);
        const refused = res.code === 'FORBIDDEN' || res.userErrors.some((e) => e.code === 'NOT_FOUND');
        expect(refused).toBe(true);
      });
      it('refuses staff of an agency the case is not assigned to', async () => {
        const res = await call(row, await caseAt(row.stage), otherStaff);
        expect(res.code === 'FORBIDDEN' || res.userErrors.some((e) => e.code === 'NOT_FOUND')).toBe(true);
      });
      it(`allows ${row.who}`, async () => {
        const res = await call(row, await caseAt(row.stage), desk[row.who]);
        expect(res.code).toBeUndefined();
        expect(res.userErrors).toEqual([]);
      });
    });
  }
});
