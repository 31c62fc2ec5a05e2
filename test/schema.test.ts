import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHubSchema, printHubSchema } from '../src/schema.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildHubSchema();
});

const HAS_CJK = /[\u4e00-\u9fff]/;
const HAS_LATIN = /[A-Za-z]{3,}/;

describe('the committed schema', () => {
  it('is what the code emits (run `npm run schema:emit` after changing the API)', () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printHubSchema(schema));
  });

  it('describes every type, field, argument and enum value in Chinese and English', () => {
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description || !HAS_CJK.test(description) || !HAS_LATIN.test(description)) missing.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (['Query', 'Mutation', 'Subscription'].includes(type.name)) {
        // Root types need no description; their fields do.
      } else {
        check(type.name, type.description);
      }
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          if ('args' in field) for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });

  it('follows the Relay rules: every list of records is a bounded connection', () => {
    const query = schema.getQueryType()!;
    for (const name of ['centers', 'agencies', 'stationings', 'mediators', 'users']) {
      const field = query.getFields()[name]!;
      expect(field.type.toString()).toMatch(/Connection!$/);
      expect(field.args.map((a) => a.name)).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before', 'filter']));
    }
  });

  it('names mutations object-first and gives every payload userErrors', () => {
    const mutation = schema.getMutationType()!;
    for (const field of Object.values(mutation.getFields())) {
      expect(field.name).toMatch(/^(center|agency|stationing|mediator|user|session|viewer|calendarDay|calendarYear|timeLimitPolicy|case|category|routingRule|duty|dutySwap|leave|rota|presence|apiKey|persistedOperation|link|reception|jointMeeting|petition)[A-Z]/);
      const payload = schema.getType(field.type.toString().replace('!', ''));
      expect(isObjectType(payload) && payload.getFields().userErrors, field.name).toBeTruthy();
    }
  });
});
