import {
  getNamedType, isEnumType, isInterfaceType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorReaders, cursorValues } from '../src/shared/cursor-values.js';
import { factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { placeholder, SCHEMA } from './support/schema-walk.js';

/**
 * Crafted pagination cursors, over every connection field of the schema that takes `after`/`before` (found
 * from the committed SDL, so a new connection is covered without touching this file), in each of its
 * orders: cursors no connection could have given, and a real cursor of the connection with one key at a
 * time replaced by a value of the wrong type or out of range for that key (the tester's month 13 and id
 * past int4 among them). Each is refused as BAD_USER_INPUT "游标无效 / Invalid cursor" naming the
 * argument, never an INTERNAL_SERVER_ERROR from PostgreSQL and never a page; well-typed values at the
 * edges of each key's range page; a cursor from a real page still pages forwards and backwards.
 */
let t: TestHub;
let admin: string;
/** Who reads the connection under test: the admin, or the first of `others` when the admin may not (`myCasesInCharge` is a leader's). */
let viewer: string;
let others: string[];

const b64 = (json: string) => Buffer.from(json).toString('base64');

/**
 * Not the cursor of any connection, whatever its order: every order ends with an integer id (int4 as a
 * number, bigint as a digit string) and none has a boolean key. Among them, the tester's `[true,false]`,
 * `["x","y"]` and `[1,"x"]`, and the ones MikroORM ignored (wrong length, not an array).
 */
const ANY: [string, string][] = [
  '[true,false]', '["x","y"]', '[1,"x"]', '[]', '["…"]', '{"a":1}', '5', '"x"', 'null', '[true]', '[null]', '[null,null]', '[1.5]',
  '[{"a":1},1]', '[[1],1]', '["x",1,2,3,4]', '[1e400,1]', '["x",2147483648]', '["2026-11-21T01:30:00.000Z",1.5]', '["2026-11-21T01:30:00.000Z",null]',
].map((json) => [json, b64(json)]);
ANY.push(['not base64 JSON', 'not a cursor!!'], ['empty', ''], ['base64 of bytes', Buffer.from([0xff, 0xfe, 0x00]).toString('base64')]);

/** The kind of a value in one of our cursors, read from its JSON form (`id`: it is the last, the id's). */
function kindOf(value: unknown, id: boolean): 'int' | 'bigint' | 'timestamp' | 'date' | 'text' | undefined {
  if (typeof value === 'number') return 'int';
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return 'timestamp';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  // Digits: a bigint id as its string, or text such as a division code.
  return id && /^\d+$/.test(value) ? 'bigint' : 'text';
}

/** Values of the wrong type or out of range for a key of that kind (the tester's month 13 and id past int4 among them). */
const WRONG: Record<string, unknown[]> = {
  int: [2_147_483_648, -2_147_483_649, 1.5, '1', '2147483648', true, null, 'x'],
  bigint: ['9223372036854775808', '-9223372036854775809', 1, true, null],
  timestamp: ['0000-01-01T00:00:00.000Z', '2026-13-45T00:00:00Z', '2026-02-30T00:00:00.000Z', '2026-11-21T25:00:00.000Z', '2026-11-21T09:30:00+08:00', '2026-11-21', 'now', '+275760-09-13T00:00:00.000Z', 1, true],
  date: ['2026-13-01', '2026-02-30', '1899-12-31', '2026-11-21T00:00:00.000Z', 20261121, true],
  text: [true, 1, 'x\u0000y', { a: 1 }, ['x']],
};

/** Well typed at the edges of each kind's range: a page (maybe empty), not an error. */
const EDGE: Record<string, unknown[]> = {
  int: [2_147_483_647, -2_147_483_648, 0],
  bigint: ['9223372036854775807', '0'],
  timestamp: ['0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z'],
  date: ['1900-01-01', '2200-12-31'],
  text: ['', 'x', '😀'],
};

type Answer = { data?: unknown; errors?: { message: string; extensions?: { code?: string; argument?: string } }[] };

/** A connection field and how to reach it: at the root, or on a node found by `node(id:)`. */
interface Connection {
  name: string;
  parent: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

/** Every field of the schema returning a connection (a type with `pageInfo`) that takes `after` and `before`. */
function connections(): Connection[] {
  const found: Connection[] = [];
  for (const type of Object.values(SCHEMA.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === SCHEMA.getSubscriptionType() || type === SCHEMA.getMutationType()) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const names = field.args.map((a) => a.name);
      if (isObjectType(named) && 'pageInfo' in named.getFields() && names.includes('after') && names.includes('before')) {
        found.push({ name: `${type.name}.${field.name}`, parent: type, field });
      }
    }
  }
  return found;
}

async function send(query: string, variables: Record<string, unknown>, token = viewer): Promise<Answer> {
  const res = await t.post({ query, variables }, { authorization: `Bearer ${token}` });
  return (await res.json()) as Answer;
}

const ids = new Map<string, string[]>();

/** IDs of up to 50 objects of `typeName` the admin sees, from the first root connection of that type that has any. */
async function idsOf(typeName: string): Promise<string[]> {
  const known = ids.get(typeName);
  if (known) return known;
  let found: string[] = [];
  for (const c of connections()) {
    const nodes = getNamedType((getNamedType(c.field.type) as GraphQLObjectType).getFields().nodes!.type);
    if (c.parent !== SCHEMA.getQueryType() || nodes.name !== typeName || c.field.args.some((a) => isNonNullType(a.type))) continue;
    const body = await send(`{ ${c.field.name}(first: 50) { nodes { id } } }`, {}, admin);
    found = ((body.data as Record<string, { nodes: { id: string }[] }> | undefined)?.[c.field.name]?.nodes ?? []).map((n) => n.id);
    if (found.length) break;
  }
  ids.set(typeName, found);
  return found;
}

/** The required arguments of a field: an `…Id: ID!` is a real object's (`centerId` → a center), the rest placeholders. */
async function requiredArgs(field: GraphQLField<unknown, unknown>): Promise<Record<string, unknown>> {
  const args: Record<string, unknown> = {};
  for (const a of field.args) {
    if (!isNonNullType(a.type) || a.defaultValue !== undefined) continue;
    const object = /^(\w+)Id$/.exec(a.name);
    if (object && getNamedType(a.type).name === 'ID') {
      const [id] = await idsOf(object[1]!.charAt(0).toUpperCase() + object[1]!.slice(1));
      if (!id) throw new Error(`no ${object[1]} for ${field.name}(${a.name})`);
      args[a.name] = id;
    } else args[a.name] = placeholder(a.type, true);
  }
  return args;
}

/**
 * The operation that reads `c` with `page` (e.g. `first: $n, after: $cursor`) and `selection`, its variables,
 * and where in the answer the connection is.
 */
function operation(c: Connection, required: Record<string, unknown>, page: string, selection: string, parentId?: string, extra = '') {
  const defs = c.field.args.filter((a) => a.name in required).map((a) => `$${a.name}: ${String(a.type)}`);
  const call = [...Object.keys(required).map((k) => `${k}: $${k}`), page, extra].filter(Boolean).join(', ');
  const used = [page.includes('$cursor') && '$cursor: String', page.includes('$n') && '$n: Int'].filter((v): v is string => !!v);
  const vars = [...used, ...defs, ...(parentId ? ['$parent: ID!'] : [])].join(', ');
  const inner = `${c.field.name}(${call}) { ${selection} }`;
  const head = vars ? `query Probe(${vars})` : 'query Probe';
  const query = parentId ? `${head} { node(id: $parent) { ... on ${c.parent.name} { ${inner} } } }` : `${head} { ${inner} }`;
  const at = (data: unknown) => {
    const holder = parentId ? (data as { node?: Record<string, unknown> } | undefined)?.node : (data as Record<string, unknown> | undefined);
    return holder?.[c.field.name] as { edges: { cursor: string }[]; totalCount: number } | undefined;
  };
  return { query, variables: { ...required, ...(parentId ? { parent: parentId } : {}) }, at };
}

/** The parents a nested connection is read on (none for a root one); throws when the schema gives no way to reach it. */
async function parentsOf(c: Connection): Promise<(string | undefined)[]> {
  if (c.parent === SCHEMA.getQueryType()) return [undefined];
  if (!c.parent.getInterfaces().some((i) => isInterfaceType(i) && i.name === 'Node')) throw new Error(`${c.name}: ${c.parent.name} is not a Node`);
  const found = await idsOf(c.parent.name);
  if (!found.length) throw new Error(`${c.name}: no ${c.parent.name} to read it on`);
  return found;
}

/** Makes `viewer` the first of the admin and `others` who may read `c` (its first page is not FORBIDDEN). */
async function chooseViewer(c: Connection, required: Record<string, unknown>): Promise<void> {
  const [parent] = await parentsOf(c);
  for (const token of [admin, ...others]) {
    const op = operation(c, required, 'first: 1', 'totalCount', parent);
    const body = await send(op.query, op.variables, token);
    viewer = token;
    if (!body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) return;
  }
  throw new Error(`${c.name}: no viewer may read it`);
}

/** `orderBy: X` for each value of an `orderBy` enum argument, or just the default order. */
function ordersOf(c: Connection): string[] {
  const arg = c.field.args.find((a) => a.name === 'orderBy');
  const type = arg && getNamedType(arg.type);
  return type && isEnumType(type) ? type.getValues().map((v) => `orderBy: ${v.name}`) : [''];
}

const labelOf = (c: Connection, order: string) => `${c.name}${order ? `(${order})` : ''}`;

/** The cursors of a first page of up to 3 (and the parent it was read on) with at least `min` edges; undefined when none has. */
async function firstCursors(c: Connection, required: Record<string, unknown>, order: string, min: number) {
  for (const parent of await parentsOf(c)) {
    const op = operation(c, required, 'first: 3', 'edges { cursor }', parent, order);
    const page = op.at((await send(op.query, op.variables)).data);
    if (page && page.edges.length >= min) return { parent, cursors: page.edges.map((e) => e.cursor) };
  }
  return undefined;
}

beforeAll(async () => {
  t = await startTestHub({ HUB_FAKE_NOW: '2025-11-03T10:00:00+08:00' });
  const f = await factories(t);
  admin = f.admin;
  viewer = admin;
  // Three API keys, so their connection pages too.
  const desk = await f.desk();
  for (const name of ['对接甲', '对接乙', '对接丙']) await f.apiKey([desk.center], ['CASES_READ'], { name });
  others = [desk.leader.token, (await f.user('AUDITOR', { center: desk.center })).token];
});
afterAll(() => t?.close());

describe('pagination cursors', () => {
  it('the schema\'s connections with after/before are found, root and nested', () => {
    const names = connections().map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining([
      'Query.centers', 'Query.agencies', 'Query.mediators', 'Query.users', 'Query.stationings', 'Query.apiKeys', 'Query.dutySwaps',
      'Query.jointMeetings', 'Query.myCasesInCharge', 'Query.receptions', 'Query.cases', 'Query.personalDataAccesses',
      'Case.timeline', 'Center.children', 'Center.stationings', 'Agency.mediators', 'Agency.stationings',
    ]));
  });

  it('every crafted cursor, as after and as before, on every connection and order: BAD_USER_INPUT naming the argument; well-typed edge values page', async () => {
    const wrong: string[] = [];
    const typed: string[] = [];
    let sent = 0;
    for (const c of connections()) {
      const required = await requiredArgs(c.field);
      await chooseViewer(c, required);
      for (const order of ordersOf(c)) {
        const real = await firstCursors(c, required, order, 1);
        const crafted = [...ANY];
        // Each key of a real cursor replaced by values of the wrong type or out of range for its kind.
        const values = real && (JSON.parse(Buffer.from(real.cursors[0]!, 'base64url').toString()) as unknown[]);
        const edges: string[] = [];
        values?.forEach((value, i) => {
          const replaced = (x: unknown) => JSON.stringify(values.map((v, j) => (j === i ? x : v)));
          const kind = kindOf(value, i === values.length - 1) ?? '';
          for (const bad of WRONG[kind] ?? []) crafted.push([replaced(bad), b64(replaced(bad))]);
          for (const edge of EDGE[kind] ?? []) edges.push(replaced(edge));
        });
        if (values) typed.push(labelOf(c, order));
        const parent = real?.parent ?? (await parentsOf(c))[0];
        for (const [argument, size] of [['after', 'first'], ['before', 'last']] as const) {
          // The count alone, and edges (the compiled reads of cases take another path than the ORM's).
          for (const selection of ['totalCount', 'edges { cursor } pageInfo { hasNextPage hasPreviousPage }']) {
            const op = operation(c, required, `${size}: 2, ${argument}: $cursor`, selection, parent, order);
            for (const [label, cursor] of crafted) {
              sent += 1;
              const body = await send(op.query, { ...op.variables, cursor });
              const e = body.errors?.[0];
              if (e?.extensions?.code !== 'BAD_USER_INPUT' || e.extensions.argument !== argument || e.message !== '游标无效 / Invalid cursor' || op.at(body.data)) {
                wrong.push(`${labelOf(c, order)}(${argument}: ${label}) [${selection.slice(0, 10)}]: ${JSON.stringify(body).slice(0, 200)}`);
              }
            }
            for (const json of edges) {
              sent += 1;
              const body = await send(op.query, { ...op.variables, cursor: b64(json) });
              if (body.errors || !op.at(body.data)) wrong.push(`${labelOf(c, order)}(${argument}: ${json}) well typed, refused: ${JSON.stringify(body).slice(0, 200)}`);
            }
          }
        }
      }
    }
    console.log(`cursors: ${connections().length} connections, ${sent} crafted cursors sent; keys typed from a real cursor: ${typed.join(', ')}`);
    expect(wrong.slice(0, 60)).toEqual([]);
    expect(typed).toEqual(expect.arrayContaining(['Query.cases', 'Query.centers(orderBy: CREATED_AT)', 'Query.centers(orderBy: NAME)', 'Case.timeline', 'Query.stationings', 'Query.apiKeys']));
  }, 300_000);

  it('a cursor from a real page pages on, forwards and backwards, in every order of every connection with three items', async () => {
    const wrong: string[] = [];
    const checked: string[] = [];
    const skipped: string[] = [];
    for (const c of connections()) {
      const required = await requiredArgs(c.field);
      await chooseViewer(c, required);
      for (const order of ordersOf(c)) {
        const label = labelOf(c, order);
        const real = await firstCursors(c, required, order, 3);
        if (!real) {
          skipped.push(label);
          continue;
        }
        const [c0, c1, c2] = real.cursors as [string, string, string];
        const after = operation(c, required, 'first: $n, after: $cursor', 'edges { cursor }', real.parent, order);
        const forward = after.at((await send(after.query, { ...after.variables, n: 2, cursor: c0 })).data);
        const before = operation(c, required, 'last: $n, before: $cursor', 'edges { cursor }', real.parent, order);
        const backward = before.at((await send(before.query, { ...before.variables, n: 2, cursor: c2 })).data);
        if (JSON.stringify(forward?.edges.map((e) => e.cursor)) !== JSON.stringify([c1, c2])) wrong.push(`${label} after: ${JSON.stringify(forward)}`);
        if (JSON.stringify(backward?.edges.map((e) => e.cursor)) !== JSON.stringify([c0, c1])) wrong.push(`${label} before: ${JSON.stringify(backward)}`);
        checked.push(label);
      }
    }
    console.log(`cursors: real cursors paged on ${checked.length} connection orders; fewer than 3 items: ${skipped.join(', ') || 'none'}`);
    expect(wrong).toEqual([]);
    expect(checked).toEqual(expect.arrayContaining([
      'Query.cases', 'Query.centers(orderBy: CREATED_AT)', 'Query.centers(orderBy: NAME)', 'Case.timeline', 'Center.stationings', 'Query.stationings', 'Query.apiKeys',
    ]));
  }, 300_000);
});

