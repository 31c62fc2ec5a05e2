import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BREAK, execute, getOperationAST, GraphQLError, Kind, parse, specifiedRules, validate, visit,
  type DocumentNode, type ExecutionResult, type FieldNode, type FragmentDefinitionNode, type GraphQLFormattedError, type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import type { HubContext } from './shared/context.js';
import { LIMIT_RULES, LIMITS } from './shared/limits.js';
import type { Logger } from './shared/logger.js';
import { writeOut, type Withheld } from './shared/projection.js';

/**
 * What every GraphQL operation over HTTP goes through, whichever path runs it (Apollo's plugins or the
 * lean path below): schema disclosure before execution; the personal-data audit and the last checks of
 * the answer after it; one log line.
 */
export class OperationRules {
  constructor(
    private readonly staffOnly: boolean,
    private readonly em: () => EntityManager,
    private readonly log: Logger,
  ) {}

  /** Before execution: names the audit's operation; refuses introspection to anonymous callers when staff-only. */
  starts(ctx: HubContext, document: DocumentNode, operationName: string | null | undefined): void {
    ctx.audit.operationName = operationName ?? null;
    if (this.staffOnly && !ctx.viewer.authenticated && introspects(document)) throw introspectionRefused();
  }

  /** After execution: writes the audit (or withholds the answer), strips suggestions for anonymous callers. */
  async leaves(ctx: HubContext, body: { data?: unknown; errors?: readonly GraphQLFormattedError[] }): Promise<void> {
    try {
      await ctx.audit.flush(this.em());
    } catch (error) {
      ctx.log.error({ err: error }, 'personal-data audit failed; answer withheld');
      body.data = null;
      body.errors = [{ message: '服务器内部错误，请稍后重试 / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
    }
    if (this.staffOnly && !ctx.viewer.authenticated && body.errors) body.errors = body.errors.map(withoutSuggestions);
  }

  logged(ctx: HubContext, operationName: string | null | undefined, started: number, errors: number): void {
    if (!this.log.isLevelEnabled('info')) return;
    ctx.log.info({ op: operationName ?? undefined, ms: Math.round(performance.now() - started), errors }, 'graphql');
  }
}

/** True when the document asks for the schema (`__schema`, `__type`); `__typename` is harmless. */
export function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export const introspectionRefused = () => new GraphQLError('仅登录的工作人员可查询接口结构 / Introspection is only for signed-in staff', { extensions: { code: 'FORBIDDEN' } });

/** graphql-js appends `Did you mean "…"?` to unknown-field errors: a map of the schema for a prober. */
export function withoutSuggestions<T extends { message: string }>(error: T): T {
  return /Did you mean/.test(error.message) ? { ...error, message: error.message.replace(/\s*Did you mean .*$/s, '') } : error;
}

/** How many operations the lean path answered, and how many of those it wrote out from compiled reads (tests check both ran). */
export const leanStats = { answered: 0, written: 0 };

interface Known {
  document: DocumentNode;
  introspects: boolean;
  /** Per operation: the document with compiled-capable root fields slimmed to `__typename` (null: none). */
  slim: Map<OperationDefinitionNode, Slim | null>;
}

interface Slim {
  document: DocumentNode;
  selections: Map<FieldNode, FieldNode>;
  fragments: Record<string, FragmentDefinitionNode>;
}

/** Root fields whose answer the compiled reads can give whole (see `withhold`). */
const COMPILED_ROOTS = new Set(['cases', 'node']);

/**
 * The operation with its `cases`/`node` root fields asking graphql-js only for `__typename`; the full
 * selections go to the compiled reads through the context and their answers are written out by
 * `writeOut`, without graphql-js resolving every field of every case. Only for plain root selections:
 * no fragments at the root and every response key once (else graphql-js would merge field nodes).
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
  return { document: { ...document, definitions: document.definitions.map((d) => (d === operation ? slimOperation : d)) }, selections, fragments };
}

/** Documents longer than this are not kept (Apollo still answers them, parsing each time). */
const CACHED_DOCUMENT_CHARS = 20_000;
const CACHED_DOCUMENTS = 1_000;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * The lean path for the common request: a JSON body with a valid query or mutation whose variables
 * coerce, from a caller that accepts plain JSON. It parses and validates each document once (same
 * limits as Apollo: tokens, depth, aliases, directives, cost), executes with graphql-js and formats
 * errors exactly as Apollo does (code defaulted to INTERNAL_SERVER_ERROR, then `formatError`), through
 * the same `OperationRules`. It saves Apollo's per-request pipeline (hashing the document, plugin
 * dispatch, content negotiation, response cloning). For a staff member's query whose `cases`/`node`
 * root fields compile (see projection.ts), graphql-js resolves only those root fields (auth and all)
 * and the compiled answers are written out directly, instead of graphql-js resolving each field of each
 * case; a document whose selection takes the ORM path runs whole (and is remembered as such).
 *
 * Anything else — an invalid document, variables that do not coerce, persisted-query extensions, a
 * subscription, other Accept headers — is left to Apollo (`run` answers undefined), so error responses
 * and their status codes stay Apollo's own.
 */
export class LeanExecutor {
  private readonly known = new Map<string, Known | null>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: OperationRules,
    private readonly formatError: FormatError,
  ) {}

