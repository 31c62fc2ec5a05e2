import { CaseStatus } from './case.enums.js';

/** Everything that can be done to a case. */
export enum CaseAction {
  UPDATE = 'UPDATE',
  ADD_PARTY = 'ADD_PARTY',
  DISPATCH = 'DISPATCH',
  REASSIGN = 'REASSIGN',
  REJECT = 'REJECT',
  WITHDRAW = 'WITHDRAW',
  RECORD_SESSION = 'RECORD_SESSION',
  RECORD_AGREEMENT = 'RECORD_AGREEMENT',
  RECORD_PAYMENT = 'RECORD_PAYMENT',
  REQUEST_CONFIRMATION = 'REQUEST_CONFIRMATION',
  DECIDE_CONFIRMATION = 'DECIDE_CONFIRMATION',
  RESOLVE = 'RESOLVE',
  FAIL = 'FAIL',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  DECIDE_EXTENSION = 'DECIDE_EXTENSION',
  SUPERVISE = 'SUPERVISE',
  ANSWER_SUPERVISION = 'ANSWER_SUPERVISION',
  RECORD_FEEDBACK = 'RECORD_FEEDBACK',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  ESCALATE = 'ESCALATE',
  DELEGATE = 'DELEGATE',
  LINK = 'LINK',
}

const S = CaseStatus;
const A = CaseAction;
type Row = Partial<Record<CaseAction, CaseStatus>>;

/** While a case is open and being worked. */
function working(self: CaseStatus): Row {
  return {
    [A.UPDATE]: self, [A.ADD_PARTY]: self, [A.WITHDRAW]: S.WITHDRAWN, [A.ESCALATE]: S.RECEIVED, [A.DELEGATE]: S.RECEIVED,
    [A.SUPERVISE]: self, [A.ANSWER_SUPERVISION]: self, [A.LINK]: self,
  };
}

/**
 * The legal transitions, in one table: for each status, the actions allowed and the status they lead to.
 * Anything missing here is refused with a user error naming the current status.
 */
export const TRANSITIONS: Record<CaseStatus, Row> = {
  [S.RECEIVED]: { ...working(S.RECEIVED), [A.DISPATCH]: S.DISPATCHED, [A.REJECT]: S.REJECTED },
  [S.DISPATCHED]: {
    ...working(S.DISPATCHED), [A.REASSIGN]: S.DISPATCHED, [A.RECORD_SESSION]: S.IN_PROGRESS,
    [A.REQUEST_EXTENSION]: S.DISPATCHED, [A.DECIDE_EXTENSION]: S.DISPATCHED,
  },
  [S.IN_PROGRESS]: {
    ...working(S.IN_PROGRESS), [A.REASSIGN]: S.IN_PROGRESS, [A.RECORD_SESSION]: S.IN_PROGRESS,
    [A.RECORD_AGREEMENT]: S.IN_PROGRESS, [A.RECORD_PAYMENT]: S.IN_PROGRESS, [A.REQUEST_CONFIRMATION]: S.IN_PROGRESS,
    [A.DECIDE_CONFIRMATION]: S.IN_PROGRESS, [A.REQUEST_EXTENSION]: S.IN_PROGRESS, [A.DECIDE_EXTENSION]: S.IN_PROGRESS,
    [A.RESOLVE]: S.RESOLVED, [A.FAIL]: S.FAILED,
  },
  [S.RESOLVED]: {
    [A.RECORD_PAYMENT]: S.RESOLVED, [A.REQUEST_CONFIRMATION]: S.RESOLVED, [A.DECIDE_CONFIRMATION]: S.RESOLVED,
    [A.RECORD_FEEDBACK]: S.RESOLVED, [A.CLOSE]: S.CLOSED, [A.REOPEN]: S.IN_PROGRESS,
    [A.SUPERVISE]: S.RESOLVED, [A.ANSWER_SUPERVISION]: S.RESOLVED, [A.LINK]: S.RESOLVED,
  },
  [S.FAILED]: {
    [A.RECORD_FEEDBACK]: S.FAILED, [A.CLOSE]: S.CLOSED, [A.REOPEN]: S.IN_PROGRESS,
    [A.SUPERVISE]: S.FAILED, [A.ANSWER_SUPERVISION]: S.FAILED, [A.LINK]: S.FAILED,
  },
  [S.CLOSED]: { [A.REOPEN]: S.IN_PROGRESS, [A.ANSWER_SUPERVISION]: S.CLOSED, [A.LINK]: S.CLOSED },
  [S.REJECTED]: { [A.ANSWER_SUPERVISION]: S.REJECTED, [A.LINK]: S.REJECTED },
  [S.WITHDRAWN]: { [A.ANSWER_SUPERVISION]: S.WITHDRAWN, [A.LINK]: S.WITHDRAWN },
};

export const STATUS_ZH: Record<CaseStatus, string> = {
  RECEIVED: '已受理待分流', DISPATCHED: '已分流', IN_PROGRESS: '办理中', RESOLVED: '已化解', FAILED: '调解不成',
  CLOSED: '已办结', REJECTED: '不予受理', WITHDRAWN: '已撤回',
};

export const ACTION_ZH: Record<CaseAction, string> = {
  UPDATE: '修改案件信息', ADD_PARTY: '增加当事人', DISPATCH: '分流', REASSIGN: '改派', REJECT: '不予受理', WITHDRAW: '撤回',
  RECORD_SESSION: '记录调解', RECORD_AGREEMENT: '记录调解协议', RECORD_PAYMENT: '记录履行', REQUEST_CONFIRMATION: '申请司法确认',
  DECIDE_CONFIRMATION: '记录司法确认结果', RESOLVE: '化解', FAIL: '调解不成', REQUEST_EXTENSION: '申请延期',
  DECIDE_EXTENSION: '审批延期', SUPERVISE: '督办', ANSWER_SUPERVISION: '回复督办', RECORD_FEEDBACK: '回访', CLOSE: '办结',
  REOPEN: '重新办理', ESCALATE: '上报上级中心', DELEGATE: '交办下级中心', LINK: '关联案件',
};

/** The status after `action`, or undefined when the action is not allowed in `status`. */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus | undefined {
  return TRANSITIONS[status][action];
}
