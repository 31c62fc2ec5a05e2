/**
 * Links a browser can open (docs/console-links.md): a clerk clicks 打印 in the console, the console asks
 * `linkSign` for the document's address, and the new tab opens it with no Authorization header — as the
 * clerk, for that address only, for a few minutes, and never after the clerk signs out.
 */
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkSigner } from '../src/modules/identity/links.js';
import { graphql } from './gql/index.js';
import { DEMO_PASSWORD, TEST_SECRET } from './support/env.js';
import { factories, type BuiltCase, type BuiltUser, type Desk } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const LinkSign = graphql(`
  mutation LinkSign($input: LinkSignInput!) { linkSign(input: $input) { url expiresAt userErrors { field code message } } }
`);
const SignIn = graphql(`
  mutation LinksSignIn($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken } }
`);
const SignOut = graphql(`mutation LinksSignOut { sessionRevoke { revoked } }`);

let t: TestHub;
/** A county built for this file: its dispatcher signs the links, for its cases `kase` and `other`. */
let desk: Desk;
let kase: BuiltCase;
let other: BuiltCase;
/** The dispatcher of another county. */
let foreignDispatcher: BuiltUser;
beforeAll(async () => {
  t = await startTestHub();
  const f = await factories(t);
  desk = await f.desk();
  // The applicant's phone is personal data: printing the intake form is a read the audit records.
  kase = await f.case(desk, { status: 'DISPATCHED', input: { parties: [{ role: 'APPLICANT', type: 'PERSON', name: '申请人', phone: '13812345678' }] } });
  other = await f.case(desk);
  foreignDispatcher = await f.user('DISPATCHER', { center: await f.center() });
});
afterAll(async () => {
  await t?.close();
});

/** A session of its own (not the cached login), so that ending it touches no other test. */
async function signIn(username: string): Promise<string> {
  return (await t.gql(SignIn, { input: { username, password: DEMO_PASSWORD } })).sessionCreate.accessToken!;
}

async function sign(token: string, path: string): Promise<string> {
  const { linkSign } = await t.gql(LinkSign, { input: { path } }, token);
  expect(linkSign.userErrors).toEqual([]);
  return linkSign.url!;
}

/** Opens a path as a browser tab would: no Authorization header. */
const open = (path: string) => fetch(new URL(path, t.url));

const audited = async (username: string) =>
  Number((await t.sql<{ n: string }>(`select count(*) as n from personal_data_access pa join hub_user u on u.id = pa.user_id where u.username = $1`, [username]))[0]!.n);

describe('a signed link', () => {
  it('opens a case’s intake form in a new tab as the dispatcher who signed it, and the read of personal data is audited', async () => {
    const dispatcher = await signIn(desk.dispatcher.username);
    const path = `/documents/cases/${encodeURIComponent(kase.id)}/intake-form`;
    expect((await open(path)).status).toBe(401);

    const before = await audited(desk.dispatcher.username);
    const url = await sign(dispatcher, path);
    expect(url.startsWith(`${path}?link=`)).toBe(true);
    const tab = await open(url);
    expect(tab.status).toBe(200);
    expect(tab.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await tab.text()).toContain(kase.number);
    expect(await audited(desk.dispatcher.username)).toBeGreaterThan(before);
  });

  it('downloads a filtered case list as the signer sees it', async () => {
    const dispatcher = await signIn(desk.dispatcher.username);
    const path = `/exports/cases.csv?filter=${encodeURIComponent(JSON.stringify({ statuses: ['RECEIVED'] }))}`;
    const url = await sign(dispatcher, path);
    expect(url.startsWith(`${path}&link=`)).toBe(true);
    const download = await open(url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('text/csv');
    expect(await download.text()).toMatch(/^\uFEFF?案件编号,/);
  });

  it('opens only the address it was signed for', async () => {
    const dispatcher = await signIn(desk.dispatcher.username);
    const path = `/documents/cases/${encodeURIComponent(kase.id)}/intake-form`;
    const url = await sign(dispatcher, path);
    const token = url.slice(url.indexOf('link=') + 5);
    const tampered = [
      `/documents/cases/${encodeURIComponent(kase.id)}/dispatch-form?link=${token}`,
      `/documents/cases/${encodeURIComponent(other.id)}/intake-form?link=${token}`,
      `${path}?x=1&link=${token}`,
      `${url}&x=1`,
      `/exports/cases.csv?link=${token}`,
    ];
    for (const address of tampered) {
      const res = await open(address);
      expect(res.status, address).toBe(401);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
    expect((await open(url)).status).toBe(200);
  });

  it('stops working when the session that signed it ends', async () => {
    const dispatcher = await signIn(desk.dispatcher.username);
    const url = await sign(dispatcher, `/documents/cases/${encodeURIComponent(kase.id)}/acceptance-notice`);
    expect((await open(url)).status).toBe(200);
    expect((await t.gql(SignOut, {}, dispatcher)).sessionRevoke.revoked).toBe(true);
    const after = await open(url);
    expect(after.status).toBe(401);
    expect(JSON.stringify(await after.json())).toContain('会话已失效');
  });

  it('expires: one signed longer ago than LINK_TTL is refused and says so', async () => {
    const dispatcher = await signIn(desk.dispatcher.username);
    const path = `/documents/cases/${encodeURIComponent(kase.id)}/acceptance-notice`;
    const { linkSign } = await t.gql(LinkSign, { input: { path } }, dispatcher);
    const lifetime = Date.parse(linkSign.expiresAt!) - Date.now();
    expect(lifetime).toBeGreaterThan(0);
    expect(lifetime).toBeLessThanOrEqual(t.config.linkTtlSeconds * 1000);

    // The same session's link, signed (with the hub's key) as if the clerk had clicked six minutes ago.
    const claims = decodeJwt(dispatcher);
    const links = new LinkSigner(TEST_SECRET, t.config.linkTtlSeconds);
    const stale = await links.sign({ userId: Number(claims.sub), sessionId: Number(claims.sid) }, path, new Date(Date.now() - (t.config.linkTtlSeconds + 60) * 1000));
    const res = await open(stale.url);
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).toContain('链接已过期');
    // Signed just now for the same session and path, it opens.
    expect((await open((await links.sign({ userId: Number(claims.sub), sessionId: Number(claims.sid) }, path, new Date())).url)).status).toBe(200);
  });

  it('is never a way in for someone with a header of their own, nor a second credential on one request', async () => {
    const dispatcher = await signIn(desk.dispatcher.username);
    const url = await sign(dispatcher, `/documents/cases/${encodeURIComponent(kase.id)}/intake-form`);
    const stranger = await signIn(foreignDispatcher.username);
    const res = await fetch(new URL(url, t.url), { headers: { authorization: `Bearer ${stranger}` } });
    expect(res.status).toBe(400);
  });
});

describe('linkSign', () => {
  it('signs downloads and documents only, for signed-in staff only', async () => {
    const dispatcher = await signIn(desk.dispatcher.username);
    for (const path of ['/graphql', `/calendar/centers/${desk.center.divisionCode}.ics`, 'https://example.com/exports/cases.csv', '/exports/cases.csv?link=x', `/exports/${'a'.repeat(5000)}`]) {
      const { linkSign } = await t.gql(LinkSign, { input: { path } }, dispatcher);
      expect(linkSign.url, path).toBeNull();
      expect(linkSign.userErrors[0]!.field).toEqual(['input', 'path']);
      expect(['INVALID', 'TOO_LONG']).toContain(linkSign.userErrors[0]!.code);
    }
    const anonymous = await t.request(LinkSign, { input: { path: '/exports/cases.csv' } });
    expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
