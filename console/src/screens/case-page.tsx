/**
 * The case page: header, parties (masked until "show in full" with a reason, sent as X-Access-Reason),
 * assignments, sessions, agreement, confirmations, extensions, supervisions, feedback, the timeline,
 * the 一书四单两函 documents, and the action forms. It follows `caseEvents`, so a colleague's change
 * shows without reloading.
 */
import { useEffect, useState } from 'preact/hooks';
import { live, openProtected, request, type SessionUser } from '../api.js';
import { graphql } from '../gql/index.js';
import { ASSIGNMENT_ROLE_ZH, CHANNEL_ZH, Field, fmtDate, fmtMoney, fmtTime, KIND_ZH, METHOD_ZH, nodeWith, RISK_ZH, PARTY_ROLE_ZH, SATISFACTION_ZH, Status, useLoad } from '../ui.js';
import { CaseActions } from './case-actions.js';

export const CaseDetail = graphql(`
  query CaseDetail($id: ID!) {
    node(id: $id) {
      ... on Case {
        id number trackingCode version status kind channel title description place amount riskLevel riskReason overdue
        receivedAt acceptDueDate dispatchedAt dueDate extendedDays concludedAt closedAt referral outcomeNote headcount
        center { id name } category { nameZh }
        parties { id role type name headcount }
        assignments { id role assignedAt agency { id shortName } mediator { id name } }
        leadAgency { id shortName } mediator { id name }
        sessions { id method heldAt participants notes mediator { name } recordedByName }
        agreement {
          terms totalAmount paidAmount outstandingAmount overdue effectiveDate
          instalments { seq dueDate amount paidAmount overdue paid }
          payments { id amount paidDate note }
          confirmations { id result requestedDate decisionDueDate decidedDate court { shortName } }
        }
        extensionRequests { id days status reason requestedByName decidedByName decisionNote }
        supervisions { id kind open instructions responseDueDate response raisedByName answeredByName version }
        feedback { id satisfaction comment party { name } }
        timeline(first: 100) { nodes { seq at type label actorName } }
      }
    }
  }
`);
const PartiesFull = graphql(`
  query CasePartiesFull($id: ID!) { node(id: $id) { ... on Case { parties { id idNumber phone } } } }
`);
const CaseLive = graphql(`
  subscription CasePageEvents($caseId: ID!, $after: String) { caseEvents(caseId: $caseId, after: $after) { cursor seq } }
`);

const DOCUMENTS: [string, string][] = [
  ['acceptance-notice', '受理告知书'], ['intake-form', '受理登记单'], ['dispatch-form', '分流交办单'], ['supervision-form', '督办单'],
  ['feedback-form', '办理反馈单'], ['reminder-letter', '提醒函'], ['supervision-letter', '督办函'],
];

