import { request } from 'node:http';
import { Authorized, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { clientAddress } from '../src/graphql-door.js';
import { factories, type Factories } from './support/factories.js';
import { startTestHub, wsOnce, type TestHub } from './support/hub.js';

const Node = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Center { name divisionCode }
      ... on Mediator { name }
      ... on User { username }
    }
  }
`);
const Nodes = graphql(`query NodesById($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`);
const Categories = graphql(`query ApiCategories { caseCategories { code nameZh nameEn } }`);
const Me = graphql(`query ApiMe { viewer { id username } }`);

@Resolver()
class FaultyResolver {
  @Authorized('PUBLIC')
  @Query(() => String, { description: '总是出错 / Always fails' })
  faulty(): string {
    throw new Error('connection to 10.0.0.5 failed: password=hunter2');
  }
}

let t: TestHub;
let admin: string;
let f: Factories;
/** A plugin added after the hub's own: it must see every GraphQL request over HTTP, whatever its shape. */
const seen: string[] = [];
const watcher: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    seen.push(request.query ?? '');
  },
};

beforeAll(async () => {
  t = await startTestHub({}, { extraResolvers: [FaultyResolver], plugins: [watcher] });
  admin = await t.login('admin');
  f = await factories(t);
});
afterAll(() => t?.close());

describe('node(id) and nodes(ids)', () => {
  it('fetches any object by its opaque global ID', async () => {
    const center = await f.center({ name: '沙漠旗综治中心' });
    const mediator = await f.mediator(await f.agency(center), { name: '张翠芳' });
    expect(center.id).not.toMatch(/^\d+$|Center|:/);
    expect((await t.gql(Node, { id: center.id }, admin)).node).toMatchObject({ __typename: 'Center', name: '沙漠旗综治中心', divisionCode: center.divisionCode });
    const nodes = await t.gql(Nodes, { ids: [center.id, mediator.id, 'bogus', 'Q2VudGVyOjk5OTk5'] }, admin);
    expect(nodes.nodes.map((n) => n?.__typename ?? null)).toEqual(['Center', 'Mediator', null, null]);
  });

  it('hides other people’s accounts behind node(id) exactly like missing ones', async () => {
    // Staff of one banner's agency; that banner's admin, and another banner's.
    const banner = await f.center();
    const staff = await f.user('AGENCY_STAFF', { agency: await f.agency(banner) });
    const otherAdmin = await f.user('ADMIN', { center: await f.center() });
    const me = await t.gql(Me, {}, staff.token);
    expect(me.viewer.id).toBe(staff.id);
    expect((await t.gql(Node, { id: me.viewer.id }, staff.token)).node).toMatchObject({ username: staff.username });
    expect((await t.gql(Node, { id: me.viewer.id }, otherAdmin.token)).node).toBeNull();
    expect((await t.gql(Node, { id: me.viewer.id }, (await f.user('ADMIN', { center: banner })).token)).node).toMatchObject({ username: staff.username });
  });

  it('refuses more than 100 ids and anonymous callers', async () => {
    const res = await t.request(Nodes, { ids: Array.from({ length: 101 }, () => 'x') }, admin);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.request(Nodes, { ids: [] })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the category taxonomy that mediator specialties refer to', async () => {
    const seed = await t.gql(Categories, {}, admin);
    expect(seed.caseCategories.map((c) => c.code)).toEqual(expect.arrayContaining(['WAGE_ARREARS', 'CONSTRUCTION_PAYMENT', 'TRAFFIC_ACCIDENT', 'LAND_GRASSLAND']));
  });
});

describe('HTTP behaviour', () => {
  it('answers /healthz and /readyz', async () => {
    const base = t.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('echoes a valid X-Request-Id and makes one up otherwise', async () => {
    const mine = await t.post({ query: '{ __typename }' }, { 'x-request-id': 'dashboard-req-12345' });
    expect(mine.headers.get('x-request-id')).toBe('dashboard-req-12345');
    const made = await t.post({ query: '{ __typename }' }, { 'x-request-id': 'bad id with spaces' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('masks internal errors: generic message, no stack, no secrets', async () => {
    const res = await t.post({ query: '{ faulty }' });
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({ message: '服务器内部错误，请稍后重试 / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(body)).not.toMatch(/hunter2|10\.0\.0\.5|stack/);
  });

  it('refuses batched requests and GET mutations, and applies CSRF prevention', async () => {
    const batch = await t.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    const getMutation = await fetch(`${t.url}?query=${encodeURIComponent('mutation { sessionRevoke { revoked } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(getMutation.status).toBe(405);
    const simple = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it('refuses bodies over 256 KiB', async () => {
    const res = await t.post({ query: `{ __typename }`, variables: { pad: 'x'.repeat(300_000) } });
    expect(res.status).toBe(413);
    // Without a Content-Length (chunked), the body is counted as it arrives.
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300_000) } });
    const chunked = await fetch(t.url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, duplex: 'half',
      body: new ReadableStream({ start(c) { for (let i = 0; i < big.length; i += 65_536) c.enqueue(new TextEncoder().encode(big.slice(i, i + 65_536))); c.close(); } }),
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers JSON bodies at the /graphql door: bad JSON, charset, empty body, query string, chunked bodies', async () => {
    const broken = await t.post('{"query": "{ __typename }"', {});
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    const charset = await t.post({ query: '{ __typename }' }, { 'content-type': 'application/json; charset=utf-8' });
    expect(await charset.json()).toEqual({ data: { __typename: 'Query' } });
    const empty = await t.post('', {});
    expect(empty.status).toBe(400);
    const withSearch = await fetch(`${t.url}?trace=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await withSearch.json()).toEqual({ data: { __typename: 'Query' } });
    // A body that arrives in many small chunks is read whole.
    const bytes = new TextEncoder().encode(JSON.stringify({ query: '{ __typename }', variables: { note: '综治中心'.repeat(20_000) } }));
    const split = await fetch(t.url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, duplex: 'half',
      body: new ReadableStream({ start(c) { for (let i = 0; i < bytes.length; i += 1_001) c.enqueue(bytes.slice(i, i + 1_001)); c.close(); } }),
    } as RequestInit);
    expect(await split.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('every request goes through the one Apollo pipeline, whatever its Accept header or shape', async () => {
    const cases: [string, Record<string, unknown>, boolean][] = [
      // [body, headers, was answered by the former lean path (the common request)]
      [JSON.stringify({ query: '{ viewer { username } }' }), { authorization: `Bearer ${admin}` }, true],
      [JSON.stringify({ query: '{ faulty }' }), {}, true],
      [JSON.stringify({ query: 'query N($id: ID!) { node(id: $id) { id } }', variables: { id: 'bogus' }, operationName: 'N' }), { authorization: `Bearer ${admin}` }, true],
      [JSON.stringify({ query: `{ nodes(ids: [${Array.from({ length: 101 }, () => '"x"').join(',')}]) { id } }` }), { authorization: `Bearer ${admin}` }, true],
      [JSON.stringify({ query: '{ nodes(ids: []) { id } }' }), {}, true],
      [JSON.stringify({ query: 'mutation { sessionRevoke { revoked } }' }), {}, true],
      [JSON.stringify({ query: '{ nope }' }), {}, false],
      [JSON.stringify({ query: '{' }), {}, false],
      [JSON.stringify({ query: 'query N($id: ID!) { node(id: $id) { id } }' }), { authorization: `Bearer ${admin}` }, false],
      [JSON.stringify({ query: 'query N { viewer { id } }', operationName: 'M' }), {}, false],
      [JSON.stringify({ query: '{ __schema { queryType { name } } }' }), {}, false],
      [JSON.stringify({ query: '{ viewer { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }), {}, false],
      [JSON.stringify({ query: 'subscription { caseEvents { id } }' }), {}, false],
      [JSON.stringify({ variables: {} }), {}, false],
    ];
    for (const [body, headers, lean] of cases) {
      const send = async (accept: string) => {
        const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', accept, ...headers } as Record<string, string>, body });
        return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
      };
      const before = seen.length;
      const plain = await send('*/*');
      const negotiated = await send('application/json, text/plain;q=0.9');
      // `*/*` and `application/json` are typed by the hub's plugin without Apollo's negotiation: the same answer.
      const json = await send('application/json');
      // All reached the plugin (the common request too: no second executor beside Apollo).
      expect(seen.length - before, `${body} (common: ${lean})`).toBe(3);
      expect(plain, body).toEqual(negotiated);
      expect(json, body).toEqual(negotiated);
      expect(plain.type, body).toBe('application/json; charset=utf-8');
    }
  });

  it('answers the type a client asks for, and plain JSON without an Accept header', async () => {
    const body = JSON.stringify({ query: '{ viewer { username } }' });
    const ask = (accept?: string) => new Promise<{ status: number; type?: string; text: string }>((resolve, reject) => {
      // node:http, not fetch: fetch always sends an Accept header.
      const req = request(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) } }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], text }));
      });
      req.on('error', reject);
      req.end(body);
    });
    const none = await ask();
    expect(none.type).toBe('application/json; charset=utf-8');
    expect(await ask('*/*')).toEqual(none);
    const graphqlResponse = await ask('application/graphql-response+json');
    expect(graphqlResponse.type).toBe('application/graphql-response+json; charset=utf-8');
    expect(graphqlResponse.text).toBe(none.text);
    expect((await ask('text/html')).status).toBe(406);
  });

  it('reads the client address behind TRUST_PROXY_HOPS proxies as Express does', () => {
    expect(clientAddress('10.0.0.9', '1.2.3.4', 0)).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.9', '1.2.3.4', 1)).toBe('1.2.3.4');
    expect(clientAddress('10.0.0.9', '6.6.6.6, 1.2.3.4', 1)).toBe('1.2.3.4');
    expect(clientAddress('10.0.0.9', '6.6.6.6, 1.2.3.4', 2)).toBe('6.6.6.6');
    expect(clientAddress('10.0.0.9', '1.2.3.4', 3)).toBe('1.2.3.4');
    expect(clientAddress('10.0.0.9', undefined, 2)).toBe('10.0.0.9');
  });
});

describe('WebSocket', () => {
  it('runs operations over graphql-ws on the same path, with the token from connection params', async () => {
    const client = t.ws(admin);
    const result = await wsOnce<{ viewer: { username: string } }>(client, '{ viewer { username } }');
    expect(result.data?.viewer.username).toBe('admin');
    const anonymous = t.ws();
    const refused = await wsOnce(anonymous, '{ viewer { username } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
