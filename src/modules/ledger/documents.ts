import type { HubContext } from '../../shared/context.js';
import { localId } from '../../shared/ids.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { CaseKind } from '../calendar/time-limit-policy.entity.js';
import { personalValue } from '../cases/personal-data.js';
import { AssignmentRole } from '../cases/assignment.entity.js';
import { CaseAccess } from '../cases/case-access.js';
import { Case } from '../cases/case.entity.js';
import { CaseEvent, CaseEventType } from '../cases/case-event.entity.js';
import { CaseStatus } from '../cases/case.enums.js';
import { CHANNEL_ZH, PARTY_ROLE_ZH, SATISFACTION_ZH, STATUS_ZH } from '../cases/case-labels.js';
import { Feedback } from '../cases/feedback.entity.js';
import { PartyRole } from '../cases/party.entity.js';
import { Supervision } from '../cases/supervision.entity.js';
import { Center } from '../organisation/center.entity.js';
import { dateOf, day, documentPage, esc, row, table, time, type DocumentBody } from './document-page.js';

/** 一书四单两函: the acceptance notice, four forms and two letters of the closed loop. */
export const DOCUMENT_KINDS = [
  'acceptance-notice', 'intake-form', 'dispatch-form', 'supervision-form', 'feedback-form', 'reminder-letter', 'supervision-letter',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the documents call the matter: a petition is a 信访事项, not a 矛盾纠纷. */
const SUBJECT: Record<CaseKind, string> = { [CaseKind.DISPUTE]: '矛盾纠纷', [CaseKind.PETITION]: '信访事项' };
const TITLE: Record<DocumentKind, string> = {
  'acceptance-notice': '受理告知书', 'intake-form': '受理登记单', 'dispatch-form': '分流交办单', 'supervision-form': '督办单',
  'feedback-form': '办理反馈单', 'reminder-letter': '办理提醒函', 'supervision-letter': '督办函',
};

/**
 * The step a document records has not happened yet (a dispatch form of an undispatched case, a supervision
 * letter without a supervision): a blank form with an invented date is worse than none. Answered 409.
 */
export class DocumentNotReady extends Error {
  override name = 'DocumentNotReady';
}

/** The last `keep` rows of a form go with the seal (see `DocumentBody`). */
function form(rows: string[], before = '', keep = 1): DocumentBody {
  return { main: before + table(rows.slice(0, -keep).join('')), end: table(rows.slice(-keep).join('')) };
}

/**
 * How a citizen follows the case, from the issuing center's own data — the nearest center up its line
 * that has each item — e.g. '通过“伊码解纷”微信小程序、拨打0477-8621100或到伊金霍洛旗综治中心窗口（…）'.
 */
async function trackingChannels(ctx: HubContext, issuer: Center): Promise<string> {
  const lineage = await ctx.em.find(Center, { id: { $in: issuer.lineageIds } });
  const nearest = <K extends 'onlineServiceName' | 'phone'>(key: K) =>
    issuer.lineageIds.map((id) => lineage.find((c) => c.id === id)?.[key]).find((v) => v) ?? null;
  const online = nearest('onlineServiceName');
  const phone = nearest('phone');
  const ways = [online && `通过${esc(online)}`, phone && `拨打${esc(phone)}`].filter(Boolean);
  const window = `到${esc(issuer.name)}窗口${issuer.address ? `（${esc(issuer.address)}）` : ''}`;
  return ways.length ? `${ways.join('、')}或${window}` : window;
}

/**
 * A print-ready HTML document for one step of the loop, with the center's name, the case number, the
 * parties (masked unless the viewer may see them; full values are audited), dates and deadlines. Each is
 * dated on the day of the act it records, so a reprint says the same as the first print: acceptance
 * notice and intake form → received; dispatch form → the current lead's (else mediator's) assignment;
 * supervision form and letter → the latest supervision; feedback form → the latest 回访, else the
 * conclusion; reminder letter → today (the letter is itself the reminder, about today's standing).
 * Null when the case does not exist or the viewer may not see it; `DocumentNotReady` when the act is missing.
 */
export async function caseDocument(ctx: HubContext, caseId: string, kind: DocumentKind): Promise<string | null> {
  const c = await ctx.em.findOne(Case, { id: localId(caseId, 'Case') ?? -1 }, {
    populate: ['parties', 'assignments.agency', 'assignments.mediator', 'center', 'originCenter', 'category'] as never,
  });
  const access = new CaseAccess(ctx);
  if (!c || !(await access.canSee(c))) return null;
  const full = await access.canSeePersonalData(c);
  const today = shanghaiDate(ctx.clock());
  const subject = SUBJECT[c.kind];
  const reveal = (p: { id: number; phone: string | null; idNumber: string | null }, field: 'phone' | 'idNumber') =>
    esc(personalValue(ctx, full, c.id, p, field) ?? '—');
  const parties = c.parties.getItems();
  const partyRows = parties.map((p) => row(PARTY_ROLE_ZH[p.role]!,
    `${esc(p.name)}${p.headcount > 1 ? `（代表${p.headcount}人）` : ''}　证件号：${reveal(p, 'idNumber')}　电话：${reveal(p, 'phone')}`));
  const current = c.assignments.getItems().filter((a) => a.endedAt === null);
  const lead = current.find((a) => a.role === AssignmentRole.LEAD);
  const mediatorAssignment = current.find((a) => a.role === AssignmentRole.MEDIATOR);
  const leadName = lead?.agency?.getEntity().name ?? null;
  const mediator = mediatorAssignment?.mediator?.getEntity().name ?? null;
  const cooperating = current.filter((a) => a.role === AssignmentRole.COOPERATING).map((a) => a.agency?.getEntity().name).filter(Boolean).join('、') || '—';
  const center = c.center.getEntity();
  const origin = c.originCenter.getEntity();
  // Who is asked to act: the lead agency, else the mediator; before any dispatch, the center's own dispatch desk.
  const handler = leadName ?? (mediator ? `${mediator}调解员` : null);
  const addressee = handler ?? `${center.name}受理分流窗口`;
  const undertaking = handler ? `贵单位牵头办理的${subject}` : `贵中心受理、尚未分流交办的${subject}`;
  const basics = [
    row('案件名称', esc(c.title)), row('类别', esc(c.category.getEntity().nameZh)), row('受理时间', time(c.receivedAt)),
    row('受理中心', esc(origin.name)), ...partyRows, row('诉求与事实', esc(c.description)),
    ...(c.amount ? [row('争议金额', `${esc(c.amount)} 元`)] : []),
  ];
  const applicants = parties.filter((p) => p.role === PartyRole.APPLICANT).map((p) => p.name).join('、');
  // Before dispatch the limit that runs is the acceptance limit (受理期限), afterwards the due date.
  const limit = handler ? c.dueDate : c.acceptDueDate;
  const limitName = handler ? '办结期限' : '受理期限';
  const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
  // When a step happened is the timeline's word (its clock is the request's); a record's createdAt is only
  // when the row was written.
  // Records and their events are written together, one event per record, so the n-th of each belong together.
  const actTimes = async <R extends { createdAt: Date }>(type: CaseEventType, records: R[]): Promise<Date[]> => {
    const events = await ctx.em.find(CaseEvent, { case: c.id, type }, { orderBy: { id: 'asc' }, fields: ['at'] as never });
    return records.map((r, i) => (events.length === records.length ? events[i]!.at : r.createdAt));
  };
  const lastAct = async (type: CaseEventType) =>
    (await ctx.em.findOne(CaseEvent, { case: c.id, type }, { orderBy: { id: 'desc' } }))?.at ?? null;
  const notSupervised = () => new DocumentNotReady(`该${subject}尚未督办，请先登记督办，再出具督办单或督办函 / No supervision recorded yet`);

  let issuer = center;
  let date: string;
  let body: DocumentBody;
  switch (kind) {
    case 'acceptance-notice':
      issuer = origin;
      date = dateOf(c.receivedAt);
      body = {
        main: `<p class="to">${esc(applicants)}：</p>
<p>您于${time(c.receivedAt)}反映的“${esc(c.title)}”，我中心已受理登记，案件编号 ${esc(c.number)}。我中心将于${day(c.acceptDueDate)}前将您反映的事项分流至有关部门办理，并及时告知办理情况。</p>`,
        end: `<p>您可凭查询码 <b>${esc(c.trackingCode)}</b> 与登记的手机号码，${await trackingChannels(ctx, origin)}查询办理进度（一案一编码、一码管到底）。</p>`,
      };
      break;
    case 'intake-form':
      issuer = origin;
      date = dateOf(c.receivedAt);
      body = form([...basics, row('渠道', esc(CHANNEL_ZH[c.channel])), row('受理期限', day(c.acceptDueDate)), row('当前状态', esc(STATUS_ZH[c.status as CaseStatus]))], '', 2);
      break;
    case 'dispatch-form': {
      const act = lead ?? mediatorAssignment;
      if (!act || !c.dispatchedAt) throw new DocumentNotReady(`该${subject}尚未分流交办，不能出具分流交办单 / Not dispatched yet`);
      date = dateOf(act.assignedAt);
      body = form([...basics, row('牵头部门', esc(leadName ?? '—')), row('协同部门', esc(cooperating)), row('调解员', esc(mediator ?? '—')),
        row('分流时间', time(act.assignedAt)), row('办结期限', day(c.dueDate))],
      `<p class="to">${esc(addressee)}：</p><p>现将下列${subject}交由贵单位${leadName ? '牵头' : ''}办理，请于${day(c.dueDate)}前办结并反馈办理结果。</p>`, 2);
      break;
    }
    case 'supervision-form': {
      const items = await ctx.em.find(Supervision, { case: c.id }, { orderBy: { id: 'asc' } });
      if (items.length === 0) throw notSupervised();
      const raised = await actTimes(CaseEventType.SUPERVISION_RAISED, items);
      date = dateOf(raised.at(-1)!);
      body = form([row('案件名称', esc(c.title)), row('牵头部门', esc(leadName ?? '尚未分流')), row('办结期限', day(c.dueDate)),
        ...items.map((s, i) => row(`督办${i + 1}（${time(raised[i]!)}）`, `${esc(s.instructions)}<br>回复期限：${day(s.responseDueDate)}<br>回复：${s.answeredAt ? `${esc(s.response)}（${time(s.answeredAt)}）` : '尚未回复'}`))]);
      break;
    }
    case 'feedback-form': {
      const feedback = await ctx.em.find(Feedback, { case: c.id }, { orderBy: { id: 'asc' }, populate: ['party'] as never });
      const visited = await actTimes(CaseEventType.FEEDBACK_RECORDED, feedback);
      const at = visited.at(-1) ?? c.concludedAt;
      if (!at) throw new DocumentNotReady(`该${subject}尚未办结，没有可反馈的办理结果 / Not concluded yet`);
      date = dateOf(at);
      const visits = feedback.map((f, i) => row(`回访：${f.party.getEntity().name}`, `${esc(SATISFACTION_ZH[f.satisfaction])}${f.comment ? `；${esc(f.comment)}` : ''}（${time(visited[i]!)}）`));
      body = form([...basics, row('牵头部门', esc(leadName ?? '—')), row('办理结果', esc(STATUS_ZH[c.status as CaseStatus])),
        row('结果说明', esc(c.outcomeNote ?? '—')), row('化解/调解不成时间', time(c.concludedAt)), ...(visits.length ? visits : [row('回访', '尚未回访')]),
        row('办结时间', time(c.closedAt))], '', 2);
      break;
    }
    case 'reminder-letter': {
      date = today;
      const standing = !limit ? `尚未确定${limitName}`
        : today > limit ? `${limitName}为${day(limit)}，现已超期 <b>${daysBetween(limit, today)}</b> 日`
        : `${limitName}为${day(limit)}，距期限还有 <b>${daysBetween(today, limit)}</b> 日`;
      body = {
        main: `<p class="to">${esc(addressee)}：</p>`,
        end: `<p>${undertaking}“${esc(c.title)}”（编号 ${esc(c.number)}），${standing}。请抓紧${handler ? '办理，按期将办理结果反馈我中心' : '分流交办，并告知申请人'}。</p>`,
      };
      break;
    }
    case 'supervision-letter': {
      const latest = await ctx.em.findOne(Supervision, { case: c.id }, { orderBy: { id: 'desc' } });
      if (!latest) throw notSupervised();
      date = dateOf((await lastAct(CaseEventType.SUPERVISION_RAISED)) ?? latest.createdAt);
      const overdue = limit && date > limit ? daysBetween(limit, date) : 0;
      body = {
        main: `<p class="to">${esc(addressee)}：</p>
<p>${undertaking}“${esc(c.title)}”（编号 ${esc(c.number)}），${overdue > 0 ? `已超过${limitName} ${overdue} 日，` : ''}现予督办。督办意见：${esc(latest.instructions)}${/[。！？.!?]$/.test(latest.instructions) ? '' : '。'}</p>`,
        end: `<p>请于${day(latest.responseDueDate)}前将办理进展和结果书面报送我中心。</p>`,
      };
      break;
    }
  }
  return documentPage({ center: issuer.name, title: subject + TITLE[kind], number: c.number, date }, body);
}
