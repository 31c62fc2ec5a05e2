import { useState } from 'preact/hooks';
import { signIn, takeEndedMessage } from '../api.js';
import { Field, fieldErrors, type FieldErrors } from '../ui.js';

export function SignIn() {
  const [ended] = useState(takeEndedMessage);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      setErrors(fieldErrors(await signIn(username.trim(), password)));
    } catch (error) {
      setFailure(`无法连接到平台：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const general = errors._ ?? (!errors.username && !errors.password ? Object.values(errors)[0] : undefined);
  return (
    <main class="sign-in">
      <form onSubmit={submit} aria-labelledby="signin-title">
        <h1 id="signin-title">综治中心协同平台</h1>
        <p class="sub">受理 · 分流 · 办理 · 督办 · 反馈</p>
        {ended && <div class="banner warn" role="alert" data-testid="session-ended">{ended}</div>}
        {(general || failure) && <div class="banner error" role="alert">{failure ?? general}</div>}
        <Field label="用户名" error={errors.username}>
          {(id, d) => <input id={id} name="username" autocomplete="username" aria-describedby={d} value={username} onInput={(e) => setUsername(e.currentTarget.value)} required />}
        </Field>
        <Field label="密码" error={errors.password}>
          {(id, d) => <input id={id} name="password" type="password" autocomplete="current-password" aria-describedby={d} value={password} onInput={(e) => setPassword(e.currentTarget.value)} required />}
        </Field>
        <button type="submit" class="primary" disabled={busy}>{busy ? '登录中…' : '登录'}</button>
        <p class="links"><a href="/track">案件查询（群众）</a></p>
      </form>
    </main>
  );
}
