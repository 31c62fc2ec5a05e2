import { UserErrorCode, UserErrors } from '../../shared/errors.js';
import { THROTTLES, Throttler } from '../../shared/throttle.js';
import { CaseWorkflow, type Permission } from '../cases/case-core.js';
import { CaseEventType } from '../cases/case-event.entity.js';
import { Case } from '../cases/case.entity.js';
import { CaseStatus } from '../cases/case.enums.js';
import { CaseAction } from '../cases/case.transitions.js';
import { Feedback, Satisfaction } from '../cases/feedback.entity.js';
import { PartyRole, type Party } from '../cases/party.entity.js';
import { normaliseTrackingCode } from './citizen.service.js';

export interface CitizenProof {
  trackingCode: string;
  phone: string;
  version: number;
}

/**
 * A citizen finishes what they started, proven by tracking code plus an applicant's phone (as `caseTrack`;
 * misses count against the same throttle): withdraw the submission while it still waits for dispatch, and
 * rate the result once it is resolved or failed. The steps go through the case workflow (version check,
 * legal transition, timeline event, real-time event) with no staff actor.
 */
export class CitizenFollowupService extends CaseWorkflow {
  private proven: { case: Case; applicant: Party } | undefined;

  /** The case and the applicant the code and phone name; a NOT_FOUND user error (counted) otherwise. */
  private async prove(input: CitizenProof): Promise<{ case: Case; applicant: Party }> {
    const code = normaliseTrackingCode(input.trackingCode).slice(0, 20);
    const throttle = new Throttler(this.em);
    const buckets = [`track:code:${code}`, `track:addr:${this.ctx.clientIp}`];
    await throttle.assertOpen(buckets, '查询失败');
    const c = await this.em.findOne(Case, { trackingCode: code }, { populate: ['parties'] });
    const wanted = input.phone.replace(/\s+/g, '');
    const applicant = c?.parties.getItems().find((p) => p.role === PartyRole.APPLICANT && p.phone !== null && p.phone === wanted);
    if (!c || !applicant) {
      await throttle.fail(buckets[0]!, THROTTLES.trackCode);
      await throttle.fail(buckets[1]!, THROTTLES.trackAddress);
      throw UserErrors.of(['input', 'trackingCode'], UserErrorCode.NOT_FOUND, '查询码或手机号不正确');
    }
    await throttle.clear(buckets[0]!);
    this.proven = { case: c, applicant };
    return this.proven;
  }

  /** The proven case stands in for "visible": the code and phone are the citizen's credentials for this one case. */
  override async findVisible(): Promise<Case> {
    return this.proven!.case;
  }

  protected override allowed(_c: Case, _permission: Permission): Promise<boolean> {
    return Promise.resolve(this.proven !== undefined);
  }

  async withdraw(input: CitizenProof & { reason?: string | null }): Promise<Case> {
    const { case: c } = await this.prove(input);
    if (c.status !== CaseStatus.RECEIVED) {
      throw UserErrors.of(['input', 'trackingCode'], UserErrorCode.INVALID_STATE, '案件已分流办理，不能自行撤回；如需撤回请联系受理中心');
    }
    return this.change({ id: c.globalId, version: input.version, field: 'trackingCode' }, CaseAction.WITHDRAW, 'see', async (cc, v) => {
      const reason = v.text('reason', input.reason, '撤回原因', { max: 500 });
      if (!v.ok) return undefined;
      cc.outcomeNote = reason ? `群众自行撤回：${reason}` : '群众自行撤回';
      cc.concludedAt = this.now();
      return { result: cc, event: CaseEventType.WITHDRAWN, data: { reason: reason ?? null, byCitizen: true, apiKey: this.ctx.viewer.apiKey?.name ?? null } };
    });
  }

  async rate(input: CitizenProof & { satisfaction: Satisfaction; comment?: string | null }): Promise<Feedback> {
    const { case: c, applicant } = await this.prove(input);
    return this.change({ id: c.globalId, version: input.version, field: 'trackingCode' }, CaseAction.RECORD_FEEDBACK, 'see', async (cc, v) => {
      const comment = v.text('comment', input.comment, '意见', { max: 1000 });
      if (input.satisfaction === Satisfaction.UNREACHABLE) v.add('satisfaction', UserErrorCode.INVALID, '请选择满意程度');
      const earlier = await this.em.count(Feedback, { case: cc.id, party: applicant.id, recordedBy: null });
      if (earlier > 0) v.add('satisfaction', UserErrorCode.INVALID_STATE, '您已评价过本案');
      if (!v.ok) return undefined;
      const feedback = this.em.create(Feedback, { case: cc, party: applicant, satisfaction: input.satisfaction, comment: comment ?? null, recordedBy: null });
      return {
        result: feedback, event: CaseEventType.FEEDBACK_RECORDED,
        data: { party: applicant.name, satisfaction: input.satisfaction, comment: comment ?? null, byCitizen: true },
      };
    });
  }
}
