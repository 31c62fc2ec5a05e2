/**
 * The printed forms (一书四单两函) as a clerk stamps them: rendered by a real headless Chromium to A4 PDFs
 * (saved in test-artifacts/ for a person to look at), read back page by page with pdfjs-dist.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type TestBrowser } from './support/browser.js';
import { CaseCreate, CaseSupervise, orgIds, type OrgIds } from './support/cases.js';
import { startTestHub, type TestHub } from './support/hub.js';

let t: TestHub;
let org: OrgIds;
let browser: TestBrowser;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub(), openBrowser()]);
  org = await orgIds(t, await t.login('admin'));
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const globalId = (id: number) => Buffer.from(`Case:${id}`).toString('base64url');
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const chineseDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

function documentUrl(caseId: string, kind: string): string {
  return new URL(`/documents/cases/${encodeURIComponent(caseId)}/${kind}`, t.url).toString();
}

async function fetchDocument(token: string, caseId: string, kind: string): Promise<Response> {
  return fetch(documentUrl(caseId, kind), { headers: { authorization: `Bearer ${token}` } });
}

/** Prints the document as the browser would, to test-artifacts/<name>.pdf; answers the text of each page. */
async function printPages(token: string, caseId: string, kind: string, name: string): Promise<string[]> {
  const { page } = await browser.newPage();
  await page.setExtraHTTPHeaders({ authorization: `Bearer ${token}` });
  const res = await page.goto(documentUrl(caseId, kind), { waitUntil: 'load' });
  expect(res?.status(), kind).toBe(200);
  const path = await browser.pdf(page, name);
  await page.browserContext().close();
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    // NFKC: the Noto font's cmap makes pdf.js read some characters as Kangxi radicals (⼼ for 心).
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '').normalize('NFKC'));
  }
  await task.destroy();
  return pages;
}

/** The seal line shares its page with content: that page holds more than the seal and the date. */
function expectSealWithContent(pages: string[], center: string, what: string): void {
  const seal = `${center}（盖章）`.normalize('NFKC');
  const sealPage = pages.findIndex((p) => p.includes(seal));
  expect(sealPage, `${what}: seal line printed`).toBeGreaterThanOrEqual(0);
  expect(sealPage, `${what}: the seal is on the last page`).toBe(pages.length - 1);
  const rest = pages[sealPage]!.replace(seal, '').replace(/\d{4}年\d{1,2}月\d{1,2}日/, '');
  expect(rest.length, `${what}: content besides the seal on its page`).toBeGreaterThan(20);
}

describe('the 72 workers’ wage claim, printed', () => {
  let caseId: string;
  let received: Date;
  let dispatched: Date;
  let fedBack: Date;
  let token: string;

  beforeAll(async () => {
    token = await t.login('hj.dispatcher');
    const [c] = await t.sql<{ id: number; received_at: Date; dispatched_at: Date }>(
      `select id, received_at, dispatched_at from hub_case where title = '72名农民工讨要沙障工程工资'`);
    caseId = globalId(c!.id);
    received = c!.received_at;
    dispatched = c!.dispatched_at;
    const [f] = await t.sql<{ at: Date }>(`select at from case_event where case_id = $1 and type = 'FEEDBACK_RECORDED' order by id desc limit 1`, [c!.id]);
    fedBack = f!.at;
  });

  it('keeps the seal line on the page of the content, on A4, for every document the case has', async () => {
    for (const kind of ['acceptance-notice', 'intake-form', 'dispatch-form', 'feedback-form', 'reminder-letter']) {
      const pages = await printPages(token, caseId, kind, `72-workers-${kind}`);
      expectSealWithContent(pages, '杭锦旗综治中心', kind);
      // These one-step forms fit one sheet: nothing for the clerk to staple.
      expect(pages.length, kind).toBe(1);
    }
  });

  it('dates each document by its act, not by the day it is printed', async () => {
    const expected: Record<string, Date> = { 'acceptance-notice': received, 'intake-form': received, 'dispatch-form': dispatched, 'feedback-form': fedBack };
    for (const [kind, at] of Object.entries(expected)) {
      const html = await (await fetchDocument(token, caseId, kind)).text();
      const sign = /<div class="sign">([^<]*)（盖章）<br>([^<]*)<\/div>/.exec(html);
      expect(sign?.[2], kind).toBe(chineseDate(shanghaiDay(at)));
    }
    expect(shanghaiDay(received)).not.toBe(shanghaiDay(new Date())); // the seed story is days old, so the check can fail
  });

  it('sends a 杭锦旗 citizen to 杭锦旗’s own phone and window, never to 伊金霍洛旗’s mini-program', async () => {
    const html = await (await fetchDocument(token, caseId, 'acceptance-notice')).text();
    expect(html).toContain('拨打0477-6621100或到杭锦旗综治中心窗口');
    expect(html).not.toContain('伊码解纷');
    expect(html).toContain('矛盾纠纷受理告知书');
  });

  it('refuses documents of steps the case never went through, saying which step is missing', async () => {
    const res = await fetchDocument(token, caseId, 'supervision-letter');
    expect(res.status).toBe(409);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('CONFLICT');
    expect(body.errors[0]!.message).toContain('尚未督办');
  });
});

