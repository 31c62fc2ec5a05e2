/**
 * A real headless Chromium for tests, from npm alone: `@sparticuz/chromium` ships the binary inside its
 * package and `puppeteer-core` drives it. One browser per test file (`openBrowser` in `beforeAll`);
 * every page it opens records each request it makes, so a test can prove nothing leaves the origin.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Where tests save screenshots and PDFs for a person to look at (git-ignored). */
export const ARTIFACTS_DIR = join(process.cwd(), 'test-artifacts');

const DROPPED_ARGS = new Set(['--single-process', '--disable-web-security', '--allow-running-insecure-content']);

export interface RecordedPage {
  page: Page;
  /** Every URL the page requested, in order (documents, scripts, XHR/fetch, WebSocket, fonts, images). */
  requests: string[];
  /** Console messages of level error, and uncaught page errors. */
  errors: string[];
}

export interface TestBrowser {
  browser: Browser;
  /** A new page (own cookies: an incognito context) that records its requests and errors. */
  newPage(opts?: { width?: number; height?: number }): Promise<RecordedPage>;
  /** Saves a PNG of the page under test-artifacts/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Saves what every open page shows last, as `<prefix>-<n>.png`: for a person to look at when a step failed. */
  screenshotAll(prefix: string): Promise<void>;
  /** Prints the page to an A4 PDF under test-artifacts/ and returns its path. */
  pdf(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * This Chromium finds fonts through the system's fontconfig, and a bare machine may have none for
 * Chinese (it then renders empty boxes). A fontconfig file of our own adds Noto Sans SC from npm to
 * the system's fonts; the browser process inherits it through FONTCONFIG_FILE.
 */
function installChineseFont(): void {
  const fonts = join(dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const file = join(tmpdir(), `hub-test-fonts-${process.pid}.conf`);
  writeFileSync(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fonts}</dir>
</fontconfig>
`);
  process.env.FONTCONFIG_FILE = file;
}

export async function openBrowser(): Promise<TestBrowser> {
  installChineseFont();
  // The package's arguments are tuned for a serverless function: a single process (which cannot open a
  // second browser context) and web security off (which would hide CORS). Neither belongs in a test.
  const args = chromium.args.filter((arg) => !DROPPED_ARGS.has(arg));
  const browser = await puppeteer.launch({
    args: [...args, '--lang=zh-CN'],
    executablePath: await chromium.executablePath(),
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const screenshot = async (page: Page, name: string) => {
    const path = join(ARTIFACTS_DIR, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    return path;
  };
  return {
    browser,
    async newPage(opts = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: opts.width ?? 1280, height: opts.height ?? 800 });
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      // WebSocket connections are not `request` events; the DevTools protocol reports them.
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      cdp.on('Network.webSocketCreated', (event: { url: string }) => requests.push(event.url));
      return { page, requests, errors };
    },
    screenshot,
    async screenshotAll(prefix) {
      const pages = (await Promise.all(browser.browserContexts().map((c) => c.pages()))).flat();
      for (const [i, page] of pages.entries()) await screenshot(page, `${prefix}-${i}`).catch(() => undefined);
    },
    async pdf(page, name) {
      const path = join(ARTIFACTS_DIR, `${name}.pdf`);
      await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
      return path;
    },
    async close() {
      await browser.close();
    },
  };
}
