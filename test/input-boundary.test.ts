import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ID_MAX, TEXT_MAX } from '../src/shared/boundary.js';
import { orgIds } from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { TEST_SECRET } from './support/env.js';
import { argsWith, leaves, operationFor, rootFields } from './support/schema-walk.js';

/**
 * The boundary rule, enumerated from the schema: every String/ID leaf of every argument of every query,
 * mutation and subscription (input objects and lists followed) gets each kind of text the rule refuses,
 * and must answer the client's error at exactly that path — never a server fault, never an error log.
 */
let t: TestHub;
let admin: string;
const logged: { level: number; msg: string; err?: unknown }[] = [];

type Body = { data?: Record<string, { userErrors?: { field: string[]; code: string }[] } | null> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line) logged.push(JSON.parse(line) as never);
      done();
    },
  });
  t = await startTestHub({}, {}, pino({ level: 'warn' }, sink));
  admin = await t.login('admin');
});
afterAll(() => t?.close());

const errorLogs = () => logged.filter((l) => l.level >= 50);

const REFUSED: { name: string; text: (max: number) => string; code: string }[] = [
  { name: 'NUL', text: () => 'a\u0000b', code: 'INVALID' },
  { name: 'lone surrogate', text: () => 'x\ud800y', code: 'INVALID' },
  { name: 'RTL override', text: () => '\u202eabc', code: 'INVALID' },
  { name: 'one past the longest text', text: (max) => 'x'.repeat(max + 1), code: 'TOO_LONG' },
];

/** True when the answer is the boundary's refusal naming `path`: a userErrors entry, or BAD_USER_INPUT with that field. */
function refusedAt(body: Body, fieldName: string, path: string[], code: string): boolean {
  const userErrors = body.data?.[fieldName]?.userErrors;
  if (userErrors) return userErrors.some((e) => JSON.stringify(e.field) === JSON.stringify(path) && e.code === code);
  return (body.errors ?? []).some((e) => e.extensions?.code === 'BAD_USER_INPUT' && JSON.stringify(e.extensions.field) === JSON.stringify(path)
    && e.extensions.argument === path.join('.') && e.extensions.reason === code);
}

describe('every String and ID a client sends passes one boundary rule', () => {
  it('over HTTP: every text leaf of every query and mutation argument', async () => {
    const misses: string[] = [];
    let tried = 0;
    const covered = new Set<string>();
    for (const kind of ['query', 'mutation'] as const) {
      for (const field of rootFields(kind)) {
        const query = operationFor(kind, field);
        for (const arg of field.args) {
          for (const leaf of leaves(arg).filter((l) => l.scalar === 'String' || l.scalar === 'ID')) {
            covered.add(`${field.name}(${leaf.path.join('.')})`);
            for (const refused of REFUSED) {
              const variables = argsWith(field, leaf.path, refused.text(leaf.scalar === 'ID' ? ID_MAX : TEXT_MAX));
              const res = await t.post({ query, variables }, { authorization: `Bearer ${admin}` });
              const body = (await res.json()) as Body;
              tried += 1;
              if (res.status >= 500 || !refusedAt(body, field.name, leaf.path, refused.code)) {
                misses.push(`${field.name} ${leaf.path.join('.')} ${refused.name}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
              }
            }
          }
        }
      }
    }
    console.log(`boundary: ${covered.size} String/ID argument leaves of queries and mutations, ${tried} requests`);
    expect(misses).toEqual([]);
    expect(covered.size).toBeGreaterThan(200);
    expect(errorLogs()).toEqual([]);
  }, 300_000);

  it('over WebSocket: every text leaf of every subscription argument', async () => {
    const client = t.ws(admin);
    const misses: string[] = [];
    let tried = 0;
    for (const field of rootFields('subscription')) {
      for (const arg of field.args) {
        for (const leaf of leaves(arg).filter((l) => l.scalar === 'String' || l.scalar === 'ID')) {
          const variables = argsWith(field, leaf.path, 'a\u0000b');
          const errors = await new Promise<readonly { extensions?: Record<string, unknown> }[]>((resolve) => {
            const stop = client.subscribe({ query: operationFor('subscription', field), variables }, {
              next: (value) => {
                stop();
                resolve(value.errors ?? []);
              },
              error: (error) => resolve(Array.isArray(error) ? error : [{ extensions: { code: String(error) } }]),
              complete: () => resolve([]),
            });
          });
          tried += 1;
          if (!errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' && JSON.stringify(e.extensions.field) === JSON.stringify(leaf.path))) {
            misses.push(`${field.name} ${leaf.path.join('.')}: ${JSON.stringify(errors)}`);
          }
        }
      }
    }
    console.log(`boundary: ${tried} String/ID argument leaves of subscriptions`);
    expect(misses).toEqual([]);
    expect(tried).toBeGreaterThan(5);
  });

  it('text made only of zero-width characters is blank: REQUIRED, like an empty title', async () => {
    const res = await t.post({
      query: 'mutation($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { field code } } }',
      variables: { input: { name: '\u200b\u200b', level: 'TOWN', divisionCode: '150627199', parentId: (await orgIds(t, admin)).center('伊金霍洛旗综治中心') } },
    }, { authorization: `Bearer ${admin}` });
    const body = (await res.json()) as Body;
    expect(body.data?.centerCreate?.userErrors).toContainEqual({ field: ['input', 'name'], code: 'REQUIRED' });
  });
});

describe('the headers the hub reads pass the same rule', () => {
  it('X-Access-Reason with a NUL: 400 over HTTP, close 4400 over WebSocket', async () => {
    const res = await t.post({ query: '{ viewer { id } }' }, { authorization: `Bearer ${admin}`, 'x-access-reason': '%E6%A0%B8%E6%9F%A5%00' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'x-access-reason' } }] });
    const code = await new Promise<number>((resolve) => {
      const socket = new WebSocket(t.url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers: { 'x-access-reason': '%00' } });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${admin}` } })));
      socket.on('close', (closeCode) => resolve(closeCode));
    });
    expect(code).toBe(4400);
  });
});

