import { forbidden, UserErrorCode, UserErrors } from '../../shared/errors.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { loadCalendar, policyFor } from '../calendar/calendar.service.js';
import { CaseKind } from '../calendar/time-limit-policy.entity.js';
import { deadline } from '../calendar/working-days.js';
import { Assignment, AssignmentRole } from '../cases/assignment.entity.js';
import { CaseWorkflow } from '../cases/case-core.js';
import { CaseEventType } from '../cases/case-event.entity.js';
import { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseStatus } from '../cases/case.enums.js';
import { CaseIntakeService } from '../cases/case-intake.service.js';
import { CaseAction } from '../cases/case.transitions.js';
import { CaseLink, LinkType } from '../cases/feedback.entity.js';
import { Role } from '../../shared/role.js';
import { Center } from '../organisation/center.entity.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { Validator } from '../../shared/validation.js';
import type { CaseObjectInput, PetitionAnswerRecordInput, PetitionReviewRequestInput } from './petition.inputs.js';
import { PetitionProcedure, PetitionStage } from './petition-procedure.entity.js';

const NEXT: Partial<Record<PetitionStage, PetitionStage>> = { ORIGINAL: PetitionStage.REVIEW, REVIEW: PetitionStage.RE_REVIEW };
const STAGE_ZH: Record<PetitionStage, string> = { ORIGINAL: '信访事项', REVIEW: '复查', RE_REVIEW: '复核', NOT_ACCEPTED_AGAIN: '不再受理' };
const ARTICLE: Record<PetitionStage.REVIEW | PetitionStage.RE_REVIEW, string> = { REVIEW: '第三十五条', RE_REVIEW: '第三十六条' };
export const NOT_ACCEPTED_BASIS = '《信访工作条例》第三十六条：信访人对复核意见不服，仍以同一事实和理由提出投诉请求的，不再受理';

/** The petition procedure of the 信访工作条例 (2022): objection, written answer, 复查 and 复核. */
export class PetitionService extends CaseWorkflow {
  procedureOf(c: Case): Promise<PetitionProcedure | null> {
    return this.em.findOne(PetitionProcedure, { case: c.id });
  }

  /** The last day an agency assigned on `assignedAt` may object to the case (art. 23), or null when not applicable. */
  async objectionDueDate(c: Case, assignedAt: Date): Promise<string | null> {
    const policy = await policyFor(this.em, c.kind, (await c.category.loadOrFail()).code);
    if (policy.objectionDays == null) return null;
    return deadline(shanghaiDate(assignedAt), policy.objectionDays, policy.objectionDayCount, await loadCalendar(this.em));
  }

  /**
   * The lead agency objects that the matter is outside its competence (art. 23): within the policy's
   * days of its assignment the case goes back to the dispatchers (status RECEIVED, assignments ended,
   * the reason on the timeline); afterwards the objection is refused.
   */
  async object(input: CaseObjectInput): Promise<Case> {
    return this.change(input, CaseAction.OBJECT, 'handle', async (c, v) => {
      const reason = v.text('reason', input.reason, '异议理由', { required: true, max: 1000 });
      const current = await this.em.find(Assignment, { case: c.id, endedAt: null }, { populate: ['agency', 'mediator'] });
      const lead = current.find((a) => a.role === AssignmentRole.LEAD);
      const mine = this.ctx.viewer.grants.some((g) => g.role === Role.AGENCY_STAFF && lead?.agency?.id === g.agencyId);
      if (!mine) throw forbidden('只有牵头部门的工作人员可以提出异议 / Only staff of the lead agency may object');
      if (c.kind !== CaseKind.PETITION) v.add('id', UserErrorCode.INVALID_STATE, '异议退回适用于信访事项（《信访工作条例》第二十三条）');
      const due = await this.objectionDueDate(c, lead!.assignedAt);
      const today = shanghaiDate(this.now());
      if (c.kind === CaseKind.PETITION && due === null) v.add('id', UserErrorCode.INVALID_STATE, '办理时限规则未设异议期限');
      else if (due !== null && today > due) {
        v.add('id', UserErrorCode.OUT_OF_RANGE, `异议期限已过：须在交办之日起5个工作日内（${due}前）提出（《信访工作条例》第二十三条），请继续办理或报请受理员改派`);
      }
      if (!v.ok) return undefined;
      const now = this.now();
      for (const a of current) {
        a.endedAt = now;
        a.endReason = `异议退回：${reason}`;
      }
      return {
        result: c, event: CaseEventType.OBJECTED,
        data: { agency: lead!.agency!.getEntity().shortName, reason, objectionDueDate: due, ended: current.length },
      };
    });
  }

