import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import {
  defaultFieldResolver, getNamedType, getNullableType, isEnumType, isInterfaceType, isLeafType, isListType, isNonNullType, isObjectType, isScalarType,
  type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLOutputType,
  type GraphQLResolveInfo, type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields.js';
import { getArgumentValues } from 'graphql/execution/values.js';
import { Cursor } from '@mikro-orm/core';
import { toGlobalId } from './ids.js';
import { toShanghaiIso } from './scalars.js';

/**
 * Compiled reads: a query's selection under a root field turned into one SQL statement that returns
 * every object of the answer as a positional JSON array, decoded into objects keyed by response keys
 * (aliases included). The decoded objects carry `$pre: true`; every field of a projectable type answers such an object
 * from its response key and runs its usual resolver for anything else, so a selection the compiler
 * does not know (a field with rules of its own, personal data, a page other than the first …) simply
 * takes the ORM path instead — the compiler answers `undefined` and the caller falls back.
 *
 * Only fields whose answer is a column (or a fixed relation declared in `RELATIONS`) are compiled; what a
 * resolver decides per viewer (masking, audit) is never compiled. Callers use it for staff viewers only.
 */

/** How many root fields were answered compiled (tests check the compiler really ran). */
export const projectionStats = { compiled: 0 };

/** Marks an object whose fields are precomputed under their response keys. */
export const PRE = '$pre';
type Pre = Record<string, unknown> & { [PRE]: true; $type?: string };

const isPre = (source: unknown): source is Pre => (source as Pre | null)?.[PRE] === true;

/** Fields that had no resolver of their own (graphql-js's default): their value is the entity's property. */
const plainFields = new WeakSet<GraphQLField<unknown, unknown>>();

/** Scalars whose serialisers take what PostgreSQL's JSON gives (ISO timestamps and dates as text). */
const SCALARS = new Set(['String', 'Int', 'Boolean', 'DateTime', 'Date']);

/**
 * Lets precomputed objects through the given types' fields (and interfaces' type resolution). Call once,
 * last, when building the schema: fields without a resolver are recorded as plain first.
 */
export function acceptPrecomputed(schema: GraphQLSchema, typeNames: readonly string[]): void {
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`projection: ${name} is not an object type`);
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

/**
 * A compiled part of the answer: SQL for one value (objects are positional `json_build_array`s, cheaper
 * to build than keyed objects) and how to turn what PostgreSQL sends back into the answer's shape.
 */
export interface Compiled {
  sql: string;
  decode: (value: unknown) => unknown;
}

const same = (value: unknown) => value;

/** Builds one SQL expression per relation field; `undefined` when these arguments are not compiled. */
type RelationSql = (p: Projector, owner: EntityMetadata, alias: string, args: Record<string, unknown>, nodes: readonly FieldNode[], field: GraphQLField<unknown, unknown>) => Compiled | undefined;

/** A positional array of parts decoded into a precomputed object keyed by response keys. */
function record(parts: [key: string, part: Compiled][]): Compiled | undefined {
  // json_build_array takes at most 100 arguments.
  if (parts.length > 100) return undefined;
  const keys = parts.map(([key]) => key);
  const decoders = parts.map(([, part]) => (part.decode === same ? undefined : part.decode));
  return {
    sql: `json_build_array(${parts.map(([, part]) => part.sql).join(', ') || 'null'})`,
    decode: (value) => {
      const values = value as unknown[];
      const out: Pre = { [PRE]: true };
      for (let i = 0; i < keys.length; i += 1) {
        const decode = decoders[i];
        out[keys[i]!] = decode ? decode(values[i]) : values[i];
      }
      return out;
    },
  };
}

/** A to-one relation through the entity's foreign key (`prop`), null when unset. */
export function toOne(prop: string): RelationSql {
  return (p, owner, alias, _args, nodes, field) => {
    const target = getNamedType(field.type) as GraphQLObjectType;
    const fk = owner.properties[prop as never]?.fieldNames;
    if (!fk || fk.length !== 1) return undefined;
    const x = p.alias();
    const inner = p.object(target, x, nodes);
    return inner && {
      sql: `(select ${inner.sql} from ${p.table(target)} ${x} where ${x}.id = ${alias}.${quote(fk[0]!)})`,
      decode: (value) => (value === null ? null : inner.decode(value)),
    };
  };
}

/** A list of child rows pointing at this one through `fk` (a column), ordered by id, optionally filtered. */
export function toMany(fk: string, where?: (alias: string, args: Record<string, unknown>) => string | undefined): RelationSql {
  return (p, _owner, alias, args, nodes, field) => {
    const target = getNamedType(field.type) as GraphQLObjectType;
    const x = p.alias();
    const inner = p.object(target, x, nodes);
    const extra = where ? where(x, args) : '';
    if (!inner || extra === undefined) return undefined;
    return {
      sql: `(select coalesce(json_agg(${inner.sql} order by ${x}.id), '[]') from ${p.table(target)} ${x} where ${x}.${quote(fk)} = ${alias}.id${extra ? ` and ${extra}` : ''})`,
      decode: (value) => (value as unknown[]).map(inner.decode),
    };
  };
}

/**
 * The first page (`first: n`, no cursor) of a child connection ordered by id, as `paginate` answers it:
 * nodes, edges with cursors `[id]`, pageInfo; `totalCount` is not compiled.
 */
export function firstPage(fk: string, idIsText: boolean): RelationSql {
  return (p, _owner, alias, args, nodes, field) => {
    const n = args.first;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100 || args.after != null || args.before != null || args.last != null) return undefined;
    const connection = getNamedType(field.type) as GraphQLObjectType;
    const nodeType = getNamedType(connection.getFields().nodes!.type) as GraphQLObjectType;
    const e = p.alias();
    const cursor = (id: string): Compiled => ({ sql: id, decode: (value) => (value === null ? null : Cursor.encode([idIsText ? String(value) : value])) });
    const pageInfoType = getNamedType(connection.getFields().pageInfo!.type) as GraphQLObjectType;
    const selected = p.subfields(connection, nodes);
    // One row more than the page only when hasNextPage is asked for; aggregates then skip it.
    const peek = [...selected].some(([, f]) => f[0]!.name.value === 'pageInfo' && [...p.subfields(pageInfoType, f).values()].some((i) => i[0]!.name.value === 'hasNextPage'));
    const onPage = peek ? ` filter (where ${e}.rn <= ${n})` : '';
    const list = (inner: Compiled): Compiled => ({
      sql: `coalesce(json_agg(${inner.sql} order by ${e}.id)${onPage}, '[]')`,
      decode: (value) => (value as unknown[]).map(inner.decode),
    });
    const parts: [string, Compiled][] = [];
    for (const [key, fieldNodes] of selected) {
      const name = fieldNodes[0]!.name.value;
      if (name === '__typename') continue;
      if (name === 'nodes') {
        const inner = p.object(nodeType, e, fieldNodes);
        if (!inner) return undefined;
        parts.push([key, list(inner)]);
      } else if (name === 'edges') {
        const edgeType = getNamedType(connection.getFields().edges!.type) as GraphQLObjectType;
        const edge: [string, Compiled][] = [];
        for (const [edgeKey, edgeNodes] of p.subfields(edgeType, fieldNodes)) {
          const edgeField = edgeNodes[0]!.name.value;
          if (edgeField === '__typename') continue;
          if (edgeField === 'cursor') edge.push([edgeKey, cursor(`${e}.id`)]);
          else if (edgeField === 'node') {
            const inner = p.object(nodeType, e, edgeNodes);
            if (!inner) return undefined;
            edge.push([edgeKey, inner]);
          } else return undefined;
        }
        const inner = record(edge);
        if (!inner) return undefined;
        parts.push([key, list(inner)]);
      } else if (name === 'pageInfo') {
        const info: [string, Compiled][] = [];
        for (const [infoKey, infoNodes] of p.subfields(pageInfoType, fieldNodes)) {
          const infoField = infoNodes[0]!.name.value;
          if (infoField === 'hasNextPage') info.push([infoKey, { sql: `count(*) > ${n}`, decode: same }]);
          else if (infoField === 'hasPreviousPage') info.push([infoKey, { sql: 'false', decode: same }]);
          else if (infoField === 'startCursor') info.push([infoKey, cursor(`min(${e}.id)`)]);
          else if (infoField === 'endCursor') info.push([infoKey, cursor(`max(${e}.id)${onPage}`)]);
          else if (infoField !== '__typename') return undefined;
        }
        const inner = record(info);
        if (!inner) return undefined;
        parts.push([key, inner]);
      } else return undefined;
    }
    const page = record(parts);
    if (!page) return undefined;
    const child = p.table(nodeType);
    const rows = `select * from ${child} where ${quote(fk)} = ${alias}.id order by id limit ${n + (peek ? 1 : 0)}`;
    const source = peek ? `(select ${e}.*, row_number() over (order by ${e}.id) as rn from (${rows}) ${e})` : `(${rows})`;
    return { sql: `(select ${page.sql} from ${source} ${e})`, decode: page.decode };
  };
}

