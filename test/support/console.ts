/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Driving the console in the test browser: sign in, fill labelled fields, prove nothing left the origin. */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { openBrowser, type TestBrowser } from './browser.js';
import { DEMO_PASSWORD } from './env.js';
import { startTestHub, type TestHub } from './hub.js';

export const originOf = (t: TestHub) => new URL(t.url).origin;

/** A hub, a browser and the hub's origin, ready inside the file's tests (set by `consoleRig`'s beforeAll). */
export interface ConsoleRig { t: TestHub; browser: TestBrowser; origin: string }

/**
 * One hub and one headless browser for a console test file, started together before its tests and closed
 * after them; with `screenshots`, every open page is captured first (what the console showed when it ended).
 * Call it at the top of the file: it registers the hooks and returns the rig they fill.
 */
export function consoleRig(options: { env?: Record<string, string>; screenshots?: string } = {}): ConsoleRig {
  const rig = {} as ConsoleRig;
  beforeAll(async () => {
    [rig.t, rig.browser] = await Promise.all([startTestHub(options.env), openBrowser()]);
    rig.origin = originOf(rig.t);
  });
  afterAll(async () => {
    if (options.screenshots) await rig.browser?.screenshotAll(options.screenshots);
    await rig.browser?.close();
    await rig.t?.close();
  });
  return rig;
}

/** Every request the page made went to the hub's own origin (http and ws), or stayed in the page (blob:, data:). */
export function expectOnlyOrigin(requests: string[], origin: string): void {
  const wsOrigin = origin.replace(/^http/, 'ws');
  const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`${wsOrigin}/`) && !/^(blob|data):/.test(url));
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
}

export async function signIn(page: Page, origin: string, username: string, path = '/'): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('input[name=username]');
  await page.type('input[name=username]', username);
  await page.type('input[name=password]', DEMO_PASSWORD);
  await Promise.all([page.waitForSelector('[data-testid=who], [data-testid=big-screen]'), page.keyboard.press('Enter')]);
}

/** Text of the first element matching `selector` once it contains `text`. */
export async function waitForText(page: Page, selector: string, text: string): Promise<string> {
  const handle = await page.waitForFunction(
    (sel, want) => [...document.querySelectorAll(sel)].find((el) => el.textContent?.includes(want))?.textContent ?? false,
    {}, selector, text,
  );
  return (await handle.jsonValue()) as string;
}

/** Opens the <details> action form with this summary and returns its form's selector scope. */
export async function openAction(page: Page, title: string): Promise<string> {
  await page.$$eval('details.action', (all, t) => {
    for (const d of all) if (d.querySelector('summary')?.textContent?.startsWith(t)) (d as HTMLDetailsElement).open = true;
  }, title);
  return `form[aria-label^="${title}"]`;
}
