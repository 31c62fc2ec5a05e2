/**
 * Cross-origin calls (docs/security.md, "Browsers on other origins"): the big screen served from
 * https://screen.example.gov.cn may call the hub because CORS_ORIGINS names it; any other page may not,
 * over HTTP or WebSocket. Without the setting, no origin but the hub's own is allowed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../src/config.js';
import { factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const SCREEN = 'https://screen.example.gov.cn';
const STRANGER = 'https://evil.example.com';

let t: TestHub;
let closed: TestHub;
/** A dispatcher (of a center built for this file) who downloads the case list. */
let dispatcher: string;
beforeAll(async () => {
  [t, closed] = await Promise.all([startTestHub({ CORS_ORIGINS: `${SCREEN}, http://10.1.2.3:8080` }), startTestHub()]);
  const f = await factories(t);
  dispatcher = (await f.user('DISPATCHER', { center: await f.center() })).token;
});
afterAll(async () => {
  await Promise.all([t?.close(), closed?.close()]);
});

const preflight = (hub: TestHub, origin: string, path = '/graphql') =>
  fetch(new URL(path, hub.url), {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

/** Resolves with the handshake's outcome: 'open', or the HTTP status the server refused it with. */
function handshake(hub: TestHub, origin?: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(hub.url.replace(/^http/, 'ws'), 'graphql-transport-ws', origin ? { headers: { origin } } : {});
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
  });
}

describe('an allowed third-party frontend', () => {
  it('gets its preflight answered for the headers the hub reads, without credentials', async () => {
    const res = await preflight(t, SCREEN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(SCREEN);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-headers')).toContain('x-api-key');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('reads the answers of GraphQL over HTTP and of downloads, with the request id exposed', async () => {
    const res = await t.post({ query: '{ __typename }' }, { origin: SCREEN });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(SCREEN);
    expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const download = await fetch(new URL('/exports/cases.csv', t.url), { headers: { origin: SCREEN, authorization: `Bearer ${dispatcher}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('access-control-allow-origin')).toBe(SCREEN);
    expect(download.headers.get('access-control-expose-headers')).toContain('content-disposition');
  });

  it('opens the WebSocket', async () => {
    expect(await handshake(t, SCREEN)).toBe('open');
    expect(await handshake(t, 'http://10.1.2.3:8080')).toBe('open');
  });
});

describe('any other origin', () => {
  it('gets no CORS headers, so the browser keeps the answer from the page', async () => {
    for (const hub of [t, closed]) {
      const res = await preflight(hub, STRANGER);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const post = await hub.post({ query: '{ __typename }' }, { origin: STRANGER });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect((await preflight(closed, SCREEN)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('cannot open the WebSocket; the hub’s own pages and clients outside a browser can', async () => {
    expect(await handshake(t, STRANGER)).toBe(403);
    expect(await handshake(closed, SCREEN)).toBe(403);
    const own = new URL(closed.url).origin;
    expect(await handshake(closed, own)).toBe('open');
    expect(await handshake(closed)).toBe('open');
  });

  it('cannot slip a simple cross-site GET past CSRF prevention', async () => {
    const res = await fetch(new URL('/graphql?query=%7B__typename%7D', closed.url), { headers: { origin: STRANGER } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('CSRF');
  });
});

describe('a WebSocket client that breaks the framing rules', () => {
  it('is closed with 1009 for an oversized message, and the console hears of no "internal error"', async () => {
    const printed = vi.spyOn(console, 'error');
    try {
      const socket = new WebSocket(closed.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      await new Promise((resolve) => socket.once('open', resolve));
      const code = new Promise<number>((resolve) => socket.once('close', (c) => resolve(c)));
      socket.send('x'.repeat(300 * 1024));
      expect(await code).toBe(1009);
      expect(printed.mock.calls.map((c) => String(c[0]))).not.toContainEqual(expect.stringContaining('Internal error'));
    } finally {
      printed.mockRestore();
    }
  });
});

describe('CORS_ORIGINS', () => {
  it('takes exact origins only', () => {
    expect(loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: `${SCREEN},http://10.1.2.3:8080` }).corsOrigins).toEqual([SCREEN, 'http://10.1.2.3:8080']);
    expect(loadConfig({ NODE_ENV: 'test' }).corsOrigins).toEqual([]);
    for (const bad of ['*', 'https://screen.example.gov.cn/', 'screen.example.gov.cn', 'ftp://x.example.com', 'https://*.example.com']) {
      expect(() => loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: bad }), bad).toThrow(ConfigError);
    }
  });
});
