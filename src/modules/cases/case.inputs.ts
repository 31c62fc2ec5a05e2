import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../shared/pagination.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../shared/scalars.js';
import { CaseKind } from '../calendar/time-limit-policy.entity.js';
import { CaseChannel, CaseStatus, Referral, RiskLevel } from './case.enums.js';
import { LinkType, Satisfaction } from './feedback.entity.js';
import { SessionMethod } from './handling.entity.js';
import { PartyRole, PartyType } from './party.entity.js';

const VERSION = '您看到的案件版本号 / The case version you saw';
const CASE_ID = '案件ID / Case ID';

@InputType({ description: '当事人 / A party' })
export class PartyInput {
  @Field(() => PartyRole, { description: '申请人或被申请人 / Side' })
  role!: PartyRole;

  @Field(() => PartyType, { description: '自然人或单位 / Person or organisation' })
  type!: PartyType;

  @Field({ description: '姓名或单位名称 / Name' })
  name!: string;

  @Field(() => String, { nullable: true, description: '身份证号（自然人）或统一社会信用代码（单位）/ ID number or credit code' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '手机号 / Mobile' })
  phone?: string | null;

  @Field(() => Int, { nullable: true, description: '代表人数，默认1 / People the party stands for (default 1)' })
  headcount?: number | null;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  address?: string | null;

  @Field(() => Boolean, { nullable: true, description: '多人走访推选的代表（信访：来访超过5人时须推选，不超过5人，第二十条）；默认否 / A representative of a group visit (petitions of more than 5 visitors name at most 5, art. 20); default false' })
  representative?: boolean | null;
}

@InputType({ description: '受理登记 / Record a new case (intake)' })
export class CaseCreateInput {
  @Field(() => ID, { description: '受理中心 / Receiving center' })
  centerId!: string;

  @Field(() => CaseKind, { description: '纠纷或信访 / Dispute or petition' })
  kind!: CaseKind;

  @Field(() => CaseChannel, { description: '渠道 / Channel' })
  channel!: CaseChannel;

  @Field({ description: '类别代码（见 caseCategories）/ Category code' })
  categoryCode!: string;

  @Field({ description: '标题（最多100字）/ Title' })
  title!: string;

  @Field({ description: '诉求与事实（最多5000字）/ Description' })
  description!: string;

  @Field(() => String, { nullable: true, description: '地点 / Place' })
  place?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '争议金额 / Amount in dispute' })
  amount?: string | null;

  @Field(() => [PartyInput], { description: '当事人，至少一名申请人（最多50名）/ Parties; at least one applicant' })
  parties!: PartyInput[];

  @Field(() => RiskLevel, { nullable: true, description: '工作人员标记的风险 / Risk flagged by staff' })
  riskFlag?: RiskLevel | null;

  @Field(() => String, { nullable: true, description: '风险说明 / Why' })
  riskReason?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '实际受理时间（补录来信等，默认现在，最多回溯90天）/ When received; default now' })
  receivedAt?: Date | null;
}

@InputType({ description: '修改案件信息 / Update a case’s details' })
export class CaseUpdateInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => String, { nullable: true, description: '类别代码 / Category code' }) categoryCode?: string | null;
  @Field(() => String, { nullable: true, description: '标题 / Title' }) title?: string | null;
  @Field(() => String, { nullable: true, description: '诉求与事实 / Description' }) description?: string | null;
  @Field(() => String, { nullable: true, description: '地点 / Place' }) place?: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: '争议金额 / Amount' }) amount?: string | null;
  @Field(() => RiskLevel, { nullable: true, description: '风险标记 / Risk flag' }) riskFlag?: RiskLevel | null;
  @Field(() => String, { nullable: true, description: '风险说明 / Why' }) riskReason?: string | null;
}

@InputType({ description: '增加当事人（如查找到被申请人）/ Add a party, e.g. a respondent found later' })
export class CasePartyAddInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => PartyInput, { description: '当事人 / The party' }) party!: PartyInput;
}

