import { UserErrorCode, forbidden } from '../../shared/errors.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { Validator } from '../../shared/validation.js';
import { inTransaction } from '../../shared/transaction.js';
import { policyFor } from '../calendar/calendar.service.js';
import { CaseKind } from '../calendar/time-limit-policy.entity.js';
import { CaseWorkflow } from '../cases/case-core.js';
import { CaseEventType } from '../cases/case-event.entity.js';
import type { Case } from '../cases/case.entity.js';
import { CaseChannel } from '../cases/case.enums.js';
import { CaseIntakeService, cleanParty } from '../cases/case-intake.service.js';
import { PartyRole } from '../cases/party.entity.js';
import { Role } from '../../shared/role.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { checkRepresentatives } from '../cases/representatives.js';
import type { ReceptionRecordInput } from './duty.inputs.js';
import { receptionDutyAt } from './on-duty.js';
import { leadsOver } from './leader-in-charge.service.js';
import { Reception, ReceptionOutcome } from './reception.entity.js';

const OUTCOME_ZH: Record<ReceptionOutcome, string> = {
  ANSWERED: '当场答复', CASE_CREATED: '登记为信访事项', CASES_LINKED: '关联已有案件', REFERRED: '引导至其他途径',
};

/** 领导接访登记: a leader's reception, checked against the published rota, with what came of it. */
export class ReceptionService extends CaseWorkflow {
  async register(input: ReceptionRecordInput): Promise<Reception> {
    const v = new Validator();
    const center = await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '接访中心');
    const leader = input.leaderId ? await findByGlobalId(this.em, User, input.leaderId, v, 'leaderId', '接访领导') : undefined;
    v.throwIfAny();
    const viewer = this.ctx.viewer;
    const me = viewer.userId!;
    const leaderUser = leader ?? (await this.em.findOneOrFail(User, { id: me }));
    // A leader records their own receptions; a dispatcher of the center may record one for a leader.
    if (leaderUser.id === me) viewer.assertCan([Role.LEADER], center!, '在该中心登记领导接访');
    else viewer.assertCan([Role.DISPATCHER], center!, '为其他领导代录接访');
    if (center!.archivedAt) v.add('centerId', UserErrorCode.ARCHIVED, '该中心已归档');
    if (!(await leadsOver(this.em, leaderUser.id, center!))) v.add('leaderId', UserErrorCode.OUT_OF_SCOPE, `${leaderUser.displayName}不是该中心或其上级的领导`);

    const now = this.now();
    const receivedAt = input.receivedAt ?? now;
    if (receivedAt.getTime() > now.getTime() + 5 * 60_000) v.add('receivedAt', UserErrorCode.OUT_OF_RANGE, '接访时间不能晚于现在');
    if (receivedAt.getTime() < now.getTime() - 7 * 86_400_000) v.add('receivedAt', UserErrorCode.OUT_OF_RANGE, '接访时间最多回溯7天');
    const matter = v.text('matter', input.matter, '反映事项', { required: true, max: 5000 })!;
    const note = v.text('note', input.note, input.outcome === ReceptionOutcome.REFERRED ? '引导去向' : '答复内容', { max: 2000 }) ?? null;
    if ((input.outcome === ReceptionOutcome.ANSWERED || input.outcome === ReceptionOutcome.REFERRED) && !note) {
      v.add('note', UserErrorCode.REQUIRED, input.outcome === ReceptionOutcome.ANSWERED ? '当场答复的，请记录答复内容' : '引导至其他途径的，请记录去向');
    }
    if (input.petitioners.length === 0) v.add('petitioners', UserErrorCode.REQUIRED, '请登记来访人');
    if (input.petitioners.length > 50) v.add('petitioners', UserErrorCode.OUT_OF_RANGE, '一次最多登记50名来访人');
    const petitioners = input.petitioners.slice(0, 50).map((p, i) => cleanParty(v, p, ['petitioners', String(i)]));
    if (petitioners.length && !petitioners.some((p) => p.role === PartyRole.APPLICANT)) v.add('petitioners', UserErrorCode.REQUIRED, '至少需要一名来访的申请人');
    const policy = await policyFor(this.em, CaseKind.PETITION, input.newCase?.categoryCode?.trim() ?? '');
    checkRepresentatives(v, CaseChannel.LEADER_RECEPTION, petitioners, policy, ['petitioners']);

    const duty = center ? await receptionDutyAt(this.em, center.id, leaderUser.id, receivedAt) : null;
    const offDutyReason = v.text('offDutyReason', input.offDutyReason, '非值班接访原因', { max: 300 }) ?? null;
    if (!duty && !offDutyReason) {
      v.add('offDutyReason', UserErrorCode.REQUIRED, `${leaderUser.displayName}该半天不在${center!.name}已发布的接访值班中，请说明接访原因`);
    }

