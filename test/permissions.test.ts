/**
 * The permission matrix: every mutation of the foundation, called by nobody, by a wrong role, by the
 * right role over another banner, and by the right role over its own banner.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Authorized, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestHub, type TestHub } from './support/hub.js';

const Lookup = graphql(`
  query Lookup {
    centers(first: 20) { nodes { id name version } }
    agencies(first: 100) { nodes { id name shortName version center { name } } }
    mediators(first: 50) { nodes { id name version agency { center { name } } } }
    stationings(first: 100) { nodes { id version agency { name } center { name } } }
  }
`);
const Users = graphql(`query PermUsers { users(first: 100) { nodes { id username version roles { id role } } } }`);

const ops = {
  centerCreate: graphql(`mutation PCenterCreate($input: CenterCreateInput!) { centerCreate(input: $input) { center { id } userErrors { code } } }`),
  centerUpdate: graphql(`mutation PCenterUpdate($input: CenterUpdateInput!) { centerUpdate(input: $input) { center { id } userErrors { code } } }`),
  centerArchive: graphql(`mutation PCenterArchive($input: ArchiveInput!) { centerArchive(input: $input) { center { id } userErrors { code } } }`),
  agencyCreate: graphql(`mutation PAgencyCreate($input: AgencyCreateInput!) { agencyCreate(input: $input) { agency { id } userErrors { code } } }`),
  agencyUpdate: graphql(`mutation PAgencyUpdate($input: AgencyUpdateInput!) { agencyUpdate(input: $input) { agency { id } userErrors { code } } }`),
  agencyArchive: graphql(`mutation PAgencyArchive($input: ArchiveInput!) { agencyArchive(input: $input) { agency { id } userErrors { code } } }`),
  stationingCreate: graphql(`mutation PStationingCreate($input: StationingCreateInput!) { stationingCreate(input: $input) { stationing { id } userErrors { code } } }`),
  stationingUpdate: graphql(`mutation PStationingUpdate($input: StationingUpdateInput!) { stationingUpdate(input: $input) { stationing { id } userErrors { code } } }`),
  stationingEnd: graphql(`mutation PStationingEnd($input: StationingEndInput!) { stationingEnd(input: $input) { stationing { id } userErrors { code } } }`),
  mediatorCreate: graphql(`mutation PMediatorCreate($input: MediatorCreateInput!) { mediatorCreate(input: $input) { mediator { id } userErrors { code } } }`),
  mediatorUpdate: graphql(`mutation PMediatorUpdate($input: MediatorUpdateInput!) { mediatorUpdate(input: $input) { mediator { id } userErrors { code } } }`),
  mediatorArchive: graphql(`mutation PMediatorArchive($input: ArchiveInput!) { mediatorArchive(input: $input) { mediator { id } userErrors { code } } }`),
  userCreate: graphql(`mutation PUserCreate($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { code } } }`),
  userUpdate: graphql(`mutation PUserUpdate($input: UserUpdateInput!) { userUpdate(input: $input) { user { id } userErrors { code } } }`),
  userRoleGrant: graphql(`mutation PRoleGrant($input: RoleGrantInput!) { userRoleGrant(input: $input) { roleAssignment { id } userErrors { code } } }`),
  userRoleRevoke: graphql(`mutation PRoleRevoke($input: RoleRevokeInput!) { userRoleRevoke(input: $input) { revokedRoleAssignmentId userErrors { code } } }`),
};

type Banner = 'hj' | 'yj';
const BANNER_NAME: Record<Banner, string> = { hj: '杭锦旗综治中心', yj: '伊金霍洛旗综治中心' };
const TOWN: Record<Banner, [string, string]> = { hj: ['150625', '锡尼镇综治中心'], yj: ['150627', '阿勒腾席热镇综治中心'] };

let t: TestHub;
let root: string;
let counter = 0;

async function lookup() {
  return t.gql(Lookup, {}, root);
}

/** Builds the variables of a call against an object of `banner`, creating a fresh target where needed. */
const targets: Record<keyof typeof ops, (banner: Banner) => Promise<Record<string, unknown>>> = {
  async centerCreate(banner) {
    const l = await lookup();
    const parent = l.centers.nodes.find((c) => c.name === BANNER_NAME[banner])!;
    counter += 1;
    return { input: { name: `新建镇${counter}`, level: 'TOWN', divisionCode: `${TOWN[banner][0]}${300 + counter}`, parentId: parent.id } };
  },
  async centerUpdate(banner) {
    const c = (await lookup()).centers.nodes.find((x) => x.name === TOWN[banner][1])!;
    return { input: { id: c.id, version: c.version, address: `地址${++counter}` } };
  },
  async centerArchive(banner) {
    const created = await t.gql(ops.centerCreate, (await targets.centerCreate(banner)) as never, root);
    return { input: { id: created.centerCreate.center!.id, version: 1 } };
  },
  async agencyCreate(banner) {
    const parent = (await lookup()).centers.nodes.find((c) => c.name === BANNER_NAME[banner])!;
    return { input: { name: `测试局${++counter}`, shortName: '测试局', kind: 'OTHER', centerId: parent.id } };
  },
  async agencyUpdate(banner) {
    const a = (await lookup()).agencies.nodes.find((x) => x.shortName === '法学会' && x.center.name === BANNER_NAME[banner])!;
    return { input: { id: a.id, version: a.version, description: `职责${++counter}` } };
  },
  async agencyArchive(banner) {
    const created = await t.gql(ops.agencyCreate, (await targets.agencyCreate(banner)) as never, root);
    return { input: { id: created.agencyCreate.agency!.id, version: 1 } };
  },
  async stationingCreate(banner) {
    const created = await t.gql(ops.agencyCreate, (await targets.agencyCreate(banner)) as never, root);
    const center = (await lookup()).centers.nodes.find((c) => c.name === BANNER_NAME[banner])!;
    return { input: { agencyId: created.agencyCreate.agency!.id, centerId: center.id, mode: 'ON_CALL', startDate: '2025-01-01' } };
  },
  async stationingUpdate(banner) {
    const created = await t.gql(ops.stationingCreate, (await targets.stationingCreate(banner)) as never, root);
    return { input: { id: created.stationingCreate.stationing!.id, version: 1, note: '改' } };
  },
  async stationingEnd(banner) {
    const created = await t.gql(ops.stationingCreate, (await targets.stationingCreate(banner)) as never, root);
    return { input: { id: created.stationingCreate.stationing!.id, version: 1, endDate: '2025-12-31' } };
  },
  async mediatorCreate(banner) {
    const a = (await lookup()).agencies.nodes.find((x) => x.shortName === '司法局' && x.center.name === BANNER_NAME[banner])!;
    return { input: { agencyId: a.id, name: `调解员${++counter}` } };
  },
  async mediatorUpdate(banner) {
    const created = await t.gql(ops.mediatorCreate, (await targets.mediatorCreate(banner)) as never, root);
    return { input: { id: created.mediatorCreate.mediator!.id, version: 1, capacity: 3 } };
  },
  async mediatorArchive(banner) {
    const created = await t.gql(ops.mediatorCreate, (await targets.mediatorCreate(banner)) as never, root);
    return { input: { id: created.mediatorCreate.mediator!.id, version: 1 } };
  },
  async userCreate(banner) {
    const c = (await lookup()).centers.nodes.find((x) => x.name === BANNER_NAME[banner])!;
    return { input: { username: `${banner}.user${++counter}`, password: 'Str0ng-Passw0rd', displayName: '测试用户', homeCenterId: c.id } };
  },
  async userUpdate(banner) {
    const created = await t.gql(ops.userCreate, (await targets.userCreate(banner)) as never, root);
    return { input: { id: created.userCreate.user!.id, version: 1, title: '科员' } };
  },
  async userRoleGrant(banner) {
    const created = await t.gql(ops.userCreate, (await targets.userCreate(banner)) as never, root);
    const c = (await lookup()).centers.nodes.find((x) => x.name === BANNER_NAME[banner])!;
    return { input: { userId: created.userCreate.user!.id, role: 'DISPATCHER', centerId: c.id } };
  },
  async userRoleRevoke(banner) {
    const grant = await t.gql(ops.userRoleGrant, (await targets.userRoleGrant(banner)) as never, root);
    return { input: { id: grant.userRoleGrant.roleAssignment!.id } };
  },
};

