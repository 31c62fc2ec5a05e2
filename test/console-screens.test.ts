/// <reference lib="dom" />
/**
 * The console's other screens in a real browser, as 杭锦旗's people use them: 边飞云 (hj.leader) reads the
 * ledger and downloads it, supervises a case and sees the alert arrive live; 李建忠 finds the case he was
 * sent in 我的案件; and a dispatcher takes a case in at the window with the keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { consoleRig, expectOnlyOrigin, openAction, signIn, waitForText } from './support/console.js';
import { CaseCreate, CaseDispatch, CaseExtensionRequest, orgIds } from './support/cases.js';
import { DEMO_PASSWORD } from './support/env.js';

const rig = consoleRig({ screenshots: 'console-screens-last' });

/** Sets a field's value the way the browser does when a person picks it (date inputs have no typing order). */
async function setValue(p: Page, selector: string, value: string): Promise<void> {
  await p.$eval(selector, (el, v) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** Inputs, selects and textareas on the page that no person using a screen reader could name. */
function unlabelled(p: Page): Promise<string[]> {
  return p.$$eval('input:not([type=hidden]), select, textarea', (els) => els
    .filter((el) => {
      const f = el as HTMLInputElement;
      const byFor = f.id && document.querySelector(`label[for="${CSS.escape(f.id)}"]`)?.textContent?.trim();
      const wrapped = f.closest('label')?.textContent?.trim();
      const aria = f.getAttribute('aria-label')?.trim()
        || (f.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim()).join('');
      return !(byFor || wrapped || aria);
    })
    .map((el) => el.outerHTML.slice(0, 120)));
}

describe('leaders in the console', () => {
  it('reads the ledger for a year by agency, sees figures and a chart, and downloads it as Excel at a signed link', async () => {
    const { page: p, requests, errors } = await rig.browser.newPage({ width: 1600, height: 1000 });
    await signIn(p, rig.origin, 'hj.leader', '/ledger');
    await p.waitForSelector('[data-testid=ledger-totals]');
    const [periodSelect, groupSelect] = await p.$$('.ledger .controls select');
    await periodSelect!.select('YEAR');
    await groupSelect!.select('AGENCY');
    const year = new Date().toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' }).slice(0, 4);
    const shown = await waitForText(p, '.ledger p.muted', `${year}-01-01 至`);
    expect(shown).toContain(`${year}-12-31`);
    // The year's cases went to agencies: the table has a row per agency, each named.
    await p.waitForFunction(() => document.querySelectorAll('.ledger table.cases tbody tr').length > 0);
    expect(await p.$$eval('.ledger table.cases tbody tr td:first-child', (tds) => tds.every((td) => td.textContent!.trim() !== ''))).toBe(true);
    const received = await p.$eval('[data-testid=ledger-totals]', (dl) => {
      const item = [...dl.querySelectorAll('div')].find((d) => d.querySelector('dt')?.textContent === '受理');
      return Number(item?.querySelector('dd')?.textContent);
    });
    expect(received).toBeGreaterThan(0);
    await p.waitForSelector('.ledger .charts canvas');
    expect(await p.$$eval('.ledger .charts canvas', (cs) => cs.filter((c) => (c as HTMLCanvasElement).width > 0).length)).toBeGreaterThanOrEqual(2);

    // The download goes through linkSign: catch the link the console clicks, then fetch it as the browser would.
    await p.evaluate(() => {
      HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
        (window as unknown as { downloaded: string[] }).downloaded = [this.href, this.download];
      };
    });
    await p.click('xpath/.//button[text()="下载 Excel"]');
    const handle = await p.waitForFunction(() => (window as unknown as { downloaded?: string[] }).downloaded);
    const [href, filename] = (await handle.jsonValue()) as string[];
    const url = new URL(href!);
    expect(url.origin).toBe(rig.origin);
    expect(url.pathname).toBe('/exports/ledger.xlsx');
    expect(url.searchParams.get('link')).toBeTruthy();
    expect(filename).toBe(`台账-${year}-01-01至${year}-12-31.xlsx`);
    const file = await fetch(href!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    await rig.browser.screenshot(p, 'console-ledger');
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);
  }, 120_000);

  it('伊金霍洛旗’s leader (yj.leader) supervises a case with instructions and a reply date; the alert arrives live on the same screen', async () => {
    const { page: p, requests, errors } = await rig.browser.newPage({ width: 1600, height: 1000 });
    await signIn(p, rig.origin, 'yj.leader', '/leader');
    await p.waitForSelector('[data-testid=alerts]');
    await p.waitForFunction(() => document.querySelector('h2 [data-live=live], [data-live=live]'));
    const [open] = await rig.t.sql<{ id: string; number: string; title: string }>(
      `select c.id, c.number, c.title from hub_case c where c.status in ('DISPATCHED', 'IN_PROGRESS') and c.number like '150627-%' order by c.number limit 1`);
    expect(open).toBeDefined();
    const form = await openAction(p, `督办 ${open!.number}`);
    await p.type(`${form} textarea[name=instructions]`, '三日内上门回访当事人，书面报告进展');
    // Three days from today (Asia/Shanghai): an answer date lies within a year.
    const replyBy = new Date(Date.now() + 8 * 3_600_000 + 3 * 86_400_000).toISOString().slice(0, 10);
    await setValue(p, `${form} input[name=responseDueDate]`, replyBy);
    await p.click(`${form} button[type=submit]`);
    await waitForText(p, '[data-testid=alerts] li', open!.number);
    const rows = await rig.t.sql<{ instructions: string; response_due_date: string }>(
      `select instructions, response_due_date::text from supervision where case_id = $1 order by id desc limit 1`, [open!.id]);
    expect(rows[0]).toEqual({ instructions: '三日内上门回访当事人，书面报告进展', response_due_date: replyBy });
    // The case now needs the leader's attention.
    await waitForText(p, '.panel table', open!.number);
    expect(await unlabelled(p)).toEqual([]);
    await rig.browser.screenshot(p, 'console-leader');
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);
  }, 120_000);

  it('杭锦旗’s leader approves the extension 人社局 asked for on a wage claim', async () => {
    const dispatcher = await rig.t.login('hj.dispatcher');
    const org = await orgIds(rig.t, dispatcher);
    let k = (await rig.t.gql(CaseCreate, { input: { centerId: org.center('杭锦旗综治中心'), kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS',
      title: '搬运工讨要装卸工钱', description: '物流园拖欠装卸工钱', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '那仁' }] } }, dispatcher)).caseCreate.case!;
    k = (await rig.t.gql(CaseDispatch, { input: { id: k.id, version: k.version, leadAgencyId: org.agency('人社局', 'hj') } }, dispatcher)).caseDispatch.case!;
    const asked = await rig.t.gql(CaseExtensionRequest, { input: { id: k.id, version: k.version, days: 15, reason: '当事人外出务工，需延期约谈' } }, await rig.t.login('hj.hr'));
    expect(asked.caseExtensionRequest.userErrors).toEqual([]);
    const { page: p, requests, errors } = await rig.browser.newPage({ width: 1600, height: 1000 });
    await signIn(p, rig.origin, 'hj.leader', '/leader');
    await waitForText(p, '.panel summary', k.number);
    const form = await openAction(p, k.number);
    await p.select(`${form} select[name=approve]`, 'true');
    await p.type(`${form} input[name=note]`, '同意延期');
    await p.click(`${form} button[type=submit]`);
    await waitForText(p, '.panel p.muted', '没有待审批的延期申请');
    const rows = await rig.t.sql<{ status: string }>(`select e.status from extension_request e join hub_case c on c.id = e.case_id where c.number = $1`, [k.number]);
    expect(rows.map((r) => r.status)).toEqual(['APPROVED']);
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('李建忠’s cases', () => {
  it('lists the 草场围栏 claim that 杭锦旗’s dispatcher sent him', async () => {
    const { page: p, requests, errors } = await rig.browser.newPage();
    await signIn(p, rig.origin, 'hj.lijianzhong');
    expect(p.url()).toBe(`${rig.origin}/my-cases`);
    await waitForText(p, 'h1', '李建忠');
    const [c] = await rig.t.sql<{ number: string }>(`select number from hub_case where title = '电业施工破坏牧民草场围栏赔偿纠纷'`);
    const row = await waitForText(p, `tr[data-case="${c!.number}"]`, '草场围栏');
    expect(row).toContain('草场围栏');
    expect(await unlabelled(p)).toEqual([]);
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('伊金霍洛旗’s scheduler on the roster', () => {
  it('generates a month from a pattern, edits a day, and records a leave', async () => {
    const { page: p, requests, errors } = await rig.browser.newPage({ width: 1600, height: 1200 });
    await signIn(p, rig.origin, 'yj.scheduler', '/roster');
    await p.waitForSelector('[data-testid=month]');
    // Three months ahead: a month nobody has planned yet.
    for (let i = 0; i < 3; i++) {
      const before = await p.$eval('[data-testid=month]', (e) => e.textContent);
      await p.click('button[aria-label=下个月]');
      await p.waitForFunction((b) => document.querySelector('[data-testid=month]')!.textContent !== b, {}, before);
    }
    await p.waitForSelector('.calendar button[data-date]');
    const dates = await p.$$eval('.calendar button[data-date]', (bs) => bs.map((b) => b.getAttribute('data-date')!));
    const [from, to] = [dates[0]!, dates.at(-1)!];
    expect(await p.$$('.calendar .duty')).toHaveLength(0);

    const gen = await openAction(p, '按规则生成');
    await p.select(`${gen} select[name=kind]`, 'BUILDING_MANAGER');
    await p.select(`${gen} select[name=cadence]`, 'EVERY_DAY');
    await p.click(`${gen} button[type=submit]`);
    await p.waitForFunction((n) => document.querySelectorAll('.calendar .duty').length >= n, {}, dates.length);
    const made = await rig.t.sql<{ n: string }>(`select count(*)::text as n from duty where kind = 'BUILDING_MANAGER' and date between $1 and $2`, [from, to]);
    expect(Number(made[0]!.n)).toBe(dates.length);

    // One day's 楼长 moves to another room.
    await p.click(`.calendar button[data-date="${from}"]`);
    await p.waitForSelector('#day-h');
    const dayForm = 'section[aria-labelledby=day-h] form[aria-label^="楼长："]';
    await p.waitForSelector(`${dayForm} input[name=room]`);
    await p.type(`${dayForm} input[name=room]`, '二楼接待室');
    await p.click(`${dayForm} button[type=submit]`);
    const room = async () => (await rig.t.sql<{ room: string | null }>(`select room from duty where kind = 'BUILDING_MANAGER' and date = $1`, [from]))[0]?.room;
    await expect.poll(room).toBe('二楼接待室');

    const leave = await openAction(p, '登记请假');
    await setValue(p, `${leave} input[name=startDate]`, from);
    await setValue(p, `${leave} input[name=endDate]`, from);
    await p.type(`${leave} input[name=reason]`, '赴盟里参加培训');
    await p.click(`${leave} button[type=submit]`);
    const leaves = async () => (await rig.t.sql<{ reason: string }>(`select reason from leave where start_date = $1`, [from])).map((l) => l.reason);
    await expect.poll(leaves).toContain('赴盟里参加培训');
    expect(await unlabelled(p)).toEqual([]);
    await rig.browser.screenshot(p, 'console-roster');
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('the window, by keyboard alone', () => {
  it('signs in and takes in a case with Tab, typing and Enter; every field is reached and labelled', async () => {
    const { page: p, requests, errors } = await rig.browser.newPage({ width: 1600, height: 1000 });
    await p.goto(`${rig.origin}/`);
    await p.waitForSelector('input[name=username]');
    const focused = () => p.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.getAttribute('name') ?? el?.tagName.toLowerCase() ?? '';
    });
    while ((await focused()) !== 'username') await p.keyboard.press('Tab');
    await p.keyboard.type('hj.dispatcher');
    await p.keyboard.press('Tab');
    expect(await focused()).toBe('password');
    await p.keyboard.type(DEMO_PASSWORD);
    await Promise.all([p.waitForSelector('[data-testid=who]'), p.keyboard.press('Enter')]);
    await p.waitForSelector('select[name=categoryCode] option[value=WAGE_ARREARS]');
    expect(await unlabelled(p)).toEqual([]);

    // Tab from the top of the page to the intake form's submit button, filling each field as it is reached.
    const values: Record<string, string> = {
      amount: '5600.00', title: '牧民讨要放牧工钱', description: '雇主拖欠两个月放牧工钱，多次催要无果。', place: '锡尼镇',
      'parties.0.name': '乌力吉', 'parties.0.phone': '13947712345', 'parties.1.name': '某牧业合作社',
    };
    const reached: string[] = [];
    await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 200; i++) {
      await p.keyboard.press('Tab');
      const where = await p.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return { name: el.getAttribute('name') ?? '', inIntake: !!el.closest('form[aria-label=受理登记]'), submit: el.type === 'submit', value: el.value };
      });
      if (!where.inIntake) continue;
      if (where.submit) break;
      reached.push(where.name);
      if (where.name === 'categoryCode' && where.value !== 'WAGE_ARREARS') {
        // A closed select moves through its options with the arrow keys.
        for (let k = 0; k < 40 && (await p.$eval('select[name=categoryCode]', (s) => (s as HTMLSelectElement).value)) !== 'WAGE_ARREARS'; k++) await p.keyboard.press('ArrowDown');
      }
      const v = values[where.name];
      if (v !== undefined && where.value === '') await p.keyboard.type(v);
    }
    const fields = await p.$$eval('form[aria-label=受理登记] input[name], form[aria-label=受理登记] select[name], form[aria-label=受理登记] textarea[name]',
      (els) => els.map((e) => e.getAttribute('name')!));
    expect(fields.length).toBeGreaterThan(8);
    for (const name of fields) expect(reached, name).toContain(name);
    expect(await p.$eval('select[name=categoryCode]', (s) => (s as HTMLSelectElement).value)).toBe('WAGE_ARREARS');
    await p.keyboard.press('Enter');
    const created = await waitForText(p, '[data-testid=created]', '已受理');
    const number = /已受理：(\S+)，/.exec(created)![1]!;
    const [row] = await rig.t.sql<{ title: string; place: string }>(`select title, place from hub_case where number = $1`, [number]);
    expect(row).toEqual({ title: '牧民讨要放牧工钱', place: '锡尼镇' });
    await rig.browser.screenshot(p, 'console-keyboard-intake');
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);
  }, 120_000);
});
