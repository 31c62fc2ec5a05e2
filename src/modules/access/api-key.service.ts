import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { Kind, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { declaredRules, keyAllowed } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { UserErrorCode } from '../../shared/errors.js';
import { LIMIT_RULES, PARSE_OPTIONS, shapeRefusal } from '../../shared/limits.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { inTransaction } from '../../shared/transaction.js';
import { Validator } from '../../shared/validation.js';
import { Role } from '../../shared/role.js';
import { keyAccessChanged, writeOutbox } from '../../shared/event-log/outbox.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';
import { scopesWhere } from '../organisation/center.service.js';
import { ApiKey, PersistedOperation } from './api-key.entity.js';
import type { ApiKeyCreateInput, ApiKeysArgs, ApiKeyUpdateInput, PersistedOperationRegisterInput } from './api-key.types.js';

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** `hub_<10-char prefix>_<43-char secret>`: the prefix finds the row, the secret is checked by hash. */
export function parseKey(raw: string): { prefix: string; secret: string } | undefined {
  const m = /^hub_([0-9a-z]{10})_([A-Za-z0-9_-]{43})$/.exec(raw.trim());
  return m ? { prefix: m[1]!, secret: m[2]! } : undefined;
}

/** Root fields an operation selects, fragments followed. */
function rootFields(document: DocumentNode): string[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const names: string[] = [];
  const walk = (set: SelectionSetNode, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, seen);
      else if (!seen.has(s.name.value) && fragments.has(s.name.value)) walk(fragments.get(s.name.value)!.selectionSet, new Set(seen).add(s.name.value));
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) walk(d.selectionSet, new Set());
  return names;
}