@InputType({ description: '分流 / Dispatch a case' })
export class CaseDispatchInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => ID, { nullable: true, description: '牵头部门；只指派调解员时默认为其所属部门 / Lead agency; defaults to the mediator’s agency' })
  leadAgencyId?: string | null;
  @Field(() => [ID], { nullable: true, description: '协同部门（最多10个）/ Cooperating agencies' })
  cooperatingAgencyIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: '调解员/工作室 / Mediator' })
  mediatorId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '调解员已满负荷时仍指派 / Assign even when the mediator is at capacity' })
  overrideCapacity?: boolean | null;
  @Field(() => String, { nullable: true, description: '说明 / Note' }) note?: string | null;
}

@InputType({ description: '改派（保留原指派记录）/ Reassign, keeping the history' })
export class CaseReassignInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => ID, { nullable: true, description: '新的牵头部门 / New lead agency' }) leadAgencyId?: string | null;
  @Field(() => [ID], { nullable: true, description: '新的协同部门（整体替换）/ New cooperating agencies (replaces all)' })
  cooperatingAgencyIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: '新的调解员 / New mediator' }) mediatorId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '调解员已满负荷时仍指派 / Assign even when at capacity' }) overrideCapacity?: boolean | null;
  @Field({ description: '改派原因（必填）/ Why (required)' }) reason!: string;
}

@InputType({ description: '带原因的状态变更（不予受理、撤回、重新办理、上报）/ A status change with a reason' })
export class CaseReasonInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field({ description: '原因（必填，最多1000字）/ Reason (required)' }) reason!: string;
}

@InputType({ description: '交办下级中心 / Delegate a case to a center below' })
export class CaseDelegateInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => ID, { description: '下级中心 / The center below' }) toCenterId!: string;
  @Field({ description: '原因 / Reason' }) reason!: string;
}

@InputType({ description: '记录一次调解 / Record a mediation session' })
export class CaseSessionRecordInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => SessionMethod, { description: '方式 / Method' }) method!: SessionMethod;
  @Field(() => DateTimeScalar, { description: '时间 / When held' }) heldAt!: Date;
  @Field({ description: '参加人员 / Participants' }) participants!: string;
  @Field({ description: '记录 / Notes' }) notes!: string;
}

@InputType({ description: '分期计划中的一期 / One instalment' })
export class InstalmentInput {
  @Field(() => DateScalar, { description: '应付日期 / Due date' }) dueDate!: string;
  @Field(() => MoneyScalar, { description: '金额 / Amount' }) amount!: string;
}

@InputType({ description: '记录调解协议 / Record the agreement' })
export class CaseAgreementRecordInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field({ description: '协议内容 / Terms' }) terms!: string;
  @Field(() => MoneyScalar, { description: '总金额 / Total' }) totalAmount!: string;
  @Field(() => DateScalar, { description: '生效日期：不早于案件受理日期 / Effective date: not before the case was received' }) effectiveDate!: string;
  @Field(() => [InstalmentInput], { nullable: true, description: '分期计划，合计须等于总金额；省略则生效日一次付清 / Instalments summing to the total' })
  instalments?: InstalmentInput[] | null;
}

@InputType({ description: '记录一笔履行 / Record a payment' })
export class CasePaymentRecordInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => MoneyScalar, { description: '金额 / Amount' }) amount!: string;
  @Field(() => DateScalar, { description: '付款日期：不早于协议生效日期和案件受理日期，不晚于今天（北京时间）/ Date paid: not before the agreement took effect or the case was received, not after today (Asia/Shanghai)' }) paidDate!: string;
  @Field(() => String, { nullable: true, description: '方式与说明 / How' }) note?: string | null;
}

@InputType({ description: '申请司法确认 / Apply for judicial confirmation' })
export class CaseConfirmationRequestInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => ID, { description: '人民法院（部门）/ The court' }) courtAgencyId!: string;
  @Field(() => DateScalar, { description: '申请日期 / Applied on' }) requestedDate!: string;
}

@InputType({ description: '记录司法确认结果 / Record the court’s decision' })
export class CaseConfirmationDecideInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field({ description: '是否裁定有效 / Confirmed or not' }) confirmed!: boolean;
  @Field(() => DateScalar, { description: '裁定日期 / Decided on' }) decidedDate!: string;
  @Field(() => String, { nullable: true, description: '说明 / Note' }) note?: string | null;
}

@InputType({ description: '化解 / Mark the case resolved' })
export class CaseResolveInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field({ description: '化解情况 / How it was resolved' }) note!: string;
}

