import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { KeyGrant } from '../../shared/viewer.js';
import { parseKey, sha256 } from './api-key.service.js';

/** Why a key request was refused: HTTP status, GraphQL code and the message the client sees. */
export class GateError extends Error {
  constructor(
    readonly status: number,
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED' | 'BAD_USER_INPUT',
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'GateError';
  }

  toGraphQL() {
    return {
      message: this.message,
      extensions: { code: this.code, ...(this.retryAfterSeconds ? { retryAfterSeconds: this.retryAfterSeconds } : {}) },
    };
  }
}

interface KeyRow {
  id: number;
  name: string;
  secret_hash: string;
  capabilities: string[];
  revoked: boolean;
  expired: boolean;
  centers: { id: number; ancestry: string }[];
}

const refused = () => new GateError(401, 'UNAUTHENTICATED', 'API 密钥无效、已吊销或已过期 / Invalid, revoked or expired API key');

const keySql = (where: string) => `
  select k.id, k.name, k.secret_hash, k.capabilities, k.revoked_at is not null as revoked,
         coalesce(k.expires_at <= now(), false) as expired,
         coalesce(json_agg(json_build_object('id', c.id, 'ancestry', c.ancestry)) filter (where c.id is not null), '[]') as centers
    from api_key k
    left join api_key_center kc on kc.api_key_id = k.id
    left join center c on c.id = kc.center_id
   where ${where}
   group by k.id`;

const grantOf = (row: KeyRow): KeyGrant => ({
  apiKeyId: row.id,
  name: row.name,
  capabilities: row.capabilities,
  centers: row.centers.map((c) => ({ centerId: c.id, prefix: `${c.ancestry}${c.id}/` })),
});

/**
 * The key's grant as it is now, read again by id (a live subscription re-checks its key after an
 * access change); `undefined` once the key is revoked or expired. With `operationSha256`, the grant
 * keeps it only while that document is still registered (`retired` says it no longer is).
 */
export async function loadKeyGrant(em: EntityManager, apiKeyId: number, operationSha256?: string): Promise<KeyGrant | 'retired' | undefined> {
  const [row] = await em.getConnection().execute<KeyRow[]>(keySql('k.id = ?'), [apiKeyId]);
  if (!row || row.revoked || row.expired) return undefined;
  if (operationSha256 === undefined) return grantOf(row);
  const [live] = await em.getConnection().execute<{ id: number }[]>(
    'select id from persisted_operation where api_key_id = ? and sha256 = ? and retired_at is null', [apiKeyId, operationSha256]);
  return live ? { ...grantOf(row), operationSha256 } : 'retired';
}

/**
 * The door for third-party clients: checks an API key, counts the request against the key's rate
 * limit (one UPDATE, shared by every hub process), and turns the document hash a client sends into
 * the document registered for that key. Used by HTTP and WebSocket alike.
 */
export class KeyGate {
  constructor(private readonly em: () => EntityManager) {}

  /** The key's grant, or a GateError. Counts one request. */
  async authenticate(raw: string): Promise<KeyGrant> {
    const parsed = parseKey(raw);
    if (!parsed) throw refused();
    const [row] = await this.em().getConnection().execute<KeyRow[]>(keySql('k.prefix = ?'), [parsed.prefix]);
    const expected = Buffer.from(row?.secret_hash ?? '0'.repeat(64), 'hex');
    const given = Buffer.from(sha256(parsed.secret), 'hex');
    if (!row || !timingSafeEqual(expected, given) || row.revoked || row.expired) throw refused();
    await this.count(row.id);
    return grantOf(row);
  }

  /**
   * One request in the key's current one-minute window; refuses past the limit, and refuses a key
   * revoked or expired since the caller authenticated (a WebSocket authenticates once, then counts
   * each operation it starts).
   */
  async count(keyId: number): Promise<void> {
    const [row] = await this.em().getConnection().execute<{ window_count: number; rate_limit_per_minute: number; reset: number }[]>(
      `update api_key set
         window_count = case when window_started_at > now() - interval '1 minute' then window_count + 1 else 1 end,
         window_started_at = case when window_started_at > now() - interval '1 minute' then window_started_at else now() end,
         last_used_at = now()
       where id = ? and revoked_at is null and (expires_at is null or expires_at > now())
       returning window_count, rate_limit_per_minute, greatest(1, ceil(extract(epoch from window_started_at + interval '1 minute' - now())))::int as reset`,
      [keyId],
    );
    if (!row) throw refused();
    if (row.window_count > row.rate_limit_per_minute) {
      throw new GateError(429, 'RATE_LIMITED',
        `该密钥每分钟最多 ${row.rate_limit_per_minute} 次请求，请 ${row.reset} 秒后再试 / Rate limit of ${row.rate_limit_per_minute} requests per minute exceeded`,
        row.reset);
    }
  }

  /**
   * The registered document a key asked for: by `extensions.persistedQuery.sha256Hash`, or by the
   * hash of the text it sent (which must then be registered verbatim). Anything else is refused.
   */
  async document(keyId: number, sent: unknown, extensions: unknown): Promise<string> {
    // graphql-ws requires a query string; a client calling by hash sends an empty one.
    const query = typeof sent === 'string' && sent.trim() !== '' ? sent : undefined;
    const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
    const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash.toLowerCase() : undefined;
    if (query !== undefined && hash !== undefined && sha256(query) !== hash) {
      throw new GateError(400, 'BAD_USER_INPUT', 'sha256Hash 与所附文档不符 / sha256Hash does not match the document sent');
    }
    const wanted = hash ?? (query !== undefined ? sha256(query) : undefined);
    if (wanted === undefined || !/^[0-9a-f]{64}$/.test(wanted)) {
      throw new GateError(400, 'BAD_USER_INPUT', '须提供已登记操作的 sha256Hash（extensions.persistedQuery）/ Send the sha256Hash of a registered operation');
    }
    const [row] = await this.em().getConnection().execute<{ document: string }[]>(
      `select document from persisted_operation where api_key_id = ? and sha256 = ? and retired_at is null`,
      [keyId, wanted],
    );
    if (!row) {
      throw new GateError(403, 'FORBIDDEN', '该操作未为此密钥登记（第三方只能调用已登记的操作）/ Operation not registered for this key');
    }
    return row.document;
  }
}