export default function CasePage(props: { id: string; user: SessionUser }) {
  const q = useLoad(() => request(CaseDetail, { id: props.id }), [props.id]);
  const [full, setFull] = useState<Map<string, { idNumber?: string | null; phone?: string | null }> | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [docError, setDocError] = useState<string | null>(null);

  useEffect(() => {
    let cursor: string | undefined;
    return live(CaseLive, () => ({ caseId: props.id, after: cursor }), (d) => {
      if (cursor !== undefined || d.caseEvents.cursor) q.reload();
      cursor = d.caseEvents.cursor;
    });
  }, [props.id]);

  if (q.error) return <p class="error">{q.error}</p>;
  if (!q.data) return <p class="loading">加载中…</p>;
  const c = nodeWith(q.data.node, 'number');
  if (!c) return <p>案件不存在，或您无权查看。</p>;

  const showFull = async (e: Event) => {
    e.preventDefault();
    if (reason.trim().length < 2) return setReasonError('请说明查看事由（将记入个人信息查看记录）');
    const d = await request(PartiesFull, { id: props.id }, { reason: reason.trim() });
    const parties = nodeWith(d.node, 'parties')?.parties ?? [];
    setFull(new Map(parties.map((p) => [p.id, p])));
    setAsking(false);
    setReasonError(null);
  };

  return (
    <article class="case-page" data-case={c.number}>
      <header class="case-head">
        <h1>{c.title} <Status status={c.status} /></h1>
        <p class="meta">
          <span data-testid="case-number">{c.number}</span> · {KIND_ZH[c.kind]} · {c.category.nameZh} · {CHANNEL_ZH[c.channel]} · {c.center.name}
          · 查询码 <code>{c.trackingCode}</code>
          {c.overdue && <span class="tag overdue">超期</span>}
          {c.supervisions.some((s) => s.open) && <span class="tag supervised">督办中</span>}
          {c.riskLevel !== 'NONE' && <span class={`tag risk r-${c.riskLevel.toLowerCase()}`}>风险{RISK_ZH[c.riskLevel]}{c.riskReason ? `：${c.riskReason}` : ''}</span>}
        </p>
        <button type="button" onClick={q.reload}>刷新</button>
      </header>

      <div class="case-grid">
        <section class="panel">
          <h2>基本情况</h2>
          <dl class="facts">
            <dt>事由</dt><dd>{c.description}</dd>
            {c.place && <><dt>地点</dt><dd>{c.place}</dd></>}
            <dt>争议金额</dt><dd>{fmtMoney(c.amount)}</dd>
            <dt>涉及人数</dt><dd>{c.headcount}</dd>
            <dt>受理时间</dt><dd>{fmtTime(c.receivedAt)}</dd>
            <dt>受理告知期限</dt><dd>{fmtDate(c.acceptDueDate)}</dd>
            <dt>办结期限</dt><dd>{fmtDate(c.dueDate)}{c.extendedDays > 0 && `（已延期${c.extendedDays}天）`}</dd>
            <dt>牵头</dt><dd>{c.leadAgency?.shortName ?? '—'}</dd>
            <dt>调解员</dt><dd>{c.mediator?.name ?? '—'}</dd>
            {c.outcomeNote && <><dt>结果</dt><dd>{c.outcomeNote}</dd></>}
          </dl>
        </section>

        <section class="panel" aria-labelledby="parties-h">
          <h2 id="parties-h">当事人</h2>
          <table class="parties">
            <thead><tr><th>角色</th><th>姓名/名称</th><th>人数</th><th>证件号</th><th>手机号</th></tr></thead>
            <tbody>{c.parties.map((p) => (
              <tr data-party={p.name}>
                <td>{PARTY_ROLE_ZH[p.role]}</td><td>{p.name}</td><td>{p.headcount}</td>
                <td class="pii">{full ? full.get(p.id)?.idNumber ?? '—' : '已隐藏'}</td>
                <td class="pii">{full ? full.get(p.id)?.phone ?? '—' : '已隐藏'}</td>
              </tr>
            ))}</tbody>
          </table>
          {!full && !asking && <button type="button" onClick={() => setAsking(true)}>显示完整信息</button>}
          {asking && (
            <form onSubmit={(e) => void showFull(e)} class="reason-form" aria-label="查看完整个人信息">
              <Field label="查看事由（记入审计）" error={reasonError ?? undefined}>
                {(id, d) => <input id={id} name="reason" aria-describedby={d} value={reason} onInput={(e) => setReason(e.currentTarget.value)} autoFocus />}
              </Field>
              <button type="submit" class="primary">查看</button> <button type="button" onClick={() => setAsking(false)}>取消</button>
            </form>
          )}
          {full && <button type="button" onClick={() => setFull(null)}>重新隐藏</button>}
        </section>

        <section class="panel">
          <h2>分流交办</h2>
          <ul>{c.assignments.map((a) => <li>{ASSIGNMENT_ROLE_ZH[a.role]}：{a.agency?.shortName}{a.mediator && ` · ${a.mediator.name}`} <small class="muted">{fmtTime(a.assignedAt)}</small></li>)}</ul>
          <h3>文书（一书四单两函）</h3>
          {docError && <p class="error" role="alert">{docError}</p>}
          <ul class="docs">{DOCUMENTS.map(([kind, label]) => (
            <li><button type="button" class="link" data-doc={kind} onClick={() => {
              setDocError(null);
              openProtected(`/documents/cases/${encodeURIComponent(c.id)}/${kind}`).catch((e: unknown) => setDocError(String(e instanceof Error ? e.message : e)));
            }}>{label}</button></li>
          ))}</ul>
        </section>

        <section class="panel" aria-labelledby="handling-h">
          <h2 id="handling-h">办理情况</h2>
          <h3>调解记录</h3>
          {c.sessions.length === 0 ? <p class="muted">尚无</p> : <ul class="sessions">{c.sessions.map((s) => (
            <li data-testid="session"><strong>{METHOD_ZH[s.method]}</strong> {fmtTime(s.heldAt)} · {s.mediator?.name ?? s.recordedByName}<br />参加：{s.participants}<br />{s.notes}</li>
          ))}</ul>}
          <h3>调解协议</h3>
          {c.agreement ? (
            <div data-testid="agreement">
              <p>{c.agreement.terms}（{fmtDate(c.agreement.effectiveDate)}生效）</p>
              <p>总额 {fmtMoney(c.agreement.totalAmount)} · 已履行 {fmtMoney(c.agreement.paidAmount)} · 未履行 {fmtMoney(c.agreement.outstandingAmount)} {c.agreement.overdue && <span class="tag overdue">逾期</span>}</p>
              {c.agreement.instalments.length > 0 && <table><thead><tr><th>期</th><th>到期</th><th>金额</th><th>已付</th><th></th></tr></thead><tbody>
                {c.agreement.instalments.map((i) => <tr><td>{i.seq}</td><td>{fmtDate(i.dueDate)}</td><td>{fmtMoney(i.amount)}</td><td>{fmtMoney(i.paidAmount)}</td><td>{i.paid ? '已付清' : i.overdue ? '逾期' : ''}</td></tr>)}
              </tbody></table>}
              {c.agreement.payments.length > 0 && <ul>{c.agreement.payments.map((p) => <li>履行 {fmtMoney(p.amount)} · {fmtDate(p.paidDate)} {p.note}</li>)}</ul>}
              {c.agreement.confirmations.map((j) => <p>司法确认（{j.court.shortName}）：{j.result === 'PENDING' ? `待裁定，${fmtDate(j.decisionDueDate)}前` : j.result === 'CONFIRMED' ? '已确认' : '不予确认'}</p>)}
            </div>
          ) : <p class="muted">尚无</p>}
          {c.extensionRequests.length > 0 && <><h3>延期申请</h3><ul>{c.extensionRequests.map((x) => <li>{x.days}天 · {x.reason} · {x.status === 'PENDING' ? '待审批' : x.status === 'APPROVED' ? `已批准（${x.decidedByName}）` : `未批准（${x.decidedByName}）`}</li>)}</ul></>}
          {c.supervisions.length > 0 && <><h3>督办</h3><ul>{c.supervisions.map((s) => <li class={s.open ? 'open' : ''}>{s.instructions}（{s.raisedByName ?? '系统'}，{fmtDate(s.responseDueDate)}前答复）{s.response ? ` → ${s.response}` : ' · 待答复'}</li>)}</ul></>}
          {c.feedback.length > 0 && <><h3>回访</h3><ul>{c.feedback.map((f) => <li>{f.party.name}：{SATISFACTION_ZH[f.satisfaction]} {f.comment}</li>)}</ul></>}
        </section>
      </div>

      <section class="panel" aria-labelledby="actions-h">
        <h2 id="actions-h">办理</h2>
        <CaseActions c={c} user={props.user} reload={q.reload} />
      </section>

      <section class="panel" aria-labelledby="timeline-h">
        <h2 id="timeline-h">时间线</h2>
        <ol class="timeline" data-testid="timeline">
          {c.timeline.nodes.map((e) => <li data-type={e.type}><time>{fmtTime(e.at)}</time> <strong>{e.label}</strong> <span class="muted">{e.actorName}</span></li>)}
        </ol>
      </section>
    </article>
  );
}
