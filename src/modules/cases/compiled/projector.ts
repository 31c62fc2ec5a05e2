import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import {
  getArgumentValues, getNamedType, getNullableType, isEnumType, isListType, isScalarType,
  type FieldNode, type GraphQLField, type GraphQLObjectType,
} from 'graphql';
import { toGlobalId } from '../../../shared/ids.js';
import { encodeCursor, firstPageSize } from '../../../shared/pagination.js';
import { toShanghaiIso } from '../../../shared/scalars.js';
import { collectSubfields, type Selection } from './fields.js';
import { isPlainField, PRE, type Pre } from './precomputed.js';

/**
 * A compiled part of the answer: SQL for one value (objects are positional `json_build_array`s, cheaper
 * to build than keyed objects) and how to turn what PostgreSQL sends back into the answer's shape.
 */
export interface Compiled {
  sql: string;
  decode: (value: unknown) => unknown;
}

const same = (value: unknown) => value;

/** Scalars whose serialisers take what PostgreSQL's JSON gives (ISO timestamps and dates as text). */
const SCALARS = new Set(['String', 'Int', 'Boolean', 'DateTime', 'Date']);

/** Builds one SQL expression per relation field; `undefined` when these arguments are not compiled. */
export type RelationSql = (p: Projector, owner: EntityMetadata, alias: string, args: Record<string, unknown>, nodes: readonly FieldNode[], field: GraphQLField<unknown, unknown>) => Compiled | undefined;

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

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

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
 * The first page (`firstPageSize`) of a child connection ordered by id, as `paginate` answers it:
 * nodes, edges with cursors `[id]` (`encodeCursor`), pageInfo; `totalCount` is not compiled.
 */
export function firstPage(fk: string, idIsText: boolean): RelationSql {
  return (p, _owner, alias, args, nodes, field) => {
    const n = firstPageSize(args);
    if (n === undefined) return undefined;
    const connection = getNamedType(field.type) as GraphQLObjectType;
    const nodeType = getNamedType(connection.getFields().nodes!.type) as GraphQLObjectType;
    const e = p.alias();
    const cursor = (id: string): Compiled => ({ sql: id, decode: (value) => (value === null ? null : encodeCursor([idIsText ? String(value) : value])) });
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

/**
 * Turns selections into SQL for one operation: every object of the answer is a positional JSON array,
 * decoded into a precomputed object keyed by response keys. Only fields whose answer is a column (or a
 * relation declared in the rules) compile; anything else makes `object` answer undefined (the ORM path).
 */
export class Projector {
  private n = 0;
  /** The first field that kept the selection from compiling (for logs). */
  refused: string | undefined;

  constructor(
    private readonly sel: Selection,
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
    return collectSubfields(this.sel, type, nodes);
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
      return relation(this, meta, alias, getArgumentValues(field, nodes[0]!, this.sel.variableValues), nodes, field);
    }
    const named = getNamedType(field.type);
    if (isListType(getNullableType(field.type))) return undefined;
    if (field.name === 'id' && named.name === 'ID' && type.getInterfaces().some((i) => i.name === 'Node')) {
      // Global IDs are encoded here rather than in SQL (base64 in SQL costs PostgreSQL more than Node).
      const className = meta.className;
      return { sql: `${alias}.id`, decode: (id) => toGlobalId(className, id as number) };
    }
    const property = this.rules.staffColumns[path] ?? (isPlainField(field) ? field.name : undefined);
    const prop = property ? meta.properties[property as never] : undefined;
    if (!prop || prop.kind !== 'scalar' || prop.persist === false || prop.formula || prop.fieldNames?.length !== 1) return undefined;
    if (!(isEnumType(named) || (isScalarType(named) && SCALARS.has(named.name)))) return undefined;
    const column = `${alias}.${quote(prop.fieldNames[0]!)}`;
    // Instants travel as epoch milliseconds (truncated, as a Date holds them) and are formatted here.
    if (named.name === 'DateTime') return { sql: `floor(extract(epoch from ${column}) * 1000)::bigint`, decode: (ms) => (ms === null ? null : toShanghaiIso(new Date(ms as number))) };
    return { sql: column, decode: same };
  }
}