/** Issuing, changing and revoking API keys, and registering the documents a key may run. Admins only, within their scope. */
export class ApiKeyService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  /** An admin acts on a key only when every center of the key lies in their admin scope. */
  private async assertAdmin(key: ApiKey): Promise<void> {
    for (const center of await key.centers.loadItems()) this.ctx.viewer.assertCan([Role.ADMIN], center, '管理该密钥');
  }

  async list(args: ApiKeysArgs): Promise<Page<ApiKey>> {
    const and: FilterQuery<ApiKey>[] = [];
    const scopes = this.ctx.viewer.scopes([Role.ADMIN]);
    if (scopes !== 'all') {
      and.push({ centers: scopesWhere(scopes) });
    }
    if (!args.includeRevoked) and.push({ revokedAt: null });
    return paginate(this.em, ApiKey, { $and: and }, { createdAt: 'desc' }, args);
  }

  async create(input: ApiKeyCreateInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const v = new Validator();
    const name = v.text('name', input.name, '名称', { required: true, max: 100 });
    if (input.centerIds.length === 0) v.add('centerIds', UserErrorCode.REQUIRED, '至少指定一个中心');
    if (input.centerIds.length > 50) v.add('centerIds', UserErrorCode.OUT_OF_RANGE, '最多50个中心');
    const centers: Center[] = [];
    for (const [i, id] of input.centerIds.slice(0, 50).entries()) {
      const center = await findByGlobalId(this.em, Center, id, v, `centerIds.${i}`, '中心');
      if (!center) continue;
      if (!this.ctx.viewer.can([Role.ADMIN], center)) v.add(['centerIds', String(i)], UserErrorCode.OUT_OF_SCOPE, `${center.name}不在您的管理范围内`);
      else if (center.archivedAt) v.add(['centerIds', String(i)], UserErrorCode.ARCHIVED, `${center.name}已归档`);
      else centers.push(center);
    }
    const capabilities = [...new Set(input.capabilities)];
    if (capabilities.length === 0) v.add('capabilities', UserErrorCode.REQUIRED, '至少授予一项能力');
    v.int('rateLimitPerMinute', input.rateLimitPerMinute, '每分钟请求数', 1, 6000);
    if (input.expiresAt && input.expiresAt.getTime() <= this.ctx.clock().getTime()) {
      v.add('expiresAt', UserErrorCode.OUT_OF_RANGE, '到期时间须晚于现在');
    }
    v.throwIfAny();
    const prefix = Array.from({ length: 10 }, () => CROCKFORD[randomInt(32)]).join('');
    const secret = randomBytes(32).toString('base64url');
    const apiKey = this.em.create(ApiKey, {
      name: name!,
      prefix,
      secretHash: sha256(secret),
      capabilities: capabilities.sort(),
      rateLimitPerMinute: input.rateLimitPerMinute ?? 600,
      expiresAt: input.expiresAt ?? null,
      createdBy: this.em.getReference(User, this.ctx.viewer.userId!, { wrapped: true }),
    });
    apiKey.centers.set(centers);
    await this.em.flush();
    this.ctx.log.info({ apiKey: prefix, capabilities }, 'api key issued');
    return { apiKey, secret: `hub_${prefix}_${secret}` };
  }

  private async find(v: Validator, id: string, version: number): Promise<ApiKey | undefined> {
    const key = await findByGlobalId(this.em, ApiKey, id, v, 'id', '密钥');
    v.throwIfAny();
    await this.assertAdmin(key!);
    checkVersion(v, key!, version, '密钥');
    if (key!.revokedAt) v.add('id', UserErrorCode.INVALID_STATE, '该密钥已吊销');
    return key;
  }

  async update(input: ApiKeyUpdateInput): Promise<ApiKey> {
    const v = new Validator();
    const key = (await this.find(v, input.id, input.version))!;
    const name = input.name === undefined ? undefined : v.text('name', input.name, '名称', { required: true, max: 100 });
    v.int('rateLimitPerMinute', input.rateLimitPerMinute, '每分钟请求数', 1, 6000);
    v.throwIfAny();
    if (name) key.name = name;
    if (input.rateLimitPerMinute != null) key.rateLimitPerMinute = input.rateLimitPerMinute;
    await this.em.flush();
    return key;
  }

  async revoke(input: { id: string; version: number }): Promise<ApiKey> {
    const v = new Validator();
    const key = (await this.find(v, input.id, input.version))!;
    v.throwIfAny();
    await inTransaction(this.em, async () => {
      key.revokedAt = this.ctx.clock();
      key.revokedBy = this.em.getReference(User, this.ctx.viewer.userId!, { wrapped: true });
      await this.em.flush();
      // Open subscriptions of the key end on every hub process, in the same commit as the revocation.
      await writeOutbox(this.em, [keyAccessChanged([key.id], 'API_KEY_REVOKED')]);
    });
    this.ctx.log.info({ apiKey: key.prefix }, 'api key revoked');
    return key;
  }

  /**
   * Registers a document for a key after checking it: it parses, validates against the schema and
   * the hub's limits, holds exactly one named operation, and every root field it selects is one the
   * key's capabilities allow (so an admin learns now, not the client at run time).
   */
  async register(input: PersistedOperationRegisterInput, schema: GraphQLSchema): Promise<PersistedOperation> {
    const v = new Validator();
    const key = await findByGlobalId(this.em, ApiKey, input.apiKeyId, v, 'apiKeyId', '密钥');
    v.throwIfAny();
    await this.assertAdmin(key!);
    if (key!.revokedAt) v.add('apiKeyId', UserErrorCode.INVALID_STATE, '该密钥已吊销');
    const text = input.document;
    if (text.length > 20_000) v.add('document', UserErrorCode.TOO_LONG, '操作文本不能超过20000个字符');
    v.throwIfAny();
    let parsed: DocumentNode | undefined;
    try {
      parsed = parse(text, PARSE_OPTIONS);
    } catch (error) {
      v.add('document', UserErrorCode.INVALID, `无法解析：${(error as Error).message}`);
    }
    v.throwIfAny();
    const document = parsed!;
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || !operations[0]!.name) v.add('document', UserErrorCode.INVALID, '须恰好包含一个具名操作');
    const refusal = shapeRefusal(schema, text);
    for (const error of refusal ? [refusal] : validate(schema, document, [...specifiedRules, ...LIMIT_RULES])) {
      v.add('document', UserErrorCode.INVALID, error.message);
    }
    if (v.ok) {
      const rules = declaredRules();
      const type = operations[0]!.operation === 'query' ? 'Query' : operations[0]!.operation === 'mutation' ? 'Mutation' : 'Subscription';
      for (const field of rootFields(document)) {
        if (field === '__typename') continue;
        const allowed = rules.get(`${type}.${field}`);
        if (!allowed || !keyAllowed(allowed, key!.capabilities)) {
          v.add('document', UserErrorCode.OUT_OF_SCOPE, `该密钥的能力（${key!.capabilities.join('、')}）不允许调用 ${field}`);
        }
      }
    }
    v.throwIfAny();
    const hash = sha256(text);
    return inTransaction(this.em, async () => {
      const existing = await this.em.findOne(PersistedOperation, { apiKey: key!.id, sha256: hash });
      if (existing && !existing.retiredAt) {
        v.add('document', UserErrorCode.TAKEN, '该操作已为此密钥登记');
        v.throwIfAny();
      }
      const op = existing ?? this.em.create(PersistedOperation, {
        apiKey: key!, sha256: hash, document: text, operationName: operations[0]!.name!.value,
        createdBy: this.em.getReference(User, this.ctx.viewer.userId!, { wrapped: true }),
      });
      op.retiredAt = null;
      await this.em.flush();
      return op;
    });
  }

  async retire(input: { id: string; version: number }): Promise<PersistedOperation> {
    const v = new Validator();
    const op = await findByGlobalId(this.em, PersistedOperation, input.id, v, 'id', '可信操作');
    v.throwIfAny();
    await this.assertAdmin(await op!.apiKey.loadOrFail());
    checkVersion(v, op!, input.version, '可信操作');
    if (op!.retiredAt) v.add('id', UserErrorCode.INVALID_STATE, '该操作已停用');
    v.throwIfAny();
    await inTransaction(this.em, async () => {
      op!.retiredAt = this.ctx.clock();
      await this.em.flush();
      // Subscriptions running this document end, as calls to it stop working.
      await writeOutbox(this.em, [keyAccessChanged([op!.apiKey.id], 'OPERATION_RETIRED')]);
    });
    return op!;
  }

  /** Operations of a key, newest first (for the key's `operations` field). */
  operations(key: ApiKey): Promise<PersistedOperation[]> {
    return this.em.find(PersistedOperation, { apiKey: key.id, retiredAt: null }, { orderBy: { id: 'desc' } });
  }
}
