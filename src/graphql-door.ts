import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { GateError, type KeyGate } from './modules/access/gate.js';
import { bearer } from './shared/tokens.js';
import { headerProblem } from './shared/boundary.js';
import type { HubContext } from './shared/context.js';
import { LIMITS, shapeRefusal } from './shared/limits.js';
import type { Logger } from './shared/logger.js';
import type { KeyGrant } from './shared/viewer.js';

export const GRAPHQL_PATH = '/graphql';

export function requestId(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : randomUUID();
}

/** Who a request comes from, as the per-operation context is built from it. */
export interface Caller {
  token?: string;
  apiKey?: KeyGrant;
  reqId: string;
  clientIp: string;
  reason?: unknown;
}

interface DoorOptions {
  apollo: ApolloServer<HubContext>;
  gate: KeyGate;
  schema: GraphQLSchema;
  trustProxyHops: number;
  log: Logger;
  context: (caller: Caller) => Promise<HubContext>;
}

/**
 * Third-party calls (`X-Api-Key`): the key is checked and counted, and the body's document is
 * replaced by the one registered for the key; a key never runs a document of its own.
 */
async function admitKey(gate: KeyGate, raw: string | string[], authorization: unknown, method: string, body: unknown): Promise<KeyGrant> {
  if (typeof raw !== 'string' || authorization !== undefined) {
    throw new GateError(400, 'BAD_USER_INPUT', '请只发送一个 X-Api-Key，且不要同时发送 Authorization / Send one X-Api-Key and no Authorization');
  }
  if (method !== 'POST') throw new GateError(405, 'BAD_USER_INPUT', '第三方调用须使用 POST / API keys must POST');
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new GateError(400, 'BAD_USER_INPUT', '请求体须为 JSON 对象 / Body must be a JSON object');
  const request = body as { query?: unknown; extensions?: Record<string, unknown> };
  const grant = await gate.authenticate(raw);
  request.query = await gate.document(grant.apiKeyId, request.query, request.extensions);
  if (request.extensions) delete request.extensions.persistedQuery;
  return grant;
}

/**
 * The caller's address: with TRUST_PROXY_HOPS = n, the n-th address from the right of
 * `X-Forwarded-For` + the socket's peer (as Express's numeric `trust proxy` reads it).
 */
export function clientAddress(peer: string | undefined, forwardedFor: unknown, hops: number): string {
  const addresses = [peer ?? 'unknown'];
  if (hops > 0 && typeof forwardedFor === 'string') addresses.push(...forwardedFor.split(',').map((a) => a.trim()).filter(Boolean).reverse());
  return addresses[Math.min(hops, addresses.length - 1)]!;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const bodyError = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

export const isGraphQLPath = (url: string | undefined) => url === GRAPHQL_PATH || (url?.startsWith(`${GRAPHQL_PATH}?`) ?? false);

/**
 * The one HTTP door to GraphQL: every method and content type of `/graphql` is answered here, on plain
 * `node:http` (no Express routing, body parser or ETag hashing), then by Apollo's
 * `executeHTTPGraphQLRequest` — the one pipeline (graphql-pipeline.ts). Here: request id, the body
 * limit, the JSON body, `X-Access-Reason`, key admission and the limits' one-error answer.
 */
export function graphqlDoor(options: DoorOptions) {
  const { apollo, gate, schema, trustProxyHops, log, context } = options;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const reqId = requestId(req.headers['x-request-id']);
    res.setHeader('x-request-id', reqId);
    log.debug({ reqId, method: req.method }, 'request received');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > LIMITS.bodyBytes) {
      sendJson(res, 413, bodyError(`请求体超过 ${LIMITS.bodyBytes / 1024} KiB / Request body too large`), { connection: 'close' });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > LIMITS.bodyBytes) {
        refused = true;
        sendJson(res, 413, bodyError(`请求体超过 ${LIMITS.bodyBytes / 1024} KiB / Request body too large`), { connection: 'close' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => undefined);
    req.on('end', () => {
      if (refused) return;
      void answer(req, res, reqId, chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        log.error({ err: error, reqId }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: '服务器内部错误，请稍后重试 / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        else res.destroy();
      });
    });
  };

  async function answer(req: IncomingMessage, res: ServerResponse, reqId: string, text: string): Promise<void> {
    const method = req.method ?? 'GET';
    const search = req.url!.slice(GRAPHQL_PATH.length);
    // A JSON body is parsed here; any other body reaches Apollo as none (CSRF prevention refuses it).
    let body: unknown;
    if (method === 'POST' && JSON_TYPE.test(req.headers['content-type'] ?? '')) {
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        return sendJson(res, 400, bodyError('请求体不是合法的 JSON / Body is not valid JSON'));
      }
    }
    const reason = headerProblem(req.headers['x-access-reason']);
    if (reason) return sendJson(res, 400, { errors: [{ message: `X-Access-Reason：${reason.message}`, extensions: { code: 'BAD_USER_INPUT', argument: 'x-access-reason' } }] });
    const caller: Caller = {
      token: bearer(req.headers.authorization), reqId,
      clientIp: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxyHops), reason: req.headers['x-access-reason'],
    };
    const rawKey = req.headers['x-api-key'];
    if (rawKey !== undefined) {
      try {
        caller.apiKey = await admitKey(gate, rawKey, req.headers.authorization, method, body);
        caller.token = undefined;
      } catch (error) {
        if (!(error instanceof GateError)) throw error;
        return sendJson(res, error.status, { errors: [error.toGraphQL()] }, error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {});
      }
    }
    const query = method === 'GET' ? new URLSearchParams(search).get('query') : (body as { query?: unknown } | null | undefined)?.query;
    const refusal = typeof query === 'string' ? shapeRefusal(schema, query) : undefined;
    if (refusal) return sendJson(res, 400, { errors: [refusal.toJSON()] });
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: method.toUpperCase(), headers, search, body },
      context: () => context(caller),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
