import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { CaseChannel } from '../cases/case.enums.js';

@InputType({ description: '非本部门职责，提出异议退回（信访工作条例第二十三条，交办之日起5个工作日内）/ Object that the matter is outside the agency’s competence (art. 23: within 5 working days of assignment)' })
export class CaseObjectInput {
  @Field(() => ID, { description: '案件ID / Case ID' }) id!: string;
  @Field(() => Int, { description: '您看到的案件版本号 / The case version you saw' }) version!: number;
  @Field({ description: '异议理由：为何不属于本部门职责、应由谁办理（必填，最多1000字）/ Why the matter is not yours and whose it is (required)' }) reason!: string;
}

@InputType({ description: '登记书面答复意见书 / Record the written answer (书面答复意见书)' })
export class PetitionAnswerRecordInput {
  @Field(() => ID, { description: '信访案件ID / Petition case ID' }) id!: string;
  @Field(() => Int, { description: '您看到的案件版本号 / The case version you saw' }) version!: number;
  @Field(() => DateScalar, { description: '出具（送达）日期，不晚于今天 / Date issued to the petitioner, not after today' }) answeredOn!: string;
  @Field({ description: '答复要点（最多2000字）/ What the answer says (up to 2000 characters)' }) summary!: string;
}

@InputType({ description: '申请复查或复核（信访工作条例第三十五、三十六条）/ Request review (复查) or re-review (复核)' })
export class PetitionReviewRequestInput {
  @Field(() => ID, { description: '已书面答复的案件（原信访事项或复查案件）/ The answered case: the original, or the review' }) id!: string;
  @Field(() => Int, { description: '您看到的案件版本号 / The case version you saw' }) version!: number;
  @Field(() => DateScalar, { description: '收到请求的日期 / Date the request was received' }) requestedOn!: string;
  @Field({ description: '请求理由（必填，最多2000字）/ Why the petitioner disagrees (required)' }) reason!: string;
  @Field(() => ID, { nullable: true, description: '受理复查/复核的中心，默认原案件当前中心 / Center registering the request; default the case’s current center' }) centerId?: string | null;
  @Field(() => CaseChannel, { nullable: true, description: '渠道，默认来信 / Channel; default PETITION_LETTER' }) channel?: CaseChannel | null;
}
