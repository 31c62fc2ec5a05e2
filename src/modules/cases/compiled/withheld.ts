import { HeaderMap, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import {
  execute, getVariableValues, Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode,
} from 'graphql';
import type { HubContext } from '../../../shared/context.js';
import { AuditTrail } from '../../../shared/audit-trail.js';
import { fixedSelection } from './fields.js';
import { writeOut, type WriteSelection } from './precomputed.js';

/**
 * Compiled answers written out directly, inside Apollo's pipeline (`responseForOperation`). For a staff
 * member's query whose `cases`/`node` root fields compile, graphql-js resolves the operation with those
 * root fields asking only for `__typename` (auth, arguments and the resolver run as usual); the resolvers
 * record their compiled answer for the full selection, and `writeOut` serialises it, instead of
 * graphql-js resolving each field of each case. Anything else answers null and Apollo executes the
 * operation as usual: a selection the compiler leaves to the ORM path (the document is then remembered
 * as such), variables that do not coerce, or any error (Apollo then reports it its own way).
 */

/** Root fields whose answer the compiled reads can give whole. */
const COMPILED_ROOTS = new Set(['cases', 'node']);

interface Slim {
  document: DocumentNode;
  /** Slim root field node → the full one. */
  selections: Map<FieldNode, FieldNode>;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Slim root field node → `[full]`, the same array each time (the collected fields below are keyed by it). */
  roots: Map<FieldNode, readonly FieldNode[]>;
  /**
   * The fields collected while writing answers out, kept for every request of the document when the
   * withheld selections read no variables and carry no directives (else collected per request).
   */
  collected?: WriteSelection['collected'];
}

/** What the slim execution withheld, and the compiled answers recorded for it. */
interface Withheld {
  selections: ReadonlyMap<FieldNode, FieldNode>;
  answers: Map<FieldNode, unknown>;
}

const withheldOf = new WeakMap<HubContext, Withheld>();
const counted = new WeakMap<HubContext, { compiled: number; written: number }>();

/** For the request's log line: how many root fields compiled and how many answers were written out. */
export function compiledReadsOf(ctx: HubContext): { compiled?: number; written?: number } {
  return counted.get(ctx) ?? {};
}

function count(ctx: HubContext, what: 'compiled' | 'written'): void {
  let c = counted.get(ctx);
  if (!c) counted.set(ctx, (c = { compiled: 0, written: 0 }));
  c[what] += 1;
}

/** The resolve info with the field's full selection when the slim execution withheld it. */
export function fullInfo(ctx: HubContext, info: GraphQLResolveInfo): GraphQLResolveInfo {
  const full = withheldOf.get(ctx)?.selections.get(info.fieldNodes[0]!);
  return full && info.fieldNodes.length === 1 ? { ...info, fieldNodes: [full] } : info;
}

class NotCompiled extends Error {}

/**
 * A withheld root field whose selection does not compile ends the slim execution at once (rather than
 * reading the page the ORM way only to throw it away); Apollo then runs the operation whole.
 */
export function notCompiled(ctx: HubContext, info: GraphQLResolveInfo): void {
  if (withheldOf.get(ctx)?.selections.has(info.fieldNodes[0]!)) throw new NotCompiled('not compiled');
}

/** Records a compiled answer (for a withheld field, the one to write out). */
export function answered(ctx: HubContext, info: GraphQLResolveInfo, value: unknown): void {
  count(ctx, 'compiled');
  const withheld = withheldOf.get(ctx);
  if (withheld?.selections.has(info.fieldNodes[0]!)) withheld.answers.set(info.fieldNodes[0]!, value);
}

/**
 * The operation with its `cases`/`node` root fields asking graphql-js only for `__typename`. Only for
 * plain root selections: no fragments at the root and every response key once (else graphql-js would
 * merge field nodes).
 */
function withhold(document: DocumentNode, operation: OperationDefinitionNode): Slim | null {
  if (operation.operation !== 'query') return null;
  const keys = new Set<string>();
  const selections = new Map<FieldNode, FieldNode>();
  const root: FieldNode[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    const key = selection.alias?.value ?? selection.name.value;
    if (keys.has(key)) return null;
    keys.add(key);
    if (!COMPILED_ROOTS.has(selection.name.value) || !selection.selectionSet) {
      root.push(selection);
      continue;
    }
    const slim: FieldNode = {
      ...selection,
      selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] },
    };
    selections.set(slim, selection);
    root.push(slim);
  }
  if (selections.size === 0) return null;
  const slimOperation: OperationDefinitionNode = { ...operation, selectionSet: { ...operation.selectionSet, selections: root } };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const roots = new Map([...selections].map(([slim, full]) => [slim, [full] as const]));
  const fixed = [...selections.values()].every((full) => fixedSelection(full, fragments));
  return {
    document: { ...document, definitions: document.definitions.map((d) => (d === operation ? slimOperation : d)) },
    selections, fragments, roots, collected: fixed ? new WeakMap() : undefined,
  };
}

