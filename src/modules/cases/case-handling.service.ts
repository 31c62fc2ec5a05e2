import { UserErrorCode } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { fromFen, toFen } from '../../shared/money.js';
import { shanghaiDate } from '../../shared/scalars.js';
import type { Validator } from '../../shared/validation.js';
import { addCalendarDays } from '../calendar/working-days.js';
import { AgencyKind, Agency } from '../organisation/agency.entity.js';
import { Assignment, AssignmentRole } from './assignment.entity.js';
import { CaseWorkflow } from './case-core.js';
import { CaseEventType } from './case-event.entity.js';
import type { Case } from './case.entity.js';
import { Referral } from './case.enums.js';
import type {
  CaseAgreementRecordInput, CaseConfirmationDecideInput, CaseConfirmationRequestInput, CaseFailInput, CasePaymentRecordInput,
  CaseResolveInput, CaseSessionRecordInput,
} from './case.inputs.js';
import { CaseAction } from './case.transitions.js';
import { Agreement, ConfirmationResult, Instalment, JudicialConfirmation, MediationSession, Payment } from './handling.entity.js';

/** 司法确认: apply within 30 days of the agreement taking effect; the court rules within 15 days. */
export const CONFIRMATION_APPLY_DAYS = 30;
export const CONFIRMATION_DECIDE_DAYS = 15;

export class CaseHandlingService extends CaseWorkflow {
  async agreementOf(c: Case): Promise<Agreement | null> {
    return this.em.findOne(Agreement, { case: c.id }, { orderBy: { id: 'desc' } });
  }

  private async requireAgreement(c: Case, v: Validator): Promise<Agreement | undefined> {
    const agreement = await this.agreementOf(c);
    if (!agreement) v.add('id', UserErrorCode.INVALID_STATE, '本案尚未记录调解协议');
    return agreement ?? undefined;
  }

  async recordSession(input: CaseSessionRecordInput): Promise<MediationSession> {
    return this.change(input, CaseAction.RECORD_SESSION, 'handle', async (c, v) => {
      const participants = v.text('participants', input.participants, '参加人员', { required: true, max: 500 });
      const notes = v.text('notes', input.notes, '调解记录', { required: true, max: 10_000 });
      if (input.heldAt.getTime() > this.now().getTime() + 10 * 60_000) v.add('heldAt', UserErrorCode.OUT_OF_RANGE, '调解时间不能晚于现在');
      if (input.heldAt.getTime() < c.receivedAt.getTime()) v.add('heldAt', UserErrorCode.OUT_OF_RANGE, '调解时间不能早于受理时间');
      if (!v.ok) return undefined;
      const current = await this.em.findOne(Assignment, { case: c.id, role: AssignmentRole.MEDIATOR, endedAt: null });
      const session = this.em.create(MediationSession, {
        case: c, method: input.method, heldAt: input.heldAt, participants: participants!, notes: notes!,
        mediator: current?.mediator ?? null, recordedBy: this.actor,
      });
      return { result: session, event: CaseEventType.SESSION_RECORDED, data: { method: input.method, heldAt: input.heldAt, participants } };
    });
  }