describe('a client value graphql-js refuses while executing is the client\'s error', () => {
  const cases = [
    { query: 'query($id: ID = "x") { nodes(ids: [$id]) { id } }', argument: 'ids' },
    { query: 'query($id: ID = "x") { node(id: $id) { id } }', argument: 'id' },
  ];
  for (const { query, argument } of cases) {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      it(`${query} with {"id": null} (Accept: ${accept}) answers BAD_USER_INPUT naming ${argument}`, async () => {
        const before = errorLogs().length;
        const res = await t.post({ query, variables: { id: null } }, { authorization: `Bearer ${admin}`, accept });
        const body = (await res.json()) as Body;
        expect(res.status).toBeLessThan(500);
        expect(body.errors).toHaveLength(1);
        expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
        expect(errorLogs().length).toBe(before);
      });
    }
  }
});

describe('the query-shape limits answer first, with one error', () => {
  const flood = `{ __typename ${'@aa '.repeat(100)} }`;
  const skips = `{ __typename ${'@skip(if: false) '.repeat(100)} }`;
  for (const [name, query] of [['unknown directives ×100', flood], ['@skip ×100', skips]] as const) {
    it(`${name}: POST, GET and WebSocket each answer one error`, async () => {
      const post = (await (await t.post({ query })).json()) as Body;
      expect(post.errors).toHaveLength(1);
      expect(post.errors![0]!.message).toMatch(/指令过多（最多 50 个） \/ Directives limit of 50 exceeded, found 100\./);
      const get = await fetch(`${t.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
      const getBody = (await get.json()) as Body;
      expect(get.status).toBe(400);
      expect(getBody.errors).toHaveLength(1);
      const errors = await new Promise<readonly unknown[]>((resolve) => {
        t.ws().subscribe({ query }, { next: () => resolve([]), error: (e) => resolve(e as unknown[]), complete: () => resolve([]) });
      });
      expect(errors).toHaveLength(1);
    });
  }
});

describe('access tokens carry every claim the hub issues', () => {
  const signed = async (claims: { exp?: boolean; iat?: boolean }) => {
    let jwt = new SignJWT({ sid: 1 }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject('1').setIssuer('zongzhi-hub').setAudience('hub-api');
    if (claims.iat !== false) jwt = jwt.setIssuedAt();
    if (claims.exp !== false) jwt = jwt.setExpirationTime('1h');
    return jwt.sign(new TextEncoder().encode(TEST_SECRET));
  };

  it('a token without exp (or without iat) is refused over HTTP and WebSocket', async () => {
    for (const token of [await signed({ exp: false }), await signed({ iat: false })]) {
      const body = (await (await t.post({ query: '{ viewer { id } }' }, { authorization: `Bearer ${token}` })).json()) as Body;
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const code = await new Promise<number>((resolve) => {
        const socket = new WebSocket(t.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
        socket.on('close', (closeCode) => resolve(closeCode));
      });
      expect(code).toBe(4403);
    }
  });
});
