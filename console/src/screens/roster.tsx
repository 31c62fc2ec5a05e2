/**
 * Scheduler's roster (排班): a month of leader reception (领导接访) and 当日楼长 on the official calendar
 * (holidays and 调休 make-up workdays marked), conflicts and gaps highlighted from `rosterCheck`.
 * Generate from a pattern, edit a day, record leave, request/answer/approve a swap, publish (acknowledging
 * gaps when the hub asks), and copy the iCal links. A plain CSS grid rather than FullCalendar: one month,
 * two kinds of duty and our own markers need no more, and it keeps ~100 KB out of the bundle.
 */
import { useEffect, useState } from 'preact/hooks';
import { live, request, type SessionUser, type UserError } from '../api.js';
import { ActionForm } from '../action-form.js';
import { graphql } from '../gql/index.js';
import { useLoad } from '../ui.js';
import { SLOT_ZH } from './public-duties.js';
import { RosterTools } from './roster-tools.js';

const Month = graphql(`
  query RosterMonth($centerId: ID!, $from: Date!, $to: Date!, $pastFrom: Date!) {
    duties(centerId: $centerId, from: $from, to: $to) { id version date kind slot leaderId leaderName leaderTitle manual room topics }
    known: duties(centerId: $centerId, from: $pastFrom, to: $to) { leaderId leaderName leaderTitle }
    calendarDays(from: $from, to: $to) { date kind name }
    rosterCheck(centerId: $centerId, from: $from, to: $to) { date kind message }
    rotaPublicationNumber(centerId: $centerId)
  }
`);
const SetDuty = graphql(`mutation RosterDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field message code } } }`);
/** rosterCheck kinds shown in red: one person in two places, two duties in one slot. */
const CLASHES = new Set(['CONFLICT', 'DOUBLE']);
const Changes = graphql(`subscription RosterLive($centerId: ID!, $after: String) { rosterChanges(centerId: $centerId, after: $after) { cursor type } }`);

export const KIND_LABEL: Record<string, string> = { RECEPTION: '接访', BUILDING_MANAGER: '楼长' };
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const shiftMonth = (ym: string, by: number) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
};

