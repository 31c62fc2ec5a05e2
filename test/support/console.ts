/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Driving the console in the test browser: sign in, fill labelled fields, prove nothing left the origin. */
import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEMO_PASSWORD } from './env.js';
import type { TestHub } from './hub.js';

export const originOf = (t: TestHub) => new URL(t.url).origin;

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
