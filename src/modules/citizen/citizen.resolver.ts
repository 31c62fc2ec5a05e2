import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { KEY, PUBLIC } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { CitizenService } from './citizen.service.js';
import { CaseSubmitInput, CaseSubmitPayload, CaseTracking } from './citizen.types.js';

@Resolver()
export class CitizenResolver {
  @Authorized(KEY.CASES_SUBMIT)
  @Mutation(() => CaseSubmitPayload, {
    description: '群众上报（仅限持 CASES_SUBMIT 能力密钥的应用）；以幂等键重试只建一件案件并重放首次回执 / A citizen submission through a client key; retries with the same idempotency key create one case and replay the first receipt',
  })
  async caseSubmit(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CaseSubmitInput, @Ctx() ctx: HubContext) {
    return { receipt: await new CitizenService(ctx).submit(input) };
  }

  @Authorized(PUBLIC)
  @Query(() => CaseTracking, {
    nullable: true,
    description: '群众凭查询码与申请人手机号查进度；不符时为空，多次错误将被限制 / Track a case by its code and the applicant’s phone; null when they do not match; repeated misses are throttled',
  })
  caseTrack(
    @Arg('trackingCode', { description: '查询码，如 7KQ2-M9XD-4HTN / Tracking code' }) trackingCode: string,
    @Arg('phone', { description: '申请人手机号 / The applicant’s mobile number' }) phone: string,
    @Ctx() ctx: HubContext,
  ): Promise<CaseTracking | null> {
    return new CitizenService(ctx).track(trackingCode, phone);
  }
}