/** A plain SQL expression over the row (`alias`) for a scalar field computed from columns. */
export function expression(sql: (alias: string) => string): RelationSql {
  return (_p, _owner, alias) => ({ sql: sql(alias), decode: same });
}

export interface ProjectionRules {
  /** GraphQL object type → entity class name (its table), for every type the compiler may enter. */
  entities: Record<string, string>;
  /** `Type.field` → how the relation or computed field is read. */
  relations: Record<string, RelationSql>;
  /** `Type.field` → entity property: fields with a resolver that, for staff, answers the column as it is. */
  staffColumns: Record<string, string>;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** Turns selections into SQL for one operation; see the module comment. */
export class Projector {
  private n = 0;
  /** The first field that kept the selection from compiling (for logs and tests). */
  refused: string | undefined;

  constructor(
    private readonly info: GraphQLResolveInfo,
    private readonly metadata: MetadataStorage,
    private readonly rules: ProjectionRules,
  ) {}

  alias(): string {
    this.n += 1;
    return `j${this.n}`;
  }

  meta(typeName: string): EntityMetadata | undefined {
    const entity = this.rules.entities[typeName];
    return entity ? this.metadata.getByClassName(entity, false) : undefined;
  }

  table(type: GraphQLObjectType): string {
    const meta = this.meta(type.name);
    if (!meta) throw new Error(`projection: no entity for ${type.name}`);
    return quote(meta.tableName);
  }

