import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './support/browser.js';

describe('the headless browser that tests use', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders Chinese text and records the requests a page makes', async () => {
    const { page, requests } = await browser.newPage();
    await page.setContent('<html lang="zh-CN"><body><h1>综治中心</h1></body></html>');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('综治中心');
    const width = await page.$eval('h1', (h) => h.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(20);
    expect(requests).toEqual([]);
  });
});
