/// <reference lib="dom" />
/**
 * Console quality figures (not a test): JavaScript a browser transfers, gzipped, for sign-in and for
 * each screen, read from the built files in dist/console (follows the chunks' static imports).
 * Then, in the real headless Chromium against a real hub: time from the agency dashboard's list data
 * arriving to its 100 rows in the DOM (marks `board-data`/`board-rendered`, target < 100 ms), and the big
 * screen's JS heap after forced GC through a run of cases taken in and dispatched (target: no growth).
 * Run with `npm run bench:console` (builds first). Target: sign-in + agency dashboard ≤ 250 KB gzipped.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { openBrowser } from '../test/support/browser.js';
import { DEMO_PASSWORD } from '../test/support/env.js';

const dir = join(process.cwd(), 'dist', 'console');
const assets = join(dir, 'assets');
const files = readdirSync(assets);
const gz = (name: string) => gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;

/** A chunk and every chunk it imports statically (what the browser must fetch before it runs). */
function closure(start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  const code = readFileSync(join(assets, start), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) closure(m[1]!, seen);
  return seen;
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (set: Set<string>) => [...set].reduce((n, f) => n + gz(f), 0);

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)![1]!;
const css = [...html.matchAll(/href="\/assets\/([^"]+\.css)"/g)].map((m) => m[1]!);
const signIn = closure(entry);
const cssBytes = css.reduce((n, f) => n + gz(f), 0);
console.log(`sign-in page: ${kb(sum(signIn))} JS gzipped (${[...signIn].join(', ')}), CSS ${kb(cssBytes)}`);
for (const screen of ['dashboard', 'workbench', 'case-page', 'roster', 'ledger', 'big-screen', 'leader', 'my-cases', 'public-duties', 'track']) {
  const chunk = files.find((f) => f.startsWith(`${screen}-`) && f.endsWith('.js'));
  if (!chunk) continue;
  const all = closure(chunk, new Set(signIn));
  console.log(`sign-in + ${screen}: ${kb(sum(all))} JS gzipped`);
}

