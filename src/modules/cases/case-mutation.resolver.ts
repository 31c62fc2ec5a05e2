import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { Role } from '../../shared/role.js';
import { CaseClosureService } from './case-closure.service.js';
import { CaseDispatchService } from './case-dispatch.service.js';
import { CaseHandlingService } from './case-handling.service.js';
import { CaseIntakeService } from './case-intake.service.js';
import { CaseSupervisionService } from './case-supervision.service.js';
import {
  CaseAgreementRecordInput, CaseCloseInput, CaseConfirmationDecideInput, CaseConfirmationRequestInput, CaseCreateInput,
  CaseDelegateInput, CaseDispatchInput, CaseExtensionDecideInput, CaseExtensionRequestInput, CaseFailInput,
  CaseFeedbackRecordInput, CaseLinkInput, CasePartyAddInput, CasePaymentRecordInput, CaseReasonInput, CaseReassignInput,
  CaseResolveInput, CaseSessionRecordInput, CaseSuperviseInput, CaseUpdateInput, SupervisionAnswerInput,
} from './case.inputs.js';
import {
  CaseAgreementPayload, CaseConfirmationPayload, CaseExtensionPayload, CaseFeedbackPayload, CaseLinkPayload, CasePayload,
  CasePaymentPayload, CaseSessionPayload, CaseSupervisionPayload, SupervisionSweepPayload,
} from './case.types.js';
import type { Case } from './case.entity.js';
import type { Ref } from '@mikro-orm/core';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };

/** Returns the sub-object under `key` together with its (refreshed) case. */
async function withCase<T extends { case: Ref<Case> }>(key: string, item: T): Promise<Record<string, unknown>> {
  return { [key]: item, case: await item.case.loadOrFail() };
}

/**
 * Case mutations. Access: `@Authorized` names the roles that may try at all; the services check the
 * case itself (dispatchers over its center, its current handlers, leaders over its center).
 */
