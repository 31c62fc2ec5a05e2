/**
 * Every role × every query and mutation of the schema, read from the schema itself so a new operation
 * is in the matrix the day it is added: anonymous callers get UNAUTHENTICATED unless the operation is
 * public; a user holding one role is refused with FORBIDDEN exactly where the declared rule leaves the
 * role out; an API key may only register documents its capabilities allow. Scope (own banner / other
 * banner) is covered per operation family in permissions.test.ts, cases-permissions.test.ts and
 * security.test.ts.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredRules, keyAllowed } from '../src/shared/auth.js';
import { graphql } from './gql/index.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { factories, type BuiltUser, type Factories } from './support/factories.js';

const schema = buildSchema(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
const Register = graphql(`mutation MatrixRegister($input: PersistedOperationRegisterInput!) { persistedOperationRegister(input: $input) { persistedOperation { id } userErrors { code } } }`);

/** A literal of the right type for a required argument; the values are nonsense on purpose. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return `{ ${Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int': case 'Float': return '1';
    case 'Boolean': return 'false';
    case 'Date': return '"2026-01-05"';
    case 'DateTime': return '"2026-01-05T09:00:00+08:00"';
    case 'Money': return '"1.00"';
    case 'JSON': return '{}';
    default: return '"x"';
  }
}

function document(kind: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) || a.name === 'first').map((a) => `${a.name}: ${a.name === 'first' ? '1' : literal(a.type)}`);
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} Matrix { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

const OPERATIONS = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ type: 'Query', kind: 'query' as const, field: f })),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ type: 'Mutation', kind: 'mutation' as const, field: f })),
]
  // Signing out would end the caller's own session for the rest of the matrix; its own tests cover it.
  .filter((o) => o.field.name !== 'sessionRevoke');

/** The roles of the matrix; each caller is a built account holding only that role. */
const ROLES = ['ADMIN', 'DISPATCHER', 'AGENCY_STAFF', 'MEDIATOR', 'SCHEDULER', 'LEADER', 'AUDITOR'] as const;
const ROLE_REFUSAL = /Requires one of the roles|Only API keys may call/;

let t: TestHub;
let f: Factories;
const callers = new Map<(typeof ROLES)[number], BuiltUser>();
const rules = () => declaredRules();

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  // A built county's desk gives the scoped roles their center, agency and mediator.
  const desk = await f.desk();
  callers.set('ADMIN', await f.user('ADMIN'));
  callers.set('DISPATCHER', desk.dispatcher);
  callers.set('AGENCY_STAFF', desk.staff);
  callers.set('MEDIATOR', desk.mediatorUser);
  callers.set('SCHEDULER', await f.user('SCHEDULER', { center: desk.center }));
  callers.set('LEADER', desk.leader);
  callers.set('AUDITOR', await f.user('AUDITOR'));
}, 60_000);
afterAll(() => t?.close());

async function call(query: string, token?: string) {
  const res = await t.post({ query }, token ? { authorization: `Bearer ${token}` } : {});
  return ((await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors ?? [];
}

describe('every operation × every caller', () => {
  it('has a declared rule for every operation in the schema', () => {
    for (const o of OPERATIONS) expect(rules().has(`${o.type}.${o.field.name}`), `${o.type}.${o.field.name}`).toBe(true);
  });

  it('anonymous: UNAUTHENTICATED everywhere except the public operations', async () => {
    const publicOps: string[] = [];
    for (const o of OPERATIONS) {
      const rule = rules().get(`${o.type}.${o.field.name}`)!;
      const errors = await call(document(o.kind, o.field));
      if (rule.includes('PUBLIC')) {
        publicOps.push(o.field.name);
        expect(errors.map((e) => e.extensions?.code), o.field.name).not.toContain('UNAUTHENTICATED');
      } else {
        expect(errors[0]?.extensions?.code, o.field.name).toBe('UNAUTHENTICATED');
      }
    }
    expect(publicOps.sort()).toEqual(['caseCitizenRate', 'caseCitizenWithdraw', 'caseTrack', 'publicDuties', 'sessionCreate', 'sessionRenew']);
  });

  for (const role of ROLES) {
    it(`${role}: refused by role exactly where the operation’s rule leaves ${role} out`, async () => {
      const token = callers.get(role)!.token;
      let refused = 0;
      for (const o of OPERATIONS) {
        const rule = rules().get(`${o.type}.${o.field.name}`)!;
        const allowed = rule.includes('PUBLIC') || rule.includes('AUTHENTICATED') || rule.includes(role);
        const errors = await call(document(o.kind, o.field), token);
        const byRole = errors.find((e) => ROLE_REFUSAL.test(e.message));
        if (allowed) {
          expect(byRole, `${role} ${o.field.name}`).toBeUndefined();
          expect(errors.map((e) => e.extensions?.code), `${role} ${o.field.name}`).not.toContain('UNAUTHENTICATED');
        } else {
          refused += 1;
          expect(byRole?.extensions?.code, `${role} ${o.field.name}`).toBe('FORBIDDEN');
        }
      }
      expect(refused).toBeGreaterThan(0);
    });
  }

  it('API keys: a document may be registered exactly when the key’s capabilities allow every field it calls', async () => {
    const admin = callers.get('ADMIN')!.token;
    const county = await f.center();
    for (const capability of ['CASES_READ', 'CASES_SUBMIT', 'ROSTERS_READ', 'STATISTICS_READ'] as const) {
      const key = await f.apiKey([county], [capability]);
      for (const o of OPERATIONS) {
        const rule = rules().get(`${o.type}.${o.field.name}`)!;
        const res = await t.gql(Register, { input: { apiKeyId: key.id, document: document(o.kind, o.field) } }, admin);
        const codes = res.persistedOperationRegister.userErrors.map((e) => e.code);
        if (keyAllowed(rule, [capability])) expect(codes, `${capability} ${o.field.name}`).not.toContain('OUT_OF_SCOPE');
        else expect(codes, `${capability} ${o.field.name}`).toContain('OUT_OF_SCOPE');
      }
    }
    // Four registrations per operation of the schema: the time grows with the API, not with a fault.
  }, 180_000);
});
