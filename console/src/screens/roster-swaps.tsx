/**
 * Open swap requests of the center, from `dutySwaps` — so a swap can be answered or approved in any window,
 * not only the one that asked. Schedulers see every open swap; a leader sees the ones they are part of
 * (the hub decides). The other leader answers; a scheduler approves, which changes the rota.
 */
import { useState } from 'preact/hooks';
import { request, type SessionUser, type UserError } from '../api.js';
import { graphql } from '../gql/index.js';
import { useLoad } from '../ui.js';
import { KIND_LABEL } from './roster.js';

const OpenSwaps = graphql(`
  query RosterOpenSwaps($centerId: ID!) {
    dutySwaps(centerId: $centerId, status: [REQUESTED, ACCEPTED], first: 50) {
      nodes { id version status reason createdAt requestedById counterpartId fromDuty { date kind leaderName } toDuty { date kind leaderName } }
    }
  }
`);
const SwapAnswer = graphql(`mutation RosterSwapAnswer($input: DutySwapAnswerInput!) { dutySwapAnswer(input: $input) { swap { id version status } userErrors { field message code } } }`);
const SwapDecide = graphql(`mutation RosterSwapDecide($input: DutySwapAnswerInput!) { dutySwapDecide(input: $input) { swap { id version status } userErrors { field message code } } }`);

const STATUS_ZH: Record<string, string> = { REQUESTED: '待对方同意', ACCEPTED: '对方已同意，待排班员批准' };

export function RosterSwaps(props: { centerId: string; user: SessionUser; refresh: number; reload: () => void }) {
  const q = useLoad(() => request(OpenSwaps, { centerId: props.centerId }), [props.centerId, props.refresh]);
  const [message, setMessage] = useState<string | null>(null);
  const scheduler = props.user.roles.some((r) => r.role === 'SCHEDULER' || r.role === 'ADMIN');

  const act = async (step: Promise<UserError[]>, applied: boolean) => {
    try {
      const errors = await step;
      setMessage(errors.length ? errors.map((e) => e.message).join('；') : null);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
    q.reload();
    if (applied) props.reload();
  };
  const answer = (id: string, version: number, yes: boolean) =>
    act(request(SwapAnswer, { input: { id, version, yes } }).then((r) => r.dutySwapAnswer.userErrors), false);
  const decide = (id: string, version: number, yes: boolean) =>
    act(request(SwapDecide, { input: { id, version, yes } }).then((r) => r.dutySwapDecide.userErrors), yes);

  const swaps = q.data?.dutySwaps.nodes ?? [];
  return (
    <div class="swaps-open" data-testid="open-swaps">
      <h3>待处理的换班申请</h3>
      {q.error && <p class="banner error" role="alert">{q.error}</p>}
      {message && <p class="banner error" role="alert">{message}</p>}
      {q.data && swaps.length === 0 && <p class="muted">暂无待处理的换班申请</p>}
      {swaps.length > 0 && <ul class="swaps">{swaps.map((s) => (
        <li key={s.id}>
          {s.fromDuty.date} {KIND_LABEL[s.fromDuty.kind]} {s.fromDuty.leaderName} ⇄ {s.toDuty.date} {s.toDuty.leaderName}
          {s.reason ? `（${s.reason}）` : ''} · {STATUS_ZH[s.status] ?? s.status}
          {s.status === 'REQUESTED' && (s.counterpartId === props.user.id || scheduler) && <>
            {' '}<button type="button" onClick={() => void answer(s.id, s.version, true)}>同意</button>
            {' '}<button type="button" onClick={() => void answer(s.id, s.version, false)}>不同意</button>
          </>}
          {s.status === 'ACCEPTED' && scheduler && <>
            {' '}<button type="button" onClick={() => void decide(s.id, s.version, true)}>批准换班</button>
            {' '}<button type="button" onClick={() => void decide(s.id, s.version, false)}>驳回</button>
          </>}
        </li>
      ))}</ul>}
    </div>
  );
}
