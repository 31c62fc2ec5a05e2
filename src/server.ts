import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { HubConfig } from './config.js';
import { loadViewer } from './modules/identity/session.service.js';
import { bearer, type TokenSigner } from './modules/identity/tokens.js';
import type { HubContext } from './shared/context.js';
import { LIMIT_RULES } from './shared/limits.js';
import { sharedSubscribe } from './modules/realtime/shared-execution.js';
import { calendarRoutes } from './modules/rosters/calendar-routes.js';
import type { EventHub } from './modules/realtime/event-hub.js';
import type { Logger } from './shared/logger.js';
import { Viewer } from './shared/viewer.js';

export const GRAPHQL_PATH = '/graphql';
/** Ping interval; a peer that did not answer the previous ping is dropped. */
export const WS_KEEPALIVE_MS = 12_000;
export const WS_MAX_OPERATIONS = 20;

type WsExtra = {
  token?: string;
  reqId?: string;
};

/** Codes a client may see as they are; anything else is an internal error and is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
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

/** Builds the per-operation context: a fresh EntityManager fork and the viewer behind the token. */
async function makeContext(deps: ServerDeps, token: string | undefined, reqId: string): Promise<HubContext> {
  const em = deps.orm.em.fork();
  // MikroORM creates a fork's dataloaders lazily behind a dynamic import; sibling fields would each
  // start that import at once. Creating them up front costs one import per kind and operation.
  await Promise.all([em.getDataLoader('ref'), em.getDataLoader('1:m')]);
  const ctx: HubContext = {
    em, viewer: Viewer.anonymous, memo: new Map(), clock: deps.clock, events: deps.events, requestId: reqId, config: deps.config, signer: deps.signer, log: deps.log.child({ reqId }),
  };
  if (token === undefined) return ctx;
  const claims = await deps.signer.verify(token);
  if ('problem' in claims) {
    ctx.tokenProblem = claims.problem;
    return ctx;
  }
  const viewer = await loadViewer(em, claims.userId, claims.sessionId);
  if (viewer) ctx.viewer = viewer;
  else ctx.tokenProblem = '会话已失效（已退出、已撤销或账号停用），请重新登录 / Session ended; sign in again';
  return ctx;
}

export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = error instanceof GraphQLError ? error.originalError : undefined;
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

function loggingPlugin(): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.log.info(
            { op: operationName ?? undefined, ms: Math.round(performance.now() - started), errors: errors?.length ?? 0 },
            'graphql',
          );
        },
      };
    },
  };
}

export async function startServer(deps: ServerDeps, isReady: () => Promise<boolean>): Promise<HubServer> {
  const { config, schema, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: 256 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, WsExtra>(
    {
      schema,
      subscribe: sharedSubscribe(),
      connectionInitWaitTimeout: config.wsInitTimeoutMs,
      // Authenticate once in connection_init: a token that is sent must be valid (else close 4403);
      // no token is an anonymous connection, which only public operations accept.
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearer(params.authorization ?? params.Authorization) ?? (typeof params.token === 'string' ? params.token : undefined);
        ctx.extra.reqId = requestId(ctx.extra.request.headers['x-request-id']);
        if (token !== undefined) {
          const claims = await deps.signer.verify(token);
          if ('problem' in claims) return false;
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
        let document;
        try {
          document = parse(payload.query, { maxTokens: 5_000 });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...LIMIT_RULES]);
        if (errors.length > 0) return errors;
        const contextValue = await makeContext(deps, ctx.extra.token, ctx.extra.reqId ?? randomUUID());
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if ('errors' in result && result.errors) {
          return { ...result, errors: result.errors.map((e) => formatError(log)(e.toJSON(), e)) } as never;
        }
        return undefined;
      },
    },
    wsServer,
    WS_KEEPALIVE_MS,
  );

  const apollo = new ApolloServer<HubContext>({
    schema,
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    validationRules: LIMIT_RULES,
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
      loggingPlugin(),
      // The hub sets no cache hints; the plugin would still wrap every field resolution.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.nodeEnv === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(calendarRoutes(deps.orm, deps.clock));
  app.get('/readyz', async (_req, res) => {
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
  app.use(
    GRAPHQL_PATH,
    (req, res, next) => {
      const id = requestId(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      (req as Request & { reqId: string }).reqId = id;
      log.debug({ reqId: id, method: req.method }, 'request received');
      next();
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        makeContext(deps, bearer(req.headers.authorization), (req as Request & { reqId: string }).reqId),
    }),
  );

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
