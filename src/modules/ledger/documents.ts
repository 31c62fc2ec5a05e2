import type { HubContext } from '../../shared/context.js';
import { localId } from '../../shared/ids.js';
import { personalValue } from '../cases/personal-data.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { AssignmentRole } from '../cases/assignment.entity.js';
import { CaseAccess } from '../cases/case-access.js';
import { Case } from '../cases/case.entity.js';
import { CaseStatus } from '../cases/case.enums.js';
import { STATUS_ZH } from '../cases/case.transitions.js';
import { CHANNEL_ZH } from '../cases/case-labels.js';
import { Feedback } from '../cases/feedback.entity.js';
import { PartyRole } from '../cases/party.entity.js';
import { Supervision } from '../cases/supervision.entity.js';

/** 一书四单两函: the acceptance notice, four forms and two letters of the closed loop. */
export const DOCUMENT_KINDS = [
  'acceptance-notice', 'intake-form', 'dispatch-form', 'supervision-form', 'feedback-form', 'reminder-letter', 'supervision-letter',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const TITLES: Record<DocumentKind, string> = {
  'acceptance-notice': '矛盾纠纷受理告知书', 'intake-form': '矛盾纠纷受理登记单', 'dispatch-form': '矛盾纠纷分流交办单',
  'supervision-form': '矛盾纠纷督办单', 'feedback-form': '矛盾纠纷办理反馈单', 'reminder-letter': '矛盾纠纷办理提醒函',
  'supervision-letter': '矛盾纠纷督办函',
};
const SATISFACTION_ZH: Record<string, string> = {
  VERY_SATISFIED: '非常满意', SATISFIED: '满意', NEUTRAL: '基本满意', DISSATISFIED: '不满意', VERY_DISSATISFIED: '非常不满意', UNREACHABLE: '联系不上',
};

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '—');
const day = (d: string | null) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '—');
const row = (label: string, value: string) => `<tr><th>${esc(label)}</th><td>${value}</td></tr>`;

