import {
  defaultFieldResolver, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLFieldResolver, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { ID_MAX, TEXT_MAX, textProblem, valueProblems, type PathProblem } from './boundary.js';
import { hubError, UserErrorCode, UserErrors } from './errors.js';

/** True when a value of this input type can hold client text (String, ID or JSON at any depth). */
export function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' || named.name === 'JSON';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

/** The boundary rule applied to a coerced argument value along its input type; blank non-null text is REQUIRED. */
function problemsOf(type: GraphQLInputType, value: unknown, path: string[]): PathProblem[] {
  if (value === null || value === undefined) return [];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return Array.isArray(value) ? value.flatMap((item, i) => problemsOf(inner.ofType as GraphQLInputType, item, [...path, String(i)])) : [];
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => (fields[key] ? problemsOf(fields[key].type, item, [...path, key]) : []));
  }
  if (!isScalarType(inner)) return [];
  if (inner.name === 'JSON') return valueProblems(value, path);
  if (typeof value !== 'string' || (inner.name !== 'String' && inner.name !== 'ID')) return [];
  // Blank text (spaces, U+200B …) is each service's to refuse as REQUIRED (`Validator.text`), next to
  // the input's other problems; what the boundary refuses cannot be stored or compared at all.
  const problem = textProblem(value, inner.name === 'ID' ? ID_MAX : TEXT_MAX);
  return problem ? [{ ...problem, path }] : [];
}

/** Every problem of a field's arguments, with paths from the argument name (["input","parties","0","name"]). */
export function argumentProblems(args: readonly GraphQLArgument[], values: Record<string, unknown>): PathProblem[] {
  return args.flatMap((arg) => problemsOf(arg.type, values[arg.name], [arg.name]));
}

/** A mutation whose payload has `userErrors` answers there; every other field answers BAD_USER_INPUT naming the argument. */
function refusal(field: GraphQLField<unknown, unknown>, inPayload: boolean, problems: PathProblem[]): Error {
  if (inPayload) {
    return new UserErrors(problems.map((p) => ({ field: p.path, code: UserErrorCode[p.code], message: `${p.path.at(-1)}：${p.message}` })));
  }
  const first = problems[0]!;
  const argument = first.path.join('.');
  return hubError('BAD_USER_INPUT', `参数 ${argument}：${first.message}（${field.name}）`, {
    argument, field: first.path, reason: first.code,
  });
}

/**
 * Wraps the resolver (and `subscribe`) of every field that takes client text, so the boundary rule runs
 * on the coerced arguments before any resolver, whichever executor runs the operation (Apollo, the lean
 * path, graphql-ws). Must run before `wrapMutations`, which turns the thrown `UserErrors` into a payload.
 */
export function enforceInputBoundary(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => holdsText(a.type))) continue;
      const payload = getNamedType(field.type);
      const inPayload = type === schema.getMutationType() && isObjectType(payload) && 'userErrors' in payload.getFields();
      const check = (args: Record<string, unknown>) => {
        const problems = argumentProblems(field.args, args);
        if (problems.length > 0) throw refusal(field, inPayload, problems);
      };
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      field.resolve = (root, args, ctx, info) => {
        check(args);
        return resolve(root, args, ctx, info);
      };
      const subscribe = field.subscribe as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (subscribe) {
        field.subscribe = (root, args, ctx, info) => {
          check(args);
          return subscribe(root, args, ctx, info);
        };
      }
    }
  }
}
