import 'reflect-metadata';
import { execute, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { Query, Resolver } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema } from '../src/schema.js';
import { SCHEMA_PASSES } from '../src/schema-passes.js';
import { PRE } from '../src/modules/cases/compiled/precomputed.js';

/** A root field someone forgot to give an access rule (the declared-access pass must refuse it). */
@Resolver()
class ForgottenRuleResolver {
  @Query(() => String, { description: '忘记声明访问规则 / No access rule declared' })
  forgottenRule(): string {
    return 'reached';
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema([ForgottenRuleResolver]);
});

/**
 * Just enough of a context for the passes: what they read before any resolver of a feature runs
 * (none of these operations reaches the database).
 */
function context(deadline = Number.POSITIVE_INFINITY) {
  return { deadline, config: { executionTimeoutMs: 1000 }, em: { clear: () => undefined }, memo: new Map() };
}

async function run(query: string, ctx = context()) {
  return execute({ schema, document: parse(query), contextValue: ctx });
}

/** An administrator's new category whose code holds a control character (refused at the input boundary). */
const BAD_CATEGORY = '{"code":"WAGE\\u0007ARREARS","nameZh":"欠薪","nameEn":"Wage arrears"}';
const categoryCreate = `mutation { categoryCreate(input: ${BAD_CATEGORY.replace(/"(\w+)":/g, '$1:')}) { userErrors { field code } } }`;

describe('the schema passes', () => {
  it('run in this order (each later pass wraps the earlier ones)', () => {
    expect(SCHEMA_PASSES.map((p) => p.name)).toEqual(['declared-access', 'input-boundary', 'mutation-payloads', 'plain-fields', 'deadline', 'precomputed']);
    for (const pass of SCHEMA_PASSES) expect(pass.why.length, pass.name).toBeGreaterThan(40);
  });

  it('declared-access: a root field without @Authorized refuses, whoever asks', async () => {
    const result = await run('{ forgottenRule }');
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('input-boundary inside mutation-payloads: bad client text becomes userErrors on the payload', async () => {
    const result = await run(categoryCreate);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ categoryCreate: { userErrors: [{ field: ['input', 'code'], code: 'INVALID' }] } });
  });

  it('deadline outside mutation-payloads: an operation past its deadline stops with a top-level TIMEOUT', async () => {
    const result = await run(categoryCreate, context(Number.NEGATIVE_INFINITY));
    expect(result.errors?.[0]?.extensions.code).toBe('TIMEOUT');
    expect(result.data).toBeNull();
  });

  it('plain-fields: property fields keep no resolver (not even the deadline check); resolver methods keep theirs', () => {
    const rule = schema.getType('RoutingRule');
    if (!isObjectType(rule)) throw new Error('RoutingRule is not an object type');
    expect(rule.getFields().categoryCode!.resolve).toBeUndefined();
    expect(rule.getFields().leadAgency!.resolve).toBeTypeOf('function');
  });

  it('precomputed: a projected type answers from a compiled, precomputed object', async () => {
    const caseType = schema.getType('Case');
    if (!isObjectType(caseType)) throw new Error('Case is not an object type');
    const number = caseType.getFields().number!;
    const value = await number.resolve!({ [PRE]: true, number: '（2026）综治受字第1号' }, {}, context(), { path: { key: 'number' } } as never);
    expect(value).toBe('（2026）综治受字第1号');
  });
});
