/** Roster actions beside the calendar: generate, leave, swaps, publish, iCal links. */
import { useState } from 'preact/hooks';
import { request, type SessionUser, type UserError } from '../api.js';
import { ActionForm } from '../action-form.js';
import { graphql } from '../gql/index.js';
import { SLOT_ZH } from './public-duties.js';
import { RosterSwaps } from './roster-swaps.js';

const Generate = graphql(`mutation RosterGenerate($input: DutyGenerateInput!) { dutyGenerate(input: $input) { duties { id } userErrors { field message code } } }`);
const Leave = graphql(`mutation RosterLeave($input: LeaveCreateInput!) { leaveCreate(input: $input) { leave { id } userErrors { field message code } } }`);
const SwapRequest = graphql(`mutation RosterSwapRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id version status } userErrors { field message code } } }`);
const Publish = graphql(`mutation RosterPublish($input: RotaPublishInput!) { rotaPublish(input: $input) { publication { number duties gapsAcknowledged } userErrors { field message code } } }`);

interface DutyT { id: string; date: string; kind: string; leaderName: string; leaderId: string; slot: string }

export function RosterTools(props: { user: SessionUser; centerId: string; divisionCode: string; from: string; to: string; leaders: [string, string][]; duties: DutyT[]; publication: number; reload: () => void }) {
  const { centerId } = props;
  const [swapsAsked, setSwapsAsked] = useState(0);
  const [published, setPublished] = useState<string | null>(null);
  const [needsAck, setNeedsAck] = useState(false);
  const dutyOptions = props.duties.map((d) => [d.id, `${d.date} ${d.kind === 'RECEPTION' ? '接访' : '楼长'} ${d.leaderName}`] as [string, string]);
  const origin = location.origin;
  const links: [string, string][] = [[`${origin}/calendar/centers/${props.divisionCode}.ics`, '本中心值班表'],
    ...props.leaders.map(([id, name]) => [`${origin}/calendar/people/${encodeURIComponent(id)}.ics`, name] as [string, string])];

  return (
    <div class="roster-tools">
      <section class="panel">
        <h2>发布</h2>
        <ActionForm key={`pub-${props.publication}-${needsAck}-${props.from}-${props.to}`} title={`发布 ${props.from} 至 ${props.to}`} submitLabel="发布排班" open
          inputs={[{ name: 'startDate', label: '开始', type: 'date', initial: props.from }, { name: 'endDate', label: '结束', type: 'date', initial: props.to },
            ...(needsAck ? [{ name: 'acknowledgeGaps', label: '存在空档，仍然发布', type: 'checkbox' as const }] : [])]}
          onSubmit={async (v) => {
            const r = (await request(Publish, { input: { centerId, startDate: v.startDate!, endDate: v.endDate!, expectedPublication: props.publication, acknowledgeGaps: v.acknowledgeGaps === 'true' } })).rotaPublish;
            if (r.userErrors.some((e) => e.field.at(-1) === 'acknowledgeGaps')) setNeedsAck(true);
            if (r.publication) setPublished(`已发布第 ${r.publication.number} 版，共 ${r.publication.duties} 项值班${r.publication.gapsAcknowledged ? `，确认空档 ${r.publication.gapsAcknowledged} 处` : ''}`);
            return r.userErrors;
          }} onDone={() => {
            setNeedsAck(false);
            props.reload();
          }} onReload={props.reload} />
        {published && <p class="banner ok" role="status" data-testid="published">{published}</p>}
      </section>
      <section class="panel">
        <h2>排班工具</h2>
        <ActionForm key={`gen-${props.from}-${props.to}`} title="按规则生成" submitLabel="生成"
          inputs={[{ name: 'kind', label: '类型', type: 'select', options: [['RECEPTION', '领导接访'], ['BUILDING_MANAGER', '当日楼长']] },
            { name: 'cadence', label: '规则', type: 'select', options: [['WORKING_DAYS', '工作日轮流'], ['EVERY_DAY', '每天轮流'], ['WEEKLY', '每周轮流']] },
            { name: 'startDate', label: '开始', type: 'date', initial: props.from }, { name: 'endDate', label: '结束', type: 'date', initial: props.to },
            { name: 'userIds', label: `轮值领导（依次，逗号分隔序号：${props.leaders.map(([, n], i) => `${i + 1}=${n}`).join('，')}）`, initial: props.leaders.map((_, i) => i + 1).join(',') },
            { name: 'slot', label: '时段', type: 'select', options: Object.entries(SLOT_ZH) }, { name: 'room', label: '地点', optional: true }]}
          onSubmit={async (v): Promise<UserError[]> => {
            const userIds = v.userIds!.split(/[,，\s]+/).map((n) => props.leaders[Number(n) - 1]?.[0]).filter((x): x is string => !!x);
            return (await request(Generate, { input: { centerId, kind: v.kind as never, cadence: v.cadence as never, startDate: v.startDate!, endDate: v.endDate!, userIds, slot: v.slot as never, room: v.room || null } })).dutyGenerate.userErrors;
          }} onDone={props.reload} onReload={props.reload} />
        <ActionForm title="登记请假" submitLabel="保存请假"
          inputs={[{ name: 'userId', label: '领导', type: 'select', options: props.leaders }, { name: 'startDate', label: '开始', type: 'date' },
            { name: 'endDate', label: '结束', type: 'date' }, { name: 'reason', label: '事由' }]}
          onSubmit={async (v) => (await request(Leave, { input: { userId: v.userId!, startDate: v.startDate!, endDate: v.endDate!, reason: v.reason! } })).leaveCreate.userErrors}
          onDone={props.reload} onReload={props.reload} />
        <ActionForm title="申请换班" submitLabel="提交换班申请"
          inputs={[{ name: 'fromDutyId', label: '原值班', type: 'select', options: dutyOptions }, { name: 'toDutyId', label: '换成', type: 'select', options: dutyOptions },
            { name: 'reason', label: '事由', optional: true }]}
          onSubmit={async (v) => {
            const r = (await request(SwapRequest, { input: { fromDutyId: v.fromDutyId!, toDutyId: v.toDutyId!, reason: v.reason || null } })).dutySwapRequest;
            if (r.swap) setSwapsAsked((n) => n + 1);
            return r.userErrors;
          }} onDone={() => undefined} onReload={props.reload} />
        <RosterSwaps centerId={centerId} user={props.user} refresh={swapsAsked} reload={props.reload} />
      </section>
      <section class="panel">
        <h2>日历订阅（iCal）</h2>
        <ul class="ical">{links.map(([url, label]) => (
          <li><span>{label}</span> <input readOnly value={url} aria-label={`${label} iCal 链接`} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void navigator.clipboard?.writeText(url)}>复制</button></li>
        ))}</ul>
      </section>
    </div>
  );
}
