/**
 * Big screen for the center's hall (1920×1080), live without reloading: today's leaders and 楼长
 * (`todayDuties`), agencies present today, live counters (`ledgerCounters`), this month's charts, and
 * the latest assignments (`centerEvents`). Lists are capped, charts update in place: memory stays flat.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { live, request, type SessionUser } from '../api.js';
import { barOption, Chart, rateOption } from '../charts.js';
import { graphql } from '../gql/index.js';
import type { BigScreenCountersSubscription, BigScreenDutiesSubscription } from '../gql/graphql.js';
import { fmtTime, LiveDot, todayShanghai } from '../ui.js';
import { SLOT_ZH } from './public-duties.js';

const Counters = graphql(`
  subscription BigScreenCounters($centerId: ID) {
    ledgerCounters(centerId: $centerId) { at openNow overdueNow highRiskOpenNow supervisionsOpenNow today { received dispatched resolved } thisYear { received resolutionRate } }
  }
`);
const Duties = graphql(`subscription BigScreenDuties($centerId: ID!) { todayDuties(centerId: $centerId) { date duties { kind slot name title room } } }`);
const Events = graphql(`subscription BigScreenEvents($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { seq cursor at topic type label caseNumber caseTitle } }`);
const Month = graphql(`
  query BigScreenMonth($centerId: ID, $date: Date!, $today: Date!) {
    byCategory: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: CATEGORY) { totals { received resolved resolutionRate } groups { label figures { received } } }
    byAgency: ledger(centerId: $centerId, period: { kind: MONTH, date: $date }, groupBy: AGENCY) { groups { label figures { received } } }
    stationings(first: 50, filter: { centerId: $centerId, activeOn: $today }) { nodes { id mode windowNumber agency { shortName } } }
  }
`);
const Presence = graphql(`query BigScreenPresence($id: ID!, $day: Date!) { presenceDays(stationingId: $id, from: $day, to: $day) }`);

const LATEST = 12;
type EventItem = { seq: string; at: string; label: string };

export default function BigScreen(props: { user: SessionUser }) {
  const centerId = props.user.homeCenter.id;
  const today = todayShanghai();
  const [counters, setCounters] = useState<BigScreenCountersSubscription['ledgerCounters'] | null>(null);
  const [duties, setDuties] = useState<BigScreenDutiesSubscription['todayDuties'] | null>(null);
  const [events, setEvents] = useState<EventItem[]>([]);
  const [month, setMonth] = useState<Awaited<ReturnType<typeof loadMonth>> | null>(null);
  const [state, setState] = useState('connecting');
  const loadMonth = async () => {
    const m = await request(Month, { centerId, date: today, today });
    // Rotating agencies count as present only on their scheduled days.
    const present = await Promise.all(m.stationings.nodes.map(async (s) => s.mode === 'RESIDENT' || (await request(Presence, { id: s.id, day: today })).presenceDays.includes(today)));
    return { ...m, present: m.stationings.nodes.filter((_, i) => present[i]) };
  };

  useEffect(() => {
    let cursor: string | undefined;
    const stops = [
      live(Counters, () => ({ centerId }), (d) => {
        setCounters(d.ledgerCounters);
        // The counters move when cases change: the month's figures are read again then.
        void loadMonth().then(setMonth, () => undefined);
      }, setState),
      live(Duties, () => ({ centerId }), (d) => setDuties(d.todayDuties)),
      live(Events, () => ({ centerId, after: cursor }), (d) => {
        const e = d.centerEvents;
        cursor = e.cursor;
        if (e.topic === 'SYSTEM') return;
        setEvents((all) => (all.some((x) => x.seq === e.seq) ? all : [{ seq: e.seq, at: e.at, label: `${e.label ?? e.type} · ${e.caseNumber ?? ''} ${e.caseTitle ?? ''}` }, ...all].slice(0, LATEST)));
      }),
    ];
    void loadMonth().then(setMonth, () => undefined);
    return () => stops.forEach((s) => s());
  }, [centerId]);

  const categoryChart = useMemo(() => month && barOption(month.byCategory.groups.map((g) => g.label), [{ name: '受理', data: month.byCategory.groups.map((g) => g.figures.received) }], true), [month]);
  const agencyChart = useMemo(() => month && barOption(month.byAgency.groups.map((g) => g.label), [{ name: '交办', data: month.byAgency.groups.map((g) => g.figures.received) }], true), [month]);
  const rateChart = useMemo(() => rateOption(month?.byCategory.totals.resolutionRate, true), [month]);
  const figures: [string, number | string | undefined][] = [
    ['今日受理', counters?.today.received], ['今日分流', counters?.today.dispatched], ['在办', counters?.openNow],
    ['超期', counters?.overdueNow], ['高风险', counters?.highRiskOpenNow], ['督办中', counters?.supervisionsOpenNow],
  ];
  return (
    <div class="big" data-testid="big-screen">
      <div>
        <h1>{props.user.homeCenter.name} · 矛盾纠纷多元化解</h1>
        <p class="sub">{today} · 受理 → 分流 → 办理 → 督办 → 反馈 <LiveDot state={state} /></p>
      </div>
      <dl class="counters">
        {figures.map(([label, value]) => <div class="counter"><dt>{label}</dt><dd data-counter={label}>{value ?? '—'}</dd></div>)}
      </dl>
      <div class="cols">
        <div class="box">
          <h2>今日值班</h2>
          <ul data-testid="today-duties">
            {duties?.duties.map((d) => <li>{d.kind === 'BUILDING_MANAGER' ? '当日楼长' : `领导接访·${SLOT_ZH[d.slot]}`}：<strong>{d.name}</strong> {d.title}</li>)}
            {duties && duties.duties.length === 0 && <li>今日无值班安排</li>}
          </ul>
          <h2 style="margin-top:16px">今日在岗部门</h2>
          <ul>{month?.present.map((s) => <li>{s.agency.shortName}{s.windowNumber && ` · ${s.windowNumber}`}{s.mode !== 'RESIDENT' && '（轮驻）'}</li>)}</ul>
        </div>
        <div class="box">
          <h2>本月受理（按类别）</h2>
          {categoryChart && <Chart option={categoryChart} label="本月受理按类别" dark />}
          <h2>本月交办（按部门）</h2>
          {agencyChart && <Chart option={agencyChart} label="本月交办按部门" dark />}
        </div>
        <div class="box">
          <h2>本月化解率</h2>
          <Chart option={rateChart} label="本月化解率" dark class="chart rate" />
          <h2>最新动态</h2>
          <ul data-testid="latest">{events.map((e) => <li key={e.seq}><small>{fmtTime(e.at).slice(11)}</small> {e.label}</li>)}</ul>
        </div>
      </div>
    </div>
  );
}
