import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType, GraphQLError, isCompositeType, isListType, isNonNullType, isObjectType, isInterfaceType, Kind,
  type ArgumentNode, type ASTVisitor, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLOutputType, type SelectionSetNode,
  type GraphQLSchema, type ParseOptions, type ValidationContext, parse, validate,
} from 'graphql';

/**
 * Query-shape limits applied on HTTP and WebSocket alike and to documents registered for API keys.
 * Chosen from the largest real document (an agency dashboard page of 100 cases with parties,
 * assignments and 5 timeline events: depth 6, cost ≈ 4,700) with headroom, see docs/security.md.
 * Depth, aliases and directives are graphql-armor's rules; tokens are graphql-js's own parser option;
 * the cost rule is the hub's (graphql-armor's cost-limit cannot express it, see `costLimit`).
 */
export const LIMITS = {
  depth: 12,
  aliases: 30,
  /** Directive uses per document (`@include`/`@skip` flooding). */
  directives: 50,
  /** Lexer tokens per document: refuses huge documents before they are parsed into memory. */
  tokens: 5_000,
  /** Estimated objects a document may fetch (see `costLimit`). */
  cost: 10_000,
  /** Items assumed for a list without first/last (parties, assignments …). */
  listSize: 10,
  /** Request body bytes (HTTP) and message bytes (WebSocket). */
  bodyBytes: 256 * 1024,
};

/**
 * The parser options every door parses with: graphql-js stops lexing after `maxTokens` tokens
 * (“Document contains more that 5000 tokens”), before a huge document is held in memory as an AST.
 * graphql-armor's max-tokens does the same by wrapping the lexer and only as an Envelop parse hook.
 */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: LIMITS.tokens };

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * graphql-armor's rules throw `Syntax Error: …` in English by default, which would abort validation with
 * a misleading label. Instead they report the hub's one `BAD_USER_INPUT` error: the Chinese sentence,
 * then armor's own English text (which carries the limit and the count found).
 */
function refusedAs(chinese: string) {
  return {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(limitError(`${chinese} / ${error.message.replace(/^Syntax Error: /, '')}`));
    }],
  };
}

/**
 * Refuses operations nested deeper than `max` fields (graphql-armor max-depth). Fragments are flattened:
 * a spread adds no level of its own; cycles are cut (and refused by NoFragmentCyclesRule anyway).
 */
export function depthLimit(max = LIMITS.depth) {
  return maxDepthRule({ n: max, flattenFragments: true, ignoreIntrospection: true, ...refusedAs(`查询嵌套过深（最多 ${max} 层）`) });
}

/** Refuses operations with more than `max` aliased fields (graphql-armor max-aliases); `__typename` aliases count too. */
export function aliasLimit(max = LIMITS.aliases) {
  return maxAliasesRule({ n: max, allowList: [], ...refusedAs(`别名过多（最多 ${max} 个）`) });
}

/** Refuses operations with more than `max` directive uses (graphql-armor max-directives). */
export function directiveLimit(max = LIMITS.directives) {
  return maxDirectivesRule({ n: max, ...refusedAs(`指令过多（最多 ${max} 个）`) });
}

/**
 * Refuses documents whose estimated cost exceeds `max`. Every object (not scalar) field costs 1 and
 * multiplies what it selects by the items it may return: `first`/`last` (a variable counts as the
 * largest page, 100), `ids` lists by their length, other lists by `LIMITS.listSize`. Variables are
 * assumed at their worst, so the same rule serves validation, subscriptions and key registration.
 * Own code because graphql-armor's cost-limit (2.4) reads the schema-less document only: `first: $n`
 * counts as 1 (a caller asking 100 per page through a variable passes), list fields without `first`
 * and `ids:` lists do not multiply, and a connection's `edges`/`nodes` would multiply twice.
 */
export function costLimit(max = LIMITS.cost) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const costOf = (set: SelectionSetNode | undefined, parent: GraphQLCompositeType | undefined, seen: Set<string>): number => {
      if (!set || !parent) return 0;
      let total = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          if (!(isObjectType(parent) || isInterfaceType(parent))) continue;
          const field = parent.getFields()[s.name.value];
          if (!field) continue;
          const named = getNamedType(field.type);
          if (!isCompositeType(named)) continue;
          // A connection's first/last already counted its items; its edges and nodes lists do not multiply again.
          const inConnection = parent.name.endsWith('Connection') && (s.name.value === 'edges' || s.name.value === 'nodes');
          total += 1 + (inConnection ? 1 : multiplier(s.arguments ?? [], field.type)) * costOf(s.selectionSet, named, seen);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          const type = s.typeCondition ? (context.getSchema().getType(s.typeCondition.name.value) as GraphQLCompositeType) : parent;
          total += costOf(s.selectionSet, type, seen);
        } else if (!seen.has(s.name.value)) {
          const fragment = fragments.get(s.name.value);
          const type = fragment && (context.getSchema().getType(fragment.typeCondition.name.value) as GraphQLCompositeType);
          total += costOf(fragment?.selectionSet, type, new Set(seen).add(s.name.value));
        }
        if (total > max) return total;
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const root = node.operation === 'query' ? context.getSchema().getQueryType()
          : node.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getSubscriptionType();
        const cost = costOf(node.selectionSet, root ?? undefined, new Set());
        if (cost > max) context.reportError(limitError(`查询代价过高（估计 ${cost}，上限 ${max}），请减少分页大小或嵌套 / Query cost ${cost} exceeds ${max}`));
      },
    };
  };
}

function multiplier(args: readonly ArgumentNode[], type: GraphQLOutputType): number {
  for (const arg of args) {
    if (arg.name.value === 'first' || arg.name.value === 'last') {
      return arg.value.kind === Kind.INT ? Math.max(1, Number(arg.value.value)) : 100;
    }
    if (arg.name.value === 'ids') return arg.value.kind === Kind.LIST ? Math.max(1, arg.value.values.length) : 100;
  }
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return isListType(unwrapped) ? LIMITS.listSize : 1;
}

/** In the order `shapeRefusal` reports them: the first one broken is the one error a client gets. */
export const LIMIT_RULES = [depthLimit(), directiveLimit(), aliasLimit(), costLimit()];

const SHAPE_CHECKED_MAX = 1_000;
const SHAPE_CHECKED_CHARS = 20_000;

/**
 * The limits alone, run before the rest of validation on every door (HTTP, WebSocket, key registration):
 * a document that breaks one is answered with that one error, not with every other rule's complaint
 * about each of its hundred directives. Undefined when the document keeps the limits or does not parse
 * (the parser's own error is then the answer). Answers for short documents are remembered.
 */
export function shapeRefusal(schema: GraphQLSchema, query: string): GraphQLError | undefined {
  let shapeChecked = checkedBySchema.get(schema);
  if (!shapeChecked) checkedBySchema.set(schema, (shapeChecked = new Map()));
  const known = shapeChecked.get(query);
  if (known !== undefined) return known ?? undefined;
  let refusal: GraphQLError | null = null;
  try {
    refusal = validate(schema, parse(query, PARSE_OPTIONS), LIMIT_RULES, { maxErrors: 1 })[0] ?? null;
  } catch {
    refusal = null;
  }
  if (query.length <= SHAPE_CHECKED_CHARS) {
    if (shapeChecked.size >= SHAPE_CHECKED_MAX) shapeChecked.delete(shapeChecked.keys().next().value!);
    shapeChecked.set(query, refusal);
  }
  return refusal ?? undefined;
}
const checkedBySchema = new WeakMap<GraphQLSchema, Map<string, GraphQLError | null>>();
