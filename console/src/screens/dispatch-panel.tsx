/** The dispatch suggestion (routing rule + ranked mediators with reasons) and one-step dispatch. */
import { useEffect, useState } from 'preact/hooks';
import { request } from '../api.js';
import { graphql } from '../gql/index.js';
import { Conflict, Field, nodeWith, useLoad, useSubmit } from '../ui.js';

const SuggestionQuery = graphql(`
  query DispatchSuggestion($id: ID!, $centerId: ID!) {
    node(id: $id) {
      ... on Case {
        id version title
        dispatchSuggestion(limit: 5) {
          basis leadAgency { id shortName } cooperatingAgencies { id shortName }
          mediators { score openCases presentToday reasons mediator { id name title studio capacity agency { shortName } } }
        }
      }
    }
    agencies(first: 100, filter: { centerSubtreeOf: $centerId }) { nodes { id shortName center { name } } }
  }
`);
const Dispatch = graphql(`
  mutation WorkbenchDispatch($input: CaseDispatchInput!) {
    caseDispatch(input: $input) { case { id number status version leadAgency { shortName } } userErrors { field message code } }
  }
`);

export function DispatchPanel(props: { caseId: string; version: number; centerId: string; onDone: (number: string) => void }) {
  const q = useLoad(() => request(SuggestionQuery, { id: props.caseId, centerId: props.centerId }), [props.caseId]);
  const [lead, setLead] = useState('');
  const [cooperating, setCooperating] = useState<string[]>([]);
  const [mediator, setMediator] = useState('');
  const [override, setOverride] = useState(false);
  const [note, setNote] = useState('');
  const { busy, errors, message, conflict, run, clear } = useSubmit();
  const node = nodeWith(q.data?.node, 'dispatchSuggestion');
  const s = node?.dispatchSuggestion;

  // The suggestion fills the form; the person confirms or changes it.
  useEffect(() => {
    if (!s) return;
    setLead(s.leadAgency?.id ?? '');
    setCooperating(s.cooperatingAgencies.map((a) => a.id));
    setMediator(s.mediators[0]?.mediator.id ?? '');
  }, [s]);

  if (q.error) return <p class="error">{q.error}</p>;
  if (!q.data) return <p class="loading">加载建议…</p>;
  const agencies = q.data.agencies.nodes;
  const atCapacity = (errors.mediatorId ?? '').includes('满负荷');

  const submit = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const data = await request(Dispatch, {
        input: {
          id: props.caseId, version: node?.version ?? props.version, leadAgencyId: lead || null,
          cooperatingAgencyIds: cooperating.filter((id) => id !== lead), mediatorId: mediator || null,
          overrideCapacity: override || null, note: note.trim() || null,
        },
      });
      if (data.caseDispatch.case && data.caseDispatch.userErrors.length === 0) props.onDone(data.caseDispatch.case.number);
      return data.caseDispatch.userErrors;
    });
  };

  return (
    <form onSubmit={submit} aria-label="分流">
      <Conflict show={conflict} onReload={() => {
        clear();
        q.reload();
      }} />
      {message && <div class="banner error" role="alert">{message}</div>}
      {s && <div class="suggestion" data-testid="suggestion" data-version={node?.version}>
        <h3>系统建议 · {node?.title}</h3>
        <p class="basis">依据：{s.basis}</p>
        <p>牵头：<strong>{s.leadAgency?.shortName ?? '—'}</strong>{s.cooperatingAgencies.length > 0 && <> · 协同：{s.cooperatingAgencies.map((a) => a.shortName).join('、')}</>}</p>
      </div>}
      <Field label="牵头部门" error={errors.leadAgencyId}>
        {(id, d) => <select id={id} name="leadAgencyId" aria-describedby={d} value={lead} onChange={(e) => setLead(e.currentTarget.value)}>
          <option value="">（由调解员所属单位牵头）</option>
          {agencies.map((a) => <option value={a.id}>{a.shortName}</option>)}
        </select>}
      </Field>
      <fieldset class="checks">
        <legend>协同部门 {errors.cooperatingAgencyIds && <small class="error" role="alert">{errors.cooperatingAgencyIds}</small>}</legend>
        {agencies.filter((a) => a.id !== lead).map((a) => (
          <label class="check"><input type="checkbox" name="cooperating" value={a.id} checked={cooperating.includes(a.id)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setCooperating((cur) => (on ? [...cur, a.id] : cur.filter((x) => x !== a.id)));
            }} />{a.shortName}</label>
        ))}
      </fieldset>
      <fieldset class="mediators">
        <legend>调解员（按推荐排序） {errors.mediatorId && <small class="error" role="alert" data-testid="mediator-error">{errors.mediatorId}</small>}</legend>
        {s?.mediators.map((m, i) => (
          <label class="mediator">
            <input type="radio" name="mediator" value={m.mediator.id} checked={mediator === m.mediator.id} onChange={() => setMediator(m.mediator.id)} />
            <span class="rank">{i + 1}</span>
            <span><strong>{m.mediator.name}</strong> {m.mediator.title} {m.mediator.studio && `· ${m.mediator.studio}`} · {m.mediator.agency.shortName}
              <small class="meta"> 得分 {m.score} · 在办 {m.openCases}/{m.mediator.capacity} · {m.presentToday ? '今日在岗' : '今日不在岗'}</small>
              <small class="reasons">{m.reasons.join('；')}</small></span>
          </label>
        ))}
        <label class="mediator"><input type="radio" name="mediator" value="" checked={mediator === ''} onChange={() => setMediator('')} /><span>暂不指派调解员</span></label>
      </fieldset>
      {(atCapacity || override) && <label class="check"><input type="checkbox" checked={override} onChange={(e) => setOverride(e.currentTarget.checked)} />调解员已满负荷，仍然指派</label>}
      <Field label="交办说明" error={errors.note}>
        {(id) => <input id={id} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <button type="submit" class="primary" disabled={busy}>{busy ? '分流中…' : '确认分流'}</button>
    </form>
  );
}
