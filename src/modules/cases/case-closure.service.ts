import { UserErrorCode } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { maskIdNumber, maskPhone } from '../../shared/masking.js';
import { CaseWorkflow } from './case-core.js';
import { CaseEventType } from './case-event.entity.js';
import { Case } from './case.entity.js';
import { ACTIVE_STATUSES } from './case.enums.js';
import type { CaseCloseInput, CaseFeedbackRecordInput, CaseLinkInput, CaseReasonInput } from './case.inputs.js';
import { CaseAction } from './case.transitions.js';
import { CaseLink, Feedback, Satisfaction } from './feedback.entity.js';
import { Party, PartyRole } from './party.entity.js';

export interface SameSourceSuggestion {
  case: Case;
  reasons: string[];
}

/**
 * 案源同查: two parties `p` and `q` (aliases of case_party) share a source — the same ID number or phone,
 * the same organisation, or the same respondent. One home for the rule: suggestions and the joint
 * meetings' agenda read it.
 */
export const SAME_SOURCE_MATCH = (p: string, q: string) => `(
              (${p}.id_number is not null and ${q}.id_number = ${p}.id_number)
           or (${p}.phone is not null and ${q}.phone = ${p}.phone)
           or (${p}.type = 'ORGANISATION' and ${q}.type = 'ORGANISATION' and ${q}.name_key = ${p}.name_key)
           or (${p}.role = 'RESPONDENT' and ${q}.role = 'RESPONDENT' and ${q}.name_key = ${p}.name_key))`;

const DISSATISFIED = [Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED];

export class CaseClosureService extends CaseWorkflow {
  /** The latest feedback of each applicant party. */
  async latestFeedback(c: Case): Promise<Map<number, Feedback>> {
    const all = await this.em.find(Feedback, { case: c.id }, { orderBy: { id: 'asc' } });
    return new Map(all.map((f) => [f.party.id, f]));
  }

  async recordFeedback(input: CaseFeedbackRecordInput): Promise<Feedback> {
    return this.change(input, CaseAction.RECORD_FEEDBACK, 'handle', async (c, v) => {
      const party = await findByGlobalId(this.em, Party, input.partyId, v, 'partyId', '当事人');
      if (party && party.case.id !== c.id) v.add('partyId', UserErrorCode.INVALID, '该当事人不属于本案');
      else if (party && party.role !== PartyRole.APPLICANT) v.add('partyId', UserErrorCode.INVALID, '只回访申请人');
      const comment = v.text('comment', input.comment, '意见', { max: 1000 });
      if (DISSATISFIED.includes(input.satisfaction) && !comment) v.add('comment', UserErrorCode.REQUIRED, '不满意时请记录当事人的意见');
      if (!v.ok) return undefined;
      const feedback = this.em.create(Feedback, {
        case: c, party: party!, satisfaction: input.satisfaction, comment: comment ?? null, recordedBy: this.actorRef,
      });
      return { result: feedback, event: CaseEventType.FEEDBACK_RECORDED, data: { party: party!.name, satisfaction: input.satisfaction, comment: comment ?? null } };
    });
  }

  async close(input: CaseCloseInput): Promise<Case> {
    return this.change(input, CaseAction.CLOSE, 'dispatch', async (c, v) => {
      const note = v.text('note', input.note, '说明', { max: 1000 });
      const reason = v.text('withoutFeedbackReason', input.withoutFeedbackReason, '未回访原因', { max: 500 });
      const applicants = (await c.parties.loadItems()).filter((p) => p.role === PartyRole.APPLICANT);
      const feedback = await this.latestFeedback(c);
      const missing = applicants.filter((p) => !feedback.has(p.id));
      if (missing.length > 0 && !reason) {
        v.add('withoutFeedbackReason', UserErrorCode.REQUIRED,
          `尚未回访：${missing.map((p) => p.name).join('、')}；请先回访，或说明未回访的原因`);
      }
      if (!v.ok) return undefined;
      c.closedAt = this.now();
      return {
        result: c, event: CaseEventType.CLOSED,
        data: { note: note ?? null, withoutFeedbackReason: reason ?? null, satisfaction: [...feedback.values()].map((f) => f.satisfaction) },
      };
    });
  }

