import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import { getOperationAST, GraphQLError, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import type { HubConfig } from './config.js';
import { loadViewer } from './modules/identity/session.service.js';
import { bearer, type TokenSigner } from './shared/tokens.js';
import { RequestContext, type HubContext } from './shared/context.js';
import { headerProblem } from './shared/boundary.js';
import { actFor } from './shared/read-replica.js';
import { httpBoundary, jsonErrors, notFound } from './shared/http-boundary.js';
import { LIMIT_RULES, LIMITS } from './shared/limits.js';
import { GateError, KeyGate } from './modules/access/gate.js';
import { sha256 } from './modules/access/api-key.service.js';
import { AuditTrail, accessReason } from './shared/audit-trail.js';
import { sharedSubscribe } from './modules/realtime/shared-execution.js';
import { serveGraphQLWs } from './modules/realtime/websocket.js';
import { apolloLogger, checkOperation, formatError, hubRulesPlugin } from './graphql-pipeline.js';
import { PARSE_OPTIONS } from './shared/limits.js';
import { GRAPHQL_PATH, graphqlDoor, isGraphQLPath, requestId, type Caller } from './graphql-door.js';
import { calendarRoutes } from './modules/rosters/calendar-routes.js';
import { exportRoutes } from './modules/ledger/export-routes.js';
import { MEETING_MINUTES } from './modules/meetings/minutes.js';
import { LinkSigner, linkAuthentication } from './modules/identity/links.js';
import { crossOrigin, webSocketOriginAllowed } from './web/cross-origin.js';
import { graphiqlRoutes } from './web/graphiql.js';
import { consoleRoutes } from './console-static.js';
import type { EventHub } from './shared/event-log/event-hub.js';
import type { ViewerCache } from './shared/viewer-cache.js';
import type { Logger } from './shared/logger.js';
import { Viewer, type KeyGrant } from './shared/viewer.js';

/** Ping interval; a peer that did not answer the previous ping is dropped. */
export const WS_KEEPALIVE_MS = 12_000;
export const WS_MAX_OPERATIONS = 20;

type WsExtra = {
  token?: string;
  apiKey?: KeyGrant;
  reqId?: string;
};

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
  const ctx = new RequestContext({
    em, viewer: caller.apiKey ? Viewer.forApiKey(caller.apiKey) : Viewer.anonymous, memo: new Map(), clock: deps.clock, events: deps.events, viewers: deps.viewers,
    requestId: reqId, clientIp: caller.clientIp, audit: new AuditTrail(reqId, caller.clientIp, accessReason(caller.reason)),
    deadline: performance.now() + deps.config.executionTimeoutMs,
    config: deps.config, signer: deps.signer,
    // The request's child logger is made on first use (most requests log nothing at the default level).
  }, () => deps.log.child({ reqId, ...(caller.apiKey ? { apiKey: caller.apiKey.apiKeyId } : {}) }));
  actFor(em, ctx.viewer); // its commits are this client's writes, read back from the primary (see read-replica.ts)
  if (token === undefined) return ctx;
  const claims = await deps.signer.verify(token);
  if ('problem' in claims) {
    ctx.tokenProblem = claims.problem;
    return ctx;
  }
  const viewer = await loadViewer(em, claims.userId, claims.sessionId, deps.viewers, deps.clock());
  if (viewer) actFor(em, (ctx.viewer = viewer));
  else ctx.tokenProblem = '会话已失效（已退出、已撤销或账号停用），请重新登录 / Session ended; sign in again';
  return ctx;
}

/** Who a request to another route (exports) comes from: the bearer token, if any. */
function httpCaller(req: Request): Caller {
  return {
    token: bearer(req.headers.authorization), reqId: requestId(req.headers['x-request-id']), clientIp: req.ip ?? 'unknown', reason: req.headers['x-access-reason'],
  };
}

export async function startServer(deps: ServerDeps, isReady: () => Promise<boolean>, plugins: ApolloServerPlugin<HubContext>[] = []): Promise<HubServer> {
  const { config, schema, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  let door: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const cors = crossOrigin(config.corsOrigins);
  const httpServer = createServer((req, res) => {
    cors(req, res, () => {
      // A browser opening /graphql (a plain GET asking for HTML) goes through Express to the IDE's redirect.
      if (door && isGraphQLPath(req.url) && !(req.method === 'GET' && req.url === GRAPHQL_PATH && /text\/html/.test(req.headers.accept ?? ''))) door(req, res);
      else app(req, res);
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
        const checked = checkOperation(schema, query, config.schemaDisclosure === 'staff', ctx.extra.token !== undefined);
        if ('errors' in checked) return [...checked.errors];
        const { document } = checked;
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

  const apollo = new ApolloServer<HubContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    validationRules: LIMIT_RULES,
    parseOptions: PARSE_OPTIONS,
    // Staff-only disclosure is decided per request by hubRulesPlugin; Apollo's switch is all or nothing.
    introspection: true,
    csrfPrevention: true,
    // The hub handles SIGTERM/SIGINT itself (main.ts: stop the lease and jobs, drain, close the database, exit 0).
    // Apollo's own handlers would start a second stop at the same signal, race the hub's and then re-raise it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    formatError: formatError(log),
    logger: apolloLogger(log),
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
      hubRulesPlugin(config.schemaDisclosure === 'staff', () => deps.orm.em, log),
      ...plugins,
      // The hub sets no cache hints; the plugin would still wrap every field resolution.
      ApolloServerPluginCacheControlDisabled(),
      // The hub is no federation subgraph; the trace plugin would still be asked at every request.
      ApolloServerPluginInlineTraceDisabled(),
      // Browsers are sent to the hub's own IDE (/graphiql); Apollo's page loads its sandbox from the internet.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  door = graphqlDoor({ apollo, gate, schema, trustProxyHops: config.trustProxyHops, log, context: (caller) => makeContext(deps, caller) });

  app.use(httpBoundary(GRAPHQL_PATH));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(graphiqlRoutes({ endpoint: GRAPHQL_PATH, staffOnly: config.schemaDisclosure === 'staff' }));
  // …unless it prefers JSON after all: back to the one door.
  app.get(GRAPHQL_PATH, (req, res) => door!(req, res));
  app.use(calendarRoutes(deps.orm, deps.clock));
  app.use(linkAuthentication(new LinkSigner(config.tokenSecret, config.linkTtlSeconds), deps.signer, deps.clock));
  app.use(exportRoutes(schema, (req) => makeContext(deps, httpCaller(req)), [MEETING_MINUTES]));
  app.get('/readyz', async (_req, res) => {
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
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
