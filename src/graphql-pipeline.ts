import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BREAK, GraphQLError, parse, specifiedRules, validate, visit, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema,
} from 'graphql';
import type { HubContext } from './shared/context.js';
import { coercionRefusal, userErrorsRefusal } from './shared/errors.js';
import { LIMIT_RULES, PARSE_OPTIONS, shapeRefusal } from './shared/limits.js';
import type { Logger } from './shared/logger.js';
import { compiledReadsOf, compiledResponse } from './modules/cases/compiled/index.js';

/**
 * The one request pipeline. Every GraphQL operation over HTTP runs through Apollo Server (parse with
 * limits, validation, `hubRulesPlugin` — the hub's one plugin, compiled reads included — `formatError`); graphql-ws operations use the same parse options,
 * validation rules and disclosure rule (`checkOperation`) and the same `formatError`.
 */

/** Codes a client may see as they are; anything else is an internal error and is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'RATE_LIMITED', 'TIMEOUT', 'CURSOR_EXPIRED',
]);

const INTERNAL = '服务器内部错误，请稍后重试 / Internal server error';

export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const refused = coercionRefusal(original ?? error) ?? userErrorsRefusal(original ?? error);
    if (refused) return { message: refused.message, locations: formatted.locations, path: formatted.path, extensions: refused.extensions };
    const code = formatted.extensions?.code;
    // A GraphQLError thrown on purpose carries one of our codes; everything else is a fault of ours.
    const deliberate = typeof code === 'string' && CLIENT_CODES.has(code) && !(original && !(original instanceof GraphQLError));
    if (deliberate) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original ?? error, path: formatted.path }, 'internal error');
    return { message: INTERNAL, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Apollo's own messages (e.g. "Unexpected error processing request") as the hub's JSON log lines, with
 * the error's stack under `err`, instead of plain text on the console.
 */
export function apolloLogger(log: Logger): NonNullable<ConstructorParameters<typeof ApolloServer>[0]['logger']> {
  const apollo = log.child({ component: 'apollo' });
  const line = (level: 'debug' | 'info' | 'warn' | 'error') => (message?: unknown) =>
    message instanceof Error ? apollo[level]({ err: message }, message.message) : apollo[level](String(message));
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
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

const introspectionRefused = () => new GraphQLError('仅登录的工作人员可查询接口结构 / Introspection is only for signed-in staff', { extensions: { code: 'FORBIDDEN' } });

/** graphql-js appends `Did you mean "…"?` to unknown-field errors: a map of the schema for a prober. */
function withoutSuggestions<T extends { message: string }>(error: T): T {
  return /Did you mean/.test(error.message) ? { ...error, message: error.message.replace(/\s*Did you mean .*$/s, '') } : error;
}

/** Introspection is refused to callers who are not signed-in staff when SCHEMA_DISCLOSURE=staff. */
function disclosureRefusal(staffOnly: boolean, signedIn: boolean, document: DocumentNode): GraphQLError | undefined {
  return staffOnly && !signedIn && introspects(document) ? introspectionRefused() : undefined;
}

/**
 * graphql-ws's side of the pipeline (Apollo does the same for HTTP with `PARSE_OPTIONS` and
 * `LIMIT_RULES`): the limits first (one error), the parse, validation, and the disclosure rule.
 */
export function checkOperation(schema: GraphQLSchema, query: string, staffOnly: boolean, signedIn: boolean): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query, PARSE_OPTIONS);
  } catch (error) {
    return { errors: [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')] };
  }
  const refusal = shapeRefusal(schema, query);
  if (refusal) return { errors: [refusal] };
  const errors = validate(schema, document, [...specifiedRules, ...LIMIT_RULES]);
  if (errors.length > 0) {
    const hidden = staffOnly && !signedIn;
    return { errors: hidden ? errors.map((e) => new GraphQLError(withoutSuggestions(e).message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) : errors };
  }
  const refused = disclosureRefusal(staffOnly, signedIn, document);
  return refused ? { errors: [refused] } : { document };
}

/** `Accept` values for which Apollo's negotiation picks plain JSON (its first choice) for a single result. */
const PLAIN_JSON_ACCEPT = new Set([undefined, '', '*/*', 'application/json']);
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * The hub's one Apollo plugin, with only the hooks it needs (Apollo awaits every hook of every plugin
 * on every request): schema disclosure, compiled case reads (`responseForOperation`), and the answer's
 * last checks — introspection and suggestions only for staff when so configured; the audit of unmasked
 * reads is written before the answer leaves (an answer whose reads cannot be audited is replaced by an
 * error); one log line (`op`, `ms`, `errors`, and `compiled`/`written` when compiled case reads answered).
 * A single result for a client that accepts any type or JSON is typed `application/json` here, as Apollo's
 * negotiation would, without parsing `Accept` again (measured: docs/performance.md, *Per-request overhead*).
 */
export function hubRulesPlugin(staffOnly: boolean, em: () => EntityManager, log: Logger): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation({ contextValue: ctx, document, operationName }) {
          ctx.audit.operationName = operationName ?? null;
          const refused = disclosureRefusal(staffOnly, ctx.viewer.authenticated, document);
          if (refused) throw refused;
        },
        responseForOperation: compiledResponse,
        async willSendResponse({ contextValue: ctx, response, operationName, errors, request }) {
          if (response.body.kind === 'single') {
            const body = response.body.singleResult;
            try {
              await ctx.audit.flush(em());
            } catch (error) {
              ctx.log.error({ err: error }, 'personal-data audit failed; answer withheld');
              body.data = null;
              body.errors = [{ message: INTERNAL, extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
            if (staffOnly && !ctx.viewer.authenticated && body.errors) body.errors = body.errors.map(withoutSuggestions);
            if (!response.http.headers.has('content-type') && PLAIN_JSON_ACCEPT.has(request.http?.headers.get('accept'))) {
              response.http.headers.set('content-type', JSON_CONTENT_TYPE);
            }
          }
          if (!log.isLevelEnabled('info')) return;
          ctx.log.info({ op: operationName ?? undefined, ms: Math.round(performance.now() - started), errors: errors?.length ?? 0, ...compiledReadsOf(ctx) }, 'graphql');
        },
      };
    },
  };
}
