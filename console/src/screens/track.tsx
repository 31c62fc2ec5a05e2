/** The citizen's tracking page: tracking code + applicant's phone → status and steps, no personal data. */
import { useState } from 'preact/hooks';
import { request } from '../api.js';
import { graphql } from '../gql/index.js';
import type { CitizenTrackQuery } from '../gql/graphql.js';
import { Field, fmtDate, fmtTime } from '../ui.js';

const Track = graphql(`
  query CitizenTrack($trackingCode: String!, $phone: String!) {
    caseTrack(trackingCode: $trackingCode, phone: $phone) {
      caseNumber centerName status statusLabel receivedAt dueDate handlingAgency nextStep milestones { at label }
    }
  }
`);
type Tracking = NonNullable<CitizenTrackQuery['caseTrack']>;

export default function TrackPage() {
  const [code, setCode] = useState('');
  const [phone, setPhone] = useState('');
  const [result, setResult] = useState<Tracking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    try {
      const r = (await request(Track, { trackingCode: code.trim().toUpperCase(), phone: phone.trim() }, { anonymous: true })).caseTrack;
      if (r) setResult(r);
      else setError('查询码与手机号不匹配，请核对后重试');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <main class="public track">
      <h1>矛盾纠纷办理进度查询</h1>
      <p class="sub">一案一编码，一码管到底。请输入受理时告知的查询码和申请人手机号。</p>
      <form onSubmit={(e) => void submit(e)} class="grid-form" aria-label="查询">
        <Field label="查询码">{(id) => <input id={id} name="trackingCode" value={code} placeholder="如 7KQ2-M9XD-4HTN" onInput={(e) => setCode(e.currentTarget.value)} required />}</Field>
        <Field label="申请人手机号">{(id) => <input id={id} name="phone" inputMode="tel" value={phone} onInput={(e) => setPhone(e.currentTarget.value)} required />}</Field>
        <div class="wide actions"><button type="submit" class="primary">查询</button></div>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {result && (
        <section class="panel" data-testid="tracking">
          <h2>{result.statusLabel}</h2>
          <p>案件编号 {result.caseNumber} · {result.centerName}{result.handlingAgency && ` · 承办：${result.handlingAgency}`} · 受理于 {fmtTime(result.receivedAt)}{result.dueDate && ` · 办理期限 ${fmtDate(result.dueDate)}`}</p>
          <p><strong>下一步：</strong>{result.nextStep}</p>
          <ol class="timeline">{result.milestones.map((m) => <li><time>{fmtTime(m.at)}</time> {m.label}</li>)}</ol>
        </section>
      )}
    </main>
  );
}