/** Per parsed document (Apollo's document cache hands out the same object), per operation: its slim form. */
const slims = new WeakMap<DocumentNode, Map<OperationDefinitionNode, Slim | null>>();

function slimOf(document: DocumentNode, operation: OperationDefinitionNode): Slim | null {
  let known = slims.get(document);
  if (!known) slims.set(document, (known = new Map()));
  let slim = known.get(operation);
  if (slim === undefined) known.set(operation, (slim = withhold(document, operation)));
  return slim;
}

/**
 * Nothing the slim execution noted (audit, memo, loaded entities) carries over to Apollo's execution,
 * which gets the operation's full time of its own (as a fresh request would).
 */
function restart(ctx: HubContext): void {
  ctx.deadline = performance.now() + ctx.config.executionTimeoutMs;
  const audit = new AuditTrail(ctx.audit.requestId, ctx.audit.clientIp, ctx.audit.reason);
  audit.operationName = ctx.audit.operationName;
  ctx.audit = audit;
  ctx.memo.clear();
  ctx.em.clear();
}

/**
 * Apollo's `responseForOperation` for compiled reads (the hub's one plugin, graphql-pipeline.ts, calls
 * it): the written-out answer, or null for Apollo to execute the operation as usual.
 */
export async function compiledResponse(rc: GraphQLRequestContextResponseForOperation<HubContext>): Promise<GraphQLResponse | null> {
  const { contextValue: ctx, operation, document, schema, request } = rc;
  // Apollo asks even when no operation was resolved (several unnamed, or an unknown operationName): its
  // execution then answers OPERATION_RESOLUTION_FAILURE.
  if (!operation || !ctx.viewer.authenticated || !ctx.config.compiledReads || operation.operation !== 'query') return null;
  const slim = slimOf(document, operation);
  if (!slim) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
  if (coerced.errors) return null;
  const withheld: Withheld = { selections: slim.selections, answers: new Map() };
  withheldOf.set(ctx, withheld);
  let result;
  try {
    result = await execute({ schema, document: slim.document, contextValue: ctx, variableValues: request.variables, operationName: request.operationName });
  } finally {
    withheldOf.delete(ctx);
  }
  const data = result.data as Record<string, unknown> | null | undefined;
  if (result.errors?.some((e) => e.originalError instanceof NotCompiled)) {
    // This document's selection is not (always) compiled: Apollo runs it whole from now on.
    slims.get(document)!.set(operation, null);
    restart(ctx);
    return null;
  }
  if (result.errors?.length || !data) {
    restart(ctx);
    return null;
  }
  const queryType = schema.getQueryType()!;
  const sel: WriteSelection = { schema, fragments: slim.fragments, variableValues: coerced.coerced, collected: slim.collected };
  try {
    for (const [slimNode, full] of slim.selections) {
      const key = slimNode.alias?.value ?? slimNode.name.value;
      if (data[key] === null || data[key] === undefined) continue;
      if (!withheld.answers.has(slimNode)) {
        // This document's selection is not (always) compiled: Apollo runs it whole from now on.
        slims.get(document)!.set(operation, null);
        restart(ctx);
        return null;
      }
      data[key] = writeOut(sel, queryType.getFields()[full.name.value]!.type, slim.roots.get(slimNode)!, withheld.answers.get(slimNode));
    }
  } catch {
    restart(ctx);
    return null;
  }
  count(ctx, 'written');
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
}
