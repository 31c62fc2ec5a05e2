/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 分流角色 / Role in handling a case */
export type AssignmentRole =
  /** 协同部门 / Cooperating agency */
  | 'COOPERATING'
  /** 牵头部门 / Lead agency */
  | 'LEAD'
  /** 调解员/工作室 / Mediator or studio */
  | 'MEDIATOR';

/** 轮换节奏 / How a rotation pattern picks days */
export type Cadence =
  /** 每天 / Every day */
  | 'EVERY_DAY'
  /** 每周指定的几天（节假日除外）/ Chosen weekdays, holidays skipped */
  | 'WEEKLY'
  /** 每个工作日（按官方日历，含调休上班日）/ Every working day, make-up days included */
  | 'WORKING_DAYS';

/** 日历例外 / An exception to the Monday–Friday working week */
export type CalendarDayKind =
  /** 法定节假日（放假）/ Public holiday */
  | 'HOLIDAY'
  /** 调休上班的周末 / Weekend day that is a working day (调休) */
  | 'MAKEUP_WORKDAY';

/** 记录调解协议 / Record the agreement */
export type CaseAgreementRecordInput = {
  /** 生效日期：不早于案件受理日期 / Effective date: not before the case was received */
  effectiveDate: string;
  /** 案件ID / Case ID */
  id: string | number;
  /** 分期计划，合计须等于总金额；省略则生效日一次付清 / Instalments summing to the total */
  instalments?: Array<InstalmentInput> | null | undefined;
  /** 协议内容 / Terms */
  terms: string;
  /** 总金额 / Total */
  totalAmount: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 受理渠道 / How the case came in */
export type CaseChannel =
  /** 网格员上报 / Reported by a grid worker */
  | 'GRID_REPORT'
  /** 领导接访（值班领导接待时登记）/ Recorded by a leader receiving petitioners (领导接访) */
  | 'LEADER_RECEPTION'
  /** 网上（如“伊码解纷”小程序）/ Online, e.g. the mini-program */
  | 'ONLINE'
  /** 来信 / Petition letter */
  | 'PETITION_LETTER'
  /** 来访 / Petition visit */
  | 'PETITION_VISIT'
  /** 电话 / By phone */
  | 'PHONE'
  /** 上级或下级转办 / Transferred from another center */
  | 'TRANSFER'
  /** 窗口来访 / At the window */
  | 'WALK_IN';

/** 办结 / Close a case */
export type CaseCloseInput = {
  /** 案件ID / Case ID */
  id: string | number;
  /** 说明 / Note */
  note?: string | null | undefined;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
  /** 未能回访全部申请人时的原因 / Why some applicants gave no feedback */
  withoutFeedbackReason?: string | null | undefined;
};

/** 记录司法确认结果 / Record the court’s decision */
export type CaseConfirmationDecideInput = {
  /** 是否裁定有效 / Confirmed or not */
  confirmed: boolean;
  /** 裁定日期 / Decided on */
  decidedDate: string;
  /** 案件ID / Case ID */
  id: string | number;
  /** 说明 / Note */
  note?: string | null | undefined;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 申请司法确认 / Apply for judicial confirmation */
export type CaseConfirmationRequestInput = {
  /** 人民法院（部门）/ The court */
  courtAgencyId: string | number;
  /** 案件ID / Case ID */
  id: string | number;
  /** 申请日期 / Applied on */
  requestedDate: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 受理登记 / Record a new case (intake) */
export type CaseCreateInput = {
  /** 争议金额 / Amount in dispute */
  amount?: string | null | undefined;
  /** 类别代码（见 caseCategories）/ Category code */
  categoryCode: string;
  /** 受理中心 / Receiving center */
  centerId: string | number;
  /** 渠道 / Channel */
  channel: CaseChannel;
  /** 诉求与事实（最多5000字）/ Description */
  description: string;
  /** 纠纷或信访 / Dispute or petition */
  kind: CaseKind;
  /** 当事人，至少一名申请人（最多50名）/ Parties; at least one applicant */
  parties: Array<PartyInput>;
  /** 地点 / Place */
  place?: string | null | undefined;
  /** 实际受理时间（补录来信等，默认现在，最多回溯90天）/ When received; default now */
  receivedAt?: string | null | undefined;
  /** 工作人员标记的风险 / Risk flagged by staff */
  riskFlag?: RiskLevel | null | undefined;
  /** 风险说明 / Why */
  riskReason?: string | null | undefined;
  /** 标题（最多100字）/ Title */
  title: string;
};

/** 分流 / Dispatch a case */
export type CaseDispatchInput = {
  /** 协同部门（最多10个）/ Cooperating agencies */
  cooperatingAgencyIds?: Array<string | number> | null | undefined;
  /** 案件ID / Case ID */
  id: string | number;
  /** 牵头部门；只指派调解员时默认为其所属部门 / Lead agency; defaults to the mediator’s agency */
  leadAgencyId?: string | number | null | undefined;
  /** 调解员/工作室 / Mediator */
  mediatorId?: string | number | null | undefined;
  /** 说明 / Note */
  note?: string | null | undefined;
  /** 调解员已满负荷时仍指派 / Assign even when the mediator is at capacity */
  overrideCapacity?: boolean | null | undefined;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 时间线事件类型 / Kind of timeline event */
export type CaseEventType =
  /** 达成协议 / agreement recorded */
  | 'AGREEMENT_RECORDED'
  /** 出具书面答复意见书 / answered in writing */
  | 'ANSWERED_IN_WRITING'
  /** 办结 / closed */
  | 'CLOSED'
  /** 司法确认结果 / confirmation decided */
  | 'CONFIRMATION_DECIDED'
  /** 申请司法确认 / confirmation requested */
  | 'CONFIRMATION_REQUESTED'
  /** 交办下级中心 / delegated */
  | 'DELEGATED'
  /** 分流 / dispatched */
  | 'DISPATCHED'
  /** 超时未分流 / dispatch target missed */
  | 'DISPATCH_TARGET_MISSED'
  /** 官方日历变化，期限重算 / due date recalculated */
  | 'DUE_DATE_RECALCULATED'
  /** 上报上级中心 / escalated */
  | 'ESCALATED'
  /** 延期审批 / extension decided */
  | 'EXTENSION_DECIDED'
  /** 申请延期 / extension requested */
  | 'EXTENSION_REQUESTED'
  /** 调解不成 / failed */
  | 'FAILED'
  /** 回访 / feedback recorded */
  | 'FEEDBACK_RECORDED'
  /** 领导包案 / leader in charge */
  | 'LEADER_IN_CHARGE'
  /** 关联案件 / linked */
  | 'LINKED'
  /** 联席会议会商决定 / meeting decided */
  | 'MEETING_DECIDED'
  /** 异议退回（非本部门职责） / objected */
  | 'OBJECTED'
  /** 增加当事人 / party added */
  | 'PARTY_ADDED'
  /** 修改当事人 / party updated */
  | 'PARTY_UPDATED'
  /** 记录履行/付款 / payment recorded */
  | 'PAYMENT_RECORDED'
  /** 改派 / reassigned */
  | 'REASSIGNED'
  /** 受理登记 / received */
  | 'RECEIVED'
  /** 领导接访 / reception recorded */
  | 'RECEPTION_RECORDED'
  /** 不予受理 / rejected */
  | 'REJECTED'
  /** 重新办理 / reopened */
  | 'REOPENED'
  /** 化解 / resolved */
  | 'RESOLVED'
  /** 申请复查/复核 / review requested */
  | 'REVIEW_REQUESTED'
  /** 风险等级变化 / risk changed */
  | 'RISK_CHANGED'
  /** 记录调解 / session recorded */
  | 'SESSION_RECORDED'
  /** 督办回复 / supervision answered */
  | 'SUPERVISION_ANSWERED'
  /** 督办 / supervision raised */
  | 'SUPERVISION_RAISED'
  /** 取消关联 / unlinked */
  | 'UNLINKED'
  /** 修改案件信息 / updated */
  | 'UPDATED'
  /** 撤回 / withdrawn */
  | 'WITHDRAWN';

/** 审批延期申请 / Decide an extension request */
export type CaseExtensionDecideInput = {
  /** 是否批准 / Approve or not */
  approve: boolean;
  /** 审批意见 / Note */
  note?: string | null | undefined;
  /** 延期申请ID / Extension request ID */
  requestId: string | number;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 延期跟进申请 / Ask for more time */
export type CaseExtensionRequestInput = {
  /** 延期天数 / Days */
  days: number;
  /** 案件ID / Case ID */
  id: string | number;
  /** 理由 / Reason */
  reason: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 调解不成 / Mark mediation failed, with a referral */
export type CaseFailInput = {
  /** 案件ID / Case ID */
  id: string | number;
  /** 说明 / Note */
  note: string;
  /** 引导途径 / Referral */
  referral: Referral;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 回访 / Record feedback of an applicant */
export type CaseFeedbackRecordInput = {
  /** 意见 / Comments */
  comment?: string | null | undefined;
  /** 案件ID / Case ID */
  id: string | number;
  /** 申请人（当事人ID）/ The applicant party */
  partyId: string | number;
  /** 满意度 / Satisfaction */
  satisfaction: Satisfaction;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 案件筛选 / Filter for cases */
export type CaseFilter = {
  /** 当前指派给该部门 / Currently assigned to this agency */
  agencyId?: string | number | null | undefined;
  /** 类别代码 / Category codes */
  categoryCodes?: Array<string> | null | undefined;
  /** 当前所在中心在该中心及其下级 / Current center within this subtree */
  centerSubtreeOf?: string | number | null | undefined;
  /** 种类 / Kinds */
  kinds?: Array<CaseKind> | null | undefined;
  /** 当前指派给该调解员 / Currently assigned to this mediator */
  mediatorId?: string | number | null | undefined;
  /** 是否超期 / Overdue or not */
  overdue?: boolean | null | undefined;
  /** 受理日期起（含）/ Received on or after */
  receivedFrom?: string | null | undefined;
  /** 受理日期止（含）/ Received on or before */
  receivedTo?: string | null | undefined;
  /** 风险等级 / Risk levels */
  riskLevels?: Array<RiskLevel> | null | undefined;
  /** 在标题、内容、地点与当事人姓名中搜索（中文可用）/ Text in title, description, place and party names */
  search?: string | null | undefined;
  /** 状态 / Statuses */
  statuses?: Array<CaseStatus> | null | undefined;
  /** 是否有未回复的督办 / Has an open supervision */
  supervised?: boolean | null | undefined;
};

/** 案件种类 / Kind of case */
export type CaseKind =
  /** 矛盾纠纷 / Dispute */
  | 'DISPUTE'
  /** 信访事项 / Petition (信访工作条例) */
  | 'PETITION';

/** 记录一笔履行 / Record a payment */
export type CasePaymentRecordInput = {
  /** 金额 / Amount */
  amount: string;
  /** 案件ID / Case ID */
  id: string | number;
  /** 方式与说明 / How */
  note?: string | null | undefined;
  /** 付款日期：不早于协议生效日期和案件受理日期，不晚于今天（北京时间）/ Date paid: not before the agreement took effect or the case was received, not after today (Asia/Shanghai) */
  paidDate: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 带原因的状态变更（不予受理、撤回、重新办理、上报）/ A status change with a reason */
export type CaseReasonInput = {
  /** 案件ID / Case ID */
  id: string | number;
  /** 原因（必填，最多1000字）/ Reason (required) */
  reason: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 化解 / Mark the case resolved */
export type CaseResolveInput = {
  /** 案件ID / Case ID */
  id: string | number;
  /** 化解情况 / How it was resolved */
  note: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 记录一次调解 / Record a mediation session */
export type CaseSessionRecordInput = {
  /** 时间 / When held */
  heldAt: string;
  /** 案件ID / Case ID */
  id: string | number;
  /** 方式 / Method */
  method: SessionMethod;
  /** 记录 / Notes */
  notes: string;
  /** 参加人员 / Participants */
  participants: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 案件状态（受理→分流→办理→督办→反馈）/ Where a case is in the closed loop */
export type CaseStatus =
  /** 已办结 / Closed */
  | 'CLOSED'
  /** 已分流至牵头部门/调解员 / Dispatched to a lead agency or mediator */
  | 'DISPATCHED'
  /** 调解不成，已引导至仲裁/诉讼/复议，待回访 / Mediation failed; referred; waiting for feedback */
  | 'FAILED'
  /** 办理中（已开展调解）/ Being handled */
  | 'IN_PROGRESS'
  /** 已受理登记，待分流 / Received, waiting to be dispatched */
  | 'RECEIVED'
  /** 不予受理（信访）/ Not accepted (petitions) */
  | 'REJECTED'
  /** 已化解，待回访 / Resolved, waiting for feedback */
  | 'RESOLVED'
  /** 申请人撤回 / Withdrawn by the applicant */
  | 'WITHDRAWN';

/** 领导督办 / A leader supervises a case */
export type CaseSuperviseInput = {
  /** 案件ID / Case ID */
  id: string | number;
  /** 督办要求 / Instructions */
  instructions: string;
  /** 回复期限：今天至一年内 / Answer due by: from today to a year ahead */
  responseDueDate: string;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 司法确认结果 / Result of judicial confirmation */
export type ConfirmationResult =
  /** 裁定有效 / Confirmed */
  | 'CONFIRMED'
  /** 审查中 / Pending */
  | 'PENDING'
  /** 驳回申请 / Rejected */
  | 'REJECTED';

/** 按轮换规则生成值班（不覆盖人工调整过的日子）/ Generate duties from a rotation pattern */
export type DutyGenerateInput = {
  /** 节奏 / Cadence */
  cadence: Cadence;
  /** 中心 / Center */
  centerId: string | number;
  /** 结束日期（含，最多366天，不晚于2100年）/ Last day (at most 366 days, not after 2100) */
  endDate: string;
  /** 类型 / Kind */
  kind: DutyKind;
  /** 接访地点 / Room */
  room?: string | null | undefined;
  /** 时段，默认全天 / Slot, default whole day */
  slot?: DutySlot | null | undefined;
  /** 开始日期（2000–2100年，工作日历覆盖的年份）/ First day (2000–2100, the years of the working-day calendar) */
  startDate: string;
  /** 重点接访事项 / Topics */
  topics?: Array<string> | null | undefined;
  /** 按顺序轮换的领导 / Leaders, in rotation order */
  userIds: Array<string | number>;
  /** WEEKLY 时的星期几（1=周一…7=周日）；空列表表示不安排任何一天（清除该规则在范围内生成的值班）/ Weekdays for WEEKLY (1 = Monday … 7 = Sunday); an empty list picks no day and removes the pattern’s duties in the range */
  weekdays?: Array<number> | null | undefined;
};

/** 值班类型 / Kind of duty */
export type DutyKind =
  /** 当日楼长：统筹协调各入驻部门 / Building manager of the day */
  | 'BUILDING_MANAGER'
  /** 县级领导轮班接访 / A leader receives petitioners */
  | 'RECEPTION';

/** 调整某一天的值班：每个中心、类型、日期的同一时段只能有一项（上午与下午可各一项，全天占满整天）；已占用时 userErrors 为 TAKEN（field input.date）/ Set one day by hand: one duty per center, kind, date and slot (a morning and an afternoon may share a day, a whole day takes it all); a taken slot is userErrors TAKEN at input.date */
export type DutySetInput = {
  /** 中心 / Center */
  centerId: string | number;
  /** 日期（2000–2100年）/ Date (2000–2100) */
  date: string;
  /** 修改已有值班时的ID / ID when changing an existing duty */
  id?: string | number | null | undefined;
  /** 类型（修改已有值班时须与其相同）/ Kind (an existing duty keeps its kind) */
  kind: DutyKind;
  /** 地点 / Room */
  room?: string | null | undefined;
  /** 时段，默认全天 / Slot, default whole day */
  slot?: DutySlot | null | undefined;
  /** 事项 / Topics */
  topics?: Array<string> | null | undefined;
  /** 值班领导 / Leader */
  userId: string | number;
  /** 已有值班的版本号 / Its version */
  version?: number | null | undefined;
};

/** 时段 / Part of the day */
export type DutySlot =
  /** 下午（14:30–17:30）/ Afternoon */
  | 'AFTERNOON'
  /** 全天（8:30–17:30）/ Whole day */
  | 'FULL_DAY'
  /** 上午（8:30–12:00）/ Morning */
  | 'MORNING';

/** 答复或审批换班 / Answer or decide a swap */
export type DutySwapAnswerInput = {
  /** 换班申请ID / Swap ID */
  id: string | number;
  /** 您看到的版本号 / The version you saw */
  version: number;
  /** 同意/批准 / Accept or approve */
  yes: boolean;
};

/** 申请换班 / Ask to swap your duty with another */
export type DutySwapRequestInput = {
  /** 您的值班 / Your duty */
  fromDutyId: string | number;
  /** 理由 / Reason */
  reason?: string | null | undefined;
  /** 想换的值班 / The duty you want instead */
  toDutyId: string | number;
};

/** 事件主题 / What an event is about */
export type EventTopic =
  /** 分流、改派、上报、交办、撤回 / Assignments made or changed */
  | 'ASSIGNMENT'
  /** 案件的其他变化 / Other case changes */
  | 'CASE'
  /** 联席会议：安排、议程、会商决定 / Joint review meetings: scheduled, agenda, decisions */
  | 'MEETING'
  /** 排班变化 / Duty roster changes */
  | 'ROSTER'
  /** 督办与延期 / Supervision and extensions */
  | 'SUPERVISION'
  /** 订阅已就绪（首条消息，cursor 为当前位置）/ Subscription ready; the first message, cursor is the current position */
  | 'SYSTEM';

/** 延期申请状态 / State of an extension request */
export type ExtensionStatus =
  /** 已批准 / Approved */
  | 'APPROVED'
  /** 待审批 / Waiting for a decision */
  | 'PENDING'
  /** 未批准 / Rejected */
  | 'REJECTED';

/** 分期计划中的一期 / One instalment */
export type InstalmentInput = {
  /** 金额 / Amount */
  amount: string;
  /** 应付日期 / Due date */
  dueDate: string;
};

/** 登记请假：只为能上值班表的人（本中心的在职领导）登记，排班检查据此标出请假期间的值班 / Record leave of someone who can be on the rota (an active leader over their home center); rosterCheck flags their duties during it */
export type LeaveCreateInput = {
  /** 止（含，最多366天）/ Last day (at most 366 days) */
  endDate: string;
  /** 事由 / Reason */
  reason: string;
  /** 起（2000–2100年）/ First day (2000–2100) */
  startDate: string;
  /** 人员（须为其所属中心的领导）/ Person (a leader over their home center) */
  userId: string | number;
};

/** 分组维度 / What to break the figures down by */
export type LedgerDimension =
  /** 当前牵头部门（未分派归“未分派”）/ Current lead agency */
  | 'AGENCY'
  /** 类别 / Category */
  | 'CATEGORY'
  /** 下一级中心（案件来自哪里）/ The child centers of the chosen one (where cases come from) */
  | 'CENTER'
  /** 渠道 / Channel */
  | 'CHANNEL'
  /** 纠纷或信访 / Dispute or petition */
  | 'KIND'
  /** 群体性风险等级 / Group-incident risk */
  | 'RISK';

/** 统计周期（北京时间的日期）/ The period, in Beijing dates */
export type LedgerPeriodInput = {
  /** 周期内任一天，默认今天（DAY/WEEK/MONTH/YEAR）/ Any date in the period, default today */
  date?: string | null | undefined;
  /** 起（CUSTOM，含）/ From (CUSTOM), inclusive */
  from?: string | null | undefined;
  /** 周期类型 / Kind */
  kind: LedgerPeriodKind;
  /** 止（CUSTOM，含）/ To (CUSTOM), inclusive */
  to?: string | null | undefined;
};

/** 统计周期 / Kind of period */
export type LedgerPeriodKind =
  /** 自定义起止日期（含）/ From and to, inclusive */
  | 'CUSTOM'
  /** 某一天 / One day */
  | 'DAY'
  /** 某日所在的月 / The month of the date */
  | 'MONTH'
  /** 某日所在的周（周一至周日）/ The Monday-to-Sunday week of the date */
  | 'WEEK'
  /** 某日所在的年 / The year of the date */
  | 'YEAR';

/** 当事人 / A party */
export type PartyInput = {
  /** 地址 / Address */
  address?: string | null | undefined;
  /** 代表人数，默认1 / People the party stands for (default 1) */
  headcount?: number | null | undefined;
  /** 身份证号（自然人）或统一社会信用代码（单位）/ ID number or credit code */
  idNumber?: string | null | undefined;
  /** 姓名或单位名称 / Name */
  name: string;
  /** 手机号 / Mobile */
  phone?: string | null | undefined;
  /** 多人走访推选的代表（信访：来访超过5人时须推选，不超过5人，第二十条）；默认否 / A representative of a group visit (petitions of more than 5 visitors name at most 5, art. 20); default false */
  representative?: boolean | null | undefined;
  /** 申请人或被申请人 / Side */
  role: PartyRole;
  /** 自然人或单位 / Person or organisation */
  type: PartyType;
};

/** 当事人角色 / Side of a party */
export type PartyRole =
  /** 申请人 / Applicant */
  | 'APPLICANT'
  /** 被申请人 / Respondent */
  | 'RESPONDENT';

/** 当事人类型 / Person or organisation */
export type PartyType =
  /** 单位、企业 / An organisation */
  | 'ORGANISATION'
  /** 自然人 / A person */
  | 'PERSON';

/** 调解不成时的引导途径 / Where a failed mediation is referred */
export type Referral =
  /** 行政复议 / Administrative review */
  | 'ADMINISTRATIVE_REVIEW'
  /** 仲裁 / Arbitration */
  | 'ARBITRATION'
  /** 诉讼 / Litigation */
  | 'LITIGATION'
  /** 无 / None */
  | 'NONE';

/** 群体性事件风险 / Risk of a group incident (群体事件) */
export type RiskLevel =
  /** 高：人数众多或情绪激烈，领导须即时关注 / High: many people or heated; leaders see it at once */
  | 'HIGH'
  /** 低 / Low */
  | 'LOW'
  /** 中：一方代表多人 / Medium: a party stands for several people */
  | 'MEDIUM'
  /** 无 / None */
  | 'NONE';

/** 角色；每个角色授予在某中心及其下级范围内 / A role, granted over a center subtree */
export type Role =
  /** 管理员：维护组织机构、用户与授权 / Maintains organisation, users and grants */
  | 'ADMIN'
  /** 入驻部门工作人员（限一个部门）/ Staff of one stationed agency */
  | 'AGENCY_STAFF'
  /** 审计员：查看审计日志 / Reads audit logs */
  | 'AUDITOR'
  /** 受理分流员 / Reception and dispatch staff */
  | 'DISPATCHER'
  /** 领导（县级领导、楼长），督办 / Leader: supervises, receives petitioners */
  | 'LEADER'
  /** 调解员（限本人案件）/ A mediator, own cases only */
  | 'MEDIATOR'
  /** 排班员 / Duty scheduler */
  | 'SCHEDULER';

/** 发布排班 / Publish a date range of the rota */
export type RotaPublishInput = {
  /** 确认在有空缺的情况下仍发布 / Publish despite gaps */
  acknowledgeGaps?: boolean | null | undefined;
  /** 中心 / Center */
  centerId: string | number;
  /** 止（含）/ Last day */
  endDate: string;
  /** 您看到的最新发布序号（从未发布为0）/ The latest publication number you saw (0 if none) */
  expectedPublication: number;
  /** 起 / First day */
  startDate: string;
};

/** 回访满意度 / Satisfaction given at feedback */
export type Satisfaction =
  /** 不满意 / Dissatisfied */
  | 'DISSATISFIED'
  /** 基本满意 / Neutral */
  | 'NEUTRAL'
  /** 满意 / Satisfied */
  | 'SATISFIED'
  /** 多次联系未果 / Could not be reached */
  | 'UNREACHABLE'
  /** 非常不满意 / Very dissatisfied */
  | 'VERY_DISSATISFIED'
  /** 非常满意 / Very satisfied */
  | 'VERY_SATISFIED';

/** 登录 / Sign in */
export type SessionCreateInput = {
  /** 密码 / Password */
  password: string;
  /** 登录名 / Username */
  username: string;
};

/** 调解方式 / How a mediation session was held */
export type SessionMethod =
  /** 面对面 / Face to face */
  | 'FACE_TO_FACE'
  /** 电话调解 / By phone */
  | 'PHONE'
  /** 背对背 / Separately, back to back */
  | 'SEPARATE'
  /** 视频连线 / By video */
  | 'VIDEO';

/** 续期 / Renew tokens */
export type SessionRenewInput = {
  /** 登录或上次续期得到的续期令牌（一次性）/ The refresh token from sign-in or the last renewal (single use) */
  refreshToken: string;
};

/** 入驻方式 / How an agency is present at a center */
export type StationingMode =
  /** 随叫随到 / On call: comes when summoned */
  | 'ON_CALL'
  /** 常驻：每个工作日在岗，设窗口 / Resident: there every working day, with a window */
  | 'RESIDENT'
  /** 轮驻：按排班日到岗（如林草局）/ Rotating: present on scheduled days */
  | 'ROTATING';

/** 回复督办 / Answer a supervision */
export type SupervisionAnswerInput = {
  /** 回复 / Answer */
  response: string;
  /** 督办ID / Supervision ID */
  supervisionId: string | number;
  /** 您看到的案件版本号 / The case version you saw */
  version: number;
};

/** 督办来源 / Why a case is supervised */
export type SupervisionKind =
  /** 自动：临期或高风险未分流 / Automatic: deadline near, or high risk not yet dispatched */
  | 'AT_RISK'
  /** 领导人工督办 / Raised by a leader */
  | 'MANUAL'
  /** 自动：已超期 / Automatic: past a deadline */
  | 'OVERDUE';

/** 换班申请状态 / State of a swap request */
export type SwapStatus =
  /** 对方已同意，待排班员批准 / Accepted, waiting for a scheduler */
  | 'ACCEPTED'
  /** 已批准并生效 / Approved and applied */
  | 'APPROVED'
  /** 对方不同意 / Declined by the other person */
  | 'DECLINED'
  /** 排班员未批准 / Rejected by a scheduler */
  | 'REJECTED'
  /** 已申请，待对方同意 / Requested, waiting for the other person */
  | 'REQUESTED';

/** 用户可修正的错误代码 / Codes of errors the caller can fix */
export type UserErrorCode =
  /** 对象已归档 / The object is archived */
  | 'ARCHIVED'
  /** 数据已被他人修改，请刷新后重试 / Someone else changed this record; reload and retry */
  | 'CONFLICT'
  /** 会形成循环的上下级关系 / The change would make a cycle in the hierarchy */
  | 'CYCLE'
  /** 幂等键已用于另一份不同的提交 / The idempotency key was used for a different submission */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** 格式或取值不合法 / The value is malformed or not allowed */
  | 'INVALID'
  /** 用户名或密码错误 / Wrong username or password */
  | 'INVALID_CREDENTIALS'
  /** 当前状态不允许此操作 / Not allowed in the current state */
  | 'INVALID_STATE'
  /** 对象仍被引用，无法归档 / The object is still in use */
  | 'IN_USE'
  /** 引用的对象不存在 / A referenced object does not exist */
  | 'NOT_FOUND'
  /** 超出允许范围 / The number or date is outside the allowed range */
  | 'OUT_OF_RANGE'
  /** 超出您的管辖范围 / Outside the scope of your roles */
  | 'OUT_OF_SCOPE'
  /** 必填项缺失 / A required value is missing */
  | 'REQUIRED'
  /** 与已有记录重复 / Another record already uses this value */
  | 'TAKEN'
  /** 超过长度上限 / The value is longer than allowed */
  | 'TOO_LONG';

export type ConsoleSignInMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type ConsoleSignInMutation = { sessionCreate: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, user: { id: string, username: string, displayName: string, title: string | null, homeCenter: { id: string, name: string, divisionCode: string }, roles: Array<{ role: Role, agency: { id: string, shortName: string } | null, mediator: { id: string, name: string } | null, center: { id: string, name: string } | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleRenewMutationVariables = Exact<{
  input: SessionRenewInput;
}>;


export type ConsoleRenewMutation = { sessionRenew: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSignOutMutation = { sessionRevoke: { revoked: boolean } };

export type ConsoleLinkSignMutationVariables = Exact<{
  path: string;
}>;


export type ConsoleLinkSignMutation = { linkSign: { url: string | null, expiresAt: string | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type BigScreenCountersSubscriptionVariables = Exact<{
  centerId?: string | number | null | undefined;
}>;


export type BigScreenCountersSubscription = { ledgerCounters: { at: string, openNow: number, overdueNow: number, highRiskOpenNow: number, supervisionsOpenNow: number, today: { received: number, dispatched: number, resolved: number }, thisYear: { received: number, resolutionRate: number | null } } };

export type BigScreenDutiesSubscriptionVariables = Exact<{
  centerId: string | number;
}>;


export type BigScreenDutiesSubscription = { todayDuties: { date: string, duties: Array<{ kind: DutyKind, slot: DutySlot, name: string, title: string | null, room: string | null }> } };

export type BigScreenEventsSubscriptionVariables = Exact<{
  centerId: string | number;
  after?: string | null | undefined;
}>;


export type BigScreenEventsSubscription = { centerEvents: { seq: string, cursor: string, at: string, topic: EventTopic, type: string, label: string | null, caseNumber: string | null, caseTitle: string | null } };

export type BigScreenMonthQueryVariables = Exact<{
  centerId?: string | number | null | undefined;
  date: string;
  today: string;
}>;


export type BigScreenMonthQuery = { byCategory: { totals: { received: number, resolved: number, resolutionRate: number | null }, groups: Array<{ label: string, figures: { received: number } }> }, byAgency: { groups: Array<{ label: string, figures: { received: number } }> }, stationings: { nodes: Array<{ id: string, mode: StationingMode, windowNumber: string | null, agency: { shortName: string } }> } };

export type BigScreenPresenceQueryVariables = Exact<{
  id: string | number;
  day: string;
}>;


export type BigScreenPresenceQuery = { presenceDays: Array<string> };

export type ConsoleSessionMutationVariables = Exact<{
  input: CaseSessionRecordInput;
}>;


export type ConsoleSessionMutation = { caseSessionRecord: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleAgreementMutationVariables = Exact<{
  input: CaseAgreementRecordInput;
}>;


export type ConsoleAgreementMutation = { caseAgreementRecord: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsolePaymentMutationVariables = Exact<{
  input: CasePaymentRecordInput;
}>;


export type ConsolePaymentMutation = { casePaymentRecord: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleConfirmRequestMutationVariables = Exact<{
  input: CaseConfirmationRequestInput;
}>;


export type ConsoleConfirmRequestMutation = { caseConfirmationRequest: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleConfirmDecideMutationVariables = Exact<{
  input: CaseConfirmationDecideInput;
}>;


export type ConsoleConfirmDecideMutation = { caseConfirmationDecide: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleExtRequestMutationVariables = Exact<{
  input: CaseExtensionRequestInput;
}>;


export type ConsoleExtRequestMutation = { caseExtensionRequest: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleExtDecideMutationVariables = Exact<{
  input: CaseExtensionDecideInput;
}>;


export type ConsoleExtDecideMutation = { caseExtensionDecide: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleSuperviseMutationVariables = Exact<{
  input: CaseSuperviseInput;
}>;


export type ConsoleSuperviseMutation = { caseSupervise: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleSupervisionAnswerMutationVariables = Exact<{
  input: SupervisionAnswerInput;
}>;


export type ConsoleSupervisionAnswerMutation = { caseSupervisionAnswer: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleFeedbackMutationVariables = Exact<{
  input: CaseFeedbackRecordInput;
}>;


export type ConsoleFeedbackMutation = { caseFeedbackRecord: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleResolveMutationVariables = Exact<{
  input: CaseResolveInput;
}>;


export type ConsoleResolveMutation = { caseResolve: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleFailMutationVariables = Exact<{
  input: CaseFailInput;
}>;


export type ConsoleFailMutation = { caseFail: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleCloseMutationVariables = Exact<{
  input: CaseCloseInput;
}>;


export type ConsoleCloseMutation = { caseClose: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleReopenMutationVariables = Exact<{
  input: CaseReasonInput;
}>;


export type ConsoleReopenMutation = { caseReopen: { case: { id: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ConsoleCourtsQueryVariables = Exact<{
  centerId: string | number;
}>;


export type ConsoleCourtsQuery = { agencies: { nodes: Array<{ id: string, shortName: string }> } };

export type ListCaseFragment = { id: string, number: string, title: string, status: CaseStatus, riskLevel: RiskLevel, overdue: boolean, dueDate: string | null, receivedAt: string, updatedAt: string, version: number, headcount: number, category: { nameZh: string }, leadAgency: { shortName: string } | null, mediator: { name: string } | null, supervisions: Array<{ id: string, open: boolean }> };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { node:
    | { id: string, number: string, trackingCode: string, version: number, status: CaseStatus, kind: CaseKind, channel: CaseChannel, title: string, description: string, place: string | null, amount: string | null, riskLevel: RiskLevel, riskReason: string | null, overdue: boolean, receivedAt: string, acceptDueDate: string, dispatchedAt: string | null, dueDate: string | null, extendedDays: number, concludedAt: string | null, closedAt: string | null, referral: Referral | null, outcomeNote: string | null, headcount: number, center: { id: string, name: string }, category: { nameZh: string }, parties: Array<{ id: string, role: PartyRole, type: PartyType, name: string, headcount: number }>, assignments: Array<{ id: string, role: AssignmentRole, assignedAt: string, agency: { id: string, shortName: string } | null, mediator: { id: string, name: string } | null }>, leadAgency: { id: string, shortName: string } | null, mediator: { id: string, name: string } | null, sessions: Array<{ id: string, method: SessionMethod, heldAt: string, participants: string, notes: string, recordedByName: string | null, mediator: { name: string } | null }>, agreement: { terms: string, totalAmount: string, paidAmount: string, outstandingAmount: string, overdue: boolean, effectiveDate: string, instalments: Array<{ seq: number, dueDate: string, amount: string, paidAmount: string, overdue: boolean, paid: boolean }>, payments: Array<{ id: string, amount: string, paidDate: string, note: string | null }>, confirmations: Array<{ id: string, result: ConfirmationResult, requestedDate: string, decisionDueDate: string, decidedDate: string | null, court: { shortName: string } }> } | null, extensionRequests: Array<{ id: string, days: number, status: ExtensionStatus, reason: string, requestedByName: string | null, decidedByName: string | null, decisionNote: string | null }>, supervisions: Array<{ id: string, kind: SupervisionKind, open: boolean, instructions: string, responseDueDate: string, response: string | null, raisedByName: string | null, answeredByName: string | null, version: number }>, feedback: Array<{ id: string, satisfaction: Satisfaction, comment: string | null, party: { name: string } }>, timeline: { nodes: Array<{ seq: string, at: string, type: CaseEventType, label: string, actorName: string | null }> } }
    | Record<PropertyKey, never>
   | null };

export type CasePartiesFullQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePartiesFullQuery = { node:
    | { parties: Array<{ id: string, idNumber: string | null, phone: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type CasePageEventsSubscriptionVariables = Exact<{
  caseId: string | number;
  after?: string | null | undefined;
}>;


export type CasePageEventsSubscription = { caseEvents: { cursor: string, seq: string } };

export type BoardCasesQueryVariables = Exact<{
  filter: CaseFilter;
}>;


export type BoardCasesQuery = { cases: { totalCount: number, nodes: Array<{ id: string, number: string, title: string, status: CaseStatus, riskLevel: RiskLevel, overdue: boolean, dueDate: string | null, receivedAt: string, updatedAt: string, version: number, headcount: number, category: { nameZh: string }, leadAgency: { shortName: string } | null, mediator: { name: string } | null, supervisions: Array<{ id: string, open: boolean }> }> } };

export type BoardAssignmentsSubscriptionVariables = Exact<{
  agencyId?: string | number | null | undefined;
  mediatorId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type BoardAssignmentsSubscription = { assignmentEvents: { seq: string, cursor: string, at: string, topic: EventTopic, type: string, label: string | null, caseId: string | null, caseNumber: string | null, caseTitle: string | null, case: { id: string, number: string, title: string, status: CaseStatus, riskLevel: RiskLevel, overdue: boolean, dueDate: string | null, receivedAt: string, updatedAt: string, version: number, headcount: number, category: { nameZh: string }, leadAgency: { shortName: string } | null, mediator: { name: string } | null, supervisions: Array<{ id: string, open: boolean }> } | null } };

export type DispatchSuggestionQueryVariables = Exact<{
  id: string | number;
  centerId: string | number;
}>;


export type DispatchSuggestionQuery = { node:
    | { id: string, version: number, title: string, dispatchSuggestion: { basis: string, leadAgency: { id: string, shortName: string } | null, cooperatingAgencies: Array<{ id: string, shortName: string }>, mediators: Array<{ score: number, openCases: number, presentToday: boolean, reasons: Array<string>, mediator: { id: string, name: string, title: string | null, studio: string | null, capacity: number, agency: { shortName: string } } }> } | null }
    | Record<PropertyKey, never>
   | null, agencies: { nodes: Array<{ id: string, shortName: string, center: { name: string } }> } };

export type WorkbenchDispatchMutationVariables = Exact<{
  input: CaseDispatchInput;
}>;


export type WorkbenchDispatchMutation = { caseDispatch: { case: { id: string, number: string, status: CaseStatus, version: number, leadAgency: { shortName: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type IntakeCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type IntakeCategoriesQuery = { caseCategories: Array<{ code: string, nameZh: string }> };

export type IntakeCreateMutationVariables = Exact<{
  input: CaseCreateInput;
}>;


export type IntakeCreateMutation = { caseCreate: { case: { id: string, number: string, trackingCode: string, riskLevel: RiskLevel } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LeaderAttentionQueryVariables = Exact<{
  centerId: string | number;
}>;


export type LeaderAttentionQuery = { open: { nodes: Array<{ id: string, number: string, title: string, status: CaseStatus, riskLevel: RiskLevel, overdue: boolean, dueDate: string | null, receivedAt: string, updatedAt: string, version: number, headcount: number, extensionRequests: Array<{ id: string, days: number, reason: string, status: ExtensionStatus, requestedByName: string | null }>, category: { nameZh: string }, leadAgency: { shortName: string } | null, mediator: { name: string } | null, supervisions: Array<{ id: string, open: boolean }> }> } };

export type LeaderAlertsSubscriptionVariables = Exact<{
  centerId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeaderAlertsSubscription = { supervisionAlerts: { seq: string, cursor: string, at: string, topic: EventTopic, type: string, label: string | null, caseId: string | null, caseNumber: string | null, caseTitle: string | null } };

export type LeaderExtensionDecideMutationVariables = Exact<{
  input: CaseExtensionDecideInput;
}>;


export type LeaderExtensionDecideMutation = { caseExtensionDecide: { case: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LeaderSuperviseMutationVariables = Exact<{
  input: CaseSuperviseInput;
}>;


export type LeaderSuperviseMutation = { caseSupervise: { case: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LedgerPageQueryVariables = Exact<{
  centerId?: string | number | null | undefined;
  period: LedgerPeriodInput;
  groupBy?: LedgerDimension | null | undefined;
}>;


export type LedgerPageQuery = { ledger: { from: string, to: string, totals: { received: number, dispatched: number, resolved: number, failed: number, open: number, overdue: number, supervisions: number, resolutionRate: number | null, satisfactionRate: number | null, dispatchedWithin15MinutesRate: number | null }, groups: Array<{ key: string, label: string, figures: { received: number, dispatched: number, resolved: number, failed: number, open: number, overdue: number, resolutionRate: number | null } }> } };

export type PublicDutiesPageQueryVariables = Exact<{
  code: string;
}>;


export type PublicDutiesPageQuery = { publicDuties: Array<{ date: string, kind: DutyKind, slot: DutySlot, name: string, title: string | null, room: string | null, topics: Array<string> }> };

export type RosterOpenSwapsQueryVariables = Exact<{
  centerId: string | number;
}>;


export type RosterOpenSwapsQuery = { dutySwaps: { nodes: Array<{ id: string, version: number, status: SwapStatus, reason: string | null, createdAt: string, requestedById: string, counterpartId: string, fromDuty: { date: string, kind: DutyKind, leaderName: string }, toDuty: { date: string, kind: DutyKind, leaderName: string } }> } };

export type RosterSwapAnswerMutationVariables = Exact<{
  input: DutySwapAnswerInput;
}>;


export type RosterSwapAnswerMutation = { dutySwapAnswer: { swap: { id: string, version: number, status: SwapStatus } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RosterSwapDecideMutationVariables = Exact<{
  input: DutySwapAnswerInput;
}>;


export type RosterSwapDecideMutation = { dutySwapDecide: { swap: { id: string, version: number, status: SwapStatus } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RosterGenerateMutationVariables = Exact<{
  input: DutyGenerateInput;
}>;


export type RosterGenerateMutation = { dutyGenerate: { duties: Array<{ id: string }> | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RosterLeaveMutationVariables = Exact<{
  input: LeaveCreateInput;
}>;


export type RosterLeaveMutation = { leaveCreate: { leave: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RosterSwapRequestMutationVariables = Exact<{
  input: DutySwapRequestInput;
}>;


export type RosterSwapRequestMutation = { dutySwapRequest: { swap: { id: string, version: number, status: SwapStatus } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RosterPublishMutationVariables = Exact<{
  input: RotaPublishInput;
}>;


export type RosterPublishMutation = { rotaPublish: { publication: { number: number, duties: number, gapsAcknowledged: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RosterMonthQueryVariables = Exact<{
  centerId: string | number;
  from: string;
  to: string;
  pastFrom: string;
}>;


export type RosterMonthQuery = { rotaPublicationNumber: number, duties: Array<{ id: string, version: number, date: string, kind: DutyKind, slot: DutySlot, leaderId: string, leaderName: string, leaderTitle: string | null, manual: boolean, room: string | null, topics: Array<string> }>, known: Array<{ leaderId: string, leaderName: string, leaderTitle: string | null }>, calendarDays: Array<{ date: string, kind: CalendarDayKind, name: string }>, rosterCheck: Array<{ date: string, kind: string, message: string }> };

export type RosterDutySetMutationVariables = Exact<{
  input: DutySetInput;
}>;


export type RosterDutySetMutation = { dutySet: { duty: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RosterLiveSubscriptionVariables = Exact<{
  centerId: string | number;
  after?: string | null | undefined;
}>;


export type RosterLiveSubscription = { rosterChanges: { cursor: string, type: string } };

export type CitizenTrackQueryVariables = Exact<{
  trackingCode: string;
  phone: string;
}>;


export type CitizenTrackQuery = { caseTrack: { caseNumber: string, centerName: string, status: CaseStatus, statusLabel: string, receivedAt: string, dueDate: string | null, handlingAgency: string | null, nextStep: string, milestones: Array<{ at: string, label: string }> } | null };

export type WorkbenchQueueQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type WorkbenchQueueQuery = { cases: { totalCount: number, nodes: Array<{ id: string, number: string, title: string, status: CaseStatus, receivedAt: string, riskLevel: RiskLevel, amount: string | null, headcount: number, version: number, category: { nameZh: string }, center: { name: string } }> } };

export type WorkbenchEventsSubscriptionVariables = Exact<{
  centerId: string | number;
  after?: string | null | undefined;
}>;


export type WorkbenchEventsSubscription = { centerEvents: { cursor: string, type: string, caseId: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ListCaseFragmentDoc = new TypedDocumentString(`
    fragment ListCase on Case {
  id
  number
  title
  status
  riskLevel
  overdue
  dueDate
  receivedAt
  updatedAt
  version
  headcount
  category {
    nameZh
  }
  leadAgency {
    shortName
  }
  mediator {
    name
  }
  supervisions {
    id
    open
  }
}
    `, {"fragmentName":"ListCase"}) as unknown as TypedDocumentString<ListCaseFragment, unknown>;
export const ConsoleSignInDocument = new TypedDocumentString(`
    mutation ConsoleSignIn($input: SessionCreateInput!) {
  sessionCreate(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      username
      displayName
      title
      homeCenter {
        id
        name
        divisionCode
      }
      roles {
        role
        agency {
          id
          shortName
        }
        mediator {
          id
          name
        }
        center {
          id
          name
        }
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSignInMutation, ConsoleSignInMutationVariables>;
export const ConsoleRenewDocument = new TypedDocumentString(`
    mutation ConsoleRenew($input: SessionRenewInput!) {
  sessionRenew(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRenewMutation, ConsoleRenewMutationVariables>;
export const ConsoleSignOutDocument = new TypedDocumentString(`
    mutation ConsoleSignOut {
  sessionRevoke {
    revoked
  }
}
    `) as unknown as TypedDocumentString<ConsoleSignOutMutation, ConsoleSignOutMutationVariables>;
export const ConsoleLinkSignDocument = new TypedDocumentString(`
    mutation ConsoleLinkSign($path: String!) {
  linkSign(input: {path: $path}) {
    url
    expiresAt
    userErrors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleLinkSignMutation, ConsoleLinkSignMutationVariables>;
export const BigScreenCountersDocument = new TypedDocumentString(`
    subscription BigScreenCounters($centerId: ID) {
  ledgerCounters(centerId: $centerId) {
    at
    openNow
    overdueNow
    highRiskOpenNow
    supervisionsOpenNow
    today {
      received
      dispatched
      resolved
    }
    thisYear {
      received
      resolutionRate
    }
  }
}
    `) as unknown as TypedDocumentString<BigScreenCountersSubscription, BigScreenCountersSubscriptionVariables>;
export const BigScreenDutiesDocument = new TypedDocumentString(`
    subscription BigScreenDuties($centerId: ID!) {
  todayDuties(centerId: $centerId) {
    date
    duties {
      kind
      slot
      name
      title
      room
    }
  }
}
    `) as unknown as TypedDocumentString<BigScreenDutiesSubscription, BigScreenDutiesSubscriptionVariables>;
export const BigScreenEventsDocument = new TypedDocumentString(`
    subscription BigScreenEvents($centerId: ID!, $after: String) {
  centerEvents(centerId: $centerId, after: $after) {
    seq
    cursor
    at
    topic
    type
    label
    caseNumber
    caseTitle
  }
}
    `) as unknown as TypedDocumentString<BigScreenEventsSubscription, BigScreenEventsSubscriptionVariables>;
export const BigScreenMonthDocument = new TypedDocumentString(`
    query BigScreenMonth($centerId: ID, $date: Date!, $today: Date!) {
  byCategory: ledger(
    centerId: $centerId
    period: {kind: MONTH, date: $date}
    groupBy: CATEGORY
  ) {
    totals {
      received
      resolved
      resolutionRate
    }
    groups {
      label
      figures {
        received
      }
    }
  }
  byAgency: ledger(
    centerId: $centerId
    period: {kind: MONTH, date: $date}
    groupBy: AGENCY
  ) {
    groups {
      label
      figures {
        received
      }
    }
  }
  stationings(first: 50, filter: {centerId: $centerId, activeOn: $today}) {
    nodes {
      id
      mode
      windowNumber
      agency {
        shortName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BigScreenMonthQuery, BigScreenMonthQueryVariables>;
export const BigScreenPresenceDocument = new TypedDocumentString(`
    query BigScreenPresence($id: ID!, $day: Date!) {
  presenceDays(stationingId: $id, from: $day, to: $day)
}
    `) as unknown as TypedDocumentString<BigScreenPresenceQuery, BigScreenPresenceQueryVariables>;
export const ConsoleSessionDocument = new TypedDocumentString(`
    mutation ConsoleSession($input: CaseSessionRecordInput!) {
  caseSessionRecord(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSessionMutation, ConsoleSessionMutationVariables>;
export const ConsoleAgreementDocument = new TypedDocumentString(`
    mutation ConsoleAgreement($input: CaseAgreementRecordInput!) {
  caseAgreementRecord(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAgreementMutation, ConsoleAgreementMutationVariables>;
export const ConsolePaymentDocument = new TypedDocumentString(`
    mutation ConsolePayment($input: CasePaymentRecordInput!) {
  casePaymentRecord(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsolePaymentMutation, ConsolePaymentMutationVariables>;
export const ConsoleConfirmRequestDocument = new TypedDocumentString(`
    mutation ConsoleConfirmRequest($input: CaseConfirmationRequestInput!) {
  caseConfirmationRequest(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleConfirmRequestMutation, ConsoleConfirmRequestMutationVariables>;
export const ConsoleConfirmDecideDocument = new TypedDocumentString(`
    mutation ConsoleConfirmDecide($input: CaseConfirmationDecideInput!) {
  caseConfirmationDecide(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleConfirmDecideMutation, ConsoleConfirmDecideMutationVariables>;
export const ConsoleExtRequestDocument = new TypedDocumentString(`
    mutation ConsoleExtRequest($input: CaseExtensionRequestInput!) {
  caseExtensionRequest(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExtRequestMutation, ConsoleExtRequestMutationVariables>;
export const ConsoleExtDecideDocument = new TypedDocumentString(`
    mutation ConsoleExtDecide($input: CaseExtensionDecideInput!) {
  caseExtensionDecide(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleExtDecideMutation, ConsoleExtDecideMutationVariables>;
export const ConsoleSuperviseDocument = new TypedDocumentString(`
    mutation ConsoleSupervise($input: CaseSuperviseInput!) {
  caseSupervise(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSuperviseMutation, ConsoleSuperviseMutationVariables>;
export const ConsoleSupervisionAnswerDocument = new TypedDocumentString(`
    mutation ConsoleSupervisionAnswer($input: SupervisionAnswerInput!) {
  caseSupervisionAnswer(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSupervisionAnswerMutation, ConsoleSupervisionAnswerMutationVariables>;
export const ConsoleFeedbackDocument = new TypedDocumentString(`
    mutation ConsoleFeedback($input: CaseFeedbackRecordInput!) {
  caseFeedbackRecord(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFeedbackMutation, ConsoleFeedbackMutationVariables>;
export const ConsoleResolveDocument = new TypedDocumentString(`
    mutation ConsoleResolve($input: CaseResolveInput!) {
  caseResolve(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleResolveMutation, ConsoleResolveMutationVariables>;
export const ConsoleFailDocument = new TypedDocumentString(`
    mutation ConsoleFail($input: CaseFailInput!) {
  caseFail(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleFailMutation, ConsoleFailMutationVariables>;
export const ConsoleCloseDocument = new TypedDocumentString(`
    mutation ConsoleClose($input: CaseCloseInput!) {
  caseClose(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCloseMutation, ConsoleCloseMutationVariables>;
export const ConsoleReopenDocument = new TypedDocumentString(`
    mutation ConsoleReopen($input: CaseReasonInput!) {
  caseReopen(input: $input) {
    case {
      id
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReopenMutation, ConsoleReopenMutationVariables>;
export const ConsoleCourtsDocument = new TypedDocumentString(`
    query ConsoleCourts($centerId: ID!) {
  agencies(first: 50, filter: {centerSubtreeOf: $centerId, kinds: [COURT]}) {
    nodes {
      id
      shortName
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCourtsQuery, ConsoleCourtsQueryVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  node(id: $id) {
    ... on Case {
      id
      number
      trackingCode
      version
      status
      kind
      channel
      title
      description
      place
      amount
      riskLevel
      riskReason
      overdue
      receivedAt
      acceptDueDate
      dispatchedAt
      dueDate
      extendedDays
      concludedAt
      closedAt
      referral
      outcomeNote
      headcount
      center {
        id
        name
      }
      category {
        nameZh
      }
      parties {
        id
        role
        type
        name
        headcount
      }
      assignments {
        id
        role
        assignedAt
        agency {
          id
          shortName
        }
        mediator {
          id
          name
        }
      }
      leadAgency {
        id
        shortName
      }
      mediator {
        id
        name
      }
      sessions {
        id
        method
        heldAt
        participants
        notes
        mediator {
          name
        }
        recordedByName
      }
      agreement {
        terms
        totalAmount
        paidAmount
        outstandingAmount
        overdue
        effectiveDate
        instalments {
          seq
          dueDate
          amount
          paidAmount
          overdue
          paid
        }
        payments {
          id
          amount
          paidDate
          note
        }
        confirmations {
          id
          result
          requestedDate
          decisionDueDate
          decidedDate
          court {
            shortName
          }
        }
      }
      extensionRequests {
        id
        days
        status
        reason
        requestedByName
        decidedByName
        decisionNote
      }
      supervisions {
        id
        kind
        open
        instructions
        responseDueDate
        response
        raisedByName
        answeredByName
        version
      }
      feedback {
        id
        satisfaction
        comment
        party {
          name
        }
      }
      timeline(first: 100) {
        nodes {
          seq
          at
          type
          label
          actorName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const CasePartiesFullDocument = new TypedDocumentString(`
    query CasePartiesFull($id: ID!) {
  node(id: $id) {
    ... on Case {
      parties {
        id
        idNumber
        phone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasePartiesFullQuery, CasePartiesFullQueryVariables>;
export const CasePageEventsDocument = new TypedDocumentString(`
    subscription CasePageEvents($caseId: ID!, $after: String) {
  caseEvents(caseId: $caseId, after: $after) {
    cursor
    seq
  }
}
    `) as unknown as TypedDocumentString<CasePageEventsSubscription, CasePageEventsSubscriptionVariables>;
export const BoardCasesDocument = new TypedDocumentString(`
    query BoardCases($filter: CaseFilter!) {
  cases(first: 100, filter: $filter) {
    totalCount
    nodes {
      ...ListCase
    }
  }
}
    fragment ListCase on Case {
  id
  number
  title
  status
  riskLevel
  overdue
  dueDate
  receivedAt
  updatedAt
  version
  headcount
  category {
    nameZh
  }
  leadAgency {
    shortName
  }
  mediator {
    name
  }
  supervisions {
    id
    open
  }
}`) as unknown as TypedDocumentString<BoardCasesQuery, BoardCasesQueryVariables>;
export const BoardAssignmentsDocument = new TypedDocumentString(`
    subscription BoardAssignments($agencyId: ID, $mediatorId: ID, $after: String) {
  assignmentEvents(agencyId: $agencyId, mediatorId: $mediatorId, after: $after) {
    seq
    cursor
    at
    topic
    type
    label
    caseId
    caseNumber
    caseTitle
    case {
      ...ListCase
    }
  }
}
    fragment ListCase on Case {
  id
  number
  title
  status
  riskLevel
  overdue
  dueDate
  receivedAt
  updatedAt
  version
  headcount
  category {
    nameZh
  }
  leadAgency {
    shortName
  }
  mediator {
    name
  }
  supervisions {
    id
    open
  }
}`) as unknown as TypedDocumentString<BoardAssignmentsSubscription, BoardAssignmentsSubscriptionVariables>;
export const DispatchSuggestionDocument = new TypedDocumentString(`
    query DispatchSuggestion($id: ID!, $centerId: ID!) {
  node(id: $id) {
    ... on Case {
      id
      version
      title
      dispatchSuggestion(limit: 5) {
        basis
        leadAgency {
          id
          shortName
        }
        cooperatingAgencies {
          id
          shortName
        }
        mediators {
          score
          openCases
          presentToday
          reasons
          mediator {
            id
            name
            title
            studio
            capacity
            agency {
              shortName
            }
          }
        }
      }
    }
  }
  agencies(first: 100, filter: {centerSubtreeOf: $centerId}) {
    nodes {
      id
      shortName
      center {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchSuggestionQuery, DispatchSuggestionQueryVariables>;
export const WorkbenchDispatchDocument = new TypedDocumentString(`
    mutation WorkbenchDispatch($input: CaseDispatchInput!) {
  caseDispatch(input: $input) {
    case {
      id
      number
      status
      version
      leadAgency {
        shortName
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WorkbenchDispatchMutation, WorkbenchDispatchMutationVariables>;
export const IntakeCategoriesDocument = new TypedDocumentString(`
    query IntakeCategories {
  caseCategories {
    code
    nameZh
  }
}
    `) as unknown as TypedDocumentString<IntakeCategoriesQuery, IntakeCategoriesQueryVariables>;
export const IntakeCreateDocument = new TypedDocumentString(`
    mutation IntakeCreate($input: CaseCreateInput!) {
  caseCreate(input: $input) {
    case {
      id
      number
      trackingCode
      riskLevel
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<IntakeCreateMutation, IntakeCreateMutationVariables>;
export const LeaderAttentionDocument = new TypedDocumentString(`
    query LeaderAttention($centerId: ID!) {
  open: cases(
    first: 100
    filter: {centerSubtreeOf: $centerId, statuses: [DISPATCHED, IN_PROGRESS]}
  ) {
    nodes {
      ...ListCase
      extensionRequests {
        id
        days
        reason
        status
        requestedByName
      }
    }
  }
}
    fragment ListCase on Case {
  id
  number
  title
  status
  riskLevel
  overdue
  dueDate
  receivedAt
  updatedAt
  version
  headcount
  category {
    nameZh
  }
  leadAgency {
    shortName
  }
  mediator {
    name
  }
  supervisions {
    id
    open
  }
}`) as unknown as TypedDocumentString<LeaderAttentionQuery, LeaderAttentionQueryVariables>;
export const LeaderAlertsDocument = new TypedDocumentString(`
    subscription LeaderAlerts($centerId: ID, $after: String) {
  supervisionAlerts(centerId: $centerId, after: $after) {
    seq
    cursor
    at
    topic
    type
    label
    caseId
    caseNumber
    caseTitle
  }
}
    `) as unknown as TypedDocumentString<LeaderAlertsSubscription, LeaderAlertsSubscriptionVariables>;
export const LeaderExtensionDecideDocument = new TypedDocumentString(`
    mutation LeaderExtensionDecide($input: CaseExtensionDecideInput!) {
  caseExtensionDecide(input: $input) {
    case {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LeaderExtensionDecideMutation, LeaderExtensionDecideMutationVariables>;
export const LeaderSuperviseDocument = new TypedDocumentString(`
    mutation LeaderSupervise($input: CaseSuperviseInput!) {
  caseSupervise(input: $input) {
    case {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LeaderSuperviseMutation, LeaderSuperviseMutationVariables>;
export const LedgerPageDocument = new TypedDocumentString(`
    query LedgerPage($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {
  ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {
    from
    to
    totals {
      received
      dispatched
      resolved
      failed
      open
      overdue
      supervisions
      resolutionRate
      satisfactionRate
      dispatchedWithin15MinutesRate
    }
    groups {
      key
      label
      figures {
        received
        dispatched
        resolved
        failed
        open
        overdue
        resolutionRate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerPageQuery, LedgerPageQueryVariables>;
export const PublicDutiesPageDocument = new TypedDocumentString(`
    query PublicDutiesPage($code: String!) {
  publicDuties(divisionCode: $code) {
    date
    kind
    slot
    name
    title
    room
    topics
  }
}
    `) as unknown as TypedDocumentString<PublicDutiesPageQuery, PublicDutiesPageQueryVariables>;
export const RosterOpenSwapsDocument = new TypedDocumentString(`
    query RosterOpenSwaps($centerId: ID!) {
  dutySwaps(centerId: $centerId, status: [REQUESTED, ACCEPTED], first: 50) {
    nodes {
      id
      version
      status
      reason
      createdAt
      requestedById
      counterpartId
      fromDuty {
        date
        kind
        leaderName
      }
      toDuty {
        date
        kind
        leaderName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RosterOpenSwapsQuery, RosterOpenSwapsQueryVariables>;
export const RosterSwapAnswerDocument = new TypedDocumentString(`
    mutation RosterSwapAnswer($input: DutySwapAnswerInput!) {
  dutySwapAnswer(input: $input) {
    swap {
      id
      version
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RosterSwapAnswerMutation, RosterSwapAnswerMutationVariables>;
export const RosterSwapDecideDocument = new TypedDocumentString(`
    mutation RosterSwapDecide($input: DutySwapAnswerInput!) {
  dutySwapDecide(input: $input) {
    swap {
      id
      version
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RosterSwapDecideMutation, RosterSwapDecideMutationVariables>;
export const RosterGenerateDocument = new TypedDocumentString(`
    mutation RosterGenerate($input: DutyGenerateInput!) {
  dutyGenerate(input: $input) {
    duties {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RosterGenerateMutation, RosterGenerateMutationVariables>;
export const RosterLeaveDocument = new TypedDocumentString(`
    mutation RosterLeave($input: LeaveCreateInput!) {
  leaveCreate(input: $input) {
    leave {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RosterLeaveMutation, RosterLeaveMutationVariables>;
export const RosterSwapRequestDocument = new TypedDocumentString(`
    mutation RosterSwapRequest($input: DutySwapRequestInput!) {
  dutySwapRequest(input: $input) {
    swap {
      id
      version
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RosterSwapRequestMutation, RosterSwapRequestMutationVariables>;
export const RosterPublishDocument = new TypedDocumentString(`
    mutation RosterPublish($input: RotaPublishInput!) {
  rotaPublish(input: $input) {
    publication {
      number
      duties
      gapsAcknowledged
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RosterPublishMutation, RosterPublishMutationVariables>;
export const RosterMonthDocument = new TypedDocumentString(`
    query RosterMonth($centerId: ID!, $from: Date!, $to: Date!, $pastFrom: Date!) {
  duties(centerId: $centerId, from: $from, to: $to) {
    id
    version
    date
    kind
    slot
    leaderId
    leaderName
    leaderTitle
    manual
    room
    topics
  }
  known: duties(centerId: $centerId, from: $pastFrom, to: $to) {
    leaderId
    leaderName
    leaderTitle
  }
  calendarDays(from: $from, to: $to) {
    date
    kind
    name
  }
  rosterCheck(centerId: $centerId, from: $from, to: $to) {
    date
    kind
    message
  }
  rotaPublicationNumber(centerId: $centerId)
}
    `) as unknown as TypedDocumentString<RosterMonthQuery, RosterMonthQueryVariables>;
export const RosterDutySetDocument = new TypedDocumentString(`
    mutation RosterDutySet($input: DutySetInput!) {
  dutySet(input: $input) {
    duty {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RosterDutySetMutation, RosterDutySetMutationVariables>;
export const RosterLiveDocument = new TypedDocumentString(`
    subscription RosterLive($centerId: ID!, $after: String) {
  rosterChanges(centerId: $centerId, after: $after) {
    cursor
    type
  }
}
    `) as unknown as TypedDocumentString<RosterLiveSubscription, RosterLiveSubscriptionVariables>;
export const CitizenTrackDocument = new TypedDocumentString(`
    query CitizenTrack($trackingCode: String!, $phone: String!) {
  caseTrack(trackingCode: $trackingCode, phone: $phone) {
    caseNumber
    centerName
    status
    statusLabel
    receivedAt
    dueDate
    handlingAgency
    nextStep
    milestones {
      at
      label
    }
  }
}
    `) as unknown as TypedDocumentString<CitizenTrackQuery, CitizenTrackQueryVariables>;
export const WorkbenchQueueDocument = new TypedDocumentString(`
    query WorkbenchQueue($filter: CaseFilter) {
  cases(first: 100, filter: $filter) {
    totalCount
    nodes {
      id
      number
      title
      status
      receivedAt
      riskLevel
      amount
      headcount
      version
      category {
        nameZh
      }
      center {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkbenchQueueQuery, WorkbenchQueueQueryVariables>;
export const WorkbenchEventsDocument = new TypedDocumentString(`
    subscription WorkbenchEvents($centerId: ID!, $after: String) {
  centerEvents(centerId: $centerId, after: $after) {
    cursor
    type
    caseId
  }
}
    `) as unknown as TypedDocumentString<WorkbenchEventsSubscription, WorkbenchEventsSubscriptionVariables>;