/**
 * Compiled case reads (one SQL statement for `cases` and `node`, see src/modules/cases/compiled/) must answer
 * exactly what the ORM path answers: every document below × every staff role, compiled and not, same
 * JSON — values, order, cursors, page info, nulls for cases out of scope. Selections the compiler does
 * not know (personal data, computed fields, later timeline pages) must fall back, and still match.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub.js';

const ROLE_USERS = ['admin', 'hj.dispatcher', 'hj.hr', 'hj.lijianzhong', 'yj.scheduler', 'hj.leader', 'auditor', 'yj.dispatcher'];

const PAGE = `query Page($first: Int!, $after: String, $filter: CaseFilter) {
  cases(first: $first, after: $after, filter: $filter) {
    nodes {
      id number title status riskLevel receivedAt dueDate
      center { name } category { nameZh }
      parties { name role type headcount }
      assignments { role agency { shortName } mediator { name } }
      timeline(first: 5) { nodes { type at fromStatus toStatus } }
    }
  }
}`;

const EVERYTHING = `query Everything($first: Int!, $after: String, $withTimeline: Boolean!) {
  list: cases(first: $first, after: $after) {
    __typename totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor __typename node { ...Row } }
    first: nodes { id trackingCode kind channel acceptDueDate dispatchedAt concludedAt closedAt extendedDays riskFlag headcount version createdAt updatedAt }
    again: nodes { number c: center { id name } }
  }
}
fragment Row on Case {
  __typename id number
  originCenter { id name level }
  history: assignments(includeEnded: true) { __typename assignedAt endedAt endReason role agency { id name } mediator { id name } }
  current: assignments { role }
  parties { id name type role headcount address }
  timeline(first: 2) @include(if: $withTimeline) {
    __typename
    nodes { type at toStatus }
    edges { cursor node { type } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
  timeline2: timeline(first: 10) @skip(if: $withTimeline) { nodes { type } pageInfo { hasNextPage endCursor } }
}`;

// Cursors without hasNextPage: the compiled read then fetches no row beyond the page (nor per timeline).
const CURSORS = `query Cursors($first: Int!, $after: String) {
  cases(first: $first, after: $after) {
    pageInfo { startCursor endCursor hasPreviousPage }
    edges { cursor }
    nodes { id timeline(first: 2) { pageInfo { startCursor endCursor } edges { cursor node { type } } } }
  }
}`;

// Selections the compiler leaves to the ORM path: personal data, computed fields, cursor pages, totals.
const FALLBACKS = [
  `query { cases(first: 5) { nodes { id parties { name idNumber phone } } } }`,
  `query { cases(first: 5) { nodes { id overdue leadAgency { shortName } } } }`,
  `query { cases(last: 3) { nodes { id number } pageInfo { hasPreviousPage startCursor } } }`,
  `query { cases(first: 5) { nodes { id timeline(first: 3) { totalCount nodes { seq label details actorName } } } } }`,
];

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Case { number title status receivedAt parties { id name role type headcount } center { name } }
  }
}`;

let t: TestHub;
const tokens = new Map<string, string>();

/** The request log's `compiled` (root fields read compiled) and `written` (answers written out without graphql-js) summed. */
const totals = { compiled: 0, written: 0 };
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      const entry = JSON.parse(line) as { msg?: string; compiled?: number; written?: number };
      if (entry.msg !== 'graphql') continue;
      totals.compiled += entry.compiled ?? 0;
      totals.written += entry.written ?? 0;
    }
    done();
  },
});

beforeAll(async () => {
  t = await startTestHub({}, {}, pino({ level: 'info' }, sink));
  for (const user of ROLE_USERS) tokens.set(user, await t.login(user));
});
afterAll(() => t?.close());

async function both(query: string, variables: Record<string, unknown>, token: string) {
  const answer = async (compiled: boolean) => {
    t.config.compiledReads = compiled;
    const res = await t.post({ query, variables }, { authorization: `Bearer ${token}` });
    return res.text();
  };
  try {
    const orm = await answer(false);
    const compiled = await answer(true);
    // Byte for byte: the same keys in the same order, the same serialised values.
    expect(compiled).toBe(orm);
    return { orm: JSON.parse(orm) as { data?: Record<string, unknown>; errors?: unknown[] }, compiled: JSON.parse(compiled) as { data?: Record<string, unknown>; errors?: unknown[] } };
  } finally {
    t.config.compiledReads = true;
  }
}

