import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { loadConfig, type HubConfig } from '../../src/config.js';
import { startHub, type Hub, type HubOptions } from '../../src/hub.js';
import { createLogger, type Logger } from '../../src/shared/logger.js';
import { DEMO_PASSWORD, TEST_SECRET } from './env.js';
import { strayUserErrorPaths } from './schema-walk.js';

/** A fresh database cloned from the migrated, demo-seeded template; returns its URL. */
export async function cloneDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export function testConfig(databaseUrl: string, env: Record<string, string> = {}): HubConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    PORT: '0',
    TOKEN_SECRET: TEST_SECRET,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DB_POOL_MAX: '5',
    ...env,
  });
}

export type Variables = Record<string, unknown>;

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: ExecutionResult<T> & { errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

export interface TestHub {
  hub: Hub;
  url: string;
  config: HubConfig;
  /** Sends a typed operation over HTTP; `token` signs it as a user. */
  request<T, V extends Variables>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like `request`, but fails the test on any top-level error and returns `data`. */
  gql<T, V extends Variables>(doc: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<T>;
  /** Raw POST with any body (for hostile-client tests). */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Signs in a demo user and returns the access token (cached per username). */
  login(username: string): Promise<string>;
  ws(token?: string): Client;
  sql<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

const LOGIN = `mutation Login($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken userErrors { message } } }`;

/** `log` replaces the hub's logger (tests that assert what is, or is not, logged). */
export async function startTestHub(env: Record<string, string> = {}, options: HubOptions = {}, log?: Logger): Promise<TestHub> {
  const db = await cloneDatabase();
  const config = testConfig(db.url, env);
  const hub = await startHub(config, log ?? createLogger(config.logLevel), options);
  const tokens = new Map<string, string>();
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const sockets: Client[] = [];

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  const request: TestHub['request'] = async (doc, variables, token, headers = {}) => {
    const res = await post(
      { query: print(doc), variables },
      { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    );
    const body = (await res.json()) as GraphQLResponse<unknown>['body'];
    // Every test that runs a mutation also checks the paths of its userErrors: each names a field of the input.
    const stray = strayUserErrorPaths(doc, body.data);
    if (stray.length) throw new Error(`userErrors name fields the input does not have: ${stray.join('; ')}`);
    return { status: res.status, headers: res.headers, body: body as never };
  };

  const th: TestHub = {
    hub,
    url: hub.url,
    config,
    request,
    async gql(doc, variables, token) {
      const res = await request(doc, variables, token);
      if (res.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.body.errors)}`);
      return res.body.data!;
    },
    post,
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await post({ query: LOGIN, variables: { input: { username, password: DEMO_PASSWORD } } });
      const body = (await res.json()) as { data?: { sessionCreate: { accessToken: string | null; userErrors: { message: string }[] } } };
      const token = body.data?.sessionCreate.accessToken;
      if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(body)}`);
      tokens.set(username, token);
      return token;
    },
    ws(token) {
      const client = createClient({
        url: hub.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: true,
      });
      sockets.push(client);
      return client;
    },
    async sql(text, params) {
      return (await pool.query(text, params)).rows;
    },
    async close() {
      await Promise.all(sockets.map((s) => s.dispose()));
      await pool.end();
      await hub.close();
      await db.drop();
    },
  };
  return th;
}

/** Runs one operation over a graphql-ws client and resolves with its single result. */
export function wsOnce<T>(client: Client, query: string, variables?: Variables): Promise<ExecutionResult<T>> {
  return new Promise((resolve, reject) => {
    let result: ExecutionResult<T> | undefined;
    client.subscribe<T>({ query, variables }, {
      next: (value) => {
        result = value as ExecutionResult<T>;
      },
      error: reject,
      complete: () => resolve(result!),
    });
  });
}
