import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type RequestHandler } from 'express';
import {
  getOperationAST, GraphQLError, parse, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema,
} from 'graphql';
import { WebSocketServer } from 'ws';
import type { HubConfig } from './config.js';
import { loadViewer } from './modules/identity/session.service.js';
import { bearer, type TokenSigner } from './modules/identity/tokens.js';
import type { HubContext } from './shared/context.js';
import { coercionRefusal } from './shared/errors.js';
import { headerProblem } from './shared/boundary.js';
import { httpBoundary, jsonErrors, notFound } from './shared/http-boundary.js';
import { LIMIT_RULES, LIMITS, shapeRefusal } from './shared/limits.js';
import { GateError, KeyGate } from './modules/access/gate.js';
import { sha256 } from './modules/access/api-key.service.js';
import { AuditTrail, accessReason } from './modules/audit/audit-trail.js';
import { sharedSubscribe } from './modules/realtime/shared-execution.js';
import { serveGraphQLWs } from './modules/realtime/websocket.js';
import { introspectionRefused, introspects, LeanExecutor, OperationRules, withoutSuggestions } from './lean-execution.js';
import { calendarRoutes } from './modules/rosters/calendar-routes.js';
import { exportRoutes } from './modules/ledger/export-routes.js';
import { LinkSigner, linkAuthentication } from './modules/identity/links.js';
import { crossOrigin, webSocketOriginAllowed } from './web/cross-origin.js';
import { graphiqlRoutes } from './web/graphiql.js';
import { consoleRoutes } from './console-static.js';
import type { EventHub } from './modules/realtime/event-hub.js';
import type { ViewerCache } from './modules/identity/viewer-cache.js';
import type { Logger } from './shared/logger.js';
import { Viewer, type KeyGrant } from './shared/viewer.js';

export const GRAPHQL_PATH = '/graphql';
/** Ping interval; a peer that did not answer the previous ping is dropped. */
export const WS_KEEPALIVE_MS = 12_000;
export const WS_MAX_OPERATIONS = 20;

type WsExtra = {
  token?: string;
  apiKey?: KeyGrant;
  reqId?: string;
};

/** Codes a client may see as they are; anything else is an internal error and is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'RATE_LIMITED', 'TIMEOUT', 'CURSOR_EXPIRED',
]);

export interface HubServer {
  httpServer: Server;
  port: number;
  url: string;
  /** Stops accepting, finishes in-flight requests, closes every WebSocket with 1001. */
  close(): Promise<void>;
}

interface ServerDeps {
  events: EventHub;
  viewers: ViewerCache;
  config: HubConfig;
  clock: () => Date;
  orm: MikroORM;
  schema: GraphQLSchema;
  signer: TokenSigner;
  log: Logger;
}

function requestId(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : randomUUID();
}

interface Caller {
  token?: string;
  apiKey?: KeyGrant;
  reqId: string;
  clientIp: string;
  reason?: unknown;
}

/**
 * MikroORM creates a fork's dataloaders lazily behind a dynamic import, and sibling fields would each
 * start that import at once. The first call per kind is shared here, so an operation pays one import
 * per kind it uses, and none when it uses no dataloader (compiled reads).
 */
function shareLoaderCreation(em: EntityManager): EntityManager {
  const created = new Map<string, ReturnType<EntityManager['getDataLoader']>>();
  const create = em.getDataLoader.bind(em);
  em.getDataLoader = ((type: Parameters<EntityManager['getDataLoader']>[0]) => {
    let loader = created.get(type);
    if (!loader) created.set(type, (loader = create(type)));
    return loader;
  }) as EntityManager['getDataLoader'];
  return em;
}

/** Builds the per-operation context: a fresh EntityManager fork and the viewer behind the token or key. */
async function makeContext(deps: ServerDeps, caller: Caller): Promise<HubContext> {
  const { token, reqId } = caller;
  const em = shareLoaderCreation(deps.orm.em.fork());
  let log: Logger | undefined;
  const ctx: HubContext = {
    em, viewer: caller.apiKey ? Viewer.forApiKey(caller.apiKey) : Viewer.anonymous, memo: new Map(), clock: deps.clock, events: deps.events, viewers: deps.viewers,
    requestId: reqId, clientIp: caller.clientIp, audit: new AuditTrail(reqId, caller.clientIp, accessReason(caller.reason)),
    deadline: performance.now() + deps.config.executionTimeoutMs,
    config: deps.config, signer: deps.signer,
    // The request's child logger is made on first use (most requests log nothing at the default level).
    get log() {
      return (log ??= deps.log.child({ reqId, ...(caller.apiKey ? { apiKey: caller.apiKey.apiKeyId } : {}) }));
    },
  };
  if (token === undefined) return ctx;
  const claims = await deps.signer.verify(token);
  if ('problem' in claims) {
    ctx.tokenProblem = claims.problem;
    return ctx;
  }
  const viewer = await loadViewer(em, claims.userId, claims.sessionId, deps.viewers, deps.clock());
  if (viewer) ctx.viewer = viewer;
  else ctx.tokenProblem = '会话已失效（已退出、已撤销或账号停用），请重新登录 / Session ended; sign in again';
  return ctx;
}

