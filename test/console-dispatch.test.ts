/**
 * 杭锦旗's 72 workers' wage claim through the console: the dispatcher takes it in at the window and
 * dispatches it to 人社局 with 林草局 assisting, while 人社局's dashboard, open in another browser,
 * shows it arrive without reloading; 人社局 then records the session and the agreement on the case page.
 */
import { describe, expect, it } from 'vitest';
import type { RecordedPage } from './support/browser.js';
import { consoleRig, expectOnlyOrigin, openAction, signIn, waitForText } from './support/console.js';

const rig = consoleRig({ screenshots: 'console-dispatch-last' });

describe('the console at /', () => {
  it('serves the built console with its caching rules, and never for the API’s own paths', async () => {
    const index = await fetch(`${rig.origin}/workbench`, { headers: { accept: 'text/html' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    const asset = await fetch(`${rig.origin}${script}`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${rig.origin}/assets/nope-123.js`)).status).toBe(404);
    for (const path of ['/exports/nope', '/documents/nope', '/calendar/nope', '/healthz/x', '/graphiql/x']) {
      const res = await fetch(`${rig.origin}${path}`, { headers: { accept: 'text/html' } });
      expect(await res.text(), path).not.toContain('<div id="app">');
    }
  });
});

describe('杭锦旗: 72 workers’ wage claim in the console', () => {
  let dispatcher: RecordedPage;
  let hr: RecordedPage;
  let number: string;

  it('is taken in by hj.dispatcher and reaches 人社局’s dashboard live', async () => {
    [dispatcher, hr] = await Promise.all([rig.browser.newPage({ width: 1600, height: 1000 }), rig.browser.newPage({ width: 1600, height: 1000 })]);
    await signIn(hr.page, rig.origin, 'hj.hr');
    expect(hr.page.url()).toBe(`${rig.origin}/dashboard`);
    await hr.page.waitForSelector('[data-live=live]');

    const p = dispatcher.page;
    await signIn(p, rig.origin, 'hj.dispatcher');
    expect(p.url()).toBe(`${rig.origin}/workbench`);
    await p.waitForSelector('select[name=categoryCode] option[value=WAGE_ARREARS]');
    await p.select('select[name=categoryCode]', 'WAGE_ARREARS');
    await p.type('input[name=amount]', '302000.00');
    await p.type('input[name=title]', '72名农民工讨要沙障工程工资');
    await p.type('textarea[name=description]', '工程收尾时用工方迟迟未结算工资，务工人员情绪激动。');
    await p.type('input[name="parties.0.name"]', '杨文学');
    await p.type('input[name="parties.0.idNumber"]', '511322198203152314');
    await p.type('input[name="parties.0.phone"]', '1388224567');
    await p.type('input[name="parties.0.headcount"]', '72');
    const respondentType = await p.$$('[data-party="1"] select');
    await respondentType[1]!.select('ORGANISATION');
    await p.type('input[name="parties.1.name"]', '杭锦旗某生态建设有限公司');
    await p.click('form[aria-label=受理登记] button[type=submit]');
    // The hub's userErrors entry lands at the field it names: the first party's phone.
    const phoneError = await p.waitForSelector('[data-party="0"] .has-error small.error');
    expect(await phoneError!.evaluate((e) => e.textContent)).toContain('手机号');
    expect(await p.$eval('[data-party="0"] .has-error input', (e) => (e as HTMLInputElement).name)).toBe('parties.0.phone');
    await rig.browser.screenshot(p, 'console-intake-error');

    await p.type('input[name="parties.0.phone"]', '1');
    await p.click('form[aria-label=受理登记] button[type=submit]');
    const created = await waitForText(p, '[data-testid=created]', '已受理');
    number = /已受理：(\S+)，/.exec(created)![1]!;

    // The new case waits in the queue, selected; the routing rule suggests 人社局 and ranks 敖勒格尔 first.
    await waitForText(p, `[data-case="${number}"] .wait`, '已等待');
    const suggestion = await waitForText(p, '[data-testid=suggestion]', '人社局');
    expect(suggestion).toContain('拖欠工资');
    expect(await p.$eval('.mediators label.mediator strong', (e) => e.textContent)).toBe('敖勒格尔');
    expect(await p.$eval('.mediators label.mediator .reasons', (e) => e.textContent)).toContain('擅长该类纠纷');
    // 林草局 assists instead of the rule's suggestion.
    await p.$$eval('input[name=cooperating]', (boxes) => boxes.forEach((b) => {
      const box = b as HTMLInputElement;
      const want = box.parentElement!.textContent === '林草局';
      if (box.checked !== want) box.click();
    }));
    await rig.browser.screenshot(p, 'console-workbench');
    await p.click('form[aria-label=分流] button[type=submit]');
    await p.waitForFunction((n) => !document.querySelector(`[data-case="${n}"]`), {}, number);
    const assigned = await rig.t.sql<{ role: string; short_name: string }>(
      `select a.role, g.short_name from assignment a join agency g on g.id = a.agency_id join hub_case c on c.id = a.case_id where c.number = $1 and a.ended_at is null order by a.id`, [number]);
    expect(assigned.map((a) => `${a.role}:${a.short_name}`)).toEqual(['LEAD:人社局', 'COOPERATING:林草局', 'MEDIATOR:人社局']);

    // 人社局's dashboard, never reloaded, shows the case and the assignment in its live feed.
    await hr.page.waitForSelector(`tr[data-case="${number}"]`);
    const row = await hr.page.$eval(`tr[data-case="${number}"]`, (e) => e.textContent);
    expect(row).toContain('人社局');
    expect(row).toContain('敖勒格尔');
    await waitForText(hr.page, '[data-testid=feed] li', number);
    await rig.browser.screenshot(hr.page, 'console-dashboard');

    expectOnlyOrigin(dispatcher.requests, rig.origin);
    expectOnlyOrigin(hr.requests, rig.origin);
    expect(hr.requests.some((u) => u.startsWith('ws://'))).toBe(true);
    expect([...dispatcher.errors, ...hr.errors]).toEqual([]);
  }, 120_000);

  it('is worked by 人社局 on the case page: a session and the agreement, parties shown in full only with a reason', async () => {
    const p = hr.page;
    await p.click(`tr[data-case="${number}"] a`);
    await p.waitForSelector('[data-testid=timeline]');
    expect(await p.$eval('[data-party="杨文学"]', (e) => e.textContent)).toContain('已隐藏');

    await p.click('.panel button:not(.link)');
    await p.type('input[name=reason]', '核对工资发放名单');
    await p.keyboard.press('Enter');
    await waitForText(p, '[data-party="杨文学"]', '13882245671');
    const audit = await rig.t.sql<{ reason: string }>(`select reason from personal_data_access order by id desc limit 1`);
    expect(audit[0]!.reason).toBe('核对工资发放名单');

    const session = await openAction(p, '记录调解');
    await p.select(`${session} select[name=method]`, 'FACE_TO_FACE');
    await p.type(`${session} input[name=participants]`, '敖勒格尔、林草局、用工方、杨文学');
    await p.type(`${session} textarea[name=notes]`, '释法明理，逐人核对金额');
    await p.click(`${session} button[type=submit]`);
    await waitForText(p, '[data-testid=session]', '面对面');

    const agreement = await openAction(p, '达成调解协议');
    await p.type(`${agreement} textarea[name=terms]`, '3日内足额支付工资30.2万元');
    await p.type(`${agreement} input[name=totalAmount]`, '302000.00');
    await p.click(`${agreement} button[type=submit]`);
    const shown = await waitForText(p, '[data-testid=agreement]', '302,000.00');
    expect(shown).toContain('3日内足额支付工资30.2万元');
    const types = await p.$$eval('[data-testid=timeline] li', (lis) => lis.map((li) => li.getAttribute('data-type')));
    expect(types).toEqual(['RECEIVED', 'DISPATCHED', 'SESSION_RECORDED', 'AGREEMENT_RECORDED']);
    await rig.browser.screenshot(p, 'console-case-page');

    // The acceptance notice opens in a new tab, ready to print, at a signed link of the hub's own origin
    // (a real address the browser can reload and print, bound to hj.hr's session).
    const opened = new Promise<import('puppeteer-core').Target>((resolve) => rig.browser.browser.once('targetcreated', resolve));
    await p.click('button[data-doc=acceptance-notice]');
    const tab = await (await opened).page();
    await tab!.waitForFunction(() => location.pathname.endsWith('/acceptance-notice') && location.search.includes('link=') && document.title.includes('受理告知书'));
    expect(new URL(tab!.url()).origin).toBe(rig.origin);
    expectOnlyOrigin(hr.requests, rig.origin);
    expect(hr.errors).toEqual([]);
  }, 120_000);
});
