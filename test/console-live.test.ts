/**
 * The console keeps working on its own: the access token is renewed before it expires, a session that
 * ends elsewhere returns to sign-in with a message, and the agency dashboard resumes after a network
 * drop from its last cursor with nothing lost and nothing shown twice — or, when the hub no longer has
 * the events after that cursor (CURSOR_EXPIRED), subscribes afresh and reads its list again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dropExpiredEventPartitions, ensureEventPartitions } from '../src/shared/event-log/retention.js';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch, CaseUpdate, orgIds, type OrgIds } from './support/cases.js';
import { consoleRig, expectOnlyOrigin, signIn, waitForText } from './support/console.js';
import { DEMO_PASSWORD } from './support/env.js';

const Login = graphql(`mutation ConsoleTestLogin($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }`);
const Renew = graphql(`mutation ConsoleTestRenew($input: SessionRenewInput!) { sessionRenew(input: $input) { accessToken userErrors { code } } }`);

// A 3-second access token: the console must renew it (at 80% of its life) to keep going.
const rig = consoleRig({ env: { ACCESS_TOKEN_TTL: '3s' } });
let org: OrgIds;
beforeAll(async () => {
  org = await orgIds(rig.t, await token('admin'));
});

/** A token of its own per call: the hub here issues 3-second tokens, so the cached ones of `t.login` expire. */
const token = async (username: string) => (await rig.t.gql(Login, { input: { username, password: DEMO_PASSWORD } })).sessionCreate.accessToken!;

const stored = (page: import('puppeteer-core').Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('hub.session') ?? 'null') as { accessToken: string; refreshToken: string } | null);

async function wageClaim(title: string): Promise<string> {
  const dispatcher = await token('hj.dispatcher');
  const c = (await rig.t.gql(CaseCreate, {
    input: {
      centerId: org.center('杭锦旗综治中心'), kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title, description: '工地欠薪',
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '王师傅', phone: '13904771234' }],
    },
  }, dispatcher)).caseCreate.case!;
  const d = await rig.t.gql(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: org.agency('人社局', 'hj') } }, dispatcher);
  expect(d.caseDispatch.userErrors).toEqual([]);
  return c.number;
}

