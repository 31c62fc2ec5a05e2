import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthCheckerFn } from 'type-graphql';
import type { Role } from './role.js';
import type { HubContext } from './context.js';
import { forbidden, hubError, unauthenticated } from './errors.js';

/**
 * Rules for `@Authorized(...)`: `PUBLIC`, `AUTHENTICATED`, role names (granted anywhere), and the
 * API-key capabilities (`KEY.*`) that let a third-party key call the operation. Staff rules and key
 * rules never stand in for each other: a key is not a user, a user is not a key.
 */
export const PUBLIC = 'PUBLIC';
export const AUTHENTICATED = 'AUTHENTICATED';
export const KEY = {
  CASES_READ: 'KEY:CASES_READ',
  CASES_SUBMIT: 'KEY:CASES_SUBMIT',
  ROSTERS_READ: 'KEY:ROSTERS_READ',
  STATISTICS_READ: 'KEY:STATISTICS_READ',
  /** Any key, whatever its capabilities (reference data such as centers and categories). */
  ANY: 'KEY:*',
} as const;
export type KeyRule = (typeof KEY)[keyof typeof KEY];
export type AccessRule = typeof PUBLIC | typeof AUTHENTICATED | Role | KeyRule;

/** True when `rules` let a key holding `capabilities` call the operation. */
export function keyAllowed(rules: readonly string[], capabilities: readonly string[]): boolean {
  return rules.some((r) => r === PUBLIC || r === KEY.ANY || (r.startsWith('KEY:') && capabilities.includes(r.slice(4))));
}

export const authChecker: AuthCheckerFn<HubContext, AccessRule> = ({ context }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  const key = context.viewer.apiKey;
  if (key) {
    if (keyAllowed(rules, key.capabilities)) return true;
    throw forbidden('该 API 密钥无权调用此操作 / This API key lacks the capability for this operation');
  }
  if (!context.viewer.authenticated) {
    if (context.tokenProblem) throw hubError('UNAUTHENTICATED', context.tokenProblem);
    throw unauthenticated();
  }
  const staffRules = rules.filter((r) => !r.startsWith('KEY:'));
  if (staffRules.length === 0 && rules.length > 0) throw forbidden('此操作仅供第三方 API 密钥调用 / Only API keys may call this operation');
  if (staffRules.length === 0 || staffRules.includes(AUTHENTICATED)) return true;
  if (!context.viewer.hasRole(...(staffRules as Role[]))) {
    throw forbidden(`需要以下角色之一：${staffRules.join('、')} / Requires one of the roles ${staffRules.join(', ')}`);
  }
  return true;
};

/** The declared rules of every root field (`Query.cases` → [...]), read from type-graphql's metadata. */
export function declaredRules(): Map<string, readonly string[]> {
  const storage = getMetadataStorage();
  const rules = new Map<string, readonly string[]>();
  const kinds = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const;
  for (const [kind, handlers] of kinds) {
    for (const handler of handlers) if (handler.roles !== undefined) rules.set(`${kind}.${handler.schemaName}`, handler.roles as string[]);
  }
  return rules;
}

/**
 * The root fields that declare an access rule, read from type-graphql's metadata after the schema is
 * built. Anything else is refused by `enforceDeclaredAccess`: forgetting `@Authorized` denies, it never allows.
 */
export function declaredRootFields(): Set<string> {
  return new Set(declaredRules().keys());
}

/**
 * Replaces the resolver of every root field without a declared rule by one that refuses. Done once on
 * the built schema, so it costs nothing per field at run time.
 */
export function enforceDeclaredAccess(schema: GraphQLSchema, declared: Set<string>): void {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (declared.has(`${type.name}.${field.name}`)) continue;
      const refuse = () => {
        throw forbidden(`操作 ${field.name} 未声明访问规则，已拒绝 / ${field.name} declares no access rule`);
      };
      field.resolve = refuse;
      if (type.name === 'Subscription') field.subscribe = refuse;
    }
  }
}