  subfields(type: GraphQLObjectType, nodes: readonly FieldNode[]): Map<string, readonly FieldNode[]> {
    return collectSubfields(this.info.schema, this.info.fragments, this.info.variableValues, type, nodes as FieldNode[]);
  }

  /**
   * The selection `nodes` on `type` over the row `alias` as one positional array and its decoder, or
   * undefined when some selected field is not compiled.
   */
  object(type: GraphQLObjectType, alias: string, nodes: readonly FieldNode[]): Compiled | undefined {
    const meta = this.meta(type.name);
    if (!meta) return undefined;
    const fields = type.getFields();
    const parts: [string, Compiled][] = [];
    for (const [key, fieldNodes] of this.subfields(type, nodes)) {
      const name = fieldNodes[0]!.name.value;
      if (name === '__typename') continue;
      const field = fields[name] as GraphQLField<unknown, unknown> | undefined;
      if (!field) return undefined;
      const value = this.field(type, meta, field, alias, fieldNodes);
      if (value === undefined) {
        this.refused ??= `${type.name}.${name}`;
        return undefined;
      }
      parts.push([key, value]);
    }
    return record(parts);
  }

  private field(type: GraphQLObjectType, meta: EntityMetadata, field: GraphQLField<unknown, unknown>, alias: string, nodes: readonly FieldNode[]): Compiled | undefined {
    const path = `${type.name}.${field.name}`;
    const relation = this.rules.relations[path];
    if (relation) {
      return relation(this, meta, alias, getArgumentValues(field, nodes[0]!, this.info.variableValues), nodes, field);
    }
    const named = getNamedType(field.type);
    if (isListType(getNullableType(field.type))) return undefined;
    if (field.name === 'id' && named.name === 'ID' && type.getInterfaces().some((i) => i.name === 'Node')) {
      // Global IDs are encoded here rather than in SQL (base64 in SQL costs PostgreSQL more than Node).
      const className = meta.className;
      return { sql: `${alias}.id`, decode: (id) => toGlobalId(className, id as number) };
    }
    const property = this.rules.staffColumns[path] ?? (plainFields.has(field) ? field.name : undefined);
    const prop = property ? meta.properties[property as never] : undefined;
    if (!prop || prop.kind !== 'scalar' || prop.persist === false || prop.formula || prop.fieldNames?.length !== 1) return undefined;
    if (!(isEnumType(named) || (isScalarType(named) && SCALARS.has(named.name)))) return undefined;
    const column = `${alias}.${quote(prop.fieldNames[0]!)}`;
    // Instants travel as epoch milliseconds (truncated, as a Date holds them) and are formatted here.
    if (named.name === 'DateTime') return { sql: `floor(extract(epoch from ${column}) * 1000)::bigint`, decode: (ms) => (ms === null ? null : toShanghaiIso(new Date(ms as number))) };
    return { sql: column, decode: same };
  }
}

/**
 * Root fields whose selection the lean executor withheld from graphql-js (it asked only for
 * `__typename`): the full selection per withheld field node, and the precomputed answers the compiled
 * reads recorded for them, which the executor then writes out itself (`writeOut`).
 */
export interface Withheld {
  selections: ReadonlyMap<FieldNode, FieldNode>;
  answers: Map<FieldNode, unknown>;
}

/** The resolve info with the field's full selection when the lean executor withheld it. */
export function fullInfo(withheld: Withheld | undefined, info: GraphQLResolveInfo): GraphQLResolveInfo {
  const full = withheld?.selections.get(info.fieldNodes[0]!);
  return full && info.fieldNodes.length === 1 ? { ...info, fieldNodes: [full] } : info;
}

/** Records a compiled answer for a withheld field (no-op otherwise). */
export function answered(withheld: Withheld | undefined, info: GraphQLResolveInfo, value: unknown): void {
  if (withheld?.selections.has(info.fieldNodes[0]!)) withheld.answers.set(info.fieldNodes[0]!, value);
}

interface Selection {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/**
 * Serialises a precomputed answer for `nodes` of `type` the way graphql-js completes values (fields
 * collected with its own collectSubfields, scalars and enums through their serialisers, `__typename`),
 * without a resolver call per field. Throws on anything it does not expect (a null where the type
 * says non-null, an object that is not precomputed and not plain); the caller then executes normally.
 */
export function writeOut(sel: Selection, type: GraphQLOutputType, nodes: readonly FieldNode[], value: unknown): unknown {
  if (isNonNullType(type)) {
    const out = writeOut(sel, type.ofType, nodes, value);
    if (out === null) throw new Error('projection: null for a non-null field');
    return out;
  }
  if (value === null || value === undefined) return null;
  if (isListType(type)) {
    if (!Array.isArray(value)) throw new Error('projection: a list expected');
    return value.map((item) => writeOut(sel, type.ofType, nodes, item));
  }
  if (isLeafType(type)) {
    const out = type.serialize(value);
    if (out === undefined) throw new Error('projection: not serialisable');
    return out;
  }
  const pre = isPre(value);
  const concrete = isObjectType(type) ? type : pre && value.$type ? sel.schema.getType(value.$type) : undefined;
  if (!isObjectType(concrete)) throw new Error('projection: no concrete type');
  const fields = concrete.getFields();
  const out: Record<string, unknown> = {};
  const source = value as Record<string, unknown>;
  for (const [key, fieldNodes] of collectSubfields(sel.schema, sel.fragments, sel.variableValues, concrete, nodes as FieldNode[])) {
    const name = fieldNodes[0]!.name.value;
    if (name === '__typename') {
      out[key] = concrete.name;
      continue;
    }
    const field = fields[name] as GraphQLField<unknown, unknown> | undefined;
    if (!field) throw new Error(`projection: no field ${name}`);
    // Precomputed objects hold values by response key; plain ones (page info) by field name.
    if (!pre && !plainFields.has(field)) throw new Error(`projection: ${concrete.name}.${name} needs its resolver`);
    out[key] = writeOut(sel, field.type, fieldNodes, pre ? source[key] : source[name]);
  }
  return out;
}

/** A precomputed object for the caller to fill (root fields build their connection objects with it). */
export function precomputed(values: Record<string, unknown>, type?: string): Pre {
  return { [PRE]: true, ...(type ? { $type: type } : {}), ...values } as Pre;
}
