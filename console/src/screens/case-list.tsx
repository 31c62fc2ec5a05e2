/** The case table shared by the agency dashboard, "my cases" and the leader's view. */
import { graphql } from '../gql/index.js';
import { onLink } from '../router.js';
import { fmtDate, fmtTime, RISK_ZH, Status, STATUS_ZH } from '../ui.js';

export const ListCase = graphql(`
  fragment ListCase on Case {
    id number title status riskLevel overdue dueDate receivedAt updatedAt version headcount
    category { nameZh } leadAgency { shortName } mediator { name }
    supervisions { id open }
  }
`);

export interface ListCaseT {
  id: string; number: string; version: number; title: string; status: string; riskLevel: string; overdue: boolean; dueDate?: string | null;
  receivedAt: string; updatedAt: string; headcount: number; category: { nameZh: string };
  leadAgency?: { shortName: string } | null; mediator?: { name: string } | null; supervisions: { id: string; open: boolean }[];
}

export function StatusCounts(props: { cases: ListCaseT[] }) {
  const counts = new Map<string, number>();
  for (const c of props.cases) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const overdue = props.cases.filter((c) => c.overdue).length;
  const supervised = props.cases.filter((c) => c.supervisions.some((s) => s.open)).length;
  return (
    <dl class="counts" data-testid="status-counts">
      {Object.keys(STATUS_ZH).filter((s) => counts.has(s)).map((s) => <div><dt>{STATUS_ZH[s]}</dt><dd data-status={s}>{counts.get(s)}</dd></div>)}
      <div class="warn"><dt>超期</dt><dd data-status="OVERDUE">{overdue}</dd></div>
      <div class="warn"><dt>督办中</dt><dd data-status="SUPERVISED">{supervised}</dd></div>
    </dl>
  );
}

export function CaseTable(props: { cases: ListCaseT[]; highlight?: Set<string> }) {
  if (props.cases.length === 0) return <p class="muted">暂无案件</p>;
  return (
    <table class="cases" data-testid="case-table">
      <thead><tr><th>编号</th><th>标题</th><th>类别</th><th>状态</th><th>牵头</th><th>调解员</th><th>期限</th><th>标记</th></tr></thead>
      <tbody>
        {props.cases.map((c) => (
          <tr key={c.id} data-case={c.number} class={props.highlight?.has(c.id) ? 'fresh' : ''}>
            <td><a href={`/cases/${c.id}`} onClick={onLink}>{c.number}</a></td>
            <td>{c.title} <small class="muted">{c.headcount}人</small></td>
            <td>{c.category.nameZh}</td>
            <td><Status status={c.status} /></td>
            <td>{c.leadAgency?.shortName ?? '—'}</td>
            <td>{c.mediator?.name ?? '—'}</td>
            <td title={`受理 ${fmtTime(c.receivedAt)}`}>{fmtDate(c.dueDate)}</td>
            <td>
              {c.overdue && <span class="tag overdue">超期</span>}
              {c.supervisions.some((s) => s.open) && <span class="tag supervised">督办</span>}
              {(c.riskLevel === 'HIGH' || c.riskLevel === 'MEDIUM') && <span class={`tag risk r-${c.riskLevel.toLowerCase()}`}>风险{RISK_ZH[c.riskLevel]}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
