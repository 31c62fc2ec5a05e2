import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection } from '../../shared/pagination.js';
import { Agency } from '../organisation/agency.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Case } from './case.entity.js';
import { CaseLink, Feedback } from './feedback.entity.js';
import { Agreement, JudicialConfirmation, MediationSession, Payment } from './handling.entity.js';
import { ExtensionRequest, Supervision } from './supervision.entity.js';

@ObjectType({ description: '案件分页 / A page of cases' })
export class CaseConnection extends Connection(Case, 'Case') {}

@ObjectType({ description: '调解员推荐及理由 / A recommended mediator and why' })
export class MediatorRecommendation {
  @Field(() => Mediator, { description: '调解员 / Mediator' }) mediator!: Mediator;
  @Field(() => Int, { description: '得分（越高越合适）/ Score, higher fits better' }) score!: number;
  @Field(() => Int, { description: '当前在办案件数 / Open cases now' }) openCases!: number;
  @Field({ description: '所属部门今日是否在本中心 / Whether the agency is at the case’s center today' }) presentToday!: boolean;
  @Field(() => [String], { description: '理由 / Reasons' }) reasons!: string[];
}

@ObjectType({ description: '分流建议（须由受理员确认）/ A dispatch suggestion for a dispatcher to confirm' })
export class DispatchSuggestion {
  @Field(() => Agency, { nullable: true, description: '建议牵头部门 / Suggested lead agency' }) leadAgency!: Agency | null;
  @Field(() => [Agency], { description: '建议协同部门 / Suggested cooperating agencies' }) cooperatingAgencies!: Agency[];
  @Field({ description: '依据 / Basis of the suggestion' }) basis!: string;
  @Field(() => [MediatorRecommendation], { description: '推荐的调解员，按得分排序 / Mediators, best first' }) mediators!: MediatorRecommendation[];
}

@ObjectType({ description: '可能同源的案件 / A case that may share the same source' })
export class SameSourceSuggestion {
  @Field(() => Case, { description: '案件 / The case' }) case!: Case;
  @Field(() => [String], { description: '共同点 / What they share' }) reasons!: string[];
}

@ObjectType({ description: '关联的案件 / A linked case' })
export class LinkedCase {
  @Field(() => CaseLink, { description: '关联 / The link' }) link!: CaseLink;
  @Field(() => Case, { description: '另一个案件 / The other case' }) other!: Case;
}

@ObjectType({ description: '案件变更结果 / Result of a case mutation' })
export class CasePayload {
  @Field(() => Case, { nullable: true, description: '变更后的案件 / The case' }) case?: Case | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

@ObjectType({ description: '调解记录结果 / Result of recording a session' })
export class CaseSessionPayload extends CasePayload {
  @Field(() => MediationSession, { nullable: true, description: '调解记录 / The session' }) session?: MediationSession | null;
}

@ObjectType({ description: '协议结果 / Result of recording an agreement' })
export class CaseAgreementPayload extends CasePayload {
  @Field(() => Agreement, { nullable: true, description: '协议 / The agreement' }) agreement?: Agreement | null;
}

@ObjectType({ description: '履行记录结果 / Result of recording a payment' })
export class CasePaymentPayload extends CasePayload {
  @Field(() => Payment, { nullable: true, description: '付款 / The payment' }) payment?: Payment | null;
}

@ObjectType({ description: '司法确认结果 / Result of a judicial confirmation step' })
export class CaseConfirmationPayload extends CasePayload {
  @Field(() => JudicialConfirmation, { nullable: true, description: '司法确认 / The confirmation' }) confirmation?: JudicialConfirmation | null;
}

@ObjectType({ description: '延期申请结果 / Result of an extension step' })
export class CaseExtensionPayload extends CasePayload {
  @Field(() => ExtensionRequest, { nullable: true, description: '延期申请 / The request' }) extensionRequest?: ExtensionRequest | null;
}

@ObjectType({ description: '督办结果 / Result of a supervision step' })
export class CaseSupervisionPayload extends CasePayload {
  @Field(() => Supervision, { nullable: true, description: '督办 / The supervision' }) supervision?: Supervision | null;
}

@ObjectType({ description: '回访结果 / Result of recording feedback' })
export class CaseFeedbackPayload extends CasePayload {
  @Field(() => Feedback, { nullable: true, description: '回访 / The feedback' }) feedback?: Feedback | null;
}

@ObjectType({ description: '关联结果 / Result of linking cases' })
export class CaseLinkPayload extends CasePayload {
  @Field(() => CaseLink, { nullable: true, description: '关联 / The link' }) link?: CaseLink | null;
}

@ObjectType({ description: '督办扫描结果 / Result of a supervision sweep' })
export class SupervisionSweepPayload {
  @Field(() => Int, { description: '新产生的自动督办数 / Supervisions raised' }) raised!: number;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}
