/** The action forms of a case; each sends the version it read, so a stale page gets CONFLICT. */
import { request, type SessionUser, type UserError } from '../api.js';
import { ActionForm, shanghaiInstant } from '../action-form.js';
import { graphql } from '../gql/index.js';
import { METHOD_ZH, REFERRAL_ZH, SATISFACTION_ZH, todayShanghai, useLoad } from '../ui.js';

const Session = graphql(`mutation ConsoleSession($input: CaseSessionRecordInput!) { caseSessionRecord(input: $input) { case { id version } userErrors { field message code } } }`);
const Agreement = graphql(`mutation ConsoleAgreement($input: CaseAgreementRecordInput!) { caseAgreementRecord(input: $input) { case { id version } userErrors { field message code } } }`);
const Payment = graphql(`mutation ConsolePayment($input: CasePaymentRecordInput!) { casePaymentRecord(input: $input) { case { id version } userErrors { field message code } } }`);
const ConfirmRequest = graphql(`mutation ConsoleConfirmRequest($input: CaseConfirmationRequestInput!) { caseConfirmationRequest(input: $input) { case { id version } userErrors { field message code } } }`);
const ConfirmDecide = graphql(`mutation ConsoleConfirmDecide($input: CaseConfirmationDecideInput!) { caseConfirmationDecide(input: $input) { case { id version } userErrors { field message code } } }`);
const ExtRequest = graphql(`mutation ConsoleExtRequest($input: CaseExtensionRequestInput!) { caseExtensionRequest(input: $input) { case { id version } userErrors { field message code } } }`);
const ExtDecide = graphql(`mutation ConsoleExtDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id version } userErrors { field message code } } }`);
const Supervise = graphql(`mutation ConsoleSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id version } userErrors { field message code } } }`);
const Answer = graphql(`mutation ConsoleSupervisionAnswer($input: SupervisionAnswerInput!) { caseSupervisionAnswer(input: $input) { case { id version } userErrors { field message code } } }`);
const Feedback = graphql(`mutation ConsoleFeedback($input: CaseFeedbackRecordInput!) { caseFeedbackRecord(input: $input) { case { id version } userErrors { field message code } } }`);
const Resolve = graphql(`mutation ConsoleResolve($input: CaseResolveInput!) { caseResolve(input: $input) { case { id version } userErrors { field message code } } }`);
const Fail = graphql(`mutation ConsoleFail($input: CaseFailInput!) { caseFail(input: $input) { case { id version } userErrors { field message code } } }`);
const Close = graphql(`mutation ConsoleClose($input: CaseCloseInput!) { caseClose(input: $input) { case { id version } userErrors { field message code } } }`);
const Reopen = graphql(`mutation ConsoleReopen($input: CaseReasonInput!) { caseReopen(input: $input) { case { id version } userErrors { field message code } } }`);
const Courts = graphql(`query ConsoleCourts($centerId: ID!) { agencies(first: 50, filter: { centerSubtreeOf: $centerId, kinds: [COURT] }) { nodes { id shortName } } }`);

interface CaseLike {
  id: string; version: number; status: string; center: { id: string };
  parties: { id: string; name: string }[];
  agreement?: { confirmations: { result: string }[] } | null;
  extensionRequests: { id: string; days: number; reason: string; status: string }[];
  supervisions: { id: string; open: boolean; instructions: string; version: number }[];
}

const OPEN = ['DISPATCHED', 'IN_PROGRESS'];

