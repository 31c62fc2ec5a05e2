import { registerEnumType } from 'type-graphql';

export enum CaseStatus {
  RECEIVED = 'RECEIVED',
  DISPATCHED = 'DISPATCHED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  FAILED = 'FAILED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: '案件状态（受理→分流→办理→督办→反馈）/ Where a case is in the closed loop',
  valuesConfig: {
    RECEIVED: { description: '已受理登记，待分流 / Received, waiting to be dispatched' },
    DISPATCHED: { description: '已分流至牵头部门/调解员 / Dispatched to a lead agency or mediator' },
    IN_PROGRESS: { description: '办理中（已开展调解）/ Being handled' },
    RESOLVED: { description: '已化解，待回访 / Resolved, waiting for feedback' },
    FAILED: { description: '调解不成，已引导至仲裁/诉讼/复议，待回访 / Mediation failed; referred; waiting for feedback' },
    CLOSED: { description: '已办结 / Closed' },
    REJECTED: { description: '不予受理（信访）/ Not accepted (petitions)' },
    WITHDRAWN: { description: '申请人撤回 / Withdrawn by the applicant' },
  },
});

/** Statuses in which the clock runs and supervision applies. */
export const OPEN_STATUSES = [CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS];
/** Statuses in which a case counts as unfinished for load and same-source detection. */
export const ACTIVE_STATUSES = [...OPEN_STATUSES, CaseStatus.RESOLVED, CaseStatus.FAILED];

export enum CaseChannel {
  WALK_IN = 'WALK_IN',
  PHONE = 'PHONE',
  ONLINE = 'ONLINE',
  PETITION_LETTER = 'PETITION_LETTER',
  PETITION_VISIT = 'PETITION_VISIT',
  TRANSFER = 'TRANSFER',
  GRID_REPORT = 'GRID_REPORT',
  LEADER_RECEPTION = 'LEADER_RECEPTION',
}
registerEnumType(CaseChannel, {
  name: 'CaseChannel',
  description: '受理渠道 / How the case came in',
  valuesConfig: {
    WALK_IN: { description: '窗口来访 / At the window' },
    PHONE: { description: '电话 / By phone' },
    ONLINE: { description: '网上（如“伊码解纷”小程序）/ Online, e.g. the mini-program' },
    PETITION_LETTER: { description: '来信 / Petition letter' },
    PETITION_VISIT: { description: '来访 / Petition visit' },
    TRANSFER: { description: '上级或下级转办 / Transferred from another center' },
    GRID_REPORT: { description: '网格员上报 / Reported by a grid worker' },
    LEADER_RECEPTION: { description: '领导接访（值班领导接待时登记）/ Recorded by a leader receiving petitioners (领导接访)' },
  },
});

export enum RiskLevel {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: '群体性事件风险 / Risk of a group incident (群体事件)',
  valuesConfig: {
    NONE: { description: '无 / None' },
    LOW: { description: '低 / Low' },
    MEDIUM: { description: '中：一方代表多人 / Medium: a party stands for several people' },
    HIGH: { description: '高：人数众多或情绪激烈，领导须即时关注 / High: many people or heated; leaders see it at once' },
  },
});
export const RISK_ORDER: RiskLevel[] = [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];
export function maxRisk(...levels: RiskLevel[]): RiskLevel {
  return levels.reduce((a, b) => (RISK_ORDER.indexOf(b) > RISK_ORDER.indexOf(a) ? b : a), RiskLevel.NONE);
}

export enum Referral {
  ARBITRATION = 'ARBITRATION',
  LITIGATION = 'LITIGATION',
  ADMINISTRATIVE_REVIEW = 'ADMINISTRATIVE_REVIEW',
  NONE = 'NONE',
}
registerEnumType(Referral, {
  name: 'Referral',
  description: '调解不成时的引导途径 / Where a failed mediation is referred',
  valuesConfig: {
    ARBITRATION: { description: '仲裁 / Arbitration' },
    LITIGATION: { description: '诉讼 / Litigation' },
    ADMINISTRATIVE_REVIEW: { description: '行政复议 / Administrative review' },
    NONE: { description: '无 / None' },
  },
});
