import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import type { BuiltKey } from './factories.js';
import type { TestHub } from './hub.js';

const Register = graphql(`
  mutation OperationRegister($input: PersistedOperationRegisterInput!) {
    persistedOperationRegister(input: $input) { persistedOperation { id sha256 operationName version } userErrors { field code message } }
  }
`);

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Registers `doc` for the key; returns the hash clients call it by. */
export async function register(t: TestHub, admin: string, key: BuiltKey, doc: TypedDocumentNode<unknown, never> | string): Promise<string> {
  const document = typeof doc === 'string' ? doc : print(doc);
  const res = await t.gql(Register, { input: { apiKeyId: key.id, document } }, admin);
  if (res.persistedOperationRegister.userErrors.length) throw new Error(JSON.stringify(res.persistedOperationRegister.userErrors));
  return res.persistedOperationRegister.persistedOperation!.sha256;
}

export interface KeyResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** A third-party call: the key in `X-Api-Key`, the operation by its hash. */
export async function keyCall<T = Record<string, unknown>>(t: TestHub, secret: string, hash: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<KeyResponse<T>> {
  const res = await t.post({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, ...extra }, { 'x-api-key': secret });
  return { status: res.status, headers: res.headers, body: (await res.json()) as never };
}

export function keySocket(t: TestHub, secret: string): Client {
  return createClient({ url: t.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { apiKey: secret }, retryAttempts: 0, lazy: true });
}