function page(center: string, title: string, c: Case, body: string, today: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} ${esc(c.number)}</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.7; color: #000; }
h1 { text-align: center; font-size: 20pt; letter-spacing: 0.2em; margin: 0 0 4mm; }
.org { text-align: center; font-size: 14pt; margin-bottom: 2mm; }
.no { text-align: right; margin-bottom: 4mm; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0; }
th, td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; text-align: left; }
th { width: 28%; font-weight: normal; background: #f3f3f3; }
.sign { margin-top: 14mm; text-align: right; }
p { text-indent: 2em; margin: 2mm 0; }
@media print { th { background: none; } }
</style></head>
<body>
<div class="org">${esc(center)}</div>
<h1>${esc(title)}</h1>
<div class="no">编号：${esc(c.number)}</div>
${body}
<div class="sign">${esc(center)}（盖章）<br>${day(today)}</div>
</body></html>
`;
}

/**
 * A print-ready HTML document for one step of the loop, with the center's name, the case number,
 * the parties (masked unless the viewer may see them; full values are audited), dates and deadlines.
 * Null when the case does not exist or the viewer may not see it.
 */
export async function caseDocument(ctx: HubContext, caseId: string, kind: DocumentKind): Promise<string | null> {
  const c = await ctx.em.findOne(Case, { id: localId(caseId, 'Case') ?? -1 }, {
    populate: ['parties', 'assignments.agency', 'assignments.mediator', 'center', 'originCenter', 'category'] as never,
  });
  const access = new CaseAccess(ctx);
  if (!c || !(await access.canSee(c))) return null;
  const full = await access.canSeePersonalData(c);
  const today = shanghaiDate(ctx.clock());
  const reveal = (p: { id: number; phone: string | null; idNumber: string | null }, field: 'phone' | 'idNumber') =>
    esc(personalValue(ctx, full, c.id, p, field) ?? '—');
  const parties = c.parties.getItems();
  const partyRows = parties.map((p) => row(p.role === PartyRole.APPLICANT ? '申请人' : '被申请人',
    `${esc(p.name)}${p.headcount > 1 ? `（代表${p.headcount}人）` : ''}　证件号：${reveal(p, 'idNumber')}　电话：${reveal(p, 'phone')}`)).join('');
  const current = c.assignments.getItems().filter((a) => a.endedAt === null);
  const lead = current.find((a) => a.role === AssignmentRole.LEAD);
  const leadName = lead?.agency?.getEntity().name ?? '（尚未分派）';
  const cooperating = current.filter((a) => a.role === AssignmentRole.COOPERATING).map((a) => a.agency?.getEntity().name).filter(Boolean).join('、') || '—';
  const mediator = current.find((a) => a.role === AssignmentRole.MEDIATOR)?.mediator?.getEntity().name ?? '—';
  const centerName = c.center.getEntity().name;
  const basics = row('案件名称', esc(c.title)) + row('类别', esc(c.category.getEntity().nameZh)) + row('受理时间', time(c.receivedAt))
    + row('受理中心', esc(c.originCenter.getEntity().name)) + partyRows + row('诉求与事实', esc(c.description))
    + (c.amount ? row('争议金额', `${esc(c.amount)} 元`) : '');
  const applicants = parties.filter((p) => p.role === PartyRole.APPLICANT).map((p) => p.name).join('、');
  const overdueDays = c.dueDate && today > c.dueDate ? Math.round((Date.parse(today) - Date.parse(c.dueDate)) / 86_400_000) : 0;
  const daysLeft = c.dueDate && today <= c.dueDate ? Math.round((Date.parse(c.dueDate) - Date.parse(today)) / 86_400_000) : null;

  let body: string;
  switch (kind) {
    case 'acceptance-notice':
      body = `<p style="text-indent:0">${esc(applicants)}：</p>
<p>您于${time(c.receivedAt)}反映的“${esc(c.title)}”，我中心已受理登记，案件编号 ${esc(c.number)}。我中心将于${day(c.acceptDueDate)}前将您反映的事项分流至有关部门办理，并及时告知办理情况。</p>
<p>您可凭查询码 <b>${esc(c.trackingCode)}</b> 与登记的手机号码，通过“伊码解纷”小程序或到窗口查询办理进度（一案一编码、一码管到底）。</p>`;
      break;
    case 'intake-form':
      body = `<table>${basics}${row('渠道', esc(CHANNEL_ZH[c.channel]))}${row('受理期限', day(c.acceptDueDate))}${row('当前状态', esc(STATUS_ZH[c.status as CaseStatus]))}</table>`;
      break;
    case 'dispatch-form':
      body = `<p style="text-indent:0">${esc(leadName)}：</p><p>现将下列矛盾纠纷交由贵单位牵头办理，请于${day(c.dueDate)}前办结并反馈办理结果。</p>
<table>${basics}${row('牵头部门', esc(leadName))}${row('协同部门', esc(cooperating))}${row('调解员', esc(mediator))}${row('分流时间', time(c.dispatchedAt))}${row('办结期限', day(c.dueDate))}</table>`;
      break;
    case 'supervision-form': {
      const items = await ctx.em.find(Supervision, { case: c.id }, { orderBy: { id: 'asc' } });
      const list = items.map((s, i) => row(`督办${i + 1}（${time(s.createdAt)}）`, `${esc(s.instructions)}<br>回复期限：${day(s.responseDueDate)}<br>回复：${s.answeredAt ? `${esc(s.response)}（${time(s.answeredAt)}）` : '尚未回复'}`)).join('');
      body = `<table>${row('案件名称', esc(c.title))}${row('牵头部门', esc(leadName))}${row('办结期限', day(c.dueDate))}${list || row('督办', '暂无')}</table>`;
      break;
    }
    case 'feedback-form': {
      const feedback = await ctx.em.find(Feedback, { case: c.id }, { orderBy: { id: 'asc' }, populate: ['party'] as never });
      const list = feedback.map((f) => row(`回访：${f.party.getEntity().name}`, `${esc(SATISFACTION_ZH[f.satisfaction])}${f.comment ? `；${esc(f.comment)}` : ''}（${time(f.createdAt)}）`)).join('');
      body = `<table>${basics}${row('牵头部门', esc(leadName))}${row('办理结果', esc(STATUS_ZH[c.status as CaseStatus]))}${row('结果说明', esc(c.outcomeNote ?? '—'))}${row('化解/调解不成时间', time(c.concludedAt))}${list || row('回访', '尚未回访')}${row('办结时间', time(c.closedAt))}</table>`;
      break;
    }
    case 'reminder-letter':
      body = `<p style="text-indent:0">${esc(leadName)}：</p>
<p>贵单位牵头办理的“${esc(c.title)}”（编号 ${esc(c.number)}），办结期限为${day(c.dueDate)}，${overdueDays > 0 ? `现已超期 <b>${overdueDays}</b> 日` : daysLeft !== null ? `距期限还有 <b>${daysLeft}</b> 日` : '尚未确定办结期限'}。请抓紧办理，按期将办理结果反馈我中心。</p>`;
      break;
    case 'supervision-letter': {
      const latest = await ctx.em.findOne(Supervision, { case: c.id }, { orderBy: { id: 'desc' } });
      body = `<p style="text-indent:0">${esc(leadName)}：</p>
<p>贵单位牵头办理的“${esc(c.title)}”（编号 ${esc(c.number)}），${overdueDays > 0 ? `已超过办结期限 ${overdueDays} 日，` : ''}现予督办。${latest ? `督办意见：${esc(latest.instructions)}` : ''}</p>
<p>请于${day(latest?.responseDueDate ?? null)}前将办理进展和结果书面报送我中心。</p>`;
      break;
    }
  }
  return page(centerName, TITLES[kind], c, body, today);
}
