import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PUBLIC } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { UserError } from '../../shared/errors.js';
import { Satisfaction } from '../cases/feedback.entity.js';
import { CitizenFollowupService } from './citizen-followup.service.js';
import { CitizenService } from './citizen.service.js';
import { CaseTracking } from './citizen.types.js';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };

@InputType({ description: '群众撤回自己的上报（仅限尚未分流）/ A citizen withdraws their own submission before dispatch' })
class CaseCitizenWithdrawInput {
  @Field({ description: '查询码 / Tracking code' }) trackingCode!: string;
  @Field({ description: '申请人手机号 / The applicant’s mobile number' }) phone!: string;
  @Field(() => Int, { description: '查询进度时看到的版本号 / The version caseTrack returned' }) version!: number;
  @Field(() => String, { nullable: true, description: '撤回原因（最多500字）/ Why, at most 500 characters' }) reason?: string | null;
}

@InputType({ description: '群众评价办理结果（案件化解或调解不成后）/ A citizen rates the result once the case is resolved or failed' })
class CaseCitizenRateInput {
  @Field({ description: '查询码 / Tracking code' }) trackingCode!: string;
  @Field({ description: '申请人手机号 / The applicant’s mobile number' }) phone!: string;
  @Field(() => Int, { description: '查询进度时看到的版本号 / The version caseTrack returned' }) version!: number;
  @Field(() => Satisfaction, { description: '满意度（不可选 UNREACHABLE）/ Satisfaction; UNREACHABLE is for staff only' }) satisfaction!: Satisfaction;
  @Field(() => String, { nullable: true, description: '意见（最多1000字）/ Comments, at most 1000 characters' }) comment?: string | null;
}

@ObjectType({ description: '群众撤回或评价的结果 / Result of a citizen’s withdrawal or rating' })
class CaseCitizenPayload {
  @Field(() => CaseTracking, { nullable: true, description: '更新后的进度 / The progress afterwards' }) tracking?: CaseTracking | null;
  @Field(() => [UserError], { description: '可修正的错误（查询码或手机号不符时为 NOT_FOUND，多次错误将被限制）/ Errors the caller can fix; NOT_FOUND when code and phone do not match (throttled like caseTrack)' }) userErrors!: UserError[];
}

/** Public like `caseTrack`: the tracking code plus the applicant's phone is the credential; misses are throttled with it. */
@Resolver()
export class CitizenFollowupResolver {
  @Authorized(PUBLIC)
  @Mutation(() => CaseCitizenPayload, {
    description: '群众凭查询码与手机号撤回自己的上报（仅限尚未分流）；公开，与 caseTrack 共用错误次数限制 / Withdraw one’s own submission before dispatch, by tracking code and phone; public, throttled with caseTrack',
  })
  async caseCitizenWithdraw(@Arg('input', IN) input: CaseCitizenWithdrawInput, @Ctx() ctx: HubContext) {
    await new CitizenFollowupService(ctx).withdraw(input);
    return { tracking: await new CitizenService(ctx).track(input.trackingCode, input.phone) };
  }

  @Authorized(PUBLIC)
  @Mutation(() => CaseCitizenPayload, {
    description: '群众凭查询码与手机号评价办理结果（化解或调解不成后，每位申请人一次）；记为回访，计入台账 / Rate the result once resolved or failed, once per applicant; recorded as feedback and counted in the ledger',
  })
  async caseCitizenRate(@Arg('input', IN) input: CaseCitizenRateInput, @Ctx() ctx: HubContext) {
    await new CitizenFollowupService(ctx).rate(input);
    return { tracking: await new CitizenService(ctx).track(input.trackingCode, input.phone) };
  }
}