  /** Records the date and gist of the written answer (书面答复意见书) of a petition, its review or its re-review. */
  async recordAnswer(input: PetitionAnswerRecordInput): Promise<Case> {
    return this.change(input, CaseAction.RECORD_ANSWER, 'handle', async (c, v) => {
      const summary = v.text('summary', input.summary, '答复要点', { required: true, max: 2000 });
      if (c.kind !== CaseKind.PETITION) v.add('id', UserErrorCode.INVALID_STATE, '书面答复意见书适用于信访事项');
      if (input.answeredOn > shanghaiDate(this.now())) v.add('answeredOn', UserErrorCode.OUT_OF_RANGE, '答复日期不能晚于今天');
      if (input.answeredOn < shanghaiDate(c.receivedAt)) v.add('answeredOn', UserErrorCode.OUT_OF_RANGE, '答复日期不能早于受理日期');
      const procedure = (await this.procedureOf(c)) ?? this.em.create(PetitionProcedure, { case: c, stage: PetitionStage.ORIGINAL });
      if (procedure.answeredOn) v.add('id', UserErrorCode.INVALID_STATE, `已于${procedure.answeredOn}出具书面答复`);
      if (procedure.stage === PetitionStage.NOT_ACCEPTED_AGAIN) v.add('id', UserErrorCode.INVALID_STATE, '不再受理的请求无须答复');
      if (!v.ok) return undefined;
      procedure.answeredOn = input.answeredOn;
      procedure.answerSummary = summary!;
      procedure.answeredBy = this.actorRef;
      const policy = await policyFor(this.em, c.kind, (await c.category.loadOrFail()).code);
      const next = NEXT[procedure.stage];
      const requestBy = next && policy.reviewRequestDays != null
        ? deadline(input.answeredOn, policy.reviewRequestDays, policy.reviewDayCount, await loadCalendar(this.em)) : null;
      return {
        result: c, event: CaseEventType.ANSWERED_IN_WRITING,
        data: { stage: procedure.stage, answeredOn: input.answeredOn, summary, next: next ?? null, requestBy },
      };
    });
  }

  /**
   * 复查 / 复核 (arts. 35–36): a follow-up case linked to the answered one, with its own deadline to
   * answer; after 复核 the same matter is registered, flagged and answered 不再受理 with the basis.
   */
  async requestReview(input: PetitionReviewRequestInput): Promise<Case> {
    const original = await this.findVisible(input.id);
    const v = new Validator();
    if (original.version !== input.version) {
      throw UserErrors.of(['input', 'version'], UserErrorCode.CONFLICT, `该案件已被他人修改（当前版本 ${original.version}，您看到的是 ${input.version}），请刷新后重试`);
    }
    const reason = v.text('reason', input.reason, '请求理由', { required: true, max: 2000 })!;
    const center = input.centerId ? await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '中心') : await original.center.loadOrFail();
    v.throwIfAny();
    this.ctx.viewer.assertCan([Role.DISPATCHER], center!, '登记复查/复核请求');
    const procedure = await this.procedureOf(original);
    const finished = procedure?.stage === PetitionStage.RE_REVIEW || procedure?.stage === PetitionStage.NOT_ACCEPTED_AGAIN;
    const next = procedure ? NEXT[procedure.stage] : undefined;
    const policy = await policyFor(this.em, original.kind, (await original.category.loadOrFail()).code);
    const calendar = await loadCalendar(this.em);
    if (original.kind !== CaseKind.PETITION || policy.reviewRequestDays == null) v.add('id', UserErrorCode.INVALID_STATE, '复查、复核适用于信访事项');
    else if (!finished && !procedure?.answeredOn) v.add('id', UserErrorCode.INVALID_STATE, '尚未登记书面答复意见书，不能请求复查/复核');
    if (input.requestedOn > shanghaiDate(this.now())) v.add('requestedOn', UserErrorCode.OUT_OF_RANGE, '请求日期不能晚于今天');
    let requestBy: string | null = null;
    if (!finished && procedure?.answeredOn && policy.reviewRequestDays != null) {
      requestBy = deadline(procedure.answeredOn, policy.reviewRequestDays, policy.reviewDayCount, calendar);
      if (input.requestedOn < procedure.answeredOn) v.add('requestedOn', UserErrorCode.OUT_OF_RANGE, '请求日期不能早于书面答复日期');
      else if (input.requestedOn > requestBy) {
        v.add('requestedOn', UserErrorCode.OUT_OF_RANGE,
          `请求${STAGE_ZH[next!]}须在收到书面答复之日起${policy.reviewRequestDays}日内（${requestBy}前）提出（《信访工作条例》${ARTICLE[next as PetitionStage.REVIEW]}）`);
      }
    }
    if (!finished && (await this.em.count(PetitionProcedure, { previousCase: original.id })) > 0) {
      v.add('id', UserErrorCode.TAKEN, `已就该${STAGE_ZH[procedure?.stage ?? PetitionStage.ORIGINAL]}登记过${STAGE_ZH[next ?? PetitionStage.REVIEW]}请求`);
    }
    v.throwIfAny();

