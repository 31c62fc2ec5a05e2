import { Authorized, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
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
const Seed = graphql(`
  query ApiSeed {
    centers(first: 1, filter: { search: "150627" }) { nodes { id name } }
    mediators(first: 1, filter: { search: "张翠芳" }) { nodes { id name } }
    caseCategories { code nameZh nameEn }
  }
`);
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
beforeAll(async () => {
  t = await startTestHub({}, { extraResolvers: [FaultyResolver] });
  admin = await t.login('admin');
});
afterAll(() => t?.close());

describe('node(id) and nodes(ids)', () => {
  it('fetches any object by its opaque global ID', async () => {
    const seed = await t.gql(Seed, {}, admin);
    const center = seed.centers.nodes[0]!;
    expect(center.id).not.toMatch(/^\d+$|Center|:/);
    expect((await t.gql(Node, { id: center.id }, admin)).node).toMatchObject({ __typename: 'Center', name: '伊金霍洛旗综治中心' });
    const nodes = await t.gql(Nodes, { ids: [center.id, seed.mediators.nodes[0]!.id, 'bogus', 'Q2VudGVyOjk5OTk5'] }, admin);
    expect(nodes.nodes.map((n) => n?.__typename ?? null)).toEqual(['Center', 'Mediator', null, null]);
  });

  it('hides other people’s accounts behind node(id) exactly like missing ones', async () => {
    const hr = await t.login('hj.hr');
    const me = await t.gql(Me, {}, hr);
    expect((await t.gql(Node, { id: me.viewer.id }, hr)).node).toMatchObject({ username: 'hj.hr' });
    const yjAdmin = await t.login('yj.admin');
    expect((await t.gql(Node, { id: me.viewer.id }, yjAdmin)).node).toBeNull();
    expect((await t.gql(Node, { id: me.viewer.id }, await t.login('hj.admin'))).node).toMatchObject({ username: 'hj.hr' });
  });

  it('refuses more than 100 ids and anonymous callers', async () => {
    const res = await t.request(Nodes, { ids: Array.from({ length: 101 }, () => 'x') }, admin);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.request(Nodes, { ids: [] })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the category taxonomy that mediator specialties refer to', async () => {
    const seed = await t.gql(Seed, {}, admin);
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
