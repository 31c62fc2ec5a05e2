import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBlank } from '../src/shared/boundary.js';
import { factories, type BuiltCase, type Desk } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { argsWith, leaves, operationFor, rootFields, type Leaf } from './support/schema-walk.js';

/**
 * Hostile inputs, as taken from public bug reports against servers of this kind: sizes, control
 * characters, NUL, lone surrogates, reordering marks, zero-width text, money and date edge cases —
 * over every mutation with free text (enumerated from the schema) and over every HTTP route. Whatever
 * the hub answers, it is never a server fault: 0 INTERNAL_SERVER_ERROR, 0 5xx, 0 error logs.
 */
let t: TestHub;
let admin: string;
let yj: string;
/** A county desk and one of its cases, built for this file (the hostile texts need a center, a case and a user). */
let desk: Desk;
let built: BuiltCase;
const logged: { level: number; msg: string }[] = [];

const SIZES = [0, 1, 100, 101, 300, 301, 1000, 1001, 5000, 5001, 10_000, 10_001].map((n) => 'x'.repeat(n));
const TEXTS = [
  ...SIZES, '   ', '\u0000', 'a\u0000b', 'a\u0001b', 'a\u007fb', 'a\u0085b', 'x\ud800y', '\udc00', '😀', '\u202eabc', '\u2066abc', '\u200b',
  '\u200b\u200d\ufeff', 'a\tb\nc', "'; drop table hub_case; --", '%_\\', '<script>alert(1)</script>', '\uffff',
];
const MONEY = ['-1', '1e3', '0.001', '123456789012345', '999999999999.99', 'NaN', 'Infinity', '', ' 1', '1,000', '0x10', '00.10', '1.', '.5'];
const DATES = ['2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '', '2026-2-3', '20260101', '1899-12-31', '1950-01-01', '2099-12-31'];
const INSTANTS = ['0000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '2026-02-30T00:00:00+08:00', '2026-01-01', '2026-01-01T25:00:00+08:00', 'now'];
const INTS = [-1, 0, 2_147_483_647, 2_147_483_648, 1.5, '1'];

function valuesFor(leaf: Leaf): unknown[] {
  switch (leaf.scalar) {
    case 'String': return TEXTS;
    case 'Money': return MONEY;
    case 'Date': return DATES;
    case 'DateTime': return INSTANTS;
    case 'Int': return INTS;
    default: return [];
  }
}

type Answer = { status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
const faults: string[] = [];
let tried = 0;

async function send(query: string, variables: unknown, token: string, label: string): Promise<Answer> {
  tried += 1;
  let answer: Answer;
  try {
    const res = await t.post({ query, variables }, { authorization: `Bearer ${token}` });
    answer = { status: res.status, body: (await res.json()) as Answer['body'] };
  } catch (error) {
    faults.push(`${label}: no answer (${String(error)})`);
    return { status: 0, body: {} };
  }
  if (answer.status >= 500 || (answer.body.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
    faults.push(`${label}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  return answer;
}

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line) logged.push(JSON.parse(line) as never);
      done();
    },
  });
  t = await startTestHub({ HUB_FAKE_NOW: '2025-11-03T10:00:00+08:00' }, {}, pino({ level: 'warn' }, sink));
  admin = await t.login('admin');
  const f = await factories(t);
  desk = await f.desk();
  yj = desk.dispatcher.token;
  built = await f.case(desk);
});
afterAll(() => t?.close());

describe('hostile inputs over GraphQL', () => {
  it('every mutation with free text, every text, money, date and number leaf of its input', async () => {
    faults.length = 0;
    const mutations = rootFields('mutation').filter((f) => f.args.some((a) => leaves(a).some((l) => l.scalar === 'String')));
    for (const field of mutations) {
      const query = operationFor('mutation', field);
      for (const arg of field.args) {
        for (const leaf of leaves(arg)) {
          for (const value of valuesFor(leaf)) {
            await send(query, argsWith(field, leaf.path, value), admin, `${field.name} ${leaf.path.join('.')}=${JSON.stringify(value).slice(0, 40)}`);
          }
        }
      }
      // One megabyte is over the body limit: refused at the door, before JSON is parsed.
      await send(query, argsWith(field, leaves(field.args[0]!).find((l) => l.scalar === 'String')?.path, 'x'.repeat(1 << 20)), admin, `${field.name} 1 MB`);
    }
    console.log(`hostile inputs: ${mutations.length} mutations with free text, ${tried} inputs tried, ${faults.length} server faults`);
    expect(faults).toEqual([]);
    expect(mutations.length).toBeGreaterThan(40);
  }, 600_000);

  it('a wage claim like the 72 workers\' with each hostile text in each free-text field: refused, or stored exactly as sent', async () => {
    const base = {
      centerId: desk.center.id, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'WAGES', amount: '302000.00',
      title: '72名工人讨薪', description: '工程完工后工资未结清', place: '伊金霍洛旗', riskFlag: 'HIGH', riskReason: '人数众多',
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '申请人甲', address: '阿勒腾席热镇' }],
    };
    const query = 'mutation($input: CaseCreateInput!) { caseCreate(input: $input) { case { id title description place riskReason parties { name address } } userErrors { field code } } }';
    const paths: string[][] = [['title'], ['description'], ['place'], ['riskReason'], ['parties', '0', 'name'], ['parties', '0', 'address']];
    const before = tried;
    faults.length = 0;
    for (const path of paths) {
      for (const text of [...TEXTS.filter((x) => x.length < 2000), '\u200b']) {
        const input = structuredClone(base) as Record<string, unknown>;
        let holder = input as Record<string, unknown>;
        for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
        holder[path.at(-1)!] = text;
        const answer = await send(query, { input }, yj, `caseCreate ${path.join('.')}=${JSON.stringify(text).slice(0, 30)}`);
        const payload = (answer.body.data as { caseCreate?: { case: Record<string, unknown> | null; userErrors: { field: string[] }[] } } | undefined)?.caseCreate;
        if (!payload?.case) continue;
        const field = path.join('.');
        const stored = path[0] === 'parties' ? (payload.case.parties as Record<string, unknown>[])[0]![path[2]!] : payload.case[path[0]!];
        // Accepted: what is read back is what was sent (trimmed; blank optional text is null), never a replaced character.
        if (stored !== (isBlank(text) ? null : text.trim())) faults.push(`caseCreate ${field} stored ${JSON.stringify(stored)} for ${JSON.stringify(text)}`);
        if (/[\ud800-\udfff]/u.test(text)) faults.push(`caseCreate accepted a lone surrogate as ${field}`);
        if (isBlank(text) && (field === 'title' || field === 'parties.0.name')) faults.push(`caseCreate accepted blank ${JSON.stringify(text)} as ${field}`);
      }
    }
    console.log(`hostile inputs: ${tried - before} caseCreate inputs at the 6 free-text fields`);
    expect(faults).toEqual([]);
  }, 300_000);

  it('no error was logged for any of them', () => {
    expect(logged.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('hostile arguments over every query', () => {
  /** A real id for an ID argument by its name, so a probe reaches past the id check to the other arguments. */
  const realId = (name: string): string | undefined => {
    if (/center/i.test(name)) return desk.center.id;
    if (/agency/i.test(name)) return desk.agency.id;
    if (/mediator/i.test(name)) return desk.mediator.id;
    if (/user|person|leader/i.test(name)) return desk.leader.id;
    if (/case|^id$/i.test(name)) return built.id;
    return undefined;
  };

  it('every query with arguments, every text, date, instant and number leaf, real ids beside it, as admin and as a county dispatcher', async () => {
    const before = tried;
    const errorsBefore = logged.filter((l) => l.level >= 50).length;
    faults.length = 0;
    const queries = rootFields('query').filter((f) => f.args.length > 0);
    for (const field of queries) {
      const query = operationFor('query', field);
      for (const arg of field.args) {
        for (const leaf of leaves(arg)) {
          for (const value of valuesFor(leaf)) {
            const args = argsWith(field, leaf.path, value);
            for (const other of field.args) {
              const id = realId(other.name);
              if (other.name !== leaf.path[0] && id && String(other.type).replace('!', '') === 'ID') args[other.name] = id;
            }
            for (const [who, token] of [['admin', admin], ['dispatcher', yj]] as const) {
              await send(query, args, token, `${who} ${field.name} ${leaf.path.join('.')}=${JSON.stringify(value).slice(0, 40)}`);
            }
          }
        }
      }
    }
    console.log(`hostile inputs: ${queries.length} queries with arguments, ${tried - before} requests, ${faults.length} server faults`);
    expect(faults).toEqual([]);
    expect(queries.length).toBeGreaterThan(30);
    expect(logged.filter((l) => l.level >= 50).slice(errorsBefore)).toEqual([]);
  }, 600_000);

  it('an operation that cannot be chosen (two unnamed, an unknown operationName) is OPERATION_RESOLUTION_FAILURE, signed in or not', async () => {
    const bodies = [
      { query: 'query A { __typename } query B { __typename }' },
      { query: 'query A { __typename }', operationName: 'Z' },
      { query: 'query A { cases(first: 1) { totalCount } } query B { node(id: "x") { id } }' },
    ];
    for (const body of bodies) {
      for (const headers of <Record<string, string>[]>[{}, { authorization: `Bearer ${yj}` }, { authorization: `Bearer ${admin}` }]) {
        const res = await t.post(body, headers);
        const answer = (await res.json()) as { errors: { extensions: { code: string } }[] };
        expect({ body, status: res.status, code: answer.errors[0]!.extensions.code }).toEqual({ body, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
      }
    }
  });
});

describe('hostile inputs over every HTTP route', () => {
  const centerCode = '150627';
  const PARAMS = ['%00', '15062%00', '%E0%A4%A', '%ED%A0%80', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(3000), '%E2%80%AE150627', '%20', '%25', 'null', '-1', '1e99'];
  const JSON_PARAMS = [
    '{"search":"a\\u0000"}', '{"search":"x\\ud800"}', '{"search":"\\u202e"}', '{"search":"' + 'x'.repeat(20_000) + '"}', '{"search":', '[]', '"x"',
    '{"receivedFrom":"2026-02-30T00:00:00+08:00"}', '{"unknown":1}', '{"\\u0000":1}',
  ];
  const PERIODS = ['{"kind":"YEAR","date":"2026-02-30"}', '{"kind":"YEAR","date":"0000-01-01"}', '{"kind":"MONTH","date":"9999-12-31"}', '{"kind":"X"}', '{"kind":"YEAR","date":"a\\u0000"}'];

  const routes = (caseId: string, userId: string): string[] => [
    '/healthz', '/readyz', '/healthz?x=%00', `/readyz?x=${'%ED%A0%80'}`, '/no-such-route', '/no-such-route/%00', '/graphql?query=%00',
    ...PARAMS.map((p) => `/calendar/centers/${p}.ics`), `/calendar/centers/${centerCode}.ics?x=%00`,
    ...PARAMS.map((p) => `/calendar/people/${p}.ics`), `/calendar/people/${userId}.ics?%00=1`,
    ...PARAMS.map((p) => `/exports/cases.${p}`), ...PARAMS.map((p) => `/exports/ledger.${p}`),
    ...JSON_PARAMS.map((p) => `/exports/cases.csv?filter=${encodeURIComponent(p)}`), ...JSON_PARAMS.map((p) => `/exports/cases.xlsx?filter=${encodeURIComponent(p)}`),
    '/exports/cases.csv?filter=a&filter=b',
    ...PERIODS.map((p) => `/exports/ledger.csv?period=${encodeURIComponent(p)}`),
    ...PARAMS.map((p) => `/exports/ledger.csv?period=${encodeURIComponent('{"kind":"YEAR","date":"2025-01-01"}')}&centerId=${p}`),
    ...PARAMS.map((p) => `/documents/cases/${p}/acceptance-notice`), ...PARAMS.map((p) => `/documents/cases/${caseId}/${p}`),
  ];

  it('exports, documents, calendar feeds, health: never a 5xx, never an HTML page, always an answer', async () => {
    const caseId = built.id;
    const userId = desk.dispatcher.id;
    const problems: string[] = [];
    let count = 0;
    const base = t.url.replace(/\/graphql$/, '');
    for (const path of routes(caseId, userId)) {
      for (const headers of <Record<string, string>[]>[{ authorization: `Bearer ${admin}` }, { authorization: `Bearer ${admin}`, 'x-access-reason': '%00' }, {}]) {
        count += 1;
        try {
          const res = await fetch(`${base}${path}`, { headers });
          const type = res.headers.get('content-type') ?? '';
          const text = await res.text();
          if (res.status >= 500 || type.includes('text/html') && res.status !== 200 || /at .*\(.*\.(js|ts):\d+/.test(text)) {
            problems.push(`${path.slice(0, 120)} ${JSON.stringify(headers).slice(0, 60)}: ${res.status} ${type} ${text.slice(0, 200)}`);
          }
        } catch (error) {
          problems.push(`${path.slice(0, 120)}: no answer (${String(error)})`);
        }
      }
    }
    console.log(`hostile inputs: ${routes(caseId, userId).length} route requests × 3 header sets = ${count} HTTP requests`);
    expect(problems).toEqual([]);
  }, 300_000);

  it('a NUL in an export filter or a calendar path is a 400 naming the parameter', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    const exportRes = await fetch(`${base}/exports/cases.csv?filter=${encodeURIComponent('{"search":"a\\u0000"}')}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(exportRes.status).toBe(400);
    expect(await exportRes.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'search'] } }] });
    const feed = await fetch(`${base}/calendar/centers/15062%00.ics`);
    expect(feed.status).toBe(400);
    expect(feed.headers.get('content-type')).toMatch(/application\/json/);
  });
});
