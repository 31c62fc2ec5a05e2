/**
 * Leader's view (领导督办): supervision alerts as they are raised, overdue and supervised cases, extension
 * requests waiting for a decision, and manual supervision with instructions.
 */
import { useEffect, useState } from 'preact/hooks';
import { live, request, type SessionUser } from '../api.js';
import { ActionForm } from '../action-form.js';
import { graphql } from '../gql/index.js';
import { onLink } from '../router.js';
import { fmtTime, LiveDot, useLoad } from '../ui.js';
import { CaseTable, StatusCounts, type ListCaseT } from './case-list.js';

const Attention = graphql(`
  query LeaderAttention($centerId: ID!) {
    open: cases(first: 100, filter: { centerSubtreeOf: $centerId, statuses: [DISPATCHED, IN_PROGRESS] }) {
      nodes { ...ListCase extensionRequests { id days reason status requestedByName } }
    }
  }
`);
const Alerts = graphql(`
  subscription LeaderAlerts($centerId: ID, $after: String) {
    supervisionAlerts(centerId: $centerId, after: $after) { seq cursor at topic type label caseId caseNumber caseTitle }
  }
`);
const Decide = graphql(`mutation LeaderExtensionDecide($input: CaseExtensionDecideInput!) { caseExtensionDecide(input: $input) { case { id } userErrors { field message code } } }`);
const Supervise = graphql(`mutation LeaderSupervise($input: CaseSuperviseInput!) { caseSupervise(input: $input) { case { id } userErrors { field message code } } }`);

export default function Leader(props: { user: SessionUser }) {
  const centerId = props.user.homeCenter.id;
  const q = useLoad(() => request(Attention, { centerId }), [centerId]);
  const [alerts, setAlerts] = useState<{ seq: string; at: string; label: string; caseId?: string | null; caseNumber?: string | null; caseTitle?: string | null }[]>([]);
  const [state, setState] = useState('connecting');
  useEffect(() => {
    let cursor: string | undefined;
    return live(Alerts, () => ({ centerId, after: cursor }), (d) => {
      const e = d.supervisionAlerts;
      cursor = e.cursor;
      if (e.topic === 'SYSTEM') return;
      setAlerts((all) => (all.some((a) => a.seq === e.seq) ? all : [{ seq: e.seq, at: e.at, label: e.label ?? e.type, caseId: e.caseId, caseNumber: e.caseNumber, caseTitle: e.caseTitle }, ...all].slice(0, 100)));
      q.reload();
    }, setState, () => q.reload());
  }, [centerId]);

  const cases = (q.data?.open.nodes ?? []) as (ListCaseT & { extensionRequests: { id: string; days: number; reason: string; status: string; requestedByName?: string | null }[] })[];
  const attention = cases.filter((c) => c.overdue || c.supervisions.some((s) => s.open) || c.riskLevel === 'HIGH');
  const pending = cases.flatMap((c) => c.extensionRequests.filter((x) => x.status === 'PENDING').map((x) => ({ c, x })));
  return (
    <div class="dashboard">
      <h1>领导督办 · {props.user.homeCenter.name}</h1>
      <StatusCounts cases={cases} />
      <div class="board">
        <div>
          <section class="panel"><h2>需关注的案件（超期、督办、高风险）</h2><CaseTable cases={attention} /></section>
          <section class="panel">
            <h2>待审批的延期申请 <span class="count">{pending.length}</span></h2>
            {pending.map(({ c, x }) => (
              <ActionForm key={`${x.id}-${c.version}`} title={`${c.number} ${c.title}：延期${x.days}天（${x.reason}）`} submitLabel="提交审批"
                inputs={[{ name: 'approve', label: '决定', type: 'select', options: [['true', '批准'], ['false', '不批准']] }, { name: 'note', label: '意见', optional: true }]}
                onSubmit={async (v) => (await request(Decide, { input: { requestId: x.id, version: c.version, approve: v.approve === 'true', note: v.note || null } })).caseExtensionDecide.userErrors}
                onDone={q.reload} onReload={q.reload} />
            ))}
            {pending.length === 0 && <p class="muted">没有待审批的延期申请</p>}
          </section>
          <section class="panel">
            <h2>人工督办</h2>
            {cases.slice(0, 30).map((c) => (
              <ActionForm key={`${c.id}-${c.version}`} title={`督办 ${c.number} ${c.title}`} submitLabel="发出督办"
                inputs={[{ name: 'instructions', label: '督办要求', type: 'textarea' }, { name: 'responseDueDate', label: '答复期限', type: 'date' }]}
                onSubmit={async (v) => (await request(Supervise, { input: { id: c.id, version: c.version, instructions: v.instructions!, responseDueDate: v.responseDueDate! } })).caseSupervise.userErrors}
                onDone={q.reload} onReload={q.reload} />
            ))}
          </section>
        </div>
        <section class="panel feed">
          <h2>督办提醒 <LiveDot state={state} /></h2>
          <ol class="feed-list" data-testid="alerts">
            {alerts.map((a) => <li key={a.seq}><time>{fmtTime(a.at)}</time> {a.label} {a.caseId && <a href={`/cases/${a.caseId}`} onClick={onLink}>{a.caseNumber} {a.caseTitle}</a>}</li>)}
            {alerts.length === 0 && <li class="muted">暂无新的督办提醒</li>}
          </ol>
        </section>
      </div>
    </div>
  );
}
