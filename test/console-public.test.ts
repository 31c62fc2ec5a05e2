/**
 * What the public and the hall see: 伊金霍洛旗's scheduler publishes the rota and the public page shows
 * who receives petitioners this week; the citizen tracks a case by code and phone; the big screen's
 * counter moves when a case is taken in — all without a sign-in where none is needed, and offline.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseCreate, orgIds, type OrgIds } from './support/cases.js';
import { consoleRig, expectOnlyOrigin, signIn, waitForText } from './support/console.js';

const rig = consoleRig();
let org: OrgIds;
beforeAll(async () => {
  org = await orgIds(rig.t, await rig.t.login('admin'));
});

const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const endOfNextMonth = (today: string) => {
  const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) + 1, 0));
  return d.toISOString().slice(0, 10);
};

describe('伊金霍洛旗’s rota', () => {
  it('is published by the scheduler from the month calendar, and the public page shows this week’s duties', async () => {
    const { page, requests, errors } = await rig.browser.newPage({ width: 1600, height: 1100 });
    await signIn(page, rig.origin, 'yj.scheduler', '/roster');
    await page.waitForSelector('.calendar .cell[data-date] .duty');
    await rig.browser.screenshot(page, 'console-roster');
    const today = shanghaiToday();
    // Publish this month and the next (the demo rota covers both), so "this week" is published whatever the date.
    const form = 'form[aria-label^="发布"]';
    await page.$eval(`${form} input[name=endDate]`, (e, v) => {
      const input = e as HTMLInputElement;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, endOfNextMonth(today));
    await page.$eval(`${form} input[name=startDate]`, (e, v) => {
      const input = e as HTMLInputElement;
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, today);
    await page.click(`${form} button[type=submit]`);
    // Gaps in the rota must be acknowledged before it goes out.
    const outcome = await page.waitForSelector(`[data-testid=published], ${form} input[name=acknowledgeGaps], ${form} [role=alert]`);
    const kind = await outcome!.evaluate((e) => (e as HTMLElement).dataset.testid ?? (e as HTMLInputElement).name ?? 'alert');
    if (kind === 'acknowledgeGaps') {
      const ack = `form[aria-label^="发布"]`;
      await page.$eval(`${ack} input[name=endDate]`, (e, v) => {
        (e as HTMLInputElement).value = v;
        e.dispatchEvent(new Event('input', { bubbles: true }));
      }, endOfNextMonth(today));
      await page.$eval(`${ack} input[name=startDate]`, (e, v) => {
        (e as HTMLInputElement).value = v;
        e.dispatchEvent(new Event('input', { bubbles: true }));
      }, today);
      await page.click(`${ack} input[name=acknowledgeGaps]`);
      await page.click(`${ack} button[type=submit]`);
    }
    const published = await waitForText(page, '[data-testid=published]', '已发布');
    expect(published).toMatch(/共 \d+ 项值班/);
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);

    const visitor = await rig.browser.newPage();
    await visitor.page.goto(`${rig.origin}/public/150627`);
    const day = await visitor.page.waitForSelector('section.day[data-date] li');
    expect(await day!.evaluate((e) => e.textContent)).toMatch(/当日楼长|领导接访/);
    const dates = await visitor.page.$$eval('section.day[data-date]', (all) => all.map((s) => s.getAttribute('data-date')!));
    expect(dates.every((d) => d >= today)).toBe(true);
    expect(await visitor.page.$('input[name=username]')).toBeNull();
    await rig.browser.screenshot(visitor.page, 'console-public-duties');
    expectOnlyOrigin(visitor.requests, rig.origin);
  }, 120_000);
});

describe('the citizen and the hall', () => {
  it('the big screen’s counter moves when a case is taken in, and the citizen tracks it without seeing personal data', async () => {
    const { page, requests, errors } = await rig.browser.newPage({ width: 1920, height: 1080 });
    await signIn(page, rig.origin, 'hj.dispatcher', '/screen');
    await page.waitForSelector('[data-testid=big-screen] [data-live=live]');
    const counter = '[data-counter=今日受理]';
    await page.waitForFunction((sel) => /^\d+$/.test(document.querySelector(sel)?.textContent ?? ''), {}, counter);
    const before = Number(await page.$eval(counter, (e) => e.textContent));

    const dispatcher = await rig.t.login('hj.dispatcher');
    const c = (await rig.t.gql(CaseCreate, {
      input: {
        centerId: org.center('杭锦旗综治中心'), kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'WAGE_ARREARS', title: '72名农民工讨要沙障工程工资',
        description: '工程收尾时用工方迟迟未结算工资。', amount: '302000.00',
        parties: [{ role: 'APPLICANT', type: 'PERSON', name: '杨文学', headcount: 72, phone: '13882245671', idNumber: '511322198203152314' }],
      },
    }, dispatcher)).caseCreate.case!;
    await page.waitForFunction((sel, n) => Number(document.querySelector(sel)?.textContent) === n, {}, counter, before + 1);
    await waitForText(page, '[data-testid=latest] li', c.number);
    await rig.browser.screenshot(page, 'console-big-screen');
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);

    const citizen = await rig.browser.newPage({ width: 800, height: 900 });
    await citizen.page.goto(`${rig.origin}/track`);
    // The tracking screen is its own chunk: wait until it is there.
    await citizen.page.waitForSelector('input[name=trackingCode]');
    await citizen.page.type('input[name=trackingCode]', c.trackingCode);
    await citizen.page.type('input[name=phone]', '13882245671');
    await citizen.page.keyboard.press('Enter');
    const tracking = await waitForText(citizen.page, '[data-testid=tracking]', c.number);
    expect(tracking).toContain('已受理');
    expect(tracking).not.toContain('杨文学');
    expect(tracking).not.toContain('511322');
    await rig.browser.screenshot(citizen.page, 'console-tracking');
    expectOnlyOrigin(citizen.requests, rig.origin);
  }, 90_000);
});
