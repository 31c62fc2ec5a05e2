import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import type { Client } from 'graphql-ws';

export interface Collected<T> {
  results: ExecutionResult<T>[];
  /** Data of the results so far. */
  data: T[];
  error: unknown;
  completed: boolean;
  /** Resolves when `predicate` holds for what arrived (checked on every message, never by sleeping). */
  until(predicate: (c: Collected<T>) => boolean): Promise<void>;
  dispose(): void;
}

/** Subscribes over graphql-ws and collects everything that arrives. */
export function collect<T, V extends Record<string, unknown>>(client: Client, doc: TypedDocumentNode<T, V>, variables?: V): Collected<T> {
  const waiters: (() => void)[] = [];
  const notify = () => {
    for (const w of waiters.splice(0)) w();
  };
  const c: Collected<T> = {
    results: [],
    data: [],
    error: undefined,
    completed: false,
    async until(predicate) {
      while (!predicate(c)) {
        if (c.completed || c.error) throw new Error(`stream ended before the condition held: ${JSON.stringify(c.error ?? c.results)}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    dispose: () => undefined,
  };
  c.dispose = client.subscribe<T>({ query: print(doc), variables }, {
    next: (result) => {
      c.results.push(result as ExecutionResult<T>);
      if (result.data) c.data.push(result.data as T);
      if (result.errors) c.error = result.errors;
      notify();
    },
    error: (error) => {
      c.error = error;
      notify();
    },
    complete: () => {
      c.completed = true;
      notify();
    },
  });
  return c;
}
