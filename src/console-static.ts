/**
 * The console (console/, built by `npm run build` into dist/console) served on the hub's own port at `/`.
 * Everything it needs comes from here — no CDN, no web font — so it works in an air-gapped network.
 * Hashed files under /assets/ never change and are cached for a year; index.html is revalidated on every
 * visit so a new build is picked up at once. The console's own client routes (/workbench, /cases/…) answer
 * index.html to a GET that accepts HTML; every other path falls through to the hub's JSON 404 (docs/api.md):
 * a mistyped /exports or /api URL, /nope, or a probe for /../../etc/passwd is never answered with a page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

/**
 * The client routes of the console's router (console/src/app.tsx): `/`, `/login`, `/track`, `/screen`,
 * `/public/:code`, `/cases/:id`, and the screens it picks by prefix (`/roster`, `/ledger` …, with anything
 * below them). A new screen is added here and in app.tsx; test/http-routes.test.ts reads app.tsx and checks they agree.
 */
export const CONSOLE_ROUTE = /^\/(?:login|track|screen|public\/[^/]+|cases\/[^/]+|(?:workbench|dashboard|my-cases|leader|roster|ledger)(?:\/[^.]*)?)?$/;

/**
 * The console only talks to its own origin (the CSP makes a stray CDN link fail loudly in the browser);
 * ECharts and the components set inline styles.
 */
const CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/**
 * dist/console next to the compiled hub (dist/src/…), or the repository's dist/console when run from
 * src/ (where ../console is the console's sources, not a build: a build has assets/).
 */
function builtConsole(): string {
  const candidates = [fileURLToPath(new URL('../console', import.meta.url)), fileURLToPath(new URL('../dist/console', import.meta.url))];
  return candidates.find((dir) => existsSync(join(dir, 'assets'))) ?? candidates[1]!;
}

export function consoleRoutes(dir = builtConsole()): Router {
  const router = express.Router();
  const index = join(dir, 'index.html');
  router.use('/assets', express.static(join(dir, 'assets'), {
    index: false,
    fallthrough: false,
    setHeaders: (res) => res.setHeader('cache-control', 'public, max-age=31536000, immutable'),
  }));
  router.get(/.*/, (req, res, next) => {
    if (!CONSOLE_ROUTE.test(req.path) || !req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建，请运行 npm run build / The console is not built: run npm run build');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.sendFile(index);
  });
  return router;
}