describe('cursor values, one check per kind of column', () => {
  const meta = (name: string) => t.hub.db.orm.getMetadata().find(name as never)!;
  const refused = (name: string, order: object, json: string) => {
    try {
      cursorValues(meta(name), order, b64(json), 'before');
    } catch (error) {
      return (error as { extensions?: unknown }).extensions;
    }
    return undefined;
  };
  const BAD = { code: 'BAD_USER_INPUT', argument: 'before' };

  it('a case cursor reads as [Date, id]; the id stays within int4', () => {
    expect(cursorValues(meta('Case'), { receivedAt: 'desc', id: 'desc' }, b64('["2026-11-21T01:30:00.000Z",2147483647]'), 'after'))
      .toEqual([new Date('2026-11-21T01:30:00.000Z'), 2_147_483_647]);
    expect(refused('Case', { receivedAt: 'desc', id: 'desc' }, '["2026-11-21T01:30:00.000Z",2147483648]')).toEqual(BAD);
  });

  it('a bigint id is its digit string within int8; a date column a calendar date; text no longer than its column, without NUL', () => {
    expect(cursorValues(meta('CaseEvent'), { id: 'asc' }, b64('["9223372036854775807"]'), 'after')).toEqual(['9223372036854775807']);
    expect(refused('CaseEvent', { id: 'asc' }, '["9223372036854775808"]')).toEqual(BAD);
    expect(refused('CaseEvent', { id: 'asc' }, '[12]')).toEqual(BAD);
    expect(cursorValues(meta('Stationing'), { startDate: 'asc', id: 'asc' }, b64('["2024-02-29",1]'), 'after')).toEqual(['2024-02-29', 1]);
    expect(refused('Stationing', { startDate: 'asc', id: 'asc' }, '["2025-02-29",1]')).toEqual(BAD);
    expect(cursorValues(meta('Center'), { divisionCode: 'asc', id: 'asc' }, b64('["150627000000",1]'), 'after')).toEqual(['150627000000', 1]);
    expect(refused('Center', { divisionCode: 'asc', id: 'asc' }, '["1506270000000",1]')).toEqual(BAD);
    expect(refused('Center', { name: 'asc', id: 'asc' }, '["a\\u0000b",1]')).toEqual(BAD);
  });

  it('an order by a column no check knows fails on its first page, as a programming error', () => {
    expect(() => cursorReaders(meta('CaseEvent'), { data: 'asc', id: 'asc' })).toThrow(/no cursor check for CaseEvent.data/);
  });
});