// ---- In the real headless Chromium against a real hub (built, demo-seeded, its own embedded database) ----
// Env: BOARD_RELOADS (default 10), SCREEN_EVENTS (cases taken in while the big screen is open, default 150).
const RELOADS = Number(process.env.BOARD_RELOADS ?? 10);
const EVENTS = Number(process.env.SCREEN_EVENTS ?? 150);
// SCREEN_MINUTES > 0: instead of SCREEN_EVENTS in batches, a steady run that long (one case every
// SCREEN_EVENT_SECONDS, default 6 — 600 an hour, several times a busy hall's day) with the heap sampled every
// SCREEN_SAMPLE_MINUTES (default 5).
const MINUTES = Number(process.env.SCREEN_MINUTES ?? 0);
const EVERY = Number(process.env.SCREEN_EVENT_SECONDS ?? 6);
const SAMPLE_MINUTES = Number(process.env.SCREEN_SAMPLE_MINUTES ?? 5);
const dataDir = mkdtempSync(join(tmpdir(), 'hub-cq-'));
const hubProc = spawn(process.execPath, [join(process.cwd(), 'dist', 'src', 'main.js')], {
  env: { ...process.env, PORT: String(40_000 + Math.floor(Math.random() * 20_000)), EMBEDDED_PG_PORT: String(20_000 + Math.floor(Math.random() * 20_000)), DATA_DIR: dataDir, LOG_LEVEL: 'warn', SEED_DEMO: 'true' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const origin = await new Promise<string>((resolve, reject) => {
  let out = '';
  hubProc.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const m = /GraphQL API\s+(http\S+)/.exec(out); // the start banner (src/banner.ts)
    if (m) resolve(new URL(m[1]!).origin);
  });
  hubProc.once('exit', (code) => reject(new Error(`hub exited with ${code}`)));
});
async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const login = async (username: string) => (await gql<{ sessionCreate: { accessToken: string } }>(
  'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }', { input: { username, password: DEMO_PASSWORD } })).sessionCreate.accessToken;
let dispatcher = await login('hj.dispatcher');
const org = await gql<{ centers: { nodes: { id: string; name: string }[] }; agencies: { nodes: { id: string; shortName: string; center: { name: string } }[] } }>(
  'query { centers(first: 50) { nodes { id name } } agencies(first: 100) { nodes { id shortName center { name } } } }', {}, dispatcher);
const centerId = org.centers.nodes.find((c) => c.name === '杭锦旗综治中心')!.id;
const hrId = org.agencies.nodes.find((a) => a.shortName === '人社局' && a.center.name === '杭锦旗综治中心')!.id;
let made = 0;
async function takeIn(dispatch: boolean): Promise<void> {
  const n = ++made;
  const c = (await gql<{ caseCreate: { case: { id: string; version: number } } }>(
    'mutation($input: CaseCreateInput!) { caseCreate(input: $input) { case { id version } userErrors { message } } }',
    { input: { centerId, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title: `测量案件 ${n}`, description: '工地欠薪',
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '王师傅', phone: '13904771234' }] } }, dispatcher)).caseCreate.case;
  if (dispatch) {
    await gql('mutation($input: CaseDispatchInput!) { caseDispatch(input: $input) { userErrors { message } } }',
      { input: { id: c.id, version: c.version, leadAgencyId: hrId } }, dispatcher);
  }
}
async function inBatches(count: number, dispatch: boolean, width = 4): Promise<void> {
  for (let i = 0; i < count; i += width) await Promise.all(Array.from({ length: Math.min(width, count - i) }, () => takeIn(dispatch)));
}
async function signInAs(page: Page, username: string, path: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('input[name=username]');
  await page.type('input[name=username]', username);
  await page.type('input[name=password]', DEMO_PASSWORD);
  await Promise.all([page.waitForSelector('[data-testid=who], [data-testid=big-screen]'), page.keyboard.press('Enter')]);
}
const mb = (b: number) => `${(b / 1048576).toFixed(2)} MB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const browser = await openBrowser();
try {
  // (a) 人社局's dashboard with 100 cases: from the list's data arriving to its rows in the DOM.
  await inBatches(100, true);
  const { page } = await browser.newPage();
  await signInAs(page, 'hj.hr', '/');
  const board: number[] = [];
  for (let i = 0; i < RELOADS; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('board-rendered').length > 0, { timeout: 30_000 });
    board.push(await page.evaluate(() => {
      const rows = document.querySelectorAll('.board table tbody tr').length;
      if (rows < 100) throw new Error(`only ${rows} rows`);
      return performance.measure('board', 'board-data', 'board-rendered').duration;
    }));
  }
  await page.close();

  // (b) The big screen (1920×1080) through a run of events: JS heap after forced GC at start, middle, end.
  const screen = (await browser.newPage({ width: 1920, height: 1080 })).page;
  await signInAs(screen, 'hj.dispatcher', '/screen');
  await screen.waitForSelector('[data-testid=big-screen] [data-live=live]');
  const cdp = await screen.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const started = Date.now();
  const h0 = await heap();
  let h1: number;
  let h2: number;
  const samples: string[] = [];
  if (MINUTES > 0) {
    // A long run at a steady pace: one case taken in and dispatched every EVERY seconds, the heap sampled
    // (after forced GC) every SAMPLE_MINUTES; the screen must stay live throughout.
    const end = started + MINUTES * 60_000;
    let nextSample = started + SAMPLE_MINUTES * 60_000;
    const heaps: number[] = [];
    while (Date.now() < end) {
      await takeIn(true);
      if (Date.now() >= nextSample) {
        dispatcher = await login('hj.dispatcher'); // the script's own access token lives 15 minutes; the screen renews its own

        const h = await heap();
        heaps.push(h);
        samples.push(`${((Date.now() - started) / 60_000).toFixed(0)} min ${mb(h)} (${made} cases)`);
        console.log(`  ${samples.at(-1)}`);
        nextSample += SAMPLE_MINUTES * 60_000;
      }
      await new Promise((resolve) => setTimeout(resolve, EVERY * 1000));
    }
    await screen.waitForSelector('[data-testid=big-screen] [data-live=live]', { timeout: 5000 });
    h1 = heaps[Math.floor(heaps.length / 2)] ?? h0;
    h2 = await heap();
  } else {
    await inBatches(Math.floor(EVENTS / 2), true);
    h1 = await heap();
    await inBatches(EVENTS - Math.floor(EVENTS / 2), true);
    h2 = await heap();
  }
  const seconds = (Date.now() - started) / 1000;

  console.log('\nmeasure                                         figure                         target');
  console.log(`dashboard, 100 cases: data → rows (${RELOADS} reloads)  median ${pct(board, 50).toFixed(1)} ms, p95 ${pct(board, 95).toFixed(1)} ms   < 100 ms`);
  if (samples.length) console.log(`big screen heap samples: ${samples.join('; ')}`);
  console.log(`big screen heap after GC (${MINUTES > 0 ? made - 100 : EVENTS} cases, ${seconds.toFixed(0)} s)  start ${mb(h0)}, middle ${mb(h1)}, end ${mb(h2)}, growth ${mb(h2 - h0)}   no growth`);
} finally {
  await browser.close();
  hubProc.kill('SIGTERM');
  await new Promise((resolve) => hubProc.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
