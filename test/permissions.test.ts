/**
 * The permission matrix: every mutation of the foundation, called by nobody, by a wrong role, by the
 * right role over another county, and by the right role over its own county. Built with factories: two
 * counties, each with an agency and its admin, dispatcher, leader and staff.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Authorized, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { factories, type BuiltAgency, type BuiltCenter, type BuiltUser, type Factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';

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

/** A county built for this file: an agency, and its admin, dispatcher, leader and staff. */
interface County { center: BuiltCenter; agency: BuiltAgency; admin: BuiltUser; dispatcher: BuiltUser; leader: BuiltUser; staff: BuiltUser }

let t: TestHub;
let f: Factories;
let root: string;
/** The county whose objects the matrix changes, and the other county whose admin must be refused. */
let own: County;
let other: County;
let counter = 0;

async function county(): Promise<County> {
  const center = await f.center();
  const agency = await f.agency(center);
  return {
    center, agency,
    admin: await f.user('ADMIN', { center }), dispatcher: await f.user('DISPATCHER', { center }),
    leader: await f.user('LEADER', { center }), staff: await f.user('AGENCY_STAFF', { agency }),
  };
}

/** Builds the variables of a call against an object of `county`, creating a fresh target where needed. */
const targets: Record<keyof typeof ops, (county: County) => Promise<Record<string, unknown>>> = {
  async centerCreate(c) {
    counter += 1;
    return { input: { name: `新建镇${counter}`, level: 'TOWN', divisionCode: `${c.center.divisionCode}${300 + counter}`, parentId: c.center.id } };
  },
  async centerUpdate(c) {
    const created = await t.gql(ops.centerCreate, (await targets.centerCreate(c)) as never, root);
    return { input: { id: created.centerCreate.center!.id, version: 1, address: `地址${++counter}` } };
  },
  async centerArchive(c) {
    const created = await t.gql(ops.centerCreate, (await targets.centerCreate(c)) as never, root);
    return { input: { id: created.centerCreate.center!.id, version: 1 } };
  },
  async agencyCreate(c) {
    return { input: { name: `测试局${++counter}`, shortName: '测试局', kind: 'OTHER', centerId: c.center.id } };
  },
  async agencyUpdate(c) {
    const created = await t.gql(ops.agencyCreate, (await targets.agencyCreate(c)) as never, root);
    return { input: { id: created.agencyCreate.agency!.id, version: 1, description: `职责${++counter}` } };
  },
  async agencyArchive(c) {
    const created = await t.gql(ops.agencyCreate, (await targets.agencyCreate(c)) as never, root);
    return { input: { id: created.agencyCreate.agency!.id, version: 1 } };
  },
  async stationingCreate(c) {
    const created = await t.gql(ops.agencyCreate, (await targets.agencyCreate(c)) as never, root);
    return { input: { agencyId: created.agencyCreate.agency!.id, centerId: c.center.id, mode: 'ON_CALL', startDate: '2025-01-01' } };
  },
  async stationingUpdate(c) {
    const created = await t.gql(ops.stationingCreate, (await targets.stationingCreate(c)) as never, root);
    return { input: { id: created.stationingCreate.stationing!.id, version: 1, note: '改' } };
  },
  async stationingEnd(c) {
    const created = await t.gql(ops.stationingCreate, (await targets.stationingCreate(c)) as never, root);
    return { input: { id: created.stationingCreate.stationing!.id, version: 1, endDate: '2025-12-31' } };
  },
  async mediatorCreate(c) {
    return { input: { agencyId: c.agency.id, name: `调解员${++counter}` } };
  },
  async mediatorUpdate(c) {
    const created = await t.gql(ops.mediatorCreate, (await targets.mediatorCreate(c)) as never, root);
    return { input: { id: created.mediatorCreate.mediator!.id, version: 1, capacity: 3 } };
  },
  async mediatorArchive(c) {
    const created = await t.gql(ops.mediatorCreate, (await targets.mediatorCreate(c)) as never, root);
    return { input: { id: created.mediatorCreate.mediator!.id, version: 1 } };
  },
  async userCreate(c) {
    return { input: { username: `perm.user${++counter}`, password: 'Str0ng-Passw0rd', displayName: '测试用户', homeCenterId: c.center.id } };
  },
  async userUpdate(c) {
    const created = await t.gql(ops.userCreate, (await targets.userCreate(c)) as never, root);
    return { input: { id: created.userCreate.user!.id, version: 1, title: '科员' } };
  },
  async userRoleGrant(c) {
    const created = await t.gql(ops.userCreate, (await targets.userCreate(c)) as never, root);
    return { input: { userId: created.userCreate.user!.id, role: 'DISPATCHER', centerId: c.center.id } };
  },
  async userRoleRevoke(c) {
    const grant = await t.gql(ops.userRoleGrant, (await targets.userRoleGrant(c)) as never, root);
    return { input: { id: grant.userRoleGrant.roleAssignment!.id } };
  },
};