export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const refused = coercionRefusal(original ?? error);
    if (refused) return { message: refused.message, locations: formatted.locations, path: formatted.path, extensions: refused.extensions };
    const code = formatted.extensions?.code;
    // A GraphQLError thrown on purpose carries one of our codes; everything else is a fault of ours.
    const deliberate = typeof code === 'string' && CLIENT_CODES.has(code) && !(original && !(original instanceof GraphQLError));
    if (deliberate) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original ?? error, path: formatted.path }, 'internal error');
    return {
      message: '服务器内部错误，请稍后重试 / Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Schema disclosure, audit and the answer's last checks, per operation (`OperationRules`): introspection
 * and suggestions only for staff when so configured; the audit of unmasked reads is written before the
 * answer leaves (an answer whose reads cannot be audited is replaced by an error); one log line.
 */
function rulesPlugin(rules: OperationRules): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didResolveOperation({ contextValue: ctx, document, operationName }) {
          rules.starts(ctx, document, operationName);
        },
        async willSendResponse({ contextValue: ctx, response, operationName, errors }) {
          if (response.body.kind === 'single') await rules.leaves(ctx, response.body.singleResult);
          rules.logged(contextValue, operationName, started, errors?.length ?? 0);
        },
      };
    },
  };
}

type HubRequest = Request & { reqId?: string; apiKey?: KeyGrant };

/** Who an HTTP request comes from: a key admitted by `keyMiddleware`, else the bearer token (if any). */
function httpCaller(req: Request): Caller {
  const hub = req as HubRequest;
  return {
    token: hub.apiKey ? undefined : bearer(req.headers.authorization), apiKey: hub.apiKey,
    reqId: hub.reqId ?? requestId(req.headers['x-request-id']), clientIp: req.ip ?? 'unknown', reason: req.headers['x-access-reason'],
  };
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

/** `admitKey` for requests that come through Express (other content types, GET). */
function keyMiddleware(gate: KeyGate): RequestHandler {
  return (req, res, next) => {
    const raw = req.headers['x-api-key'];
    if (raw === undefined) return next();
    admitKey(gate, raw, req.headers.authorization, req.method, req.body).then(
      (grant) => {
        (req as HubRequest).apiKey = grant;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof GateError)) return next(error);
        if (error.retryAfterSeconds) res.setHeader('Retry-After', String(error.retryAfterSeconds));
        res.status(error.status).json({ errors: [error.toGraphQL()] });
      },
    );
  };
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

