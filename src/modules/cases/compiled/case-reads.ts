import { getNamedType, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { HubContext } from '../../../shared/context.js';
import { checkPageArgs, encodeCursor } from '../../../shared/pagination.js';
import type { Viewer } from '../../../shared/viewer.js';
import { preparedSelect } from '../../../shared/prepared.js';
import { Case } from '../case.entity.js';
import type { CasesArgs } from '../case.inputs.js';
import { CASE_ORDER, caseCursor, CaseQueryService } from '../case-query.service.js';
import { representedCountSql } from '../case-core.js';
import { precomputed } from './precomputed.js';
import { fixedSelection } from './fields.js';
import { expression, firstPage, Projector, toMany, toOne, type Compiled, type ProjectionRules } from './projector.js';
import { answered, fullInfo, notCompiled } from './withheld.js';

/** What a case read may compile: the case, its parts and the organisation objects they point at. */
export const CASE_PROJECTION: ProjectionRules = {
  entities: {
    Case: 'Case', Party: 'Party', Assignment: 'Assignment', CaseEvent: 'CaseEvent',
    Center: 'Center', Category: 'Category', Agency: 'Agency', Mediator: 'Mediator',
  },
  relations: {
    'Case.center': toOne('center'),
    'Case.originCenter': toOne('originCenter'),
    'Case.category': toOne('category'),
    'Case.parties': toMany('case_id'),
    'Case.assignments': toMany('case_id', (x, args) => (args.includeEnded ? '' : `${x}.ended_at is null`)),
    'Case.headcount': expression(representedCountSql),
    'Case.timeline': firstPage('case_id', true),
    'Assignment.agency': toOne('agency'),
    'Assignment.mediator': toOne('mediator'),
  },
  // Their resolvers mask these for API keys only; staff read the column.
  staffColumns: { 'Party.name': 'name', 'Case.trackingCode': 'trackingCode' },
};

/** The GraphQL types whose fields answer precomputed objects (see `acceptPrecomputed`). */
export const PROJECTED_TYPES = [
  ...Object.keys(CASE_PROJECTION.entities), 'CaseConnection', 'CaseEdge', 'PageInfo', 'CaseEventConnection', 'CaseEventEdge',
];

/** Compiled reads are for staff; keys' answers are shaped per field by resolvers (masking). */
const compiles = (ctx: HubContext) => ctx.viewer.authenticated && ctx.config.compiledReads;

function projector(ctx: HubContext, info: GraphQLResolveInfo): Projector {
  return new Projector({ schema: info.schema, fragments: info.fragments, variableValues: info.variableValues }, ctx.em.getMetadata(), CASE_PROJECTION);
}

/**
 * `cases(first, after, filter)` as one SQL statement, or undefined when the selection (or `last`/`before`)
 * is not compiled. Same scope, filter, order, cursors and page info as `CaseQueryService.list`.
 */
export async function compiledCases(ctx: HubContext, args: CasesArgs, slim: GraphQLResolveInfo): Promise<object | undefined> {
  const answer = await readCases(ctx, args, slim);
  if (answer === undefined) notCompiled(ctx, slim);
  return answer;
}

async function readCases(ctx: HubContext, args: CasesArgs, slim: GraphQLResolveInfo): Promise<object | undefined> {
  if (!compiles(ctx) || args.last != null || args.before != null) return undefined;
  const info = fullInfo(ctx, slim);
  checkPageArgs(args);
  const first = args.first!;
  const p = projector(ctx, info);
  const connection = getNamedType(info.returnType) as GraphQLObjectType;
  const caseType = getNamedType(connection.getFields().nodes!.type) as GraphQLObjectType;
  const edgeType = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
  const pageInfoType = getNamedType(connection.getFields().pageInfo!.type) as GraphQLObjectType;

  // Each distinct selection of the case (under `nodes` or `edges.node`, aliases apart) is a column.
  const columns: string[] = [];
  const column = (nodes: readonly FieldNode[]): ((r: Row) => unknown) | undefined => {
    const compiled = p.object(caseType, 'c', nodes);
    if (compiled === undefined) {
      ctx.log.debug({ field: p.refused }, 'case list not compiled');
      return undefined;
    }
    columns.push(compiled.sql);
    const col = `c${columns.length - 1}`;
    return (r) => compiled.decode(r[col]);
  };
  type Part = (rows: Row[], more: boolean, total: number | undefined) => unknown;
  const parts: [string, Part][] = [];
  let countNeeded = false;
  let hasNextPage = false;
  for (const [key, nodes] of p.subfields(connection, info.fieldNodes)) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') continue;
    if (name === 'nodes') {
      const node = column(nodes);
      if (!node) return undefined;
      parts.push([key, (rows) => rows.map(node)]);
    } else if (name === 'edges') {
      const edge: [string, (r: Row) => unknown][] = [];
      for (const [edgeKey, edgeNodes] of p.subfields(edgeType, nodes)) {
        const edgeField = edgeNodes[0]!.name.value;
        if (edgeField === 'cursor') edge.push([edgeKey, cursorOf]);
        else if (edgeField === 'node') {
          const node = column(edgeNodes);
          if (!node) return undefined;
          edge.push([edgeKey, node]);
        } else if (edgeField !== '__typename') return undefined;
      }
      parts.push([key, (rows) => rows.map((r) => precomputed(Object.fromEntries(edge.map(([k, f]) => [k, f(r)]))))]);
    } else if (name === 'pageInfo') {
      hasNextPage ||= [...p.subfields(pageInfoType, nodes).values()].some((n) => n[0]!.name.value === 'hasNextPage');
      // Plain objects: PageInfo's fields are plain, so the ORM path's resolvers read them by name.
      parts.push([key, (rows, more) => ({
        hasNextPage: more, hasPreviousPage: args.after != null,
        startCursor: rows.length ? cursorOf(rows[0]!) : null, endCursor: rows.length ? cursorOf(rows.at(-1)!) : null,
      })]);
    } else if (name === 'totalCount') {
      countNeeded = true;
      parts.push([key, (_rows, _more, total) => total]);
    } else return undefined;
  }

  // One row more than the page only when hasNextPage is asked for; that row's JSON is never built.
  const peek = hasNextPage ? 1 : 0;
  const { where, page } = await new CaseQueryService(ctx).filters(args);
  const qb = ctx.em.createQueryBuilder(Case, 'p').select('*').where(page as never).orderBy(CASE_ORDER).limit(first + peek);
  if (args.after != null) {
    const [at, id] = caseCursor(ctx.em, args.after, 'after');
    qb.andWhere({ $or: [{ receivedAt: { $lt: at } }, { receivedAt: at, id: { $lt: id } }] } as never);
  }
  const json = columns.map((c, i) => `, ${peek ? `case when c.n <= ${first} then ${c} end` : c} as c${i}`).join('');
  const from = peek ? `(select p.*, row_number() over (order by p.received_at desc, p.id desc) as n from (${qb.getQuery()}) p)` : `(${qb.getQuery()})`;
  const sql = `select c.id, c.received_at${json} from ${from} c order by c.received_at desc, c.id desc`;
  const [rows, total] = await Promise.all([
    preparedSelect<Row>(ctx.em, sql, qb.getParams()),
    countNeeded ? ctx.em.count(Case, where) : undefined,
  ]);
  const more = rows.length > first;
  if (more) rows.pop();
  const answer: Record<string, unknown> = {};
  for (const [key, part] of parts) answer[key] = part(rows, more, total);
  const result = precomputed(answer);
  answered(ctx, slim, result);
  return result;
}