@Resolver()
export class CaseMutationResolver {
  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '受理登记（生成案件编号与群众查询码）/ Intake: record a new case' })
  async caseCreate(@Arg('input', IN) input: CaseCreateInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseIntakeService(ctx).create(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '修改案件信息与风险标记 / Update details and risk flag' })
  async caseUpdate(@Arg('input', IN) input: CaseUpdateInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseIntakeService(ctx).update(input) };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CasePayload, { description: '增加当事人 / Add a party' })
  async casePartyAdd(@Arg('input', IN) input: CasePartyAddInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseIntakeService(ctx).addParty(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '分流：牵头部门、协同部门、调解员（信访即告知受理）/ Dispatch' })
  async caseDispatch(@Arg('input', IN) input: CaseDispatchInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseDispatchService(ctx).dispatch(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '改派（须说明原因，保留历史）/ Reassign with a reason' })
  async caseReassign(@Arg('input', IN) input: CaseReassignInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseDispatchService(ctx).reassign(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '不予受理 / Do not accept' })
  async caseReject(@Arg('input', IN) input: CaseReasonInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseDispatchService(ctx).reject(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '申请人撤回 / Withdrawn by the applicant' })
  async caseWithdraw(@Arg('input', IN) input: CaseReasonInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseDispatchService(ctx).withdraw(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '上报上级中心（编号不变）/ Escalate to the parent center' })
  async caseEscalate(@Arg('input', IN) input: CaseReasonInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseDispatchService(ctx).escalate(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '交办下级中心（编号不变）/ Delegate to a center below' })
  async caseDelegate(@Arg('input', IN) input: CaseDelegateInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseDispatchService(ctx).delegate(input) };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseSessionPayload, { description: '记录一次调解 / Record a mediation session' })
  async caseSessionRecord(@Arg('input', IN) input: CaseSessionRecordInput, @Ctx() ctx: HubContext) {
    return withCase('session', await new CaseHandlingService(ctx).recordSession(input));
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseAgreementPayload, { description: '记录调解协议与分期计划 / Record the agreement and payment plan' })
  async caseAgreementRecord(@Arg('input', IN) input: CaseAgreementRecordInput, @Ctx() ctx: HubContext) {
    return withCase('agreement', await new CaseHandlingService(ctx).recordAgreement(input));
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CasePaymentPayload, { description: '记录一笔履行 / Record a payment' })
  async casePaymentRecord(@Arg('input', IN) input: CasePaymentRecordInput, @Ctx() ctx: HubContext) {
    const payment = await new CaseHandlingService(ctx).recordPayment(input);
    const agreement = await payment.agreement.loadOrFail();
    return { payment, case: await agreement.case.loadOrFail() };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseConfirmationPayload, { description: '申请司法确认 / Apply for judicial confirmation' })
  async caseConfirmationRequest(@Arg('input', IN) input: CaseConfirmationRequestInput, @Ctx() ctx: HubContext) {
    const confirmation = await new CaseHandlingService(ctx).requestConfirmation(input);
    return { confirmation, case: await (await confirmation.agreement.loadOrFail()).case.loadOrFail() };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseConfirmationPayload, { description: '记录司法确认结果 / Record the court’s decision' })
  async caseConfirmationDecide(@Arg('input', IN) input: CaseConfirmationDecideInput, @Ctx() ctx: HubContext) {
    const confirmation = await new CaseHandlingService(ctx).decideConfirmation(input);
    return { confirmation, case: await (await confirmation.agreement.loadOrFail()).case.loadOrFail() };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CasePayload, { description: '化解 / Resolved' })
  async caseResolve(@Arg('input', IN) input: CaseResolveInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseHandlingService(ctx).resolve(input) };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CasePayload, { description: '调解不成并引导至仲裁/诉讼/复议 / Mediation failed, referred' })
  async caseFail(@Arg('input', IN) input: CaseFailInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseHandlingService(ctx).fail(input) };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseExtensionPayload, { description: '申请延期跟进 / Ask for an extension' })
  async caseExtensionRequest(@Arg('input', IN) input: CaseExtensionRequestInput, @Ctx() ctx: HubContext) {
    return withCase('extensionRequest', await new CaseSupervisionService(ctx).requestExtension(input));
  }

  @Authorized(Role.LEADER)
  @Mutation(() => CaseExtensionPayload, { description: '审批延期申请（领导）/ Decide an extension request (leaders)' })
  async caseExtensionDecide(@Arg('input', IN) input: CaseExtensionDecideInput, @Ctx() ctx: HubContext) {
    return withCase('extensionRequest', await new CaseSupervisionService(ctx).decideExtension(input));
  }

  @Authorized(Role.LEADER)
  @Mutation(() => CaseSupervisionPayload, { description: '领导督办 / Supervise a case (leaders)' })
  async caseSupervise(@Arg('input', IN) input: CaseSuperviseInput, @Ctx() ctx: HubContext) {
    return withCase('supervision', await new CaseSupervisionService(ctx).supervise(input));
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseSupervisionPayload, { description: '回复督办 / Answer a supervision' })
  async caseSupervisionAnswer(@Arg('input', IN) input: SupervisionAnswerInput, @Ctx() ctx: HubContext) {
    return withCase('supervision', await new CaseSupervisionService(ctx).answer(input));
  }

  @Authorized(Role.LEADER, Role.ADMIN)
  @Mutation(() => SupervisionSweepPayload, { description: '立即扫描超期与临期案件并自动督办 / Run the automatic supervision sweep now' })
  async caseSupervisionSweep(@Ctx() ctx: HubContext) {
    return { raised: await new CaseSupervisionService(ctx).sweep() };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseFeedbackPayload, { description: '回访申请人 / Record an applicant’s feedback' })
  async caseFeedbackRecord(@Arg('input', IN) input: CaseFeedbackRecordInput, @Ctx() ctx: HubContext) {
    return withCase('feedback', await new CaseClosureService(ctx).recordFeedback(input));
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '办结 / Close' })
  async caseClose(@Arg('input', IN) input: CaseCloseInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseClosureService(ctx).close(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '当事人不满意时重新办理 / Reopen when the parties are not satisfied' })
  async caseReopen(@Arg('input', IN) input: CaseReasonInput, @Ctx() ctx: HubContext) {
    return { case: await new CaseClosureService(ctx).reopen(input) };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CaseLinkPayload, { description: '关联两个案件（案事同抓）/ Link two cases' })
  async caseLink(@Arg('input', IN) input: CaseLinkInput, @Ctx() ctx: HubContext) {
    const link = await new CaseClosureService(ctx).link(input);
    const [low, high] = [await link.low.loadOrFail(), await link.high.loadOrFail()];
    return { link, case: low.globalId === input.id ? low : high };
  }
}
