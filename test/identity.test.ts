import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { DEMO_PASSWORD, TEST_SECRET } from './support/env.js';
import { factories, type BuiltAgency, type BuiltCenter, type BuiltUser } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

const SessionCreate = graphql(`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
      user { username displayName }
      userErrors { field message code }
    }
  }
`);

const SessionRenew = graphql(`
  mutation SessionRenew($input: SessionRenewInput!) {
    sessionRenew(input: $input) { accessToken refreshToken userErrors { field message code } }
  }
`);

const SessionRevoke = graphql(`mutation SessionRevoke { sessionRevoke { revoked userErrors { code } } }`);

const Viewer = graphql(`
  query Viewer {
    viewer { id username displayName title phone active lastLoginAt homeCenter { name }
      roles { id role center { name } agency { shortName } mediator { name } } }
  }
`);

const Users = graphql(`
  query Users($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount nodes { id username version phone } } }
`);

const UserCreate = graphql(`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) { user { id username displayName version homeCenter { name } } userErrors { field message code } }
  }
`);

const UserUpdate = graphql(`
  mutation UserUpdate($input: UserUpdateInput!) {
    userUpdate(input: $input) { user { id active version } userErrors { field message code } }
  }
`);

const RoleGrant = graphql(`
  mutation RoleGrant($input: RoleGrantInput!) {
    userRoleGrant(input: $input) { roleAssignment { id role center { name } agency { shortName } } userErrors { field message code } }
  }
`);

const RoleRevoke = graphql(`
  mutation RoleRevoke($input: RoleRevokeInput!) {
    userRoleRevoke(input: $input) { revokedRoleAssignmentId user { username } userErrors { field message code } }
  }
`);

const PasswordChange = graphql(`
  mutation PasswordChange($input: ViewerPasswordChangeInput!) {
    viewerPasswordChange(input: $input) { user { username } userErrors { field message code } }
  }
`);

let t: TestHub;
let admin: string;
/** 草原旗 with its town 草原镇 and its 人社局 and 林草局; 沙漠旗 is another banner. */
let banner: BuiltCenter;
let town: BuiltCenter;
let otherBanner: BuiltCenter;
let forestry: BuiltAgency;
/** Staff of 草原旗人社局, named as a person is. */
let hr: BuiltUser;
let dispatcher: BuiltUser;
let otherDispatcher: BuiltUser;
let scheduler: BuiltUser;
let leader: BuiltUser;
let auditor: BuiltUser;

async function signIn(username: string, password = DEMO_PASSWORD) {
  return (await t.gql(SessionCreate, { input: { username, password } })).sessionCreate;
}

beforeAll(async () => {
  t = await startTestHub();
  admin = await t.login('admin');
  const f = await factories(t);
  banner = await f.center({ name: '草原旗综治中心' });
  town = await f.center({ name: '草原镇综治中心', parent: banner });
  otherBanner = await f.center({ name: '沙漠旗综治中心' });
  const hrBureau = await f.agency(banner, { name: '草原旗人力资源和社会保障局', shortName: '人社局' });
  forestry = await f.agency(banner, { name: '草原旗林业和草原局', shortName: '林草局', kind: 'FORESTRY_GRASSLAND' });
  hr = await f.user('AGENCY_STAFF', { agency: hrBureau }, { username: 'cy.hr', displayName: '敖勒格尔' });
  dispatcher = await f.user('DISPATCHER', { center: banner });
  otherDispatcher = await f.user('DISPATCHER', { center: otherBanner });
  scheduler = await f.user('SCHEDULER', { center: otherBanner });
  leader = await f.user('LEADER', { center: otherBanner });
  auditor = await f.user('AUDITOR');
});
afterAll(() => t?.close());