const JSON_TYPE = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const bodyError = (message: string) => ({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

/**
 * The hot path: `POST /graphql` with a JSON body goes straight to Apollo, without Express's routing,
 * body parser and ETag hashing (everything else — GET, other content types, other paths — goes
 * through Express). Same body limit, key admission and request id as the Express route.
 */
function directGraphQL(deps: ServerDeps, apollo: ApolloServer<HubContext>, gate: KeyGate, lean: LeanExecutor) {
  const { config, log } = deps;
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    if (req.method !== 'POST' || !(url === GRAPHQL_PATH || url.startsWith(`${GRAPHQL_PATH}?`)) || !JSON_TYPE.test(req.headers['content-type'] ?? '')) return false;
    const reqId = requestId(req.headers['x-request-id']);
    res.setHeader('x-request-id', reqId);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > LIMITS.bodyBytes) {
      sendJson(res, 413, bodyError(`请求体超过 ${LIMITS.bodyBytes / 1024} KiB / Request body too large`), { connection: 'close' });
      req.resume();
      return true;
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
    return true;
  };

  async function answer(req: IncomingMessage, res: ServerResponse, reqId: string, text: string): Promise<void> {
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      return sendJson(res, 400, bodyError('请求体不是合法的 JSON / Body is not valid JSON'));
    }
    const reason = headerProblem(req.headers['x-access-reason']);
    if (reason) return sendJson(res, 400, { errors: [{ message: `X-Access-Reason：${reason.message}`, extensions: { code: 'BAD_USER_INPUT', argument: 'x-access-reason' } }] });
    const caller: Caller = {
      token: bearer(req.headers.authorization), reqId,
      clientIp: clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustProxyHops), reason: req.headers['x-access-reason'],
    };
    const rawKey = req.headers['x-api-key'];
    if (rawKey !== undefined) {
      try {
        caller.apiKey = await admitKey(gate, rawKey, req.headers.authorization, 'POST', body);
        caller.token = undefined;
      } catch (error) {
        if (!(error instanceof GateError)) throw error;
        return sendJson(res, error.status, { errors: [error.toGraphQL()] }, error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {});
      }
    }
    const query = (body as { query?: unknown } | null)?.query;
    const refusal = typeof query === 'string' ? shapeRefusal(deps.schema, query) : undefined;
    if (refusal) return sendJson(res, 400, { errors: [refusal.toJSON()] });
    const leanAnswer = await lean.run(body, req.headers.accept, () => makeContext(deps, caller));
    if (leanAnswer) {
      res.writeHead(leanAnswer.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(leanAnswer.text) });
      res.end(leanAnswer.text);
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const search = req.url!.slice(GRAPHQL_PATH.length);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search, body },
      context: () => makeContext(deps, caller),
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