    const stage = finished ? PetitionStage.NOT_ACCEPTED_AGAIN : next!;
    const parties = (await original.parties.loadItems()).map((p) => ({
      role: p.role, type: p.type, name: p.name, idNumber: p.idNumber, phone: p.phone, headcount: p.headcount, address: p.address, representative: p.representative,
    }));
    const intake = new CaseIntakeService(this.ctx);
    return intake.create({
      centerId: center!.globalId, kind: CaseKind.PETITION, channel: input.channel ?? CaseChannel.PETITION_LETTER,
      categoryCode: (await original.category.loadOrFail()).code,
      title: `${STAGE_ZH[stage]}：${original.title.replace(/^(复查|复核|不再受理)：/, '')}`.slice(0, 100),
      description: `就${original.number}“${original.title}”提出${finished ? '投诉请求' : `${STAGE_ZH[stage]}请求`}：${reason}`.slice(0, 5000),
      place: original.place, amount: original.amount, parties, receivedAt: new Date(`${input.requestedOn}T09:00:00+08:00`) < this.now()
        ? new Date(`${input.requestedOn}T09:00:00+08:00`) : this.now(),
    }, {
      authorize: () => undefined,
      within: async (c) => {
        this.em.create(PetitionProcedure, { case: c, stage, previousCase: original });
        const [low, high] = original.id < c.id ? [original, c] : [c, original];
        this.em.create(CaseLink, { low, high, type: LinkType.RELATED, note: `${STAGE_ZH[stage]}（${original.number}）`, createdBy: this.actorRef });
        if (finished) {
          c.status = CaseStatus.REJECTED;
          c.concludedAt = this.now();
          c.outcomeNote = `不再受理。依据：${NOT_ACCEPTED_BASIS}`;
          intake.record(c, CaseEventType.REJECTED, { reason: c.outcomeNote, notAcceptedAgain: true, basis: NOT_ACCEPTED_BASIS, previous: original.number }, CaseStatus.RECEIVED, CaseStatus.REJECTED);
        } else {
          c.dueDate = deadline(input.requestedOn, policy.reviewAnswerDays ?? 30, policy.reviewDayCount, calendar);
        }
        intake.record(original, CaseEventType.REVIEW_REQUESTED, {
          stage, followUp: c.number, requestedOn: input.requestedOn, requestBy, reason, notAcceptedAgain: finished, answerDueDate: c.dueDate,
        });
        await this.em.flush();
      },
    });
  }

  /** Follow-up cases (复查, 复核, 不再受理) of `c`. */
  async followUps(c: Case): Promise<Case[]> {
    const rows = await this.em.find(PetitionProcedure, { previousCase: c.id }, { populate: ['case'], orderBy: { id: 'asc' } });
    const visible = [];
    for (const r of rows) if (await this.access.canSee(r.case.getEntity())) visible.push(r.case.getEntity());
    return visible;
  }
}
