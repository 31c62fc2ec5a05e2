/**
 * One small form per action on a case (record a session, resolve, answer a supervision …): labelled
 * inputs, userErrors at their fields, and a stale version shown as "someone else changed this case".
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { UserError } from './api.js';
import { Conflict, Field, useSubmit } from './ui.js';

export interface Input {
  name: string;
  label: string;
  type?: 'text' | 'textarea' | 'date' | 'datetime' | 'number' | 'select' | 'checkbox';
  options?: [string, string][];
  initial?: string;
  optional?: boolean;
}

/** `2025-10-20T09:05` typed in Asia/Shanghai → an instant the API accepts. */
export const shanghaiInstant = (local: string) => (local ? `${local}:00+08:00` : '');
/** The coming minute in Asia/Shanghai as a datetime-local value (a session just held is "now"). */
export const shanghaiLocalNow = () => new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16);

export function ActionForm(props: {
  title: string;
  inputs: Input[];
  submitLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<UserError[]>;
  onDone: () => void;
  onReload: () => void;
  children?: ComponentChildren;
  open?: boolean;
}) {
  const initial = () => Object.fromEntries(props.inputs.map((i) => [i.name, i.initial ?? (i.type === 'select' ? i.options?.[0]?.[0] ?? '' : i.type === 'datetime' ? shanghaiLocalNow() : '')]));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const { busy, errors, message, conflict, run, clear } = useSubmit();
  const set = (name: string, value: string) => setValues({ ...values, [name]: value });
  const submit = (e: Event) => {
    e.preventDefault();
    void run(() => props.onSubmit(values)).then((ok) => {
      if (ok) {
        setValues(initial());
        props.onDone();
      }
    });
  };
  return (
    <details class="action" open={props.open}>
      <summary>{props.title}</summary>
      <form onSubmit={submit} aria-label={props.title} class="grid-form">
        <Conflict show={conflict} onReload={() => {
          clear();
          props.onReload();
        }} />
        {message && <div class="banner error wide" role="alert">{message}</div>}
        {props.children}
        {props.inputs.map((i) => (
          <Field label={i.label} error={errors[i.name]} wide={i.type === 'textarea'}>
            {(id, d) => {
              const common = { id, name: i.name, 'aria-describedby': d };
              switch (i.type) {
                case 'textarea':
                  return <textarea {...common} rows={3} value={values[i.name]} onInput={(e) => set(i.name, e.currentTarget.value)} />;
                case 'select':
                  return <select {...common} value={values[i.name]} onChange={(e) => set(i.name, e.currentTarget.value)}>
                    {i.options!.map(([v, l]) => <option value={v}>{l}</option>)}
                  </select>;
                case 'checkbox':
                  return <input {...common} type="checkbox" checked={values[i.name] === 'true'} onChange={(e) => set(i.name, String(e.currentTarget.checked))} />;
                default:
                  return <input {...common} type={(i.type === 'datetime' ? 'datetime-local' : i.type ?? 'text') as 'text'} value={values[i.name]} onInput={(e) => set(i.name, e.currentTarget.value)} />;
              }
            }}
          </Field>
        ))}
        <div class="wide actions"><button type="submit" class="primary" disabled={busy}>{busy ? '提交中…' : props.submitLabel}</button></div>
      </form>
    </details>
  );
}
