import {
  defaultFieldResolver, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType,
  type FieldNode, type GraphQLField, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLOutputType, type GraphQLSchema,
} from 'graphql';
import { collectSubfields, type Selection } from './fields.js';

/** Marks an object whose fields are precomputed under their response keys. */
export const PRE = '$pre';
export type Pre = Record<string, unknown> & { [PRE]: true; $type?: string };

export const isPre = (source: unknown): source is Pre => (source as Pre | null)?.[PRE] === true;

/** Fields that had no resolver of their own (graphql-js's default): their value is the entity's property. */
const plainFields = new WeakSet<GraphQLField<unknown, unknown>>();
export const isPlainField = (field: GraphQLField<unknown, unknown>): boolean => plainFields.has(field);

/**
 * Lets precomputed objects through the given types' fields (and interfaces' type resolution): each field
 * answers a precomputed object from its response key and runs its usual resolver for anything else.
 * The schema's last pass (fields without a resolver are recorded as plain first).
 */
export function acceptPrecomputed(schema: GraphQLSchema, typeNames: readonly string[]): void {
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`compiled reads: ${name} is not an object type`);
    for (const field of Object.values(type.getFields())) {
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      if (!field.resolve) plainFields.add(field as GraphQLField<unknown, unknown>);
      field.resolve = (source, args, ctx, info) => (isPre(source) ? source[info.path.key] : resolve(source, args, ctx, info));
    }
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInterfaceType(type) || !type.resolveType) continue;
    const resolveType = type.resolveType;
    type.resolveType = (value, ctx, info, abstract) => (isPre(value) && value.$type ? value.$type : resolveType(value, ctx, info, abstract));
  }
}

/** A precomputed object for the caller to fill (root fields build their connection objects with it). */
export function precomputed(values: Record<string, unknown>, type?: string): Pre {
  return { [PRE]: true, ...(type ? { $type: type } : {}), ...values } as Pre;
}

/** A selection plus the fields collected per (field nodes, type) while writing one answer out. */
export interface WriteSelection extends Selection {
  collected?: WeakMap<readonly FieldNode[], Map<string, Map<string, FieldNode[]>>>;
}

function subfieldsOf(sel: WriteSelection, type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  sel.collected ??= new WeakMap();
  let byType = sel.collected.get(nodes);
  if (!byType) sel.collected.set(nodes, (byType = new Map()));
  let fields = byType.get(type.name);
  if (!fields) byType.set(type.name, (fields = collectSubfields(sel, type, nodes)));
  return fields;
}

/**
 * Serialises a precomputed answer for `nodes` of `type` the way graphql-js completes values (fields
 * collected by the same rule, scalars and enums through their serialisers, `__typename`), without a
 * resolver call per field. The result is plain JSON-ready objects. Throws on anything it does not expect
 * (a null where the type says non-null, an object that is not precomputed and not plain); the caller then
 * executes normally.
 */
export function writeOut(sel: WriteSelection, type: GraphQLOutputType, nodes: readonly FieldNode[], value: unknown): unknown {
  if (isNonNullType(type)) {
    const out = writeOut(sel, type.ofType, nodes, value);
    if (out === null) throw new Error('compiled reads: null for a non-null field');
    return out;
  }
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    if (!Array.isArray(value)) throw new Error('compiled reads: a list expected');
    return value.map((item) => writeOut(sel, type.ofType, nodes, item));
  }
  if (isLeafType(type)) {
    const out = type.serialize(value);
    if (out === undefined) throw new Error('compiled reads: not serialisable');
    return out;
  }
  const pre = isPre(value);
  const concrete = isObjectType(type) ? type : pre && value.$type ? sel.schema.getType(value.$type) : undefined;
  if (!isObjectType(concrete)) throw new Error('compiled reads: no concrete type');
  const fields = concrete.getFields();
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const [key, fieldNodes] of subfieldsOf(sel, concrete, nodes)) {
    const name = fieldNodes[0]!.name.value;
    if (name === '__typename') {
      out[key] = concrete.name;
      continue;
    }
    const field = fields[name] as GraphQLField<unknown, unknown> | undefined;
    if (!field) throw new Error(`compiled reads: no field ${name}`);
    // Precomputed objects hold values by response key; plain ones (page info) by field name.
    if (!pre && !plainFields.has(field)) throw new Error(`compiled reads: ${concrete.name}.${name} needs its resolver`);
    out[key] = writeOut(sel, field.type, fieldNodes, pre ? source[key] : source[name]);
  }
  return out;
}
