import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar, MoneyScalar } from '../../shared/scalars.js';
import { PartyInput } from '../cases/case.inputs.js';
import { RiskLevel } from '../cases/case.enums.js';
import { ReceptionOutcome } from './reception.entity.js';

@InputType({ description: '接访时登记的新信访事项 / The petition case a reception opens' })
export class ReceptionCaseInput {
  @Field({ description: '类别代码（见 caseCategories）/ Category code' }) categoryCode!: string;
  @Field({ description: '标题（最多100字）/ Title' }) title!: string;
  @Field(() => String, { nullable: true, description: '地点 / Place' }) place?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: '争议金额（元）/ Amount in dispute, CNY' }) amount?: string | null;
  @Field(() => RiskLevel, { nullable: true, description: '风险标记 / Risk flag' }) riskFlag?: RiskLevel | null;
  @Field(() => String, { nullable: true, description: '风险说明 / Why' }) riskReason?: string | null;
}

@InputType({ description: '领导接访登记 / Record a leader’s reception of petitioners' })
export class ReceptionRecordInput {
  @Field(() => ID, { description: '接访中心 / The center where the petitioners were received' })
  centerId!: string;

  @Field(() => ID, { nullable: true, description: '接访领导（用户ID）；不传为您本人（受理员代录时必填）/ The leader (a user ID); default: you. Dispatchers recording for a leader name them' })
  leaderId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '接访时间，默认现在（最多回溯7天）/ When received; default now (at most 7 days back)' })
  receivedAt?: Date | null;

  @Field(() => [PartyInput], { description: '来访人（至少1名申请人，最多50名；多人走访须推选代表，不超过5人）/ Petitioners: at least one applicant, at most 50; a visit by more than 5 names at most 5 representatives' })
  petitioners!: PartyInput[];

  @Field({ description: '反映事项（最多5000字）/ The matter (up to 5000 characters)' })
  matter!: string;

  @Field(() => ReceptionOutcome, { description: '结果 / Outcome' })
  outcome!: ReceptionOutcome;

  @Field(() => String, { nullable: true, description: '答复内容（ANSWERED 必填）或引导去向（REFERRED 必填）/ The answer (required for ANSWERED) or where referred (required for REFERRED)' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: '非值班时段接访的原因（不在已发布的接访值班中时必填）/ Why, when the leader holds no published reception duty that half-day (then required)' })
  offDutyReason?: string | null;

  @Field(() => ReceptionCaseInput, { nullable: true, description: '新登记的信访事项（CASE_CREATED 必填）/ The new petition case (required for CASE_CREATED)' })
  newCase?: ReceptionCaseInput | null;

  @Field(() => [ID], { nullable: true, description: '关联的已有案件（CASES_LINKED 必填，最多10件）/ Existing cases to link (required for CASES_LINKED, at most 10)' })
  caseIds?: string[] | null;
}

@InputType({ description: '领导包案 / A leader takes charge of a case (包案)' })
export class CaseLeaderInChargeTakeInput {
  @Field(() => ID, { description: '案件ID / Case ID' }) id!: string;
  @Field(() => Int, { description: '您看到的案件版本号 / The case version you saw' }) version!: number;
  @Field(() => String, { nullable: true, description: '说明（最多500字）/ Note' }) note?: string | null;
}
