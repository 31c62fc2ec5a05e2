/** Shared pieces: labels in Chinese, formatting in Asia/Shanghai, form fields that show their own errors. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { STATUS_ZH } from '../../src/modules/cases/case-labels.js';
import { CONFLICT_MESSAGE, GqlError, type UserError } from './api.js';

// Case enums' labels have one home on the server (it imports nothing, so the bundle takes it as it is).
export {
  ASSIGNMENT_ROLE_ZH, CHANNEL_ZH, KIND_ZH, METHOD_ZH, PARTY_ROLE_ZH, REFERRAL_ZH, RISK_ZH, SATISFACTION_ZH, STATUS_ZH,
} from '../../src/modules/cases/case-labels.js';
export const USER_ROLE_ZH: Record<string, string> = {
  ADMIN: '管理员', DISPATCHER: '受理分流', AGENCY_STAFF: '部门工作人员', MEDIATOR: '调解员', SCHEDULER: '排班员', LEADER: '领导', AUDITOR: '审计员',
};

const SH = { timeZone: 'Asia/Shanghai' } as const;
// One formatter, made once: `toLocaleString(locale, options)` builds a new Intl.DateTimeFormat on every call,
// which cost the 100-row dashboard most of its render time.
const TIME_ZH = new Intl.DateTimeFormat('zh-CN', { ...SH, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
export const fmtTime = (iso: string | null | undefined) => (iso ? TIME_ZH.format(new Date(iso)) : '—');
export const fmtDate = (d: string | null | undefined) => (d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '—');
/** Money as sent (decimal string), grouped: "302000.00" → "302,000.00 元". */
export const fmtMoney = (m: string | null | undefined) => {
  if (!m) return '—';
  const [int, frac] = m.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''} 元`;
};
/** "3小时12分" from minutes. */
export function fmtWait(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes}分钟`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}小时${minutes % 60}分`;
  return `${Math.floor(hours / 24)}天${hours % 24}小时`;
}
export const pct = (r: number | null | undefined) => (r == null ? '—' : `${(r * 100).toFixed(1)}%`);
/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export const todayShanghai = (now = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** userErrors keyed by their path without the leading "input": "parties.0.phone". */
export type FieldErrors = Record<string, string>;
export function fieldErrors(errors: UserError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const key = (e.field[0] === 'input' ? e.field.slice(1) : e.field).join('.') || '_';
    out[key] = out[key] ? `${out[key]}；${e.message}` : e.message;
  }
  return out;
}

let ids = 0;
/** A labelled input, select or textarea with its own error underneath (aria-describedby). */
export function Field(props: { label: string; error?: string; children: (id: string, describedBy?: string) => ComponentChildren; wide?: boolean; hint?: string }) {
  const id = useRef(`f${++ids}`).current;
  const errId = props.error ? `${id}-err` : undefined;
  return (
    <div class={`field${props.wide ? ' wide' : ''}${props.error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.children(id, errId)}
      {props.hint && !props.error && <small class="hint">{props.hint}</small>}
      {props.error && <small class="error" id={errId} role="alert">{props.error}</small>}
    </div>
  );
}

/** Runs a mutation from a form: busy flag, field errors, CONFLICT as "someone else changed this case". */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const run = useCallback(async (fn: () => Promise<UserError[]>): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    setConflict(false);
    try {
      const errs = await fn();
      if (errs.some((e) => e.code === 'CONFLICT')) setConflict(true);
      const rest = errs.filter((e) => e.code !== 'CONFLICT');
      const fe = fieldErrors(rest);
      setErrors(fe);
      const unplaced = rest.filter((e) => e.field.length <= 1 || e.field.at(-1) === 'id').map((e) => e.message);
      if (unplaced.length) setMessage(unplaced.join('；'));
      return errs.length === 0;
    } catch (error) {
      if (error instanceof GqlError && error.code === 'CONFLICT') setConflict(true);
      else setMessage(error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setConflict(false);
    setMessage(null);
    setErrors({});
  }, []);
  return { busy, errors, message, conflict, run, setMessage, clear };
}

export function Conflict(props: { show: boolean; onReload: () => void }) {
  if (!props.show) return null;
  return (
    <div class="banner conflict" role="alert">
      {CONFLICT_MESSAGE} <button type="button" onClick={props.onReload}>刷新</button>
    </div>
  );
}

/** Loads data with an async function; `reload()` runs it again. */
export function useLoad<T>(fn: () => Promise<T>, deps: unknown[]): { data: T | undefined; error: string | null; reload: () => void; set: (t: T) => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    let alive = true;
    fn().then((d) => alive && (setData(d), setError(null)), (e: unknown) => alive && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, n]);
  return { data, error, reload: () => setN((x) => x + 1), set: setData };
}

export function Status(props: { status: string }) {
  return <span class={`status s-${props.status.toLowerCase()}`}>{STATUS_ZH[props.status] ?? props.status}</span>;
}

export function LiveDot(props: { state: string }) {
  const text = props.state === 'live' ? '实时' : props.state === 'reconnecting' ? '重新连接中…' : '连接中…';
  return <span class={`live live-${props.state}`} aria-live="polite" data-live={props.state}>{text}</span>;
}

/** Re-renders every `ms` (for "waited 12分钟"). */
export function useTick(ms: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** `node(id)` answers any Node; this keeps the case (or other type) when the field proves it is one. */
export function nodeWith<T extends object, K extends string>(node: T | null | undefined, key: K): Exclude<T, Record<PropertyKey, never>> | null {
  return node && key in node ? (node as Exclude<T, Record<PropertyKey, never>>) : null;
}