describe('signing in', () => {
  it('issues a short-lived access token and a refresh token to a staff member', async () => {
    const s = await signIn('cy.hr');
    expect(s.userErrors).toEqual([]);
    expect(s.user).toMatchObject({ username: 'cy.hr', displayName: '敖勒格尔' });
    const ttl = Date.parse(s.accessTokenExpiresAt!) - Date.now();
    expect(ttl).toBeGreaterThan(14 * 60_000);
    expect(ttl).toBeLessThanOrEqual(15 * 60_000);
    expect(s.refreshToken).toMatch(/^rt_/);
    const me = await t.gql(Viewer, {}, s.accessToken!);
    expect(me.viewer).toMatchObject({
      username: 'cy.hr', homeCenter: { name: '草原旗综治中心' },
      roles: [{ role: 'AGENCY_STAFF', center: { name: '草原旗综治中心' }, agency: { shortName: '人社局' }, mediator: null }],
    });
    expect(me.viewer.lastLoginAt).toMatch(/\+08:00$/);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await signIn(hr.username, 'not-the-password');
    const unknown = await signIn('nobody-here', 'not-the-password');
    expect(wrong).toMatchObject({ accessToken: null, userErrors: [{ field: ['input', 'password'], code: 'INVALID_CREDENTIALS' }] });
    expect(unknown.userErrors).toEqual(wrong.userErrors);
  });

  it('accepts the username in any case and with spaces around it', async () => {
    expect((await signIn(`  ${hr.username.toUpperCase()} `)).userErrors).toEqual([]);
  });

  it('tells an anonymous caller, a forged token and an expired token apart', async () => {
    const anonymous = await t.request(Viewer, {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await new SignJWT({ sid: 1 }).setProtectedHeader({ alg: 'HS256' }).setSubject('1')
      .setIssuer('zongzhi-hub').setAudience('hub-api').setExpirationTime('10m').sign(new TextEncoder().encode('another-secret-another-secret-123'));
    const forgedRes = await t.request(Viewer, {}, forged);
    expect(forgedRes.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(forgedRes.body.errors?.[0]?.message).toMatch(/Invalid token/);
    const expired = await new SignJWT({ sid: 1 }).setProtectedHeader({ alg: 'HS256' }).setSubject('1')
      .setIssuer('zongzhi-hub').setAudience('hub-api').setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(TEST_SECRET));
    const expiredRes = await t.request(Viewer, {}, expired);
    expect(expiredRes.body.errors?.[0]?.message).toMatch(/Token expired/);
  });
});

describe('renewing and revoking', () => {
  it('rotates the refresh token; the old one no longer works, and replaying it ends the session', async () => {
    const s = await signIn(dispatcher.username);
    const renewed = await t.gql(SessionRenew, { input: { refreshToken: s.refreshToken! } });
    expect(renewed.sessionRenew.userErrors).toEqual([]);
    expect(renewed.sessionRenew.refreshToken).not.toBe(s.refreshToken);
    expect((await t.gql(Viewer, {}, renewed.sessionRenew.accessToken!)).viewer.username).toBe(dispatcher.username);

    const replay = await t.gql(SessionRenew, { input: { refreshToken: s.refreshToken! } });
    expect(replay.sessionRenew.userErrors).toMatchObject([{ field: ['input', 'refreshToken'], code: 'INVALID_CREDENTIALS' }]);
    // The replay revoked the whole session: the new tokens are dead as well.
    const after = await t.request(Viewer, {}, renewed.sessionRenew.accessToken!);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const newer = await t.gql(SessionRenew, { input: { refreshToken: renewed.sessionRenew.refreshToken! } });
    expect(newer.sessionRenew.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it('lets exactly one of two simultaneous renewals with the same token through', async () => {
    const s = await signIn(otherDispatcher.username);
    const results = await Promise.all([1, 2, 3].map(() => t.gql(SessionRenew, { input: { refreshToken: s.refreshToken! } })));
    expect(results.filter((r) => r.sessionRenew.userErrors.length === 0)).toHaveLength(1);
  });

  it('signs out: the access token stops working at once', async () => {
    const s = await signIn(scheduler.username);
    expect((await t.gql(SessionRevoke, {}, s.accessToken!)).sessionRevoke.revoked).toBe(true);
    const res = await t.request(Viewer, {}, s.accessToken!);
    expect(res.body.errors?.[0]?.message).toMatch(/Session ended/);
    const renew = await t.gql(SessionRenew, { input: { refreshToken: s.refreshToken! } });
    expect(renew.sessionRenew.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('accounts and roles', () => {
  it('creates an account, validating username, password and phone', async () => {
    const bad = await t.gql(UserCreate, {
      input: { username: 'X', password: 'short', displayName: '', phone: '123', homeCenterId: banner.id },
    }, admin);
    expect(bad.userCreate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['username:INVALID', 'displayName:REQUIRED', 'phone:INVALID']);
    const weak = await t.gql(UserCreate, {
      input: { username: 'cy.wang', password: 'aaaaaaaaaaaa', displayName: '王敏', homeCenterId: banner.id },
    }, admin);
    expect(weak.userCreate.userErrors).toMatchObject([{ field: ['input', 'password'], code: 'INVALID' }]);
    const ok = await t.gql(UserCreate, {
      input: { username: 'CY.Wang', password: 'Grassland-2025', displayName: '王敏', homeCenterId: banner.id },
    }, admin);
    expect(ok.userCreate).toMatchObject({ userErrors: [], user: { username: 'cy.wang', homeCenter: { name: '草原旗综治中心' } } });
    const taken = await t.gql(UserCreate, {
      input: { username: 'cy.wang', password: 'Grassland-2025', displayName: '王敏', homeCenterId: banner.id },
    }, admin);
    expect(taken.userCreate.userErrors).toMatchObject([{ field: ['input', 'username'], code: 'TAKEN' }]);
    const session = await signIn('cy.wang', 'Grassland-2025');
    expect(session.userErrors).toEqual([]);
  });

  it('grants an agency role scoped to the agency’s banner; a revoked role stops working with the next request', async () => {
    const users = await t.gql(Users, { filter: { search: 'cy.wang' } }, admin);
    const wang = users.users.nodes[0]!;
    const noAgency = await t.gql(RoleGrant, { input: { userId: wang.id, role: 'AGENCY_STAFF' } }, admin);
    expect(noAgency.userRoleGrant.userErrors).toMatchObject([{ field: ['input', 'agencyId'], code: 'REQUIRED' }]);
    const outside = await t.gql(RoleGrant, { input: { userId: wang.id, role: 'AGENCY_STAFF', agencyId: forestry.id, centerId: otherBanner.id } }, admin);
    expect(outside.userRoleGrant.userErrors).toMatchObject([{ field: ['input', 'centerId'], code: 'OUT_OF_SCOPE' }]);
    const granted = await t.gql(RoleGrant, { input: { userId: wang.id, role: 'AGENCY_STAFF', agencyId: forestry.id } }, admin);
    expect(granted.userRoleGrant).toMatchObject({ userErrors: [], roleAssignment: { role: 'AGENCY_STAFF', center: { name: '草原旗综治中心' }, agency: { shortName: '林草局' } } });
    const twice = await t.gql(RoleGrant, { input: { userId: wang.id, role: 'AGENCY_STAFF', agencyId: forestry.id } }, admin);
    expect(twice.userRoleGrant.userErrors).toMatchObject([{ code: 'TAKEN' }]);
    const unscoped = await t.gql(RoleGrant, { input: { userId: wang.id, role: 'DISPATCHER' } }, admin);
    expect(unscoped.userRoleGrant.userErrors).toMatchObject([{ field: ['input', 'centerId'], code: 'REQUIRED' }]);

    // An admin role lets the account list users; revoking it takes effect on the very next request.
    const adminGrant = await t.gql(RoleGrant, { input: { userId: wang.id, role: 'ADMIN', centerId: town.id } }, admin);
    const token = (await signIn('cy.wang', 'Grassland-2025')).accessToken!;
    expect((await t.request(Users, {}, token)).body.errors).toBeUndefined();
    const revoked = await t.gql(RoleRevoke, { input: { id: adminGrant.userRoleGrant.roleAssignment!.id } }, admin);
    expect(revoked.userRoleRevoke).toMatchObject({ userErrors: [], user: { username: 'cy.wang' } });
    expect((await t.request(Users, {}, token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('deactivating an account ends its sessions; it cannot sign in again', async () => {
    const users = await t.gql(Users, { filter: { search: 'cy.wang' } }, admin);
    const wang = users.users.nodes[0]!;
    const token = (await signIn('cy.wang', 'Grassland-2025')).accessToken!;
    const off = await t.gql(UserUpdate, { input: { id: wang.id, version: wang.version, active: false } }, admin);
    expect(off.userUpdate).toMatchObject({ userErrors: [], user: { active: false } });
    expect((await t.request(Viewer, {}, token)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn('cy.wang', 'Grassland-2025')).userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    const self = await t.gql(Users, { filter: { search: 'admin' } }, admin);
    const me = self.users.nodes.find((u) => u.username === 'admin')!;
    const selfOff = await t.gql(UserUpdate, { input: { id: me.id, version: me.version, active: false } }, admin);
    expect(selfOff.userUpdate.userErrors).toMatchObject([{ field: ['input', 'active'], code: 'INVALID' }]);
  });

  it('changes one’s own password only with the current one; other sessions end', async () => {
    const first = await signIn(leader.username);
    const second = await signIn(leader.username);
    const wrong = await t.gql(PasswordChange, { input: { currentPassword: 'nope', newPassword: 'Ordos-Leader-2025' } }, first.accessToken!);
    expect(wrong.viewerPasswordChange.userErrors).toMatchObject([{ field: ['input', 'currentPassword'], code: 'INVALID_CREDENTIALS' }]);
    const ok = await t.gql(PasswordChange, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'Ordos-Leader-2025' } }, first.accessToken!);
    expect(ok.viewerPasswordChange.userErrors).toEqual([]);
    expect((await t.gql(Viewer, {}, first.accessToken!)).viewer.username).toBe(leader.username);
    expect((await t.request(Viewer, {}, second.accessToken!)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn(leader.username, 'Ordos-Leader-2025')).userErrors).toEqual([]);
  });

  it('stores only argon2id hashes and hashed refresh tokens', async () => {
    const rows = await t.sql<{ password_hash: string }>(`select password_hash from hub_user`);
    expect(rows.every((r) => r.password_hash.startsWith('$argon2id$'))).toBe(true);
    const s = await signIn(auditor.username);
    const stored = await t.sql(`select 1 from session where refresh_hash = $1`, [s.refreshToken]);
    expect(stored).toHaveLength(0);
  });

  it('masks phone numbers of other people for non-admins', async () => {
    await t.sql(`update hub_user set phone = '13912345678' where username in ($1, $2)`, [hr.username, dispatcher.username]);
    expect((await t.gql(Viewer, {}, hr.token)).viewer.phone).toBe('13912345678');
    const list = await t.gql(Users, { filter: { search: dispatcher.username } }, admin);
    expect(list.users.nodes[0]!.phone).toBe('13912345678');
    const seen = await t.gql(Users, { filter: { search: dispatcher.username } }, auditor.token);
    expect(seen.users.nodes[0]!.phone).toBe('139****5678');
  });
});