describe('compiled case reads answer exactly what the ORM path answers', () => {
  it('has cases to compare, seen differently by different roles', async () => {
    const [{ n }] = await t.sql<{ n: number }>('select count(*)::int as n from hub_case');
    expect(n).toBeGreaterThan(3);
  });

  for (const user of ROLE_USERS) {
    it(`${user}: dashboard pages, every page by cursor, filters`, async () => {
      const token = tokens.get(user)!;
      const before = totals.compiled;
      const written = totals.written;
      let after: string | null = null;
      let pages = 0;
      do {
        const { orm, compiled } = await both(EVERYTHING, { first: 2, after, withTimeline: pages % 2 === 0 }, token);
        expect(orm.errors).toBeUndefined();
        expect(compiled).toEqual(orm);
        const cursors = await both(CURSORS, { first: 2, after }, token);
        expect(cursors.orm.errors).toBeUndefined();
        expect(cursors.compiled).toEqual(cursors.orm);
        const info = (orm.data!.list as { pageInfo: { hasNextPage: boolean; endCursor: string | null } }).pageInfo;
        after = info.hasNextPage ? info.endCursor : null;
        pages += 1;
      } while (after && pages < 20);
      for (const filter of [{}, { statuses: ['RESOLVED', 'IN_PROGRESS', 'DISPATCHED'] }, { search: '工资' }, { overdue: true }, { riskLevels: ['HIGH'] }]) {
        const { orm, compiled } = await both(PAGE, { first: 100, filter }, token);
        expect(orm.errors).toBeUndefined();
        expect(compiled).toEqual(orm);
      }
      expect(totals.compiled - before).toBeGreaterThanOrEqual(2 * pages + 5);
      // Apollo's pipeline wrote those answers out through the compiled-reads plugin (no graphql-js walk over the cases).
      expect(totals.written - written).toBeGreaterThanOrEqual(2 * pages + 5);
    });

    it(`${user}: node(id) of every case, visible or not`, async () => {
      const token = tokens.get(user)!;
      const ids = (await t.sql<{ id: number }>('select id from hub_case order by id')).map((r) => Buffer.from(`Case:${r.id}`).toString('base64url'));
      let seen = 0;
      for (const id of [...ids, Buffer.from('Case:999999').toString('base64url')]) {
        const { orm, compiled } = await both(NODE, { id }, token);
        expect(orm.errors).toBeUndefined();
        expect(compiled).toEqual(orm);
        if (orm.data!.node) seen += 1;
      }
      if (user === 'admin') expect(seen).toBe(ids.length);
    });
  }

  it('selections it does not compile fall back to the ORM path and still match', async () => {
    const token = tokens.get('hj.dispatcher')!;
    for (const query of FALLBACKS) {
      const before = totals.compiled;
      const { orm, compiled } = await both(query, {}, token);
      expect(orm.errors, query).toBeUndefined();
      expect(compiled, query).toEqual(orm);
      expect(totals.compiled, query).toBe(before);
    }
  });

  it('a document whose selection reads variables compiles per request: the same document answers each set of values', async () => {
    // A case's compiled SQL is kept per document only when its selection reads no variables (see
    // compiledCaseSelection); here the arguments and directives under node(id) change with each request.
    const varying = `query Varying($id: ID!, $withParties: Boolean!, $withTimeline: Boolean!, $first: Int!) {
      node(id: $id) { ... on Case { number parties @include(if: $withParties) { role } timeline(first: $first) @include(if: $withTimeline) { nodes { type } } } }
    }`;
    // A case with parties and a timeline longer than one page of one, so every set of values answers differently.
    const [rich] = await t.sql<{ id: number }>(`select c.id from hub_case c where exists (select 1 from case_party p where p.case_id = c.id)
      and (select count(*) from case_event e where e.case_id = c.id) >= 3 order by c.id limit 1`);
    const id = Buffer.from(`Case:${rich!.id}`).toString('base64url');
    const answers = new Set<string>();
    for (const withParties of [false, true]) {
      for (const [withTimeline, first] of [[true, 1], [false, 1], [true, 3]] as const) {
        const { orm, compiled } = await both(varying, { id, withParties, withTimeline, first }, tokens.get('admin')!);
        expect(orm.errors).toBeUndefined();
        answers.add(JSON.stringify(compiled.data));
      }
    }
    expect(answers.size).toBe(6);
  });

  it('a bad cursor is refused the same way', async () => {
    const { orm, compiled } = await both(PAGE, { first: 5, after: 'not-a-cursor' }, tokens.get('admin')!);
    expect((compiled.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe((orm.errors as { extensions: { code: string } }[])[0]!.extensions.code);
    expect(compiled.data).toEqual(orm.data);
  });
});