  async run(body: unknown, accept: string | undefined, context: () => Promise<HubContext>): Promise<{ status: number; text: string } | undefined> {
    if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const { query, operationName, variables, extensions, ...rest } = body as Record<string, unknown>;
    if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
    if (operationName != null && typeof operationName !== 'string') return undefined;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
    if (extensions != null && (typeof extensions !== 'object' || Object.keys(extensions).length > 0)) return undefined;
    const known = this.document(query);
    // Introspection (schema disclosure is decided per caller) stays with Apollo, like every refusal.
    if (!known || known.introspects) return undefined;
    const operation = getOperationAST(known.document, operationName as string | undefined);
    if (!operation || operation.operation === 'subscription') return undefined;
    const coerced = getVariableValues(this.schema, operation.variableDefinitions ?? [], (variables ?? {}) as Record<string, unknown>, { maxErrors: 50 });
    if (coerced.errors) return undefined;
    return this.execute(known, operation, variables as Record<string, unknown> | undefined, coerced.coerced, context);
  }

  private document(query: string): Known | null {
    const cached = this.known.get(query);
    if (cached !== undefined) return cached;
    let known: Known | null;
    try {
      const document = parse(query, { maxTokens: LIMITS.tokens });
      known = validate(this.schema, document, [...specifiedRules, ...LIMIT_RULES]).length === 0 ? { document, introspects: introspects(document), slim: new Map() } : null;
    } catch {
      known = null;
    }
    if (query.length <= CACHED_DOCUMENT_CHARS) {
      if (this.known.size >= CACHED_DOCUMENTS) this.known.delete(this.known.keys().next().value!);
      this.known.set(query, known);
    }
    return known;
  }

  private slimOf(known: Known, operation: OperationDefinitionNode): Slim | null {
    let slim = known.slim.get(operation);
    if (slim === undefined) known.slim.set(operation, (slim = withhold(known.document, operation)));
    return slim;
  }

  /**
   * Runs the slim document and writes out the withheld fields from their compiled answers; undefined
   * when some withheld field got no compiled answer (a selection the compiler leaves to the ORM path)
   * or could not be written out — the caller then runs the whole document as usual.
   */
  private async slimRun(
    ctx: HubContext, slim: Slim, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, variableValues: Record<string, unknown>,
  ): Promise<ExecutionResult | undefined> {
    const withheld: Withheld = { selections: slim.selections, answers: new Map() };
    ctx.withheld = withheld;
    const result = await execute({ schema: this.schema, document: slim.document, contextValue: ctx, variableValues: variables, operationName: operation.name?.value });
    ctx.withheld = undefined;
    const data = result.data as Record<string, unknown> | null | undefined;
    if (!data) return result;
    const queryType = this.schema.getQueryType()!;
    try {
      for (const [slimNode, full] of slim.selections) {
        const key = slimNode.alias?.value ?? slimNode.name.value;
        if (data[key] === null || data[key] === undefined) continue;
        if (!withheld.answers.has(slimNode)) return undefined;
        const field = queryType.getFields()[full.name.value]!;
        data[key] = writeOut({ schema: this.schema, fragments: slim.fragments, variableValues }, field.type, [full], withheld.answers.get(slimNode));
      }
    } catch {
      return undefined;
    }
    return result;
  }

  private async execute(
    known: Known, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, variableValues: Record<string, unknown>,
    context: () => Promise<HubContext>,
  ) {
    const started = performance.now();
    let ctx = await context();
    leanStats.answered += 1;
    const name = operation.name?.value ?? null;
    let result: ExecutionResult | undefined;
    try {
      this.rules.starts(ctx, known.document, name);
      const slim = ctx.viewer.authenticated && ctx.config.compiledReads ? this.slimOf(known, operation) : null;
      if (slim) {
        result = await this.slimRun(ctx, slim, operation, variables, variableValues);
        if (result) leanStats.written += 1;
        else {
          // This document's selection is not (always) compiled: run it whole from now on. A fresh
          // context, so nothing the slim run noted (audit, memo) carries over.
          known.slim.set(operation, null);
          ctx = await context();
          this.rules.starts(ctx, known.document, name);
        }
      }
      result ??= await execute({ schema: this.schema, document: known.document, contextValue: ctx, variableValues: variables, operationName: operation.name?.value });
    } catch (error) {
      result = { errors: [error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error instanceof Error ? error : undefined })] };
    }
    const body: { errors?: GraphQLFormattedError[]; data?: unknown } = {};
    if (result.errors?.length) body.errors = result.errors.map((e) => this.format(e));
    if ('data' in result) body.data = result.data;
    await this.rules.leaves(ctx, body);
    this.rules.logged(ctx, name, started, result.errors?.length ?? 0);
    // Apollo answers 500 when no data comes back at all (an error before execution), else 200.
    return { status: 'data' in body ? 200 : 500, text: `${JSON.stringify(body)}\n` };
  }

  /** Apollo's error normalisation: the code defaults to INTERNAL_SERVER_ERROR, then `formatError`. */
  private format(error: GraphQLError): GraphQLFormattedError {
    try {
      const json = error.toJSON();
      return this.formatError({ ...json, extensions: { ...json.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' } }, error);
    } catch {
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  }
}