    let linked: Case[] = [];
    if (input.outcome === ReceptionOutcome.CASE_CREATED && !input.newCase) v.add('newCase', UserErrorCode.REQUIRED, '请填写新登记的信访事项');
    if (input.outcome !== ReceptionOutcome.CASE_CREATED && input.newCase) v.add('newCase', UserErrorCode.INVALID, '只有结果为“登记为信访事项”时才登记新案件');
    if (input.outcome === ReceptionOutcome.CASES_LINKED) {
      const ids = [...new Set(input.caseIds ?? [])];
      if (ids.length === 0) v.add('caseIds', UserErrorCode.REQUIRED, '请选择要关联的案件');
      if (ids.length > 10) v.add('caseIds', UserErrorCode.OUT_OF_RANGE, '最多关联10件');
      for (const [i, id] of ids.slice(0, 10).entries()) {
        try {
          linked.push(await this.findVisible(id, `caseIds.${i}`));
        } catch {
          v.add(['caseIds', String(i)], UserErrorCode.NOT_FOUND, '找不到该案件（ID 无效或不存在）');
        }
      }
    } else if (input.caseIds?.length) v.add('caseIds', UserErrorCode.INVALID, '只有结果为“关联已有案件”时才关联案件');
    v.throwIfAny();

    const reception = () => this.em.create(Reception, {
      center: center!, leader: leaderUser, recordedBy: this.actorRef, receivedAt, matter, outcome: input.outcome, note,
      onDuty: duty !== null, offDutyReason: duty ? null : offDutyReason,
      petitioners: petitioners.map((p) => ({ role: p.role, type: p.type, name: p.name, headcount: p.headcount, representative: p.representative })),
      headcount: petitioners.filter((p) => p.role === PartyRole.APPLICANT).reduce((sum, p) => sum + p.headcount, 0),
    });
    const event = (r: Reception) => ({
      receptionId: r.globalId, leader: leaderUser.displayName, title: leaderUser.title, outcome: r.outcome, outcomeLabel: OUTCOME_ZH[r.outcome],
      onDuty: r.onDuty, offDutyReason: r.offDutyReason, headcount: r.headcount, matter,
    });

    if (input.outcome === ReceptionOutcome.CASE_CREATED) {
      const intake = new CaseIntakeService(this.ctx);
      let created: Reception | undefined;
      await intake.create({
        centerId: input.centerId, kind: CaseKind.PETITION, channel: CaseChannel.LEADER_RECEPTION, categoryCode: input.newCase!.categoryCode,
        title: input.newCase!.title, description: matter, place: input.newCase!.place, amount: input.newCase!.amount,
        riskFlag: input.newCase!.riskFlag, riskReason: input.newCase!.riskReason, parties: input.petitioners, receivedAt,
      }, {
        // Who may record a reception was checked above; the leader need not be a dispatcher.
        authorize: () => undefined,
        within: async (c) => {
          created = reception();
          created.cases.add(c);
          await this.em.flush();
          intake.record(c, CaseEventType.RECEPTION_RECORDED, event(created));
          await this.em.flush();
        },
      }).catch((error: unknown) => {
        // The case's own input errors point into `newCase` / `petitioners` of this input.
        throw remap(error);
      });
      return created!;
    }

    return inTransaction(this.em, async () => {
      const r = reception();
      for (const c of linked) r.cases.add(c);
      await this.em.flush();
      for (const c of linked) this.record(c, CaseEventType.RECEPTION_RECORDED, event(r));
      await this.em.flush();
      await this.publish();
      return r;
    });
  }

  /** Receptions of a case (newest first). */
  ofCase(c: Case): Promise<Reception[]> {
    return this.em.find(Reception, { cases: c.id }, { orderBy: { receivedAt: 'desc', id: 'desc' } });
  }

  assertReader(center: Center): void {
    if (!this.ctx.viewer.can([Role.LEADER, Role.DISPATCHER, Role.ADMIN, Role.AUDITOR], center)) {
      throw forbidden('该中心不在您的范围内 / Center outside your scope');
    }
  }
}

/** Maps the intake's field paths (`title`, `parties.0.phone` …) onto this input's. */
function remap(error: unknown): unknown {
  if (!(error instanceof Error) || !('errors' in error)) return error;
  const e = error as Error & { errors: { field: string[] }[] };
  for (const item of e.errors) {
    const [base, first, ...rest] = item.field;
    if (base !== 'input' || first === undefined) continue;
    if (first === 'parties') item.field = ['input', 'petitioners', ...rest];
    else if (['categoryCode', 'title', 'place', 'amount', 'riskFlag', 'riskReason'].includes(first)) item.field = ['input', 'newCase', first, ...rest];
    else if (first === 'description') item.field = ['input', 'matter', ...rest];
  }
  return error;
}
