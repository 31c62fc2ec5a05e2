import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, Kind, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType,
  isScalarType, isUnionType, type DocumentNode, type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';

/** The committed SDL: what a client sees, independent of the code that builds it. */
export const SCHEMA: GraphQLSchema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

/** A value every scalar of the hub accepts (it need not name anything that exists). */
export function scalarSample(name: string): unknown {
  switch (name) {
    case 'Int': return 1;
    case 'Float': return 1;
    case 'Boolean': return false;
    case 'Date': return '2026-01-05';
    case 'DateTime': return '2026-01-05T09:00:00+08:00';
    case 'Money': return '1.00';
    case 'JSON': return {};
    default: return 'x';
  }
}

/** A value of `type` with only its required parts filled; undefined for a nullable type. */
export function placeholder(type: GraphQLInputType, required = isNonNullType(type)): unknown {
  if (!required) return undefined;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [placeholder(inner.ofType, true)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isScalarType(inner)) return scalarSample(inner.name);
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = placeholder(f.type, true);
    return value;
  }
  return undefined;
}

export type Leaf = { path: string[]; scalar: string; required: boolean };

/** Every path to a scalar inside an argument (lists step through item "0"; each input type once per path). */
export function leaves(arg: GraphQLArgument): Leaf[] {
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>): Leaf[] => {
    const required = isNonNullType(type);
    const inner = required ? type.ofType : type;
    if (isListType(inner)) return walk(inner.ofType, [...path, '0'], seen);
    if (isScalarType(inner)) return [{ path, scalar: inner.name, required }];
    if (!isInputObjectType(inner) || seen.has(inner.name)) return [];
    const next = new Set(seen).add(inner.name);
    return Object.values(inner.getFields()).flatMap((f) => walk(f.type, [...path, f.name], next));
  };
  return walk(arg.type, [arg.name], new Set());
}

/** The arguments of `field` with their required parts filled and `value` put at `path`. */
export function argsWith(field: GraphQLField<unknown, unknown>, path: string[] | undefined, value: unknown): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const a of field.args) if (isNonNullType(a.type) && a.defaultValue === undefined) args[a.name] = placeholder(a.type, true);
  if (!path) return args;
  let holder: Record<string, unknown> = args;
  let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const inner: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
    const nextKey = path[i + 1]!;
    if (isListType(inner)) {
      const itemType = inner.ofType as GraphQLInputType;
      holder[key] = [placeholder(itemType, true) ?? {}];
      holder = holder[key] as Record<string, unknown>;
      type = itemType;
      continue;
    }
    const objectType = inner;
    if (!isInputObjectType(objectType)) throw new Error(`cannot step into ${String(objectType)}`);
    holder[key] ??= placeholder(objectType, true);
    holder = holder[key] as Record<string, unknown>;
    type = objectType.getFields()[nextKey]!.type;
  }
  holder[path.at(-1)!] = value;
  return args;
}

/** `mutation($input: CaseCreateInput!) { caseCreate(input: $input) { userErrors { field code message } } }` for any root field. */
export function operationFor(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  let selection = '';
  if (isObjectType(named)) selection = 'userErrors' in named.getFields() ? ' { userErrors { field code message } }' : ' { __typename }';
  else if (isInterfaceType(named) || isUnionType(named)) selection = ' { __typename }';
  return `${kind} Probe${vars ? `(${vars})` : ''} { ${field.name}${call}${selection} }`;
}

export const rootFields = (kind: 'query' | 'mutation' | 'subscription') => {
  const type = kind === 'query' ? SCHEMA.getQueryType() : kind === 'mutation' ? SCHEMA.getMutationType() : SCHEMA.getSubscriptionType();
  return Object.values(type?.getFields() ?? {});
};

/**
 * True when `path` (a `userErrors.field`) names something the client sent to the root `field`: an argument,
 * then fields of its input types, list items by their index. `["input", "id"]` on an input without `id` is false.
 */
export function namesInputOf(field: GraphQLField<unknown, unknown>, path: readonly string[]): boolean {
  const arg = field.args.find((a) => a.name === path[0]);
  if (!arg) return false;
  let type: GraphQLInputType = arg.type;
  for (const segment of path.slice(1)) {
    const inner: GraphQLInputType = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return false;
      type = inner.ofType as GraphQLInputType;
    } else if (isInputObjectType(inner)) {
      const next = inner.getFields()[segment];
      if (!next) return false;
      type = next.type;
    } else {
      return false;
    }
  }
  return true;
}

/** The `userErrors` paths in a mutation's answer that name no input field of the mutation, as "mutation: path". */
export function strayUserErrorPaths(document: DocumentNode, data: unknown): string[] {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation' || !data) return [];
  const fields = SCHEMA.getMutationType()?.getFields() ?? {};
  const stray: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field = fields[selection.name.value];
    const payload = (data as Record<string, { userErrors?: { field?: unknown }[] } | null>)[selection.alias?.value ?? selection.name.value];
    if (!field) continue;
    for (const e of payload?.userErrors ?? []) {
      if (Array.isArray(e.field) && !namesInputOf(field, e.field as string[])) stray.push(`${field.name}: ${JSON.stringify(e.field)}`);
    }
  }
  return stray;
}