async function call(name: keyof typeof ops, variables: Record<string, unknown>, token?: string) {
  const res = await t.request(ops[name] as TypedDocumentNode<Record<string, { userErrors: { code: string }[] }>, never>, variables as never, token);
  return { code: res.body.errors?.[0]?.extensions?.code, payload: res.body.data?.[name] };
}

beforeAll(async () => {
  t = await startTestHub();
  root = await t.login('admin');
});
afterAll(() => t?.close());

describe('permission matrix of every foundation mutation', () => {
  for (const name of Object.keys(ops) as (keyof typeof ops)[]) {
    describe(name, () => {
      it('refuses an anonymous caller', async () => {
        expect((await call(name, await targets[name]('yj'))).code).toBe('UNAUTHENTICATED');
      });
      it('refuses a role that may not do it (a dispatcher)', async () => {
        expect((await call(name, await targets[name]('yj'), await t.login('yj.dispatcher'))).code).toBe('FORBIDDEN');
      });
      it('refuses an admin of the other banner', async () => {
        const res = await call(name, await targets[name]('yj'), await t.login('hj.admin'));
        expect(res.code).toBe('FORBIDDEN');
        expect(res.payload ?? null).toBeNull();
      });
      it('allows the admin of the object’s own banner', async () => {
        const res = await call(name, await targets[name]('yj'), await t.login('yj.admin'));
        expect(res.code).toBeUndefined();
        expect(res.payload?.userErrors).toEqual([]);
      });
    });
  }

  it('lets only an admin over every center create a top-level center', async () => {
    const input = { name: '鄂托克旗综治中心', level: 'COUNTY', divisionCode: '150624' };
    expect((await call('centerCreate', { input }, await t.login('hj.admin'))).code).toBe('FORBIDDEN');
    expect((await call('centerCreate', { input }, root)).payload?.userErrors).toEqual([]);
  });

  it('lets only an admin over every center grant an unscoped role', async () => {
    const user = await t.gql(ops.userCreate, (await targets.userCreate('hj')) as never, root);
    const input = { userId: user.userCreate.user!.id, role: 'AUDITOR' };
    expect((await call('userRoleGrant', { input }, await t.login('hj.admin'))).code).toBe('FORBIDDEN');
    expect((await call('userRoleGrant', { input }, root)).payload?.userErrors).toEqual([]);
  });

  it('keeps the user list to admins and auditors, each within their scope', async () => {
    expect((await t.request(Users, {}, await t.login('hj.leader'))).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hj = await t.gql(Users, {}, await t.login('hj.admin'));
    const yj = await t.gql(Users, {}, await t.login('yj.admin'));
    expect(hj.users.nodes.every((u) => !u.username.startsWith('yj.'))).toBe(true);
    expect(yj.users.nodes.every((u) => !u.username.startsWith('hj.'))).toBe(true);
    expect(hj.users.nodes.map((u) => u.username)).toContain('hj.hr');
  });
});

@Resolver()
class ForgottenResolver {
  @Query(() => String, { description: 'A resolver whose author forgot @Authorized' })
  forgotten(): string {
    return 'secret';
  }

  @Authorized('AUTHENTICATED')
  @Query(() => String, { description: 'A declared one' })
  remembered(): string {
    return 'fine';
  }
}

describe('fail-closed authorization', () => {
  it('refuses a root field that declares no access rule, even for an admin', async () => {
    const other = await startTestHub({}, { extraResolvers: [ForgottenResolver] });
    try {
      const token = await other.login('admin');
      const forgotten = await other.post({ query: '{ forgotten }' }, { authorization: `Bearer ${token}` });
      const body = (await forgotten.json()) as { data: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0]!.message).toMatch(/declares no access rule/);
      const remembered = await other.post({ query: '{ remembered }' }, { authorization: `Bearer ${token}` });
      expect(await remembered.json()).toEqual({ data: { remembered: 'fine' } });
    } finally {
      await other.close();
    }
  });
});