interface Row {
  id: number;
  received_at: Date | string;
  [column: string]: unknown;
}

/** The same cursor `paginate` gives a case: `[receivedAt, id]`. */
function cursorOf(row: Row): string {
  return encodeCursor([new Date(row.received_at), Number(row.id)]);
}

/** The ids of the cases a viewer may see, as SQL; built once per viewer (a cached viewer lives seconds). */
const visibleSql = new WeakMap<Viewer, { sql: string; params: readonly unknown[] }>();
function visibleCases(ctx: HubContext): { sql: string; params: readonly unknown[] } {
  let visible = visibleSql.get(ctx.viewer);
  if (!visible) {
    const qb = ctx.em.createQueryBuilder(Case, 'p').select('id').where(new CaseQueryService(ctx).access.visibleWhere() as never);
    visible = { sql: qb.getQuery(), params: qb.getParams() };
    visibleSql.set(ctx.viewer, visible);
  }
  return visible;
}

/**
 * `node(id)` for a case as one SQL statement: the case only if the viewer may see it (the list's scope
 * rule), null otherwise; undefined when the selection is not compiled.
 */
export async function compiledCase(ctx: HubContext, id: number, slim: GraphQLResolveInfo): Promise<object | null | undefined> {
  const answer = await readCase(ctx, id, slim);
  if (answer === undefined) notCompiled(ctx, slim);
  return answer;
}

/**
 * Per field node (Apollo's document cache hands out the same parsed document) whose selection reads no
 * variables: the case's compiled SQL and decoder, built once instead of on every request (measured:
 * docs/performance.md, *Per-request overhead*). `null`: the selection does not compile.
 */
const compiledByNode = new WeakMap<FieldNode, Compiled | null>();

function compiledCaseSelection(ctx: HubContext, info: GraphQLResolveInfo, type: GraphQLObjectType): Compiled | undefined {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : undefined;
  const known = node && compiledByNode.get(node);
  if (known !== undefined) return known ?? undefined;
  const compiled = projector(ctx, info).object(type, 'c', info.fieldNodes);
  if (node && fixedSelection(node, info.fragments)) compiledByNode.set(node, compiled ?? null);
  return compiled;
}

/**
 * The statement per compiled selection and visibility, the same string each time (its prepared
 * statement is found by its text: a string already looked up once is not hashed again).
 */
const caseTexts = new WeakMap<Compiled, WeakMap<object, string>>();
function caseText(compiled: Compiled, visible: { sql: string }): string {
  let byVisible = caseTexts.get(compiled);
  if (!byVisible) caseTexts.set(compiled, (byVisible = new WeakMap()));
  let text = byVisible.get(visible);
  if (text === undefined) byVisible.set(visible, (text = `select ${compiled.sql} as j from hub_case c where c.id = ? and c.id in (${visible.sql})`));
  return text;
}

async function readCase(ctx: HubContext, id: number, slim: GraphQLResolveInfo): Promise<object | null | undefined> {
  if (!compiles(ctx)) return undefined;
  const info = fullInfo(ctx, slim);
  const type = info.schema.getType('Case') as GraphQLObjectType;
  const compiled = compiledCaseSelection(ctx, info, type);
  if (compiled === undefined) return undefined;
  const visible = visibleCases(ctx);
  const rows = await preparedSelect<{ j: unknown }>(ctx.em, caseText(compiled, visible), [id, ...visible.params]);
  const result = rows.length ? precomputed(compiled.decode(rows[0]!.j) as Record<string, unknown>, type.name) : null;
  answered(ctx, slim, result);
  return result;
}
