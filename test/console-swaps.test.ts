/**
 * A swap answered in another window: 赵敏 asks to swap her reception day with 李明's; 李明 signs in, finds
 * it among the open swaps on the roster screen and agrees; the scheduler, in a window of her own, approves —
 * and the two days change hands.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { graphql } from './gql/index.js';
import { orgIds } from './support/cases.js';
import { consoleRig, expectOnlyOrigin, signIn, waitForText } from './support/console.js';

const Leaders = graphql(`query SwapScreenLeaders { users(first: 100, filter: { role: LEADER }) { nodes { id username } } }`);
const SetDuty = graphql(`mutation SwapScreenDutySet($input: DutySetInput!) { dutySet(input: $input) { duty { id } userErrors { field code message } } }`);
const SwapRequest = graphql(`mutation SwapScreenRequest($input: DutySwapRequestInput!) { dutySwapRequest(input: $input) { swap { id } userErrors { field code message } } }`);
const Duties = graphql(`query SwapScreenDuties($centerId: ID!, $from: Date!, $to: Date!) { duties(centerId: $centerId, from: $from, to: $to, kind: RECEPTION) { date leaderName } }`);

const rig = consoleRig();

const SWAP = '[data-testid=open-swaps] li';

/** Clicks the button labelled `label` in the open swap whose text includes `text`. */
async function clickInSwap(page: Page, text: string, label: string): Promise<void> {
  await page.$$eval(SWAP, (items, want, name) => {
    const li = items.find((e) => e.textContent?.includes(want));
    [...(li?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name)!.click();
  }, text, label);
}

describe('a swap on the roster screen', () => {
  it('is agreed by the other leader and approved by the scheduler, each in their own window', async () => {
    const admin = await rig.t.login('admin');
    const center = (await orgIds(rig.t, admin)).center('伊金霍洛旗综治中心');
    const leader = Object.fromEntries((await rig.t.gql(Leaders, {}, admin)).users.nodes.map((u) => [u.username, u.id]));
    const scheduler = await rig.t.login('yj.scheduler');
    const set = async (date: string, who: string) =>
      (await rig.t.gql(SetDuty, { input: { centerId: center, kind: 'RECEPTION', date, userId: leader[who]! } }, scheduler)).dutySet.duty!.id;
    const his = await set('2027-06-01', 'yj.leader2');
    const hers = await set('2027-06-02', 'yj.leader3');
    const asked = await rig.t.gql(SwapRequest, { input: { fromDutyId: hers, toDutyId: his, reason: '下乡调研' } }, await rig.t.login('yj.leader3'));
    expect(asked.dutySwapRequest.userErrors).toEqual([]);

    const liming = await rig.browser.newPage({ width: 1600, height: 1100 });
    await signIn(liming.page, rig.origin, 'yj.leader2', '/roster');
    await waitForText(liming.page, SWAP, '待对方同意');
    await clickInSwap(liming.page, '2027-06-02', '同意');
    await waitForText(liming.page, SWAP, '对方已同意');
    // 李明 is no scheduler: he sees no approve button.
    expect(await liming.page.$$eval(`${SWAP} button`, (all) => all.map((b) => b.textContent))).not.toContain('批准换班');

    const desk = await rig.browser.newPage({ width: 1600, height: 1100 });
    await signIn(desk.page, rig.origin, 'yj.scheduler', '/roster');
    await waitForText(desk.page, SWAP, '对方已同意');
    await rig.browser.screenshot(desk.page, 'console-roster-swaps');
    await clickInSwap(desk.page, '2027-06-02', '批准换班');
    await waitForText(desk.page, '[data-testid=open-swaps]', '暂无待处理的换班申请');
    const after = (await rig.t.gql(Duties, { centerId: center, from: '2027-06-01', to: '2027-06-02' }, scheduler)).duties;
    expect(after).toEqual([{ date: '2027-06-01', leaderName: '赵敏' }, { date: '2027-06-02', leaderName: '李明' }]);
    for (const p of [liming, desk]) {
      expectOnlyOrigin(p.requests, rig.origin);
      expect(p.errors).toEqual([]);
    }
  }, 120_000);
});
