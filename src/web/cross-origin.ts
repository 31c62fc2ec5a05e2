import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/**
 * Cross-origin access for third-party browser frontends (docs/security.md, "CORS"): only the origins in
 * CORS_ORIGINS, none by default. The hub authenticates with headers (`Authorization`, `X-Api-Key`), never
 * with cookies, so credentialed requests are not allowed: a browser sending cookies cross-origin gets no
 * `Access-Control-Allow-Credentials` and refuses the answer. Preflights are answered here, before routing.
 */
export const CORS_ALLOWED_HEADERS = [
  'authorization', 'content-type', 'x-api-key', 'x-request-id', 'x-access-reason', 'apollo-require-preflight', 'idempotency-key',
];
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'content-disposition'];

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function crossOrigin(origins: readonly string[]): NodeHandler {
  const allowed = new Set(origins);
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    // Same-origin and non-browser requests carry no Origin (or their own): nothing to add, nothing to answer.
    if (req.headers.origin === undefined) return next();
    handler(req as never, res as never, (error?: unknown) => (error ? res.destroy() : next()));
  };
}

/**
 * Browsers send `Origin` on a WebSocket handshake but do not apply CORS to it, so the server checks it:
 * a page may open the hub's socket from the hub's own origin or an allowed one. Clients outside a
 * browser send no Origin and are admitted (they authenticate in `connection_init` like everyone).
 */
export function webSocketOriginAllowed(origins: readonly string[]) {
  const allowed = new Set(origins);
  const admits = (origin: string | undefined, host: string | undefined) =>
    origin === undefined || allowed.has(origin) || (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`));
  return (info: { origin?: string; req: IncomingMessage; secure: boolean }, answer: (ok: boolean, status?: number, message?: string) => void): void => {
    if (admits(info.origin ?? info.req.headers.origin, info.req.headers.host)) answer(true);
    else answer(false, 403, 'Origin not allowed (CORS_ORIGINS)');
  };
}
