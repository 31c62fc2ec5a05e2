/** The intake form (受理登记): every userErrors entry is shown at its own field. */
import { useState } from 'preact/hooks';
import { request, type SessionUser } from '../api.js';
import { graphql } from '../gql/index.js';
import { CHANNEL_ZH, Field, KIND_ZH, useLoad, useSubmit } from '../ui.js';

const Categories = graphql(`query IntakeCategories { caseCategories { code nameZh } }`);
const Create = graphql(`
  mutation IntakeCreate($input: CaseCreateInput!) {
    caseCreate(input: $input) { case { id number trackingCode riskLevel } userErrors { field message code } }
  }
`);

interface PartyDraft { role: 'APPLICANT' | 'RESPONDENT'; type: 'PERSON' | 'ORGANISATION'; name: string; idNumber: string; phone: string; headcount: string }
const emptyParty = (role: PartyDraft['role']): PartyDraft => ({ role, type: 'PERSON', name: '', idNumber: '', phone: '', headcount: '' });

export function IntakeForm(props: { user: SessionUser; onCreated: (id: string) => void }) {
  const categories = useLoad(() => request(Categories, {}), []);
  const [kind, setKind] = useState<'DISPUTE' | 'PETITION'>('DISPUTE');
  const [channel, setChannel] = useState('WALK_IN');
  const [categoryCode, setCategory] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const [place, setPlace] = useState('');
  const [parties, setParties] = useState<PartyDraft[]>([emptyParty('APPLICANT'), emptyParty('RESPONDENT')]);
  const [created, setCreated] = useState<{ number: string; trackingCode: string } | null>(null);
  const { busy, errors, message, run } = useSubmit();

  const setParty = (i: number, patch: Partial<PartyDraft>) => setParties(parties.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const submit = (e: Event) => {
    e.preventDefault();
    setCreated(null);
    void run(async () => {
      const data = await request(Create, {
        input: {
          centerId: props.user.homeCenter.id, kind, channel: channel as never, categoryCode, title, description,
          amount: amount.trim() || null, place: place.trim() || null,
          parties: parties.map((p) => ({
            role: p.role, type: p.type, name: p.name, idNumber: p.idNumber.trim() || null, phone: p.phone.trim() || null,
            headcount: p.headcount.trim() ? Number(p.headcount) : null,
          })),
        },
      });
      const c = data.caseCreate.case;
      if (c) {
        setCreated(c);
        setTitle('');
        setDescription('');
        setAmount('');
        setPlace('');
        setParties([emptyParty('APPLICANT'), emptyParty('RESPONDENT')]);
        props.onCreated(c.id);
      }
      return data.caseCreate.userErrors;
    });
  };

  return (
    <form onSubmit={submit} class="grid-form" aria-label="受理登记">
      {created && <div class="banner ok wide" role="status" data-testid="created">已受理：{created.number}，查询码 {created.trackingCode}</div>}
      {message && <div class="banner error wide" role="alert">{message}</div>}
      <Field label="种类" error={errors.kind}>
        {(id) => <select id={id} value={kind} onChange={(e) => setKind(e.currentTarget.value as never)}>
          {Object.entries(KIND_ZH).map(([k, v]) => <option value={k}>{v}</option>)}
        </select>}
      </Field>
      <Field label="受理渠道" error={errors.channel}>
        {(id) => <select id={id} value={channel} onChange={(e) => setChannel(e.currentTarget.value)}>
          {/* 领导接访 cases are opened from a leader's reception record, not here. */}
          {Object.entries(CHANNEL_ZH).filter(([k]) => k !== 'LEADER_RECEPTION').map(([k, v]) => <option value={k}>{v}</option>)}
        </select>}
      </Field>
      <Field label="纠纷类别" error={errors.categoryCode}>
        {(id, d) => <select id={id} name="categoryCode" aria-describedby={d} value={categoryCode} onChange={(e) => setCategory(e.currentTarget.value)}>
          <option value="">请选择</option>
          {categories.data?.caseCategories.map((c) => <option value={c.code}>{c.nameZh}</option>)}
        </select>}
      </Field>
      <Field label="争议金额（元）" error={errors.amount}>
        {(id, d) => <input id={id} name="amount" inputMode="decimal" aria-describedby={d} value={amount} onInput={(e) => setAmount(e.currentTarget.value)} placeholder="如 302000.00" />}
      </Field>
      <Field label="标题" error={errors.title} wide>
        {(id, d) => <input id={id} name="title" aria-describedby={d} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />}
      </Field>
      <Field label="事由" error={errors.description} wide>
        {(id, d) => <textarea id={id} name="description" rows={3} aria-describedby={d} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />}
      </Field>
      <Field label="地点" error={errors.place} wide>
        {(id, d) => <input id={id} name="place" aria-describedby={d} value={place} onInput={(e) => setPlace(e.currentTarget.value)} />}
      </Field>
      <fieldset class="wide parties">
        <legend>当事人 {errors.parties && <small class="error" role="alert">{errors.parties}</small>}</legend>
        {parties.map((p, i) => (
          <div class="party-row" data-party={i}>
            <Field label={`第${i + 1}方 角色`} error={errors[`parties.${i}.role`]}>
              {(id) => <select id={id} value={p.role} onChange={(e) => setParty(i, { role: e.currentTarget.value as never })}>
                <option value="APPLICANT">申请人</option><option value="RESPONDENT">被申请人</option>
              </select>}
            </Field>
            <Field label="类型" error={errors[`parties.${i}.type`]}>
              {(id) => <select id={id} value={p.type} onChange={(e) => setParty(i, { type: e.currentTarget.value as never })}>
                <option value="PERSON">自然人</option><option value="ORGANISATION">单位</option>
              </select>}
            </Field>
            <Field label="姓名/名称" error={errors[`parties.${i}.name`]}>
              {(id, d) => <input id={id} name={`parties.${i}.name`} aria-describedby={d} value={p.name} onInput={(e) => setParty(i, { name: e.currentTarget.value })} />}
            </Field>
            <Field label="证件号" error={errors[`parties.${i}.idNumber`]}>
              {(id, d) => <input id={id} name={`parties.${i}.idNumber`} aria-describedby={d} value={p.idNumber} onInput={(e) => setParty(i, { idNumber: e.currentTarget.value })} />}
            </Field>
            <Field label="手机号" error={errors[`parties.${i}.phone`]}>
              {(id, d) => <input id={id} name={`parties.${i}.phone`} inputMode="tel" aria-describedby={d} value={p.phone} onInput={(e) => setParty(i, { phone: e.currentTarget.value })} />}
            </Field>
            <Field label="人数" error={errors[`parties.${i}.headcount`]}>
              {(id, d) => <input id={id} name={`parties.${i}.headcount`} type="number" min={1} aria-describedby={d} value={p.headcount} onInput={(e) => setParty(i, { headcount: e.currentTarget.value })} />}
            </Field>
            <button type="button" class="link" aria-label={`删除第${i + 1}方`} onClick={() => setParties(parties.filter((_, j) => j !== i))}>删除</button>
          </div>
        ))}
        <button type="button" onClick={() => setParties([...parties, emptyParty('APPLICANT')])}>添加当事人</button>
      </fieldset>
      <div class="wide actions"><button type="submit" class="primary" disabled={busy}>{busy ? '提交中…' : '受理'}</button></div>
    </form>
  );
}
