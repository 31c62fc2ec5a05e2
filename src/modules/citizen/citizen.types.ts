import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../shared/scalars.js';
import { CaseKind } from '../calendar/time-limit-policy.entity.js';
import { CaseStatus } from '../cases/case.enums.js';
import { PartyType } from '../cases/party.entity.js';

@InputType({ description: '上报人（申请人）/ The citizen reporting (the applicant)' })
export class CitizenApplicantInput {
  @Field({ description: '姓名 / Name' })
  name!: string;

  @Field({ description: '手机号（查询进度时须提供）/ Mobile; needed to track the case' })
  phone!: string;

  @Field(() => String, { nullable: true, description: '身份证号 / Resident ID number' })
  idNumber?: string | null;

  @Field(() => Int, { nullable: true, description: '代表人数（如代表72名工人），默认1 / People represented (default 1)' })
  headcount?: number | null;

  @Field(() => String, { nullable: true, description: '地址 / Address' })
  address?: string | null;
}

@InputType({ description: '被反映人或单位 / The person or organisation complained about' })
export class CitizenRespondentInput {
  @Field(() => PartyType, { description: '自然人或单位 / Person or organisation' })
  type!: PartyType;

  @Field({ description: '姓名或名称 / Name' })
  name!: string;

  @Field(() => String, { nullable: true, description: '电话 / Phone' })
  phone?: string | null;
}

@InputType({ description: '群众上报（小程序“10分钟上报”）/ A citizen submission from the mini-program' })
export class CaseSubmitInput {
  @Field({ description: '幂等键：同一次上报重试时须相同（8–100位字母数字与 -_.:）/ Idempotency key: the same for every retry of one submission' })
  idempotencyKey!: string;

  @Field({ description: '受理中心的区划代码（须在密钥范围内），如 150627 / Division code of the receiving center' })
  centerCode!: string;

  @Field(() => CaseKind, { nullable: true, description: '纠纷或信访，默认纠纷 / Dispute (default) or petition' })
  kind?: CaseKind | null;

  @Field(() => String, { nullable: true, description: '类别代码，不清楚可不填（归入“其他”，由受理员调整）/ Category code; leave empty when unsure' })
  categoryCode?: string | null;

  @Field({ description: '发生了什么、希望解决什么（10–2000字）/ What happened and what is asked (10–2000 characters)' })
  description!: string;

  @Field(() => String, { nullable: true, description: '地点 / Place' })
  place?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '涉及金额（元）/ Amount involved, CNY' })
  amount?: string | null;

  @Field(() => CitizenApplicantInput, { description: '上报人 / The citizen reporting' })
  applicant!: CitizenApplicantInput;

  @Field(() => CitizenRespondentInput, { nullable: true, description: '被反映人或单位 / Who the complaint is about' })
  respondent?: CitizenRespondentInput | null;
}

@ObjectType({ description: '上报回执 / Receipt of a citizen submission' })
export class CaseSubmitReceipt {
  @Field({ description: '查询码：凭此码与手机号查询进度 / Tracking code; track with it and the phone number' })
  trackingCode!: string;

  @Field({ description: '案件编号 / Case number' })
  caseNumber!: string;

  @Field({ description: '受理中心 / Receiving center' })
  centerName!: string;

  @Field(() => DateTimeScalar, { description: '登记时间 / Received at' })
  receivedAt!: Date;

  @Field({ description: '是否为重试的重放（同一幂等键的首次回执）/ True when this replays the first answer to the same idempotency key' })
  replayed!: boolean;
}

@ObjectType({ description: '群众上报结果 / Result of a citizen submission' })
export class CaseSubmitPayload {
  @Field(() => CaseSubmitReceipt, { nullable: true, description: '回执 / Receipt' })
  receipt?: CaseSubmitReceipt | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@ObjectType({ description: '办理进度中的一步 / One step of the progress' })
export class TrackingMilestone {
  @Field(() => DateTimeScalar, { description: '时间 / When' })
  at!: Date;

  @Field({ description: '这一步（中文）/ The step, in Chinese' })
  label!: string;
}

@ObjectType({ description: '群众查询到的进度（不含任何其他人的信息）/ What a citizen sees of their case: no one else’s data' })
export class CaseTracking {
  @Field({ description: '案件编号 / Case number' })
  caseNumber!: string;

  @Field(() => CaseStatus, { description: '状态 / Status' })
  status!: CaseStatus;

  @Field({ description: '状态（中文）/ Status in Chinese' })
  statusLabel!: string;

  @Field(() => Int, { description: '版本号：撤回或评价时须回传 / Version; send it back to withdraw or rate' })
  version!: number;

  @Field({ description: '尚未分流，群众可自行撤回（caseCitizenWithdraw）/ Not yet dispatched: the citizen may withdraw it' })
  canWithdraw!: boolean;

  @Field({ description: '已化解或调解不成，群众可评价（caseCitizenRate）/ Resolved or failed: the citizen may rate the result' })
  canRate!: boolean;

  @Field({ description: '当前办理中心 / Center handling it' })
  centerName!: string;

  @Field(() => String, { nullable: true, description: '牵头办理部门 / Lead agency handling it' })
  handlingAgency?: string | null;

  @Field(() => DateTimeScalar, { description: '登记时间 / Received at' })
  receivedAt!: Date;

  @Field(() => DateScalar, { nullable: true, description: '办结期限 / Due date' })
  dueDate?: string | null;

  @Field({ description: '下一步 / What happens next' })
  nextStep!: string;

  @Field(() => [TrackingMilestone], { description: '关键节点（时间先后）/ Milestones, oldest first' })
  milestones!: TrackingMilestone[];
}