export default function Roster(props: { user: SessionUser }) {
  const centerId = props.user.homeCenter.id;
  const [month, setMonth] = useState(() => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7));
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const from = `${month}-01`;
  const to = iso(y, m, days);
  const q = useLoad(() => request(Month, { centerId, from, to, pastFrom: `${shiftMonth(month, -3)}-01` }), [centerId, month]);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let cursor: string | undefined;
    return live(Changes, () => ({ centerId, after: cursor }), (d) => {
      if (cursor) q.reload();
      cursor = d.rosterChanges.cursor;
    });
  }, [centerId]);

  const data = q.data;
  const leaders = new Map<string, string>();
  for (const d of data?.known ?? []) leaders.set(d.leaderId, `${d.leaderName}${d.leaderTitle ? `（${d.leaderTitle}）` : ''}`);
  const leaderOptions = [...leaders.entries()] as [string, string][];
  const firstWeekday = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  const cells = [...Array(firstWeekday).fill(null), ...Array.from({ length: days }, (_, i) => iso(y, m, i + 1))] as (string | null)[];
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const sel = selected && data ? data.duties.filter((d) => d.date === selected) : [];

  return (
    <div class="roster">
      <h1>排班 · {props.user.homeCenter.name}</h1>
      <div class="month-nav">
        <button type="button" onClick={() => setMonth(shiftMonth(month, -1))} aria-label="上个月">‹</button>
        <strong data-testid="month">{y}年{m}月</strong>
        <button type="button" onClick={() => setMonth(shiftMonth(month, 1))} aria-label="下个月">›</button>
        <span class="legend"><span class="tag holiday">休</span>法定节假日 <span class="tag makeup">班</span>调休上班 <span class="tag conflict">冲突</span> <span class="tag gap">空档</span></span>
      </div>
      {q.error && <p class="error">{q.error}</p>}
      <div class="calendar" role="grid" aria-label={`${y}年${m}月排班`}>
        {['一', '二', '三', '四', '五', '六', '日'].map((w) => <div class="wd" role="columnheader">星期{w}</div>)}
        {cells.map((date) => {
          if (!date) return <div class="cell empty" />;
          const special = data?.calendarDays.find((c) => c.date === date);
          const issues = data?.rosterCheck.filter((i) => i.date === date) ?? [];
          const duties = data?.duties.filter((d) => d.date === date) ?? [];
          const cls = ['cell', special?.kind === 'HOLIDAY' ? 'holiday' : '', special?.kind === 'MAKEUP_WORKDAY' ? 'makeup' : '',
            issues.some((i) => CLASHES.has(i.kind)) ? 'has-conflict' : '', issues.some((i) => !CLASHES.has(i.kind)) ? 'has-gap' : '',
            date === today ? 'today' : '', date === selected ? 'selected' : ''].filter(Boolean).join(' ');
          return (
            <button type="button" class={cls} data-date={date} onClick={() => setSelected(date)} title={issues.map((i) => i.message).join('\n')}>
              <span class="d">{Number(date.slice(8))}</span>
              {special && <span class={`tag ${special.kind === 'HOLIDAY' ? 'holiday' : 'makeup'}`}>{special.kind === 'HOLIDAY' ? '休' : '班'} {special.name}</span>}
              {duties.map((d) => <span class={`duty k-${d.kind.toLowerCase()}`}>{KIND_LABEL[d.kind]} {d.leaderName}{d.slot !== 'FULL_DAY' ? `·${SLOT_ZH[d.slot]}` : ''}</span>)}
              {issues.map((i) => <span class={`issue ${CLASHES.has(i.kind) ? 'conflict' : 'gap'}`}>{i.message}</span>)}
            </button>
          );
        })}
      </div>

      {selected && data && (
        <section class="panel" aria-labelledby="day-h">
          <h2 id="day-h">{selected} 的值班</h2>
          {sel.map((d) => (
            <ActionForm key={`${d.id}-${d.version}`} title={`${KIND_LABEL[d.kind]}：${d.leaderName}（${SLOT_ZH[d.slot]}）`} submitLabel="保存" open
              inputs={[{ name: 'userId', label: '值班领导', type: 'select', options: leaderOptions, initial: d.leaderId },
                { name: 'slot', label: '时段', type: 'select', options: Object.entries(SLOT_ZH), initial: d.slot },
                { name: 'room', label: '地点', initial: d.room ?? '' }]}
              onSubmit={async (v) => (await request(SetDuty, { input: { id: d.id, version: d.version, centerId, date: d.date, kind: d.kind, userId: v.userId!, slot: v.slot as never, room: v.room || null } })).dutySet.userErrors}
              onDone={q.reload} onReload={q.reload} />
          ))}
          <ActionForm key={`add-${selected}`} title="新增值班" submitLabel="新增"
            inputs={[{ name: 'kind', label: '类型', type: 'select', options: [['RECEPTION', '领导接访'], ['BUILDING_MANAGER', '当日楼长']] },
              { name: 'userId', label: '值班领导', type: 'select', options: leaderOptions },
              { name: 'slot', label: '时段', type: 'select', options: Object.entries(SLOT_ZH) }]}
            onSubmit={async (v): Promise<UserError[]> => (await request(SetDuty, { input: { centerId, date: selected, kind: v.kind as never, userId: v.userId!, slot: v.slot as never } })).dutySet.userErrors}
            onDone={q.reload} onReload={q.reload} />
        </section>
      )}

      {data && <RosterTools user={props.user} centerId={centerId} divisionCode={props.user.homeCenter.divisionCode} from={from} to={to}
        leaders={leaderOptions} duties={data.duties} publication={data.rotaPublicationNumber} reload={q.reload} />}
    </div>
  );
}