describe('a petition received at 伊金霍洛旗, supervised before anyone dispatched it', () => {
  it('is titled 信访事项, names 伊金霍洛旗’s mini-program, and its supervision letter goes to the dispatch desk', async () => {
    const dispatcher = await t.login('yj.dispatcher');
    const created = (await t.gql(CaseCreate, { input: {
      centerId: org.center('伊金霍洛旗综治中心'), kind: 'PETITION', channel: 'PETITION_VISIT', categoryCode: 'LAND_GRASSLAND',
      title: '反映征地补偿款发放问题', description: '来访群众反映征地补偿款未足额发放，要求核查。',
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '王某', phone: '13947761234' }],
    } }, dispatcher)).caseCreate.case!;
    const notice = await (await fetchDocument(dispatcher, created.id, 'acceptance-notice')).text();
    expect(notice).toContain('信访事项受理告知书');
    expect(notice).not.toContain('矛盾纠纷');
    expect(notice).toContain('通过“伊码解纷”微信小程序、拨打0477-8621100或到伊金霍洛旗综治中心窗口');

    expect((await fetchDocument(dispatcher, created.id, 'dispatch-form')).status).toBe(409);
    const supervised = await t.gql(CaseSupervise, { input: {
      id: created.id, version: created.version, instructions: '受理后尚未分流，请当日分流交办', responseDueDate: new Date(Date.now() + 8 * 3_600_000 + 7 * 86_400_000).toISOString().slice(0, 10),
    } }, await t.login('yj.leader'));
    expect(supervised.caseSupervise.userErrors).toEqual([]);
    const letter = await (await fetchDocument(dispatcher, created.id, 'supervision-letter')).text();
    expect(letter).toContain('信访事项督办函');
    expect(letter).toContain('伊金霍洛旗综治中心受理分流窗口：');
    expect(letter).not.toContain('尚未分派');
    const pages = await printPages(dispatcher, created.id, 'supervision-letter', 'petition-supervision-letter');
    expectSealWithContent(pages, '伊金霍洛旗综治中心', 'supervision-letter');
  });
});

describe('a form longer than a page', () => {
  it('carries its last rows over with the seal, so the seal never stands alone', async () => {
    const dispatcher = await t.login('yj.dispatcher');
    const description = Array.from({ length: 40 }, (_, i) => `第${i + 1}项：务工人员反映工地结算与考勤记录不一致，要求逐人核对出勤天数与工资标准。`).join('');
    const created = (await t.gql(CaseCreate, { input: {
      centerId: org.center('伊金霍洛旗综治中心'), kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'WAGE_ARREARS',
      title: '务工人员工资结算争议', description,
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '张某', headcount: 12, phone: '13947760000' }],
    } }, dispatcher)).caseCreate.case!;
    const pages = await printPages(dispatcher, created.id, 'intake-form', 'long-intake-form');
    expect(pages.length).toBeGreaterThan(1);
    expectSealWithContent(pages, '伊金霍洛旗综治中心', 'long intake form');
    expect(pages.at(-1)).toContain('当前状态'.normalize('NFKC'));
  });
});