  async recordAgreement(input: CaseAgreementRecordInput): Promise<Agreement> {
    return this.change(input, CaseAction.RECORD_AGREEMENT, 'handle', async (c, v) => {
      const terms = v.text('terms', input.terms, '协议内容', { required: true, max: 10_000 });
      const total = toFen(input.totalAmount);
      if (total <= 0n) v.add('totalAmount', UserErrorCode.OUT_OF_RANGE, '协议金额须大于0');
      const received = shanghaiDate(c.receivedAt);
      if (input.effectiveDate < received) {
        v.add('effectiveDate', UserErrorCode.OUT_OF_RANGE, `协议生效日期不能早于案件受理日期（${received}）`);
      }
      if (await this.agreementOf(c)) v.add('id', UserErrorCode.INVALID_STATE, '本案已有调解协议');
      const plan = input.instalments?.length ? input.instalments : [{ dueDate: input.effectiveDate, amount: input.totalAmount }];
      if (plan.length > 60) v.add('instalments', UserErrorCode.OUT_OF_RANGE, '分期最多60期');
      let sum = 0n;
      plan.forEach((p, i) => {
        const amount = toFen(p.amount);
        sum += amount;
        if (amount <= 0n) v.add(['instalments', String(i), 'amount'], UserErrorCode.OUT_OF_RANGE, '每期金额须大于0');
        if (p.dueDate < input.effectiveDate) v.add(['instalments', String(i), 'dueDate'], UserErrorCode.OUT_OF_RANGE, '应付日期不能早于协议生效日');
        if (i > 0 && p.dueDate < plan[i - 1]!.dueDate) v.add(['instalments', String(i), 'dueDate'], UserErrorCode.INVALID, '各期应付日期须按先后排列');
      });
      if (total > 0n && sum !== total) {
        v.add('instalments', UserErrorCode.INVALID, `各期合计 ${fromFen(sum)} 元，与协议总金额 ${fromFen(total)} 元不符`);
      }
      if (!v.ok) return undefined;
      const agreement = this.em.create(Agreement, { case: c, terms: terms!, totalAmount: fromFen(total), effectiveDate: input.effectiveDate });
      plan.forEach((p, i) => this.em.create(Instalment, { agreement, seq: i + 1, dueDate: p.dueDate, amount: fromFen(toFen(p.amount)) }));
      return {
        result: agreement, event: CaseEventType.AGREEMENT_RECORDED,
        data: { totalAmount: agreement.totalAmount, effectiveDate: agreement.effectiveDate, instalments: plan.map((p) => ({ dueDate: p.dueDate, amount: fromFen(toFen(p.amount)) })) },
      };
    });
  }

  /** Applies the payment to the earliest instalments still owed. */
  async recordPayment(input: CasePaymentRecordInput): Promise<Payment> {
    return this.change(input, CaseAction.RECORD_PAYMENT, 'handle', async (c, v) => {
      const agreement = await this.requireAgreement(c, v);
      const note = v.text('note', input.note, '说明', { max: 300 });
      const amount = toFen(input.amount);
      if (amount <= 0n) v.add('amount', UserErrorCode.OUT_OF_RANGE, '金额须大于0');
      if (input.paidDate > shanghaiDate(this.now())) v.add('paidDate', UserErrorCode.OUT_OF_RANGE, '付款日期不能晚于今天');
      // A payment performs the agreement: it is paid on or after the day the agreement took effect, and never
      // before the case was received (an agreement recorded before that rule existed may predate the receipt).
      const earliest = [shanghaiDate(c.receivedAt), agreement?.effectiveDate ?? ''].reduce((a, b) => (a > b ? a : b));
      if (input.paidDate < earliest) {
        v.add('paidDate', UserErrorCode.OUT_OF_RANGE, `付款日期不能早于协议生效日期和案件受理日期（${earliest}）`);
      }
      if (!agreement || !v.ok) return undefined;
      const instalments = await this.em.find(Instalment, { agreement: agreement.id }, { orderBy: { seq: 'asc' } });
      const owed = instalments.reduce((acc, i) => acc + toFen(i.amount) - toFen(i.paidAmount), 0n);
      if (amount > owed) {
        v.add('amount', UserErrorCode.OUT_OF_RANGE, `超过尚未履行的金额 ${fromFen(owed)} 元`);
        return undefined;
      }
      let left = amount;
      for (const i of instalments) {
        const due = toFen(i.amount) - toFen(i.paidAmount);
        const pay = due < left ? due : left;
        if (pay > 0n) {
          i.paidAmount = fromFen(toFen(i.paidAmount) + pay);
          left -= pay;
        }
      }
      const payment = this.em.create(Payment, { agreement, amount: fromFen(amount), paidDate: input.paidDate, note: note ?? null, recordedBy: this.actor });
      return {
        result: payment, event: CaseEventType.PAYMENT_RECORDED,
        data: { amount: payment.amount, paidDate: input.paidDate, outstanding: fromFen(owed - amount), note: note ?? null },
      };
    });
  }

