import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthCheckerFn } from 'type-graphql';
import type { Role } from '../modules/identity/role.js';
import type { HubContext } from './context.js';
import { forbidden, hubError, unauthenticated } from './errors.js';

/** Rules for `@Authorized(...)`: `PUBLIC`, `AUTHENTICATED`, or role names (granted anywhere). */
export const PUBLIC = 'PUBLIC';
export const AUTHENTICATED = 'AUTHENTICATED';
export type AccessRule = typeof PUBLIC | typeof AUTHENTICATED | Role;

export const authChecker: AuthCheckerFn<HubContext, AccessRule> = ({ context }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  if (!context.viewer.authenticated) {
    if (context.tokenProblem) throw hubError('UNAUTHENTICATED', context.tokenProblem);
    throw unauthenticated();
  }
  if (rules.length === 0 || rules.includes(AUTHENTICATED)) return true;
  if (!context.viewer.hasRole(...(rules as Role[]))) {
    throw forbidden(`需要以下角色之一：${rules.join('、')} / Requires one of the roles ${rules.join(', ')}`);
  }
  return true;
};

/**
 * The root fields that declare an access rule, read from type-graphql's metadata after the schema is
 * built. Anything else is refused by `enforceDeclaredAccess`: forgetting `@Authorized` denies, it never allows.
 */
export function declaredRootFields(): Set<string> {
  const storage = getMetadataStorage();
  const declared = new Set<string>();
  const kinds = [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const;
  for (const [kind, handlers] of kinds) {
    for (const handler of handlers) if (handler.roles !== undefined) declared.add(`${kind}.${handler.schemaName}`);
  }
  return declared;
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
