/** Ledger (台账): period and breakdown pickers, figures, charts, and the xlsx/csv downloads. */
import { useMemo, useState } from 'preact/hooks';
import { openProtected, request, type SessionUser } from '../api.js';
import { barOption, Chart, rateOption } from '../charts.js';
import { graphql } from '../gql/index.js';
import { Field, pct, todayShanghai, useLoad } from '../ui.js';

const LedgerQuery = graphql(`
  query LedgerPage($centerId: ID, $period: LedgerPeriodInput!, $groupBy: LedgerDimension) {
    ledger(centerId: $centerId, period: $period, groupBy: $groupBy) {
      from to
      totals { received dispatched resolved failed open overdue supervisions resolutionRate satisfactionRate dispatchedWithin15MinutesRate }
      groups { key label figures { received dispatched resolved failed open overdue resolutionRate } }
    }
  }
`);
const KINDS: [string, string][] = [['MONTH', '月'], ['WEEK', '周'], ['DAY', '日'], ['YEAR', '年'], ['CUSTOM', '自定义']];
const DIMS: [string, string][] = [['CATEGORY', '按类别'], ['AGENCY', '按部门'], ['CHANNEL', '按渠道'], ['KIND', '按种类'], ['RISK', '按风险'], ['CENTER', '按中心']];

export default function Ledger(props: { user: SessionUser }) {
  const centerId = props.user.homeCenter.id;
  const [kind, setKind] = useState('MONTH');
  const [date, setDate] = useState(todayShanghai());
  const [from, setFrom] = useState(`${todayShanghai().slice(0, 7)}-01`);
  const [to, setTo] = useState(todayShanghai());
  const [groupBy, setGroupBy] = useState('CATEGORY');
  const [error, setError] = useState<string | null>(null);
  const period = kind === 'CUSTOM' ? { kind: 'CUSTOM' as const, from, to } : { kind: kind as 'MONTH', date };
  const q = useLoad(() => request(LedgerQuery, { centerId, period, groupBy: groupBy as 'CATEGORY' }), [kind, date, from, to, groupBy]);
  const l = q.data?.ledger;
  const bars = useMemo(() => l && barOption(l.groups.map((g) => g.label), [
    { name: '受理', data: l.groups.map((g) => g.figures.received) }, { name: '化解', data: l.groups.map((g) => g.figures.resolved) },
    { name: '超期', data: l.groups.map((g) => g.figures.overdue) }]), [l]);
  const rate = useMemo(() => rateOption(l?.totals.resolutionRate), [l]);
  const download = (format: 'xlsx' | 'csv') => {
    setError(null);
    const qs = new URLSearchParams({ period: JSON.stringify(period), centerId });
    openProtected(`/exports/ledger.${format}?${qs}`, { download: `台账-${l?.from ?? ''}至${l?.to ?? ''}.${format}` }).catch((e: unknown) => setError(String(e)));
  };
  return (
    <div class="ledger">
      <h1>台账 · {props.user.homeCenter.name}</h1>
      <div class="controls">
        <Field label="期间">{(id) => <select id={id} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>{KINDS.map(([k, v]) => <option value={k}>{v}</option>)}</select>}</Field>
        {kind === 'CUSTOM' ? <>
          <Field label="从">{(id) => <input id={id} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />}</Field>
          <Field label="至">{(id) => <input id={id} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />}</Field>
        </> : <Field label="日期（所在期间）">{(id) => <input id={id} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />}</Field>}
        <Field label="分组">{(id) => <select id={id} value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value)}>{DIMS.map(([k, v]) => <option value={k}>{v}</option>)}</select>}</Field>
        <button type="button" onClick={() => download('xlsx')}>下载 Excel</button>
        <button type="button" onClick={() => download('csv')}>下载 CSV</button>
      </div>
      {(q.error || error) && <p class="error" role="alert">{q.error ?? error}</p>}
      {l && <>
        <p class="muted">{l.from} 至 {l.to}</p>
        <dl class="counts" data-testid="ledger-totals">
          {([['受理', l.totals.received], ['分流', l.totals.dispatched], ['化解', l.totals.resolved], ['调解不成', l.totals.failed], ['在办', l.totals.open], ['超期', l.totals.overdue], ['督办', l.totals.supervisions],
            ['化解率', pct(l.totals.resolutionRate)], ['满意率', pct(l.totals.satisfactionRate)], ['15分钟分流率', pct(l.totals.dispatchedWithin15MinutesRate)]] as [string, string | number][]).map(([k, v]) => <div><dt>{k}</dt><dd>{v}</dd></div>)}
        </dl>
        <div class="charts">
          <section class="panel">{bars && <Chart option={bars} label="分组统计图" />}</section>
          <section class="panel"><Chart option={rate} label="化解率" /></section>
        </div>
        <table class="cases"><thead><tr><th>分组</th><th>受理</th><th>分流</th><th>化解</th><th>调解不成</th><th>在办</th><th>超期</th><th>化解率</th></tr></thead>
          <tbody>{l.groups.map((g) => <tr><td>{g.label}</td><td>{g.figures.received}</td><td>{g.figures.dispatched}</td><td>{g.figures.resolved}</td><td>{g.figures.failed}</td><td>{g.figures.open}</td><td>{g.figures.overdue}</td><td>{pct(g.figures.resolutionRate)}</td></tr>)}</tbody>
        </table>
      </>}
    </div>
  );
}