export async function startServer(deps: ServerDeps, isReady: () => Promise<boolean>): Promise<HubServer> {
  const { config, schema, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  let direct: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  const cors = crossOrigin(config.corsOrigins);
  const httpServer = createServer((req, res) => {
    cors(req, res, () => {
      if (!direct?.(req, res)) app(req, res);
    });
  });

  app.set('trust proxy', config.trustProxyHops);
  // A request may take its execution time plus a margin to arrive and be answered; then the socket is dropped.
  httpServer.requestTimeout = config.executionTimeoutMs + 15_000;
  const gate = new KeyGate(() => deps.orm.em);
  const wsServer = new WebSocketServer({
    server: httpServer, path: GRAPHQL_PATH, maxPayload: LIMITS.bodyBytes, verifyClient: webSocketOriginAllowed(config.corsOrigins),
  });
  const wsCleanup = serveGraphQLWs<Record<string, unknown>, WsExtra>(
    {
      schema,
      subscribe: sharedSubscribe(),
      connectionInitWaitTimeout: config.wsInitTimeoutMs,
      // Authenticate once in connection_init: a token that is sent must be valid and its session live (else close 4403);
      // no token is an anonymous connection, which only public operations accept.
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearer(params.authorization ?? params.Authorization) ?? (typeof params.token === 'string' ? params.token : undefined);
        ctx.extra.reqId = requestId(ctx.extra.request.headers['x-request-id']);
        if (headerProblem(ctx.extra.request.headers['x-access-reason'])) {
          ctx.extra.socket.close(4400, 'Bad X-Access-Reason');
          return false;
        }
        if (typeof params.apiKey === 'string') {
          if (token !== undefined) return false;
          try {
            ctx.extra.apiKey = await gate.authenticate(params.apiKey);
          } catch (error) {
            if (error instanceof GateError) return false;
            throw error;
          }
          return true;
        }
        if (token !== undefined) {
          const claims = await deps.signer.verify(token);
          if ('problem' in claims) return false;
          // A signed token whose session has ended (signed out, revoked, account deactivated) is refused like a revoked key.
          if (!(await loadViewer(deps.orm.em.fork(), claims.userId, claims.sessionId, deps.viewers))) return false;
          ctx.extra.token = token;
        }
        return true;
      },
      // The same validation as HTTP, plus a cap on concurrent operations per connection.
      onSubscribe: async (ctx, _id, payload) => {
        // graphql-ws registers the operation before this hook and forgets it as soon as the client completes it.
        if (Object.keys(ctx.subscriptions).length > WS_MAX_OPERATIONS) {
          return [new GraphQLError(`每个连接最多同时 ${WS_MAX_OPERATIONS} 个订阅 / At most ${WS_MAX_OPERATIONS} operations per connection`, { extensions: { code: 'BAD_USER_INPUT' } })];
        }
        let query = payload.query;
        let key = ctx.extra.apiKey;
        if (key) {
          try {
            await gate.count(key.apiKeyId);
            query = await gate.document(key.apiKeyId, payload.query, payload.extensions);
            // The operation streams only while its document stays registered (see recheckAccess).
            key = { ...key, operationSha256: sha256(query) };
          } catch (error) {
            if (error instanceof GateError) return [new GraphQLError(error.message, { extensions: error.toGraphQL().extensions })];
            throw error;
          }
        }
        const staffOnly = config.schemaDisclosure === 'staff' && ctx.extra.token === undefined;
        let document;
        try {
          document = parse(query, { maxTokens: LIMITS.tokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')];
        }
        const refusal = shapeRefusal(schema, query);
        if (refusal) return [refusal];
        const errors = validate(schema, document, [...specifiedRules, ...LIMIT_RULES]);
        if (errors.length > 0) return staffOnly ? errors.map((e) => new GraphQLError(withoutSuggestions(e).message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) : errors;
        if (staffOnly && introspects(document)) return [introspectionRefused()];
        const socket = ctx.extra.request.socket;
        const contextValue = await makeContext(deps, {
          token: ctx.extra.token, apiKey: key, reqId: ctx.extra.reqId ?? randomUUID(), clientIp: socket.remoteAddress ?? 'unknown',
          reason: ctx.extra.request.headers['x-access-reason'],
        });
        const operation = getOperationAST(document, payload.operationName);
        contextValue.audit.operationName = operation?.name?.value ?? null;
        // A subscription lives as long as its socket; only its own queries and mutations have a deadline.
        if (operation?.operation === 'subscription') contextValue.deadline = Infinity;
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onNext: async (_ctx, _id, _payload, args, result) => {
        // Shared executions carry no personal data; a subscriber's own execution may, and is audited first.
        const audit = (args.contextValue as HubContext | undefined)?.audit;
        if (audit?.pending) await audit.flush(deps.orm.em);
        if ('errors' in result && result.errors) {
          return { ...result, errors: result.errors.map((e) => formatError(log)(e.toJSON(), e)) } as never;
        }
        return undefined;
      },
    },
    wsServer,
    WS_KEEPALIVE_MS,
    log,
  );

  const rules = new OperationRules(config.schemaDisclosure === 'staff', () => deps.orm.em, log);
  const apollo = new ApolloServer<HubContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    validationRules: LIMIT_RULES,
    parseOptions: { maxTokens: LIMITS.tokens },
    // Staff-only disclosure is decided per request by securityPlugin; Apollo's switch is all or nothing.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: formatError(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      rulesPlugin(rules),
      // The hub sets no cache hints; the plugin would still wrap every field resolution.
      ApolloServerPluginCacheControlDisabled(),
      // Browsers are sent to the hub's own IDE (/graphiql); Apollo's page loads its sandbox from the internet.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  direct = directGraphQL(deps, apollo, gate, new LeanExecutor(schema, rules, formatError(log)));

  app.use(httpBoundary(GRAPHQL_PATH));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(graphiqlRoutes({ endpoint: GRAPHQL_PATH, staffOnly: config.schemaDisclosure === 'staff' }));
  app.use(calendarRoutes(deps.orm, deps.clock));
  app.use(linkAuthentication(new LinkSigner(config.tokenSecret, config.linkTtlSeconds), deps.signer, deps.clock));
  app.use(exportRoutes(schema, (req) => makeContext(deps, httpCaller(req))));
  app.get('/readyz', async (_req, res) => {
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
  app.use(
    GRAPHQL_PATH,
    (req, res, next) => {
      const id = requestId(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      (req as HubRequest).reqId = id;
      log.debug({ reqId: id, method: req.method }, 'request received');
      next();
    },
    express.json({ limit: LIMITS.bodyBytes }),
    keyMiddleware(gate),
    (req, res, next) => {
      const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
      const refusal = typeof query === 'string' ? shapeRefusal(schema, query) : undefined;
      if (refusal) return void res.status(400).json({ errors: [refusal.toJSON()] });
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => makeContext(deps, httpCaller(req)),
    }),
  );
  app.use(consoleRoutes());

  app.use(notFound);
  app.use(jsonErrors(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = ['0.0.0.0', '::', '127.0.0.1'].includes(config.host) ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  return {
    httpServer,
    port,
    url: `http://${shownHost}:${port}${GRAPHQL_PATH}`,
    close() {
      closing ??= (async () => {
        for (const socket of wsServer.clients) socket.close(1001, 'Server shutting down');
        await apollo.stop();
        await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      })();
      return closing;
    },
  };
}
