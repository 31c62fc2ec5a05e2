import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { CaseAccess } from '../cases/case-access.js';
import { Case } from '../cases/case.entity.js';
import { CasePayload } from '../cases/case.types.js';
import { Role } from '../../shared/role.js';
import { CaseObjectInput, PetitionAnswerRecordInput, PetitionReviewRequestInput } from './petition.inputs.js';
import { PetitionProcedure } from './petition-procedure.entity.js';
import { PetitionService } from './petition.service.js';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };

/** The petition procedure of the 信访工作条例 (2022): objection, written answer, 复查 and 复核. */
@Resolver()
export class PetitionResolver {
  @Authorized(Role.AGENCY_STAFF)
  @Mutation(() => CasePayload, { description: '牵头部门认为不属于本部门职责，提出异议退回受理员（交办起5个工作日内，信访工作条例第二十三条）/ The lead agency objects that the petition is not its own; back to the dispatchers (art. 23)' })
  async caseObject(@Arg('input', IN) input: CaseObjectInput, @Ctx() ctx: HubContext) {
    return { case: await new PetitionService(ctx).object(input) };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => CasePayload, { description: '登记书面答复意见书（日期起算复查/复核请求期限）/ Record the written answer; the review request period runs from its date' })
  async petitionAnswerRecord(@Arg('input', IN) input: PetitionAnswerRecordInput, @Ctx() ctx: HubContext) {
    return { case: await new PetitionService(ctx).recordAnswer(input) };
  }

  @Authorized(Role.DISPATCHER)
  @Mutation(() => CasePayload, { description: '登记复查/复核请求：生成关联的后续案件（30日内答复）；复核后同一事项再提出的登记为“不再受理” / Register a review or re-review as a linked follow-up case (answered within 30 days); after 复核: registered and answered 不再受理' })
  async petitionReviewRequest(@Arg('input', IN) input: PetitionReviewRequestInput, @Ctx() ctx: HubContext) {
    return { case: await new PetitionService(ctx).requestReview(input) };
  }
}

@Resolver(() => PetitionProcedure)
export class PetitionProcedureResolver {
  @FieldResolver(() => Case, { nullable: true, description: '前一环节的案件（复查的原信访事项、复核的复查）；无或无权查看时为空 / The case this follows up; null when none or not visible' })
  async previousCase(@Root() p: PetitionProcedure, @Ctx() ctx: HubContext): Promise<Case | null> {
    if (!p.previousCase) return null;
    const c = await p.previousCase.loadOrFail();
    return (await new CaseAccess(ctx).canSee(c)) ? c : null;
  }
}

@Resolver(() => Case)
export class CasePetitionResolver {
  @FieldResolver(() => PetitionProcedure, { nullable: true, description: '信访程序（阶段、书面答复）；未登记时为空 / The petition procedure: stage and written answer; null until recorded' })
  petitionProcedure(@Root() c: Case, @Ctx() ctx: HubContext): Promise<PetitionProcedure | null> {
    return new PetitionService(ctx).procedureOf(c);
  }

  @FieldResolver(() => [Case], { description: '后续的复查、复核或不再受理的请求（仅您可见的）/ Follow-ups: review, re-review or requests not accepted again' })
  followUps(@Root() c: Case, @Ctx() ctx: HubContext): Promise<Case[]> {
    return new PetitionService(ctx).followUps(c);
  }
}

export const PETITION_RESOLVERS = [PetitionResolver, PetitionProcedureResolver, CasePetitionResolver] as const;
