/**
 * The offline GraphQL IDE at /graphiql, in a real Chromium: a leader of 伊金霍洛旗 opens it on a hub that
 * discloses its schema to staff only, is told to sign in, signs in, runs a query and watches the live
 * counters arrive over the hub's WebSocket — and the browser never asks anything of another origin.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type RecordedPage, type TestBrowser } from './support/browser.js';
import { orgIds } from './support/cases.js';
import { DEMO_PASSWORD } from './support/env.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let browser: TestBrowser;
let origin: string;
beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub({ SCHEMA_DISCLOSURE: 'staff' }), openBrowser()]);
  origin = new URL(t.url).origin;
});
afterAll(async () => {
  await Promise.all([browser?.close(), t?.close()]);
});

/** Every request went to the hub itself (or stayed inside the page: blob workers, data URLs). */
function onlyHub(recorded: RecordedPage): void {
  const host = new URL(origin).host;
  const outside = recorded.requests.filter((u) => !['blob:', 'data:'].includes(new URL(u).protocol) && new URL(u).host !== host);
  expect(outside).toEqual([]);
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.type('input[name=username]', username);
  await page.type('input[name=password]', DEMO_PASSWORD);
  await page.click('#hub-bar button[type=submit]');
  await page.waitForSelector('.graphiql-container .graphiql-execute-button', { timeout: 90_000 });
}

/** Runs what the editor holds and waits for the response pane to show `expected`. */
async function run(page: Page, expected: string): Promise<string> {
  // Strings, not functions: they run in the page, whose DOM types this Node project does not compile against.
  await page.waitForFunction(`document.querySelector('.graphiql-query-editor')?.textContent?.includes('{')`, { timeout: 90_000 });
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes(${JSON.stringify(expected)})`, { timeout: 90_000 });
  return page.$eval('.graphiql-response', (el) => el.textContent ?? '');
}

describe('the GraphQL IDE', () => {
  it('greets a stranger with a sign-in bar and a clear message instead of a broken schema', { timeout: 60_000 }, async () => {
    const recorded = await browser.newPage();
    await recorded.page.goto(`${origin}/graphiql`, { waitUntil: 'load' });
    await recorded.page.waitForSelector('#hub-notice:not([hidden])');
    expect(await recorded.page.$eval('#hub-notice', (el) => el.textContent)).toContain('请先登录');
    expect(await recorded.page.$eval('#root', (el) => (el as unknown as { hidden: boolean }).hidden)).toBe(true);
    await browser.screenshot(recorded.page, 'graphiql-signed-out');
    onlyHub(recorded);
  });

  // The first visit loads and compiles ≈ 9 MB of GraphiQL and Monaco; on a busy machine that takes a while.
  it('runs a query for a signed-in leader, offline', { timeout: 120_000 }, async () => {
    const recorded = await browser.newPage();
    const query = '{ viewer { username displayName } caseCategories { code nameZh } }';
    await recorded.page.goto(`${origin}/graphiql?query=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await signIn(recorded.page, 'yj.leader');
    expect(await recorded.page.$eval('#hub-who', (el) => el.textContent)).toContain('王志刚');
    const response = await run(recorded.page, '"yj.leader"');
    expect(response).toContain('nameZh');
    await browser.screenshot(recorded.page, 'graphiql-query');
    onlyHub(recorded);
    expect(recorded.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });

  it('runs a subscription over the hub’s WebSocket as the signed-in user', { timeout: 120_000 }, async () => {
    const yj = (await orgIds(t, await t.login('yj.leader'))).center('伊金霍洛旗综治中心');
    const recorded = await browser.newPage();
    const query = `subscription { ledgerCounters(centerId: "${yj}") { reason openNow } }`;
    await recorded.page.goto(`${origin}/graphiql?query=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await signIn(recorded.page, 'yj.leader');
    // The counters are for staff only: an answer with figures proves the socket carried the leader's token.
    const response = await run(recorded.page, '"openNow"');
    expect(response).toMatch(/"openNow":\s*\d+/);
    expect(recorded.requests).toContain(`${origin.replace(/^http/, 'ws')}/graphql`);
    await browser.screenshot(recorded.page, 'graphiql-subscription');
    onlyHub(recorded);
  });

  it('is where a browser opening /graphql is sent, while GraphQL clients still get the API', async () => {
    const browserVisit = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
    expect(browserVisit.status).toBe(302);
    expect(browserVisit.headers.get('location')).toBe('/graphiql');
    const client = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(client.status).toBe(200);
    expect(await client.json()).toEqual({ data: { __typename: 'Query' } });
    const page = await fetch(`${origin}/graphiql`);
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });
});