  async reopen(input: CaseReasonInput): Promise<Case> {
    return this.change(input, CaseAction.REOPEN, 'dispatch', async (c, v) => {
      const reason = v.text('reason', input.reason, '重新办理原因', { required: true, max: 1000 });
      if (!v.ok) return undefined;
      const before = { status: c.status, concludedAt: c.concludedAt, closedAt: c.closedAt, referral: c.referral };
      c.concludedAt = null;
      c.closedAt = null;
      c.referral = null;
      return { result: c, event: CaseEventType.REOPENED, data: { reason, before } };
    });
  }

  async link(input: CaseLinkInput): Promise<CaseLink> {
    const other = await this.findVisible(input.otherCaseId, 'otherCaseId');
    return this.change(input, CaseAction.LINK, 'handle', async (c, v) => {
      const note = v.text('note', input.note, '说明', { max: 500 });
      if (other.id === c.id) v.add('otherCaseId', UserErrorCode.INVALID, '不能关联案件自身');
      const [low, high] = c.id < other.id ? [c, other] : [other, c];
      if (v.ok && (await this.em.count(CaseLink, { low: low.id, high: high.id })) > 0) {
        v.add('otherCaseId', UserErrorCode.TAKEN, `已与 ${other.number} 关联`);
      }
      if (!v.ok) return undefined;
      const link = this.em.create(CaseLink, { low, high, type: input.type, note: note ?? null, createdBy: this.actorRef });
      this.record(other, CaseEventType.LINKED, { with: c.number, type: input.type, note: note ?? null });
      return { result: link, event: CaseEventType.LINKED, data: { with: other.number, type: input.type, note: note ?? null } };
    });
  }

  async links(c: Case): Promise<{ link: CaseLink; other: Case }[]> {
    const links = await this.em.find(CaseLink, { $or: [{ low: c.id }, { high: c.id }] }, { populate: ['low', 'high'], orderBy: { id: 'asc' } });
    const result = [];
    for (const link of links) {
      const other = link.low.id === c.id ? link.high.getEntity() : link.low.getEntity();
      if (await this.access.canSee(other)) result.push({ link, other });
    }
    return result;
  }

  /**
   * Open cases in the viewer's sight that share a source with `c` (案源同查): the same ID number or
   * phone of any party, the same organisation, or the same respondent. Already linked cases are left out.
   */
  async sameSource(c: Case, limit: number): Promise<SameSourceSuggestion[]> {
    const rows = await this.em.execute<{ case_id: number; reason: string; detail: string }[]>(
      `select distinct q.case_id,
              case when p.id_number is not null and q.id_number = p.id_number then 'ID'
                   when p.phone is not null and q.phone = p.phone then 'PHONE'
                   when p.role = 'RESPONDENT' and q.role = 'RESPONDENT' and q.name_key = p.name_key then 'RESPONDENT'
                   else 'ORGANISATION' end as reason,
              case when p.id_number is not null and q.id_number = p.id_number then p.id_number
                   when p.phone is not null and q.phone = p.phone then p.phone
                   else p.name end as detail
         from case_party p
         join case_party q on q.case_id <> p.case_id and ${SAME_SOURCE_MATCH('p', 'q')}
         join hub_case o on o.id = q.case_id and o.status in (${ACTIVE_STATUSES.map((s) => `'${s}'`).join(',')})
        where p.case_id = ?
          and not exists (select 1 from case_link l where (l.low_id = p.case_id and l.high_id = q.case_id) or (l.high_id = p.case_id and l.low_id = q.case_id))
        limit 500`,
      [c.id],
    );
    const byCase = new Map<number, Set<string>>();
    for (const r of rows) {
      const text = {
        ID: `同一证件号 ${maskIdNumber(r.detail)}`,
        PHONE: `同一手机号 ${maskPhone(r.detail)}`,
        RESPONDENT: `同一被申请人“${r.detail}”`,
        ORGANISATION: `同一单位“${r.detail}”`,
      }[r.reason as 'ID' | 'PHONE' | 'RESPONDENT' | 'ORGANISATION'];
      byCase.set(r.case_id, (byCase.get(r.case_id) ?? new Set()).add(text));
    }
    if (byCase.size === 0) return [];
    const cases = await this.em.find(Case, { $and: [{ id: { $in: [...byCase.keys()] } }, this.access.visibleWhere()] }, { orderBy: { receivedAt: 'desc' } });
    return cases.slice(0, limit).map((o) => ({ case: o, reasons: [...byCase.get(o.id)!] }));
  }
}