async function call(name: keyof typeof ops, variables: Record<string, unknown>, token?: string) {
  const res = await t.request(ops[name] as TypedDocumentNode<Record<string, { userErrors: { code: string }[] }>, never>, variables as never, token);
  return { code: res.body.errors?.[0]?.extensions?.code, payload: res.body.data?.[name] };
}

beforeAll(async () => {
  t = await startTestHub();
  f = await factories(t);
  root = f.admin;
  own = await county();
  other = await county();
});
afterAll(() => t?.close());

describe('permission matrix of every foundation mutation', () => {
  for (const name of Object.keys(ops) as (keyof typeof ops)[]) {
    describe(name, () => {
      it('refuses an anonymous caller', async () => {
        expect((await call(name, await targets[name](own))).code).toBe('UNAUTHENTICATED');
      });
      it('refuses a role that may not do it (a dispatcher)', async () => {
        expect((await call(name, await targets[name](own), own.dispatcher.token)).code).toBe('FORBIDDEN');
      });
      it('refuses an admin of the other county', async () => {
        const res = await call(name, await targets[name](own), other.admin.token);
        expect(res.code).toBe('FORBIDDEN');
        expect(res.payload ?? null).toBeNull();
      });
      it('allows the admin of the object’s own county', async () => {
        const res = await call(name, await targets[name](own), own.admin.token);
        expect(res.code).toBeUndefined();
        expect(res.payload?.userErrors).toEqual([]);
      });
    });
  }

  it('lets only an admin over every center create a top-level center', async () => {
    const input = { name: '新建旗综治中心', level: 'COUNTY', divisionCode: '469099' };
    expect((await call('centerCreate', { input }, own.admin.token)).code).toBe('FORBIDDEN');
    expect((await call('centerCreate', { input }, root)).payload?.userErrors).toEqual([]);
  });

  it('lets only an admin over every center grant an unscoped role', async () => {
    const user = await t.gql(ops.userCreate, (await targets.userCreate(own)) as never, root);
    const input = { userId: user.userCreate.user!.id, role: 'AUDITOR' };
    expect((await call('userRoleGrant', { input }, own.admin.token)).code).toBe('FORBIDDEN');
    expect((await call('userRoleGrant', { input }, root)).payload?.userErrors).toEqual([]);
  });

  it('keeps the user list to admins and auditors, each within their scope', async () => {
    expect((await t.request(Users, {}, own.leader.token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const usernames = async (c: County) => (await t.gql(Users, {}, c.admin.token)).users.nodes.map((u) => u.username);
    const people = (c: County) => [c.admin, c.dispatcher, c.leader, c.staff].map((u) => u.username);
    const ours = await usernames(own);
    const theirs = await usernames(other);
    expect(ours).toEqual(expect.arrayContaining(people(own)));
    expect(theirs).toEqual(expect.arrayContaining(people(other)));
    expect(ours.filter((u) => people(other).includes(u))).toEqual([]);
    expect(theirs.filter((u) => people(own).includes(u))).toEqual([]);
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