@InputType({ description: '调解不成 / Mark mediation failed, with a referral' })
export class CaseFailInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => Referral, { description: '引导途径 / Referral' }) referral!: Referral;
  @Field({ description: '说明 / Note' }) note!: string;
}

@InputType({ description: '延期跟进申请 / Ask for more time' })
export class CaseExtensionRequestInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => Int, { description: '延期天数 / Days' }) days!: number;
  @Field({ description: '理由 / Reason' }) reason!: string;
}

@InputType({ description: '审批延期申请 / Decide an extension request' })
export class CaseExtensionDecideInput {
  @Field(() => ID, { description: '延期申请ID / Extension request ID' }) requestId!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field({ description: '是否批准 / Approve or not' }) approve!: boolean;
  @Field(() => String, { nullable: true, description: '审批意见 / Note' }) note?: string | null;
}

@InputType({ description: '领导督办 / A leader supervises a case' })
export class CaseSuperviseInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field({ description: '督办要求 / Instructions' }) instructions!: string;
  @Field(() => DateScalar, { description: '回复期限：今天至一年内 / Answer due by: from today to a year ahead' }) responseDueDate!: string;
}

@InputType({ description: '回复督办 / Answer a supervision' })
export class SupervisionAnswerInput {
  @Field(() => ID, { description: '督办ID / Supervision ID' }) supervisionId!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field({ description: '回复 / Answer' }) response!: string;
}

@InputType({ description: '回访 / Record feedback of an applicant' })
export class CaseFeedbackRecordInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => ID, { description: '申请人（当事人ID）/ The applicant party' }) partyId!: string;
  @Field(() => Satisfaction, { description: '满意度 / Satisfaction' }) satisfaction!: Satisfaction;
  @Field(() => String, { nullable: true, description: '意见 / Comments' }) comment?: string | null;
}

@InputType({ description: '办结 / Close a case' })
export class CaseCloseInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => String, { nullable: true, description: '说明 / Note' }) note?: string | null;
  @Field(() => String, { nullable: true, description: '未能回访全部申请人时的原因 / Why some applicants gave no feedback' })
  withoutFeedbackReason?: string | null;
}

@InputType({ description: '关联两个案件 / Link two cases' })
export class CaseLinkInput {
  @Field(() => ID, { description: CASE_ID }) id!: string;
  @Field(() => Int, { description: VERSION }) version!: number;
  @Field(() => ID, { description: '另一个案件 / The other case' }) otherCaseId!: string;
  @Field(() => LinkType, { description: '类型 / Type' }) type!: LinkType;
  @Field(() => String, { nullable: true, description: '说明 / Note' }) note?: string | null;
}

@InputType({ description: '案件筛选 / Filter for cases' })
export class CaseFilter {
  @Field(() => ID, { nullable: true, description: '当前所在中心在该中心及其下级 / Current center within this subtree' }) centerSubtreeOf?: string | null;
  @Field(() => [CaseStatus], { nullable: true, description: '状态 / Statuses' }) statuses?: CaseStatus[] | null;
  @Field(() => [CaseKind], { nullable: true, description: '种类 / Kinds' }) kinds?: CaseKind[] | null;
  @Field(() => [String], { nullable: true, description: '类别代码 / Category codes' }) categoryCodes?: string[] | null;
  @Field(() => ID, { nullable: true, description: '当前指派给该部门 / Currently assigned to this agency' }) agencyId?: string | null;
  @Field(() => ID, { nullable: true, description: '当前指派给该调解员 / Currently assigned to this mediator' }) mediatorId?: string | null;
  @Field(() => [RiskLevel], { nullable: true, description: '风险等级 / Risk levels' }) riskLevels?: RiskLevel[] | null;
  @Field(() => Boolean, { nullable: true, description: '是否超期 / Overdue or not' }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '是否有未回复的督办 / Has an open supervision' }) supervised?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: '受理日期起（含）/ Received on or after' }) receivedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '受理日期止（含）/ Received on or before' }) receivedTo?: string | null;
  @Field(() => String, { nullable: true, description: '在标题、内容、地点与当事人姓名中搜索（中文可用）/ Text in title, description, place and party names' })
  search?: string | null;
}

@ArgsType()
export class CasesArgs extends ConnectionArgs {
  @Field(() => CaseFilter, { nullable: true, description: '筛选 / Filter' }) filter?: CaseFilter | null;
}

