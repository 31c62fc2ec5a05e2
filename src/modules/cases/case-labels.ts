/**
 * Chinese labels of case enums, in one home: exports, ledgers, printed forms and messages on the server,
 * and the console (console/src/ui.tsx re-exports them). This module imports nothing, so the browser
 * bundle can take it as it is. The schema's enum descriptions say what a value means; these say how
 * it is shown.
 */
export const STATUS_ZH: Record<string, string> = {
  RECEIVED: '已受理待分流', DISPATCHED: '已分流', IN_PROGRESS: '办理中', RESOLVED: '已化解', FAILED: '调解不成',
  CLOSED: '已办结', REJECTED: '不予受理', WITHDRAWN: '已撤回',
};
export const KIND_ZH: Record<string, string> = { DISPUTE: '矛盾纠纷', PETITION: '信访' };
export const CHANNEL_ZH: Record<string, string> = {
  WALK_IN: '窗口来访', PHONE: '电话', ONLINE: '网上', PETITION_LETTER: '来信', PETITION_VISIT: '来访', TRANSFER: '转办', GRID_REPORT: '网格员上报', LEADER_RECEPTION: '领导接访',
};
export const RISK_ZH: Record<string, string> = { NONE: '无', LOW: '低', MEDIUM: '中', HIGH: '高' };
export const PARTY_ROLE_ZH: Record<string, string> = { APPLICANT: '申请人', RESPONDENT: '被申请人' };
export const METHOD_ZH: Record<string, string> = { FACE_TO_FACE: '面对面', SEPARATE: '背对背', PHONE: '电话调解', VIDEO: '视频连线' };
export const ASSIGNMENT_ROLE_ZH: Record<string, string> = { LEAD: '牵头', COOPERATING: '协同', MEDIATOR: '调解' };
export const SATISFACTION_ZH: Record<string, string> = {
  VERY_SATISFIED: '非常满意', SATISFIED: '满意', NEUTRAL: '基本满意', DISSATISFIED: '不满意', VERY_DISSATISFIED: '非常不满意', UNREACHABLE: '联系不上',
};
export const REFERRAL_ZH: Record<string, string> = { NONE: '不转', ARBITRATION: '转仲裁', LITIGATION: '转诉讼', ADMINISTRATIVE_REVIEW: '转行政复议' };