export function CaseActions(props: { c: CaseLike; user: SessionUser; reload: () => void }) {
  const { c, reload } = props;
  const courts = useLoad(() => request(Courts, { centerId: c.center.id }), [c.center.id]);
  const roles = new Set(props.user.roles.map((r) => r.role));
  const today = todayShanghai();
  const base = { id: c.id, version: c.version };
  const done = reload;
  const form = (title: string, submitLabel: string, inputs: Parameters<typeof ActionForm>[0]['inputs'], fn: (v: Record<string, string>) => Promise<UserError[]>) => (
    <ActionForm key={`${title}-${c.version}`} title={title} submitLabel={submitLabel} inputs={inputs} onSubmit={fn} onDone={done} onReload={reload} />
  );
  const open = OPEN.includes(c.status);
  const pendingConfirmation = c.agreement?.confirmations.some((x) => x.result === 'PENDING');
  return (
    <div class="actions-list">
      {open && form('记录调解', '保存调解记录', [
        { name: 'method', label: '调解方式', type: 'select', options: Object.entries(METHOD_ZH) },
        { name: 'heldAt', label: '调解时间', type: 'datetime' },
        { name: 'participants', label: '参加人员' },
        { name: 'notes', label: '调解情况', type: 'textarea' },
      ], async (v) => (await request(Session, { input: { ...base, method: v.method as never, heldAt: shanghaiInstant(v.heldAt!), participants: v.participants!, notes: v.notes! } })).caseSessionRecord.userErrors)}
      {open && form('达成调解协议', '保存协议', [
        { name: 'terms', label: '协议内容', type: 'textarea' },
        { name: 'totalAmount', label: '协议金额（元）' },
        { name: 'effectiveDate', label: '生效日期', type: 'date', initial: today },
        { name: 'instalments', label: '分期（每行：到期日 金额，如 2025-10-23 302000.00；可不填）', type: 'textarea', optional: true },
      ], async (v) => {
        const instalments = v.instalments!.split('\n').map((l) => l.trim().split(/[\s,，]+/)).filter((p) => p.length === 2).map(([dueDate, amount]) => ({ dueDate: dueDate!, amount: amount! }));
        return (await request(Agreement, { input: { ...base, terms: v.terms!, totalAmount: v.totalAmount!, effectiveDate: v.effectiveDate!, instalments: instalments.length ? instalments : null } })).caseAgreementRecord.userErrors;
      })}
      {c.agreement && form('记录履行', '保存履行', [
        { name: 'amount', label: '履行金额（元）' },
        { name: 'paidDate', label: '履行日期', type: 'date', initial: today },
        { name: 'note', label: '说明', optional: true },
      ], async (v) => (await request(Payment, { input: { ...base, amount: v.amount!, paidDate: v.paidDate!, note: v.note || null } })).casePaymentRecord.userErrors)}
      {c.agreement && !pendingConfirmation && form('申请司法确认', '提交申请', [
        { name: 'courtAgencyId', label: '人民法院', type: 'select', options: (courts.data?.agencies.nodes ?? []).map((a) => [a.id, a.shortName]) },
        { name: 'requestedDate', label: '申请日期', type: 'date', initial: today },
      ], async (v) => (await request(ConfirmRequest, { input: { ...base, courtAgencyId: v.courtAgencyId!, requestedDate: v.requestedDate! } })).caseConfirmationRequest.userErrors)}
      {pendingConfirmation && form('司法确认结果', '保存结果', [
        { name: 'confirmed', label: '结果', type: 'select', options: [['true', '确认有效'], ['false', '不予确认']] },
        { name: 'decidedDate', label: '裁定日期', type: 'date', initial: today },
        { name: 'note', label: '说明', optional: true },
      ], async (v) => (await request(ConfirmDecide, { input: { ...base, confirmed: v.confirmed === 'true', decidedDate: v.decidedDate!, note: v.note || null } })).caseConfirmationDecide.userErrors)}
      {open && form('申请延期', '提交延期申请', [
        { name: 'days', label: '延期天数', type: 'number', initial: '30' },
        { name: 'reason', label: '延期理由', type: 'textarea' },
      ], async (v) => (await request(ExtRequest, { input: { ...base, days: Number(v.days), reason: v.reason! } })).caseExtensionRequest.userErrors)}
      {c.extensionRequests.filter((x) => x.status === 'PENDING').map((x) => form(`审批延期：${x.days}天（${x.reason}）`, '提交审批', [
        { name: 'approve', label: '决定', type: 'select', options: [['true', '批准'], ['false', '不批准']] },
        { name: 'note', label: '意见', optional: true },
      ], async (v) => (await request(ExtDecide, { input: { requestId: x.id, version: c.version, approve: v.approve === 'true', note: v.note || null } })).caseExtensionDecide.userErrors))}
      {c.supervisions.filter((s) => s.open).map((s) => form(`答复督办：${s.instructions}`, '提交答复', [
        { name: 'response', label: '答复内容', type: 'textarea' },
      ], async (v) => (await request(Answer, { input: { supervisionId: s.id, version: s.version, response: v.response! } })).caseSupervisionAnswer.userErrors))}
      {(roles.has('LEADER') || roles.has('ADMIN')) && open && form('督办', '发出督办', [
        { name: 'instructions', label: '督办要求', type: 'textarea' },
        { name: 'responseDueDate', label: '答复期限', type: 'date' },
      ], async (v) => (await request(Supervise, { input: { ...base, instructions: v.instructions!, responseDueDate: v.responseDueDate! } })).caseSupervise.userErrors)}
      {['RESOLVED', 'FAILED'].includes(c.status) && form('回访', '保存回访', [
        { name: 'partyId', label: '回访对象', type: 'select', options: c.parties.map((p) => [p.id, p.name]) },
        { name: 'satisfaction', label: '满意度', type: 'select', options: Object.entries(SATISFACTION_ZH) },
        { name: 'comment', label: '意见', optional: true },
      ], async (v) => (await request(Feedback, { input: { ...base, partyId: v.partyId!, satisfaction: v.satisfaction as never, comment: v.comment || null } })).caseFeedbackRecord.userErrors)}
      {open && form('化解', '确认化解', [{ name: 'note', label: '化解情况', type: 'textarea' }],
        async (v) => (await request(Resolve, { input: { ...base, note: v.note! } })).caseResolve.userErrors)}
      {open && form('调解不成', '确认调解不成', [
        { name: 'note', label: '情况说明', type: 'textarea' },
        { name: 'referral', label: '导入程序', type: 'select', options: Object.entries(REFERRAL_ZH) },
      ], async (v) => (await request(Fail, { input: { ...base, note: v.note!, referral: v.referral as never } })).caseFail.userErrors)}
      {['RESOLVED', 'FAILED'].includes(c.status) && form('办结', '确认办结', [
        { name: 'note', label: '办结说明', optional: true },
        { name: 'withoutFeedbackReason', label: '未回访原因（未回访时必填）', optional: true },
      ], async (v) => (await request(Close, { input: { ...base, note: v.note || null, withoutFeedbackReason: v.withoutFeedbackReason || null } })).caseClose.userErrors)}
      {['RESOLVED', 'FAILED', 'CLOSED'].includes(c.status) && form('重新办理', '重新办理', [{ name: 'reason', label: '理由', type: 'textarea' }],
        async (v) => (await request(Reopen, { input: { ...base, reason: v.reason! } })).caseReopen.userErrors)}
    </div>
  );
}