describe('a session in the console', () => {
  it('is renewed silently before the access token expires, and ends with a message when its refresh token is used elsewhere', async () => {
    const { page, requests, errors } = await rig.browser.newPage();
    await signIn(page, rig.origin, 'hj.hr');
    const first = (await stored(page))!;
    await page.waitForFunction((token) => JSON.parse(sessionStorage.getItem('hub.session')!).accessToken !== token, { timeout: 15_000 }, first.accessToken);
    const renewed = (await stored(page))!;
    expect(renewed.refreshToken).not.toBe(first.refreshToken);
    // Still signed in, and the dashboard still reads with the renewed token.
    expect(await page.$('[data-testid=who]')).not.toBeNull();

    // Someone else uses this window's refresh token: the hub ends the session; the console says so.
    const stolen = await rig.t.gql(Renew, { input: { refreshToken: renewed.refreshToken } });
    expect(stolen.sessionRenew.userErrors).toEqual([]);
    const message = await page.waitForSelector('[data-testid=session-ended]', { timeout: 15_000 });
    expect(await message!.evaluate((e) => e.textContent)).toContain('请重新登录');
    expect(await page.$('input[name=username]')).not.toBeNull();
    expectOnlyOrigin(requests, rig.origin);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('人社局’s dashboard after a network drop', () => {
  it('resumes from the last cursor: the assignment made while offline arrives once', async () => {
    // Every WebSocket the hub accepts, so the test can cut them as a network failure would.
    const sockets: import('node:stream').Duplex[] = [];
    rig.t.hub.server.httpServer.on('upgrade', (_req, socket: import('node:stream').Duplex) => sockets.push(socket));
    const { page, requests } = await rig.browser.newPage();
    await signIn(page, rig.origin, 'hj.hr');
    await page.waitForSelector('[data-live=live]');
    const before = await wageClaim('欠薪：断线前');
    await page.waitForSelector(`tr[data-case="${before}"]`);

    // The cable is pulled: the connection breaks and no new one can be made until it is back.
    await page.setOfflineMode(true);
    for (const socket of sockets) socket.destroy();
    await page.waitForSelector('[data-live=reconnecting]');
    const during = await wageClaim('欠薪：断线期间');
    await page.setOfflineMode(false);
    await page.waitForSelector(`tr[data-case="${during}"]`, { timeout: 20_000 });
    await page.waitForSelector('[data-live=live]');

    const seqs = await page.$$eval('[data-testid=feed] li[data-seq]', (lis) => lis.map((li) => li.getAttribute('data-seq')));
    expect(new Set(seqs).size).toBe(seqs.length);
    const rows = await page.$$eval('tr[data-case]', (trs) => trs.map((tr) => tr.getAttribute('data-case')));
    expect(rows.filter((n) => n === before)).toHaveLength(1);
    expect(rows.filter((n) => n === during)).toHaveLength(1);
    expect(await page.$$eval('[data-testid=feed] li', (lis) => lis.filter((li) => li.textContent!.includes('断线期间')).length)).toBe(1);
    expectOnlyOrigin(requests, rig.origin);
  }, 90_000);
});

describe('two people on one case', () => {
  it('the dispatcher’s stale form says someone else changed the case, and a reload lets the dispatch through', async () => {
    const dispatcherToken = await token('hj.dispatcher');
    const c = (await rig.t.gql(CaseCreate, {
      input: {
        centerId: org.center('杭锦旗综治中心'), kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title: '欠薪：两人同时处理', description: '工地欠薪',
        parties: [{ role: 'APPLICANT', type: 'PERSON', name: '李师傅', phone: '13904771235' }],
      },
    }, dispatcherToken)).caseCreate.case!;
    const { page, requests } = await rig.browser.newPage({ width: 1600, height: 1000 });
    await signIn(page, rig.origin, 'hj.dispatcher');
    await (await page.waitForSelector(`[data-case="${c.number}"]`))!.click();
    await page.waitForSelector('[data-testid=suggestion]');
    // A colleague corrects the title meanwhile.
    const updated = await rig.t.gql(CaseUpdate, { input: { id: c.id, version: c.version, title: '欠薪：两人同时处理（已更正）' } }, await token('hj.dispatcher'));
    expect(updated.caseUpdate.userErrors).toEqual([]);
    await page.click('form[aria-label=分流] button[type=submit]');
    const banner = await waitForText(page, 'form[aria-label=分流] .conflict', '他人已修改此案件，请刷新');
    expect(banner).toContain('刷新');
    await rig.browser.screenshot(page, 'console-conflict');
    await page.click('form[aria-label=分流] .conflict button');
    await page.waitForFunction(() => !document.querySelector('form[aria-label=分流] .conflict'));
    await waitForText(page, '[data-testid=suggestion]', '已更正');
    await page.click('form[aria-label=分流] button[type=submit]');
    await page.waitForFunction((n) => !document.querySelector(`[data-case="${n}"]`), {}, c.number);
    expectOnlyOrigin(requests, rig.origin);
  }, 60_000);
});

describe('人社局’s dashboard offline for longer than the event log keeps', () => {
  it('is told CURSOR_EXPIRED, subscribes afresh without its cursor, reads its list again, and stays live', async () => {
    const sockets: import('node:stream').Duplex[] = [];
    rig.t.hub.server.httpServer.on('upgrade', (_req, socket: import('node:stream').Duplex) => sockets.push(socket));
    const { page, requests, errors } = await rig.browser.newPage();
    await signIn(page, rig.origin, 'hj.hr');
    await page.waitForSelector('[data-live=live]');
    const before = await wageClaim('欠薪：过期前');
    await page.waitForSelector(`tr[data-case="${before}"]`);

    await page.setOfflineMode(true);
    for (const socket of sockets) socket.destroy();
    await page.waitForSelector('[data-live=reconnecting]');
    const during = await wageClaim('欠薪：离线期间');
    // Every event so far, the dashboard's cursor and the offline dispatch included, ages past retention.
    const old = new Date(Date.now() - 730 * 86_400_000);
    const em = rig.t.hub.db.orm.em.fork();
    await ensureEventPartitions(em, old);
    await rig.t.sql('update hub_event set at = $1', [old]);
    expect(await dropExpiredEventPartitions(em, new Date(), 400)).not.toEqual([]);

    await page.setOfflineMode(false);
    // The offline dispatch's event is gone: the case comes from reading the list again.
    await page.waitForSelector(`tr[data-case="${during}"]`, { timeout: 20_000 });
    await page.waitForSelector('[data-live=live]');
    const after = await wageClaim('欠薪：恢复后');
    await page.waitForSelector(`tr[data-case="${after}"]`, { timeout: 20_000 });
    const rows = await page.$$eval('tr[data-case]', (trs) => trs.map((tr) => tr.getAttribute('data-case')));
    for (const n of [before, during, after]) expect(rows.filter((r) => r === n)).toHaveLength(1);
    expectOnlyOrigin(requests, rig.origin);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]); // only the pulled cable's
  }, 90_000);
});
