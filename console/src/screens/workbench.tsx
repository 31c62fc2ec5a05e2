/**
 * Dispatcher's workbench (受理分流台): take a case in, see what waits for dispatch and for how long,
 * read the routing rule's suggestion with the ranked mediators, and dispatch in one step.
 */
import { useEffect, useState } from 'preact/hooks';
import { live, request, type SessionUser } from '../api.js';
import { graphql } from '../gql/index.js';
import { onLink } from '../router.js';
import { fmtMoney, fmtTime, fmtWait, LiveDot, RISK_ZH, useLoad, useTick } from '../ui.js';
import { IntakeForm } from './intake-form.js';
import { DispatchPanel } from './dispatch-panel.js';

const Queue = graphql(`
  query WorkbenchQueue($filter: CaseFilter) {
    cases(first: 100, filter: $filter) {
      totalCount
      nodes { id number title status receivedAt riskLevel amount headcount version category { nameZh } center { name } }
    }
  }
`);
const CenterLive = graphql(`
  subscription WorkbenchEvents($centerId: ID!, $after: String) {
    centerEvents(centerId: $centerId, after: $after) { cursor type caseId }
  }
`);

export default function Workbench(props: { user: SessionUser }) {
  const centerId = props.user.homeCenter.id;
  const queue = useLoad(() => request(Queue, { filter: { statuses: ['RECEIVED'], centerSubtreeOf: centerId } }), [centerId]);
  const [selected, setSelected] = useState<string | null>(null);
  const [state, setState] = useState('connecting');
  const now = useTick(30_000);

  // Any case event of the center (a colleague's intake or dispatch) refreshes the queue.
  useEffect(() => {
    let cursor: string | undefined;
    return live(CenterLive, () => ({ centerId, after: cursor }), (d) => {
      cursor = d.centerEvents.cursor;
      queue.reload();
    }, setState);
  }, [centerId]);

  const nodes = queue.data?.cases.nodes ?? [];
  // The queue is oldest first: whoever waited longest is served first.
  const waiting = [...nodes].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const current = waiting.find((c) => c.id === selected);
  return (
    <div class="workbench">
      <section class="panel intake" aria-labelledby="intake-h">
        <h2 id="intake-h">受理登记</h2>
        <IntakeForm user={props.user} onCreated={(id) => {
          queue.reload();
          setSelected(id);
        }} />
      </section>
      <section class="panel queue" aria-labelledby="queue-h">
        <h2 id="queue-h">待分流 <span class="count" data-testid="queue-count">{queue.data?.cases.totalCount ?? '…'}</span> <LiveDot state={state} /></h2>
        {queue.error && <p class="error">{queue.error}</p>}
        <ul class="queue-list">
          {waiting.map((c) => (
            <li key={c.id} class={c.id === selected ? 'selected' : ''}>
              <button type="button" class="queue-item" onClick={() => setSelected(c.id)} aria-pressed={c.id === selected} data-case={c.number}>
                <span class="num">{c.number}</span>
                <strong>{c.title}</strong>
                <span class="meta">{c.category.nameZh} · {fmtMoney(c.amount)} · {c.headcount}人 {c.riskLevel !== 'NONE' && <span class={`risk r-${c.riskLevel.toLowerCase()}`}>风险{RISK_ZH[c.riskLevel]}</span>}</span>
                <span class="wait" title={`受理于 ${fmtTime(c.receivedAt)}`}>已等待 {fmtWait(now - Date.parse(c.receivedAt))}</span>
              </button>
            </li>
          ))}
          {queue.data && waiting.length === 0 && <li class="empty">没有待分流的案件</li>}
        </ul>
      </section>
      <section class="panel dispatch" aria-labelledby="dispatch-h">
        <h2 id="dispatch-h">分流</h2>
        {current ? (
          <>
            <p><a href={`/cases/${current.id}`} onClick={onLink}>{current.number} {current.title}</a></p>
            <DispatchPanel key={current.id} caseId={current.id} version={current.version} centerId={centerId} onDone={() => {
              setSelected(null);
              queue.reload();
            }} />
          </>
        ) : <p class="muted">从左侧选择一件待分流的案件</p>}
      </section>
    </div>
  );
}