  async requestConfirmation(input: CaseConfirmationRequestInput): Promise<JudicialConfirmation> {
    return this.change(input, CaseAction.REQUEST_CONFIRMATION, 'handle', async (c, v) => {
      const agreement = await this.requireAgreement(c, v);
      const court = await findByGlobalId(this.em, Agency, input.courtAgencyId, v, 'courtAgencyId', '法院');
      if (court && court.kind !== AgencyKind.COURT && court.kind !== AgencyKind.LITIGATION_SERVICE) {
        v.add('courtAgencyId', UserErrorCode.INVALID, `“${court.name}”不是人民法院`);
      }
      if (agreement) {
        const last = addCalendarDays(agreement.effectiveDate, CONFIRMATION_APPLY_DAYS);
        if (input.requestedDate < agreement.effectiveDate || input.requestedDate > last) {
          v.add('requestedDate', UserErrorCode.OUT_OF_RANGE, `司法确认须在协议生效之日（${agreement.effectiveDate}）起30日内（至 ${last}）申请`);
        }
        const pending = await this.em.count(JudicialConfirmation, { agreement: agreement.id, result: { $ne: ConfirmationResult.REJECTED } });
        if (pending > 0) v.add('id', UserErrorCode.INVALID_STATE, '该协议已申请司法确认');
      }
      if (input.requestedDate > shanghaiDate(this.now())) v.add('requestedDate', UserErrorCode.OUT_OF_RANGE, '申请日期不能晚于今天');
      if (!v.ok) return undefined;
      const confirmation = this.em.create(JudicialConfirmation, {
        agreement: agreement!, court: court!, requestedDate: input.requestedDate,
        decisionDueDate: addCalendarDays(input.requestedDate, CONFIRMATION_DECIDE_DAYS),
      });
      return {
        result: confirmation, event: CaseEventType.CONFIRMATION_REQUESTED,
        data: { court: court!.name, requestedDate: input.requestedDate, decisionDueDate: confirmation.decisionDueDate },
      };
    });
  }

  async decideConfirmation(input: CaseConfirmationDecideInput): Promise<JudicialConfirmation> {
    return this.change(input, CaseAction.DECIDE_CONFIRMATION, 'handle', async (c, v) => {
      const agreement = await this.requireAgreement(c, v);
      const pending = agreement
        ? await this.em.findOne(JudicialConfirmation, { agreement: agreement.id, result: ConfirmationResult.PENDING })
        : null;
      if (agreement && !pending) v.add('id', UserErrorCode.INVALID_STATE, '没有待审查的司法确认申请');
      const note = v.text('note', input.note, '说明', { max: 500 });
      if (pending && input.decidedDate < pending.requestedDate) v.add('decidedDate', UserErrorCode.OUT_OF_RANGE, '裁定日期不能早于申请日期');
      if (!v.ok) return undefined;
      pending!.result = input.confirmed ? ConfirmationResult.CONFIRMED : ConfirmationResult.REJECTED;
      pending!.decidedDate = input.decidedDate;
      pending!.note = note ?? null;
      return {
        result: pending!, event: CaseEventType.CONFIRMATION_DECIDED,
        data: { result: pending!.result, decidedDate: input.decidedDate, withinLimit: input.decidedDate <= pending!.decisionDueDate },
      };
    });
  }

  async resolve(input: CaseResolveInput): Promise<Case> {
    return this.change(input, CaseAction.RESOLVE, 'handle', async (c, v) => {
      const note = v.text('note', input.note, '化解情况', { required: true, max: 5000 });
      if (!v.ok) return undefined;
      c.concludedAt = this.now();
      c.outcomeNote = note!;
      c.referral = null;
      return { result: c, event: CaseEventType.RESOLVED, data: { note } };
    });
  }

  async fail(input: CaseFailInput): Promise<Case> {
    return this.change(input, CaseAction.FAIL, 'handle', async (c, v) => {
      const note = v.text('note', input.note, '说明', { required: true, max: 5000 });
      if (input.referral === Referral.NONE && note && note.length < 10) {
        v.add('note', UserErrorCode.INVALID, '未引导至其他途径时，请说明原因（至少10字）');
      }
      if (!v.ok) return undefined;
      c.concludedAt = this.now();
      c.outcomeNote = note!;
      c.referral = input.referral;
      return { result: c, event: CaseEventType.FAILED, data: { referral: input.referral, note } };
    });
  }
}
