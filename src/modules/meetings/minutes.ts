import type { HubContext } from '../../shared/context.js';
import { localId } from '../../shared/ids.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { Role } from '../../shared/role.js';
import { Supervision } from '../cases/supervision.entity.js';
import type { PrintableDocument } from '../ledger/export-routes.js';
import { AgendaItem, Decision, DecisionInstruction, JointMeeting } from './joint-meeting.entity.js';
import { isInstructionOverdue } from './instruction-overdue.js';

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '—');
const day = (d: string | null) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '—');

/**
 * 会商研判纪要: the printable minutes of a joint review meeting — when, where, chair, who attended,
 * and per agenda case why it was there and what was decided (lead agency, 包案, instructions with owner,
 * due date and whether done). Case titles and numbers only, no personal data. Null when the meeting
 * does not exist or the viewer may not read the center's meetings.
 */
export async function meetingMinutes(ctx: HubContext, meetingId: string): Promise<string | null> {
  const meeting = await ctx.em.findOne(JointMeeting, { id: localId(meetingId, 'JointMeeting') ?? -1 }, { populate: ['center', 'chair', 'agencies', 'attendees'] as never });
  if (!meeting || !ctx.viewer.can([Role.LEADER, Role.DISPATCHER, Role.ADMIN, Role.AUDITOR], meeting.center.getEntity())) return null;
  const agenda = await ctx.em.find(AgendaItem, { meeting: meeting.id }, { populate: ['case'], orderBy: { id: 'asc' } });
  const decisions = await ctx.em.find(Decision, { meeting: meeting.id }, { populate: ['leadAgency', 'leaderInCharge'] as never });
  const instructions = await ctx.em.find(DecisionInstruction, { decision: { $in: decisions.map((d) => d.id) } }, { orderBy: { id: 'asc' } });
  const supervisions = await ctx.em.find(Supervision, { id: { $in: instructions.map((i) => i.supervision.id) } });
  const today = shanghaiDate(ctx.clock());
  const center = meeting.center.getEntity().name;
  const items = agenda.map((item, n) => {
    const c = item.case.getEntity();
    const d = decisions.find((x) => x.case.id === c.id);
    const list = d ? instructions.filter((i) => i.decision.id === d.id).map((i) => {
      const s = supervisions.find((x) => x.id === i.supervision.id);
      const state = s?.answeredAt ? `已完成（${time(s.answeredAt)}）` : isInstructionOverdue({ dueDate: i.dueDate, answeredAt: s?.answeredAt ?? null }, today) ? '逾期未完成' : '办理中';
      return `<li>${esc(i.instructions)}（责任：${esc(i.owner)}；期限：${day(i.dueDate)}；${state}）</li>`;
    }).join('') : '';
    const decided = d
      ? `<p>会商意见：${esc(d.summary)}</p>${d.leadAgency ? `<p>牵头部门：改由${esc(d.leadAgency.getEntity().name)}牵头</p>` : ''}${d.leaderInCharge ? `<p>包案领导：${esc(d.leaderInCharge.getEntity().displayName)}</p>` : ''}${list ? `<p>交办事项：</p><ol>${list}</ol>` : ''}${!d.leadAgency && !d.leaderInCharge && !list ? '<p>维持现状，继续办理。</p>' : ''}`
      : '<p>（未作决定）</p>';
    return `<h2>${n + 1}. ${esc(c.number)} ${esc(c.title)}</h2><p>列入理由：${esc(item.reasons.join('；'))}</p>${decided}`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>会商研判纪要 ${esc(meeting.title)}</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.7; color: #000; }
h1 { text-align: center; font-size: 20pt; letter-spacing: 0.2em; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 5mm 0 1mm; }
.org { text-align: center; font-size: 14pt; margin-bottom: 2mm; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0; }
th, td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; text-align: left; }
th { width: 22%; font-weight: normal; }
.sign { margin-top: 14mm; text-align: right; }
p { margin: 1mm 0; }
</style></head>
<body>
<div class="org">${esc(center)}</div>
<h1>会商研判纪要</h1>
<table>
<tr><th>会议</th><td>${esc(meeting.title)}</td></tr>
<tr><th>时间</th><td>${time(meeting.scheduledAt)}</td></tr>
<tr><th>地点</th><td>${esc(meeting.place)}</td></tr>
<tr><th>主持</th><td>${esc(meeting.chair.getEntity().displayName)}${meeting.chair.getEntity().title ? `（${esc(meeting.chair.getEntity().title)}）` : ''}</td></tr>
<tr><th>参会部门</th><td>${esc(meeting.agencies.getItems().map((a) => a.name).join('、') || '—')}</td></tr>
<tr><th>参会人员</th><td>${esc(meeting.attendees.getItems().map((u) => u.displayName).join('、') || '—')}</td></tr>
</table>
${items || '<p>本次会议议程为空。</p>'}
<div class="sign">${esc(center)}<br>${day(today)}</div>
</body></html>
`;
}

/** `GET /documents/meetings/:id/minutes`, served by the ledger's export routes. */
export const MEETING_MINUTES: PrintableDocument = {
  path: '/documents/meetings/:id/minutes',
  render: meetingMinutes,
  notFound: '会议不存在或您无权查看 / No such meeting, or not yours',
};
