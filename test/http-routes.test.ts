/**
 * The hub's own HTTP routes at their edges: query parameters of exports, documents and calendar feeds read
 * by one parser (unknown or repeated ones are a 400 naming them), a person's calendar that does not tell
 * whether a user id exists, and unknown paths that answer a JSON 404 instead of the console's page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ROUTE, consoleRoutes } from '../src/console-static.js';
import { notFound } from '../src/shared/http-boundary.js';
import { factories, type BuiltCase, type Desk, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let f: Factories;
let desk: Desk;
let built: BuiltCase;
let base: string;

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  desk = await f.desk();
  built = await f.case(desk);
  base = t.url.replace(/\/graphql$/, '');
});
afterAll(() => t?.close());

const PERIOD = encodeURIComponent('{"kind":"YEAR","date":"2026-01-01"}');
type Errors = { errors: { message: string; extensions: { code: string; argument?: string } }[] };

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${f.admin}`, ...headers } });
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, body: type.includes('json') ? ((await res.json()) as Errors) : await res.text(), res };
}

describe('query parameters of exports, documents and calendar feeds', () => {
  it('an unknown parameter is a 400 that names it and the allowed ones', async () => {
    const ledger = await get(`/exports/ledger.csv?period=${PERIOD}&centerId=${desk.center.id}&groupBy=NOPE`);
    expect(ledger.status).toBe(400);
    expect(ledger.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'groupBy' } }] });
    expect((ledger.body as Errors).errors[0]!.message).toMatch(/未知参数 groupBy.*period, centerId, link/);

    for (const path of [`/exports/cases.xlsx?filters=%7B%7D`, `/documents/cases/${built.id}/acceptance-notice?print=1`]) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    const feed = await get(`/calendar/centers/${desk.center.divisionCode}.ics?from=2026-01-01`);
    expect(feed.status).toBe(400);
    expect(feed.body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'from' } }] });
    expect((feed.body as Errors).errors[0]!.message).toMatch(/不接受参数/);
  });

  it('a parameter given twice is a 400 "given twice", not "centerId is required" (nor, for an admin, every center)', async () => {
    const twice = await get(`/exports/ledger.csv?period=${PERIOD}&centerId=${desk.center.id}&centerId=${desk.center.id}`);
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({ errors: [{ message: expect.stringMatching(/centerId given twice/), extensions: { argument: 'centerId' } }] });
    const filters = await get('/exports/cases.csv?filter=%7B%7D&filter=%7B%7D');
    expect(filters.status).toBe(400);
    expect((filters.body as Errors).errors[0]!.message).toMatch(/filter given twice/);
  });

  it('a bad value of a known parameter is a 400 naming it; the right ones still export', async () => {
    const period = await get(`/exports/ledger.csv?period=${encodeURIComponent('{"kind":"X"}')}&centerId=${desk.center.id}`);
    expect(period.status).toBe(400);
    expect((period.body as Errors).errors[0]!.message).toMatch(/^period/);
    const center = await get(`/exports/ledger.csv?period=${PERIOD}&centerId=nope`);
    expect(center.status).toBe(400);
    expect((center.body as Errors).errors[0]!.message).toMatch(/中心|center/i);
    const ok = await get(`/exports/ledger.csv?period=${PERIOD}&centerId=${desk.center.id}`);
    expect(ok.status).toBe(200);
    expect(ok.type).toMatch(/text\/csv/);
  });
});

describe('a person\'s calendar feed', () => {
  it('looks the same for a made-up id and for a real person never on a published rota: an empty, valid calendar', async () => {
    const leader = await f.user('LEADER', { center: desk.center });
    const answers = await Promise.all([leader.id, 'VXNlcjo5OTk5OTk5', 'nobody'].map(async (id) => {
      const res = await fetch(`${base}/calendar/people/${id}.ics`);
      return { status: res.status, type: res.headers.get('content-type'), file: res.headers.get('content-disposition'), body: await res.text() };
    }));
    expect(answers[0]!.status).toBe(200);
    expect(answers[0]!.type).toMatch(/text\/calendar/);
    expect(answers[0]!.body).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(answers[0]!.body).not.toContain('BEGIN:VEVENT');
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});

describe('unknown paths', () => {
  it('answer a JSON 404, whatever the client accepts, never the console page', async () => {
    for (const path of ['/nope', '/api/x', '/%2e%2e/%2e%2e/etc/passwd', '/exports', '/workbenchx', '/cases', '/cases/a/b', '/favicon.ico', '/index.html']) {
      for (const accept of ['text/html,application/xhtml+xml', '*/*', 'application/json']) {
        const res = await fetch(`${base}${path}`, { headers: { accept } });
        expect(res.status, `${path} ${accept}`).toBe(404);
        expect(res.headers.get('content-type'), `${path} ${accept}`).toMatch(/application\/json/);
        expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      }
    }
  });

  it('the console\'s own routes, and only they, answer its page to a GET that accepts HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    const app = express().use(consoleRoutes(dir)).use(notFound);
    const server = app.listen(0);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // Every route of the console's router (console/src/app.tsx), read from its source so a new screen is not forgotten here.
      const app = readFileSync(new URL('../console/src/app.tsx', import.meta.url), 'utf8');
      const patterns = [...app.matchAll(/match\('([^']+)'|path: '([^']+)'|startsWith\('([^']+)'\)|path === '([^']+)'/g)].map((m) => m.slice(1).find(Boolean)!);
      const routes = [...new Set(patterns.map((p) => p.replace(/:\w+/g, 'Q2FzZTox')))];
      expect(routes).toEqual(expect.arrayContaining(['/track', '/public/Q2FzZTox', '/cases/Q2FzZTox', '/workbench', '/roster', '/']));
      for (const path of [...routes, '/roster/swaps', '/ledger?period=x']) {
        expect(CONSOLE_ROUTE.test(path.split('?')[0]!), path).toBe(true);
        const page = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
        expect(page.status, path).toBe(200);
        expect(page.headers.get('content-type'), path).toMatch(/text\/html/);
        const json = await fetch(`${origin}${path}`, { headers: { accept: 'application/json' } });
        expect(json.status, path).toBe(404);
        expect(json.headers.get('content-type'), path).toMatch(/application\/json/);
      }
      const post = await fetch(`${origin}/track`, { method: 'POST', headers: { accept: 'text/html' } });
      expect(post.status).toBe(404);
    } finally {
      server.close();
    }
  });
});
