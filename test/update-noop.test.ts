import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../src/shared/ids.js';
import { factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { rootFields } from './support/schema-walk.js';

/**
 * An update that changes nothing records nothing: no new version, no timeline event, no publication.
 * Enumerated from the schema: every mutation named `…Update` must be listed here with a target.
 */
let t: TestHub;
let admin: string;
let yj: string;
let caseId: string;
/** Global ids of what the factories built for this file, by type. */
const built: Record<string, string> = {};

type Target = { type: string; table: string; token: () => string; id: () => Promise<number> };
const rowOf = (type: string) => async () => fromGlobalId(built[type]!)!.id;
/** Categories are reference data (the national catalogue), not a demo story: the first one serves. */
const firstCategory = async () => (await t.sql<{ id: number }>('select min(id) as id from category'))[0]!.id;

const TARGETS: Record<string, Target> = {
  agencyUpdate: { type: 'Agency', table: 'agency', token: () => admin, id: rowOf('Agency') },
  apiKeyUpdate: { type: 'ApiKey', table: 'api_key', token: () => admin, id: rowOf('ApiKey') },
  caseUpdate: { type: 'Case', table: 'hub_case', token: () => yj, id: rowOf('Case') },
  categoryUpdate: { type: 'Category', table: 'category', token: () => admin, id: firstCategory },
  centerUpdate: { type: 'Center', table: 'center', token: () => admin, id: rowOf('Center') },
  mediatorUpdate: { type: 'Mediator', table: 'mediator', token: () => admin, id: rowOf('Mediator') },
  stationingUpdate: { type: 'Stationing', table: 'stationing', token: () => admin, id: rowOf('Stationing') },
  userUpdate: { type: 'User', table: 'hub_user', token: () => admin, id: rowOf('User') },
};

const versionOf = async (table: string, id: number) => (await t.sql<{ version: number }>(`select version from ${table} where id = $1`, [id]))[0]!.version;
const counts = async () => (await t.sql<{ events: number; outbox: number }>(
  'select (select count(*)::int from case_event) as events, (select count(*)::int from hub_event) as outbox',
))[0]!;

async function update(name: string, input: Record<string, unknown>, token: string) {
  const res = await t.post({ query: `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { userErrors { field code message } } }`, variables: { input } },
    { authorization: `Bearer ${token}` });
  const body = (await res.json()) as { data?: Record<string, { userErrors: { field: string[]; code: string }[] }>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data![name]!.userErrors;
}

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2025-11-03T10:00:00+08:00' });
  const f = await factories(t);
  admin = f.admin;
  const desk = await f.desk();
  yj = desk.dispatcher.token;
  const created = await f.case(desk, { input: { title: '邻里纠纷', description: '因噪音发生争执' } });
  caseId = created.id;
  Object.assign(built, {
    Agency: desk.agency.id, Center: desk.center.id, Mediator: desk.mediator.id, User: desk.dispatcher.id, Case: caseId,
    ApiKey: (await f.apiKey([desk.center], ['STATISTICS_READ'])).id,
    Stationing: (await f.stationing(desk.agency, desk.center)).id,
  });
});
afterAll(() => t?.close());

describe('an update with nothing to change', () => {
  it('every …Update mutation of the schema is covered here', () => {
    const updates = rootFields('mutation').map((f) => f.name).filter((n) => n.endsWith('Update')).sort();
    console.log(`update mutations covered: ${updates.length} (${updates.join(', ')})`);
    expect(updates).toEqual(Object.keys(TARGETS).sort());
  });

  for (const [name, target] of Object.entries(TARGETS)) {
    it(`${name} with only id and version keeps the version and writes no event`, async () => {
      const id = await target.id();
      expect(id).toBeTruthy();
      const version = await versionOf(target.table, id);
      const before = await counts();
      expect(await update(name, { id: toGlobalId(target.type, id), version }, target.token())).toEqual([]);
      expect(await versionOf(target.table, id)).toBe(version);
      expect(await counts()).toEqual(before);
    });
  }

  it('caseUpdate with the title it already has is no change either', async () => {
    const id = await TARGETS.caseUpdate!.id();
    const version = await versionOf('hub_case', id);
    const before = await counts();
    expect(await update('caseUpdate', { id: caseId, version, title: '邻里纠纷', place: null }, yj)).toEqual([]);
    expect(await versionOf('hub_case', id)).toBe(version);
    expect(await counts()).toEqual(before);
  });

  it('caseUpdate with a blank title ("", spaces, zero-width) is REQUIRED, like caseCreate', async () => {
    const id = await TARGETS.caseUpdate!.id();
    for (const title of ['', '   ', '\u200b\u200b']) {
      const version = await versionOf('hub_case', id);
      expect(await update('caseUpdate', { id: caseId, version, title }, yj)).toEqual([
        { field: ['input', 'title'], code: 'REQUIRED', message: '标题不能为空' },
      ]);
      expect(await versionOf('hub_case', id)).toBe(version);
    }
  });

  it('a real change still bumps the version and writes one UPDATED event', async () => {
    const id = await TARGETS.caseUpdate!.id();
    const version = await versionOf('hub_case', id);
    const before = await counts();
    expect(await update('caseUpdate', { id: caseId, version, title: '邻里噪音纠纷' }, yj)).toEqual([]);
    expect(await versionOf('hub_case', id)).toBe(version + 1);
    expect((await counts()).events).toBe(before.events + 1);
  });
});
