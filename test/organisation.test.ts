import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestHub, type TestHub } from './support/hub.js';

const CenterFields = graphql(`
  fragment CenterFields on Center { id name level divisionCode version archivedAt parent { id name } ancestors { name } }
`);
void CenterFields;

const Centers = graphql(`
  query Centers($first: Int, $after: String, $last: Int, $before: String, $filter: CenterFilter, $orderBy: CenterOrder) {
    centers(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { cursor node { ...CenterFields } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

const CenterCreate = graphql(`
  mutation CenterCreate($input: CenterCreateInput!) {
    centerCreate(input: $input) { center { ...CenterFields } userErrors { field message code } }
  }
`);

const CenterUpdate = graphql(`
  mutation CenterUpdate($input: CenterUpdateInput!) {
    centerUpdate(input: $input) { center { ...CenterFields } userErrors { field message code } }
  }
`);

const CenterArchive = graphql(`
  mutation CenterArchive($input: ArchiveInput!) {
    centerArchive(input: $input) { center { id archivedAt } userErrors { field message code } }
  }
`);

const AgencyCreate = graphql(`
  mutation AgencyCreate($input: AgencyCreateInput!) {
    agencyCreate(input: $input) { agency { id name shortName kind group version center { name } } userErrors { field message code } }
  }
`);

const Agencies = graphql(`
  query Agencies($filter: AgencyFilter) {
    agencies(first: 100, filter: $filter) { totalCount nodes { id shortName kind group } }
  }
`);

const StationingCreate = graphql(`
  mutation StationingCreate($input: StationingCreateInput!) {
    stationingCreate(input: $input) {
      stationing { id mode windowNumber startDate endDate version agency { shortName } center { name } }
      userErrors { field message code }
    }
  }
`);

const StationingEnd = graphql(`
  mutation StationingEnd($input: StationingEndInput!) {
    stationingEnd(input: $input) { stationing { id endDate version } userErrors { field message code } }
  }
`);

const MediatorCreate = graphql(`
  mutation MediatorCreate($input: MediatorCreateInput!) {
    mediatorCreate(input: $input) {
      mediator { id name phone studio title specialties capacity active version agency { shortName } }
      userErrors { field message code }
    }
  }
`);

const MediatorUpdate = graphql(`
  mutation MediatorUpdate($input: MediatorUpdateInput!) {
    mediatorUpdate(input: $input) { mediator { id capacity active version } userErrors { field message code } }
  }
`);

const Mediators = graphql(`
  query Mediators($filter: MediatorFilter) {
    mediators(first: 50, filter: $filter) { totalCount nodes { id name phone studio specialties agency { shortName } } }
  }
`);

let t: TestHub;
let admin: string;
let yjAdmin: string;
const ids: Record<string, string> = {};

async function centerId(name: string): Promise<string> {
  const data = await t.gql(Centers, { first: 100, filter: { search: name } }, admin);
  const found = data.centers.edges.find((e) => e.node.name === name);
  if (!found) throw new Error(`no center ${name}`);
  return found.node.id;
}

async function agencyId(shortName: string, center: string): Promise<string> {
  const data = await t.gql(Agencies, { filter: { centerSubtreeOf: center, search: shortName } }, admin);
  return data.agencies.nodes.find((a) => a.shortName === shortName)!.id;
}

beforeAll(async () => {
  t = await startTestHub();
  admin = await t.login('admin');
  yjAdmin = await t.login('yj.admin');
  ids.hangjin = await centerId('杭锦旗综治中心');
  ids.ejinhoro = await centerId('伊金霍洛旗综治中心');
  ids.taran = await centerId('塔然高勒镇综治中心');
});
afterAll(() => t?.close());

describe('centers', () => {
  it('lists the demo banners with their towns, ordered by division code', async () => {
    const data = await t.gql(Centers, { first: 10 }, admin);
    expect(data.centers.totalCount).toBe(5);
    expect(data.centers.edges.map((e) => e.node.divisionCode)).toEqual(['150625', '150625100', '150625104', '150627', '150627100']);
    const taran = data.centers.edges.find((e) => e.node.name === '塔然高勒镇综治中心')!.node;
    expect(taran).toMatchObject({ level: 'TOWN', parent: { name: '杭锦旗综治中心' }, ancestors: [{ name: '杭锦旗综治中心' }] });
  });

  it('pages forwards and backwards with stable cursors', async () => {
    const first = await t.gql(Centers, { first: 2 }, admin);
    expect(first.centers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await t.gql(Centers, { first: 2, after: first.centers.pageInfo.endCursor }, admin);
    expect(second.centers.edges.map((e) => e.node.divisionCode)).toEqual(['150625104', '150627']);
    expect(second.centers.pageInfo.hasPreviousPage).toBe(true);
    const back = await t.gql(Centers, { last: 2, before: second.centers.pageInfo.startCursor }, admin);
    expect(back.centers.edges.map((e) => e.node.divisionCode)).toEqual(['150625', '150625100']);
    const lastPage = await t.gql(Centers, { last: 1 }, admin);
    expect(lastPage.centers.edges.map((e) => e.node.divisionCode)).toEqual(['150627100']);
  });

  it('refuses pages without a size, above 100, with both first and last, or with a forged cursor', async () => {
    const cases: [Record<string, unknown>, RegExp, string][] = [
      [{}, /first or last is required/, 'first'],
      [{ first: 101 }, /first must be 1\.\.100/, 'first'],
      [{ first: 0 }, /first must be 1\.\.100/, 'first'],
      [{ last: 500 }, /last must be 1\.\.100/, 'last'],
      [{ first: 5, last: 5 }, /not both/, 'first'],
      [{ first: 5, after: 'bm90LWEtY3Vyc29y!' }, /Invalid cursor/, 'after'],
    ];
    for (const [variables, message, argument] of cases) {
      const res = await t.request(Centers, variables, admin);
      expect(res.body.data?.centers ?? null).toBeNull();
      expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
      expect(res.body.errors?.[0]?.message).toMatch(message);
    }
  });

  it('filters a subtree, a level and a search text', async () => {
    const subtree = await t.gql(Centers, { first: 10, filter: { subtreeOf: ids.hangjin } }, admin);
    expect(subtree.centers.edges.map((e) => e.node.name).sort()).toEqual(['塔然高勒镇综治中心', '杭锦旗综治中心', '锡尼镇综治中心'].sort());
    const towns = await t.gql(Centers, { first: 10, filter: { level: 'TOWN', search: '伊金' } }, admin);
    expect(towns.centers.totalCount).toBe(0);
    const byCode = await t.gql(Centers, { first: 10, filter: { search: '150627' } }, admin);
    expect(byCode.centers.totalCount).toBe(2);
    const roots = await t.gql(Centers, { first: 10, filter: { rootsOnly: true }, orderBy: 'NAME' }, admin);
    expect(roots.centers.totalCount).toBe(2);
  });

  it('creates a village center under a town, with every field validated', async () => {
    const ok = await t.gql(CenterCreate, {
      input: { name: '  巴音乌素嘎查综治站 ', level: 'VILLAGE', divisionCode: '150625104201', parentId: ids.taran, phone: '0477-6650123', areaSqm: 120 },
    }, admin);
    expect(ok.centerCreate.userErrors).toEqual([]);
    expect(ok.centerCreate.center).toMatchObject({
      name: '巴音乌素嘎查综治站', level: 'VILLAGE', version: 1, parent: { name: '塔然高勒镇综治中心' },
      ancestors: [{ name: '杭锦旗综治中心' }, { name: '塔然高勒镇综治中心' }],
    });
    ids.village = ok.centerCreate.center!.id;

    const bad = await t.gql(CenterCreate, {
      input: { name: '', level: 'TOWN', divisionCode: '150627101', parentId: ids.hangjin, phone: '12345678', areaSqm: 0 },
    }, admin);
    expect(bad.centerCreate.center).toBeNull();
    expect(bad.centerCreate.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.divisionCode', 'INVALID'],
      ['input.phone', 'INVALID'],
      ['input.areaSqm', 'OUT_OF_RANGE'],
    ]);
    expect(bad.centerCreate.userErrors[1]!.message).toContain('150625');
  });

  it('refuses malformed division codes, a missing parent and a parent of the wrong level', async () => {
    const attempt = async (input: Record<string, unknown>) =>
      (await t.gql(CenterCreate, { input: { name: '测试中心', ...input } as never }, admin)).centerCreate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`);
    expect(await attempt({ level: 'COUNTY', divisionCode: '15062' })).toEqual(['divisionCode:INVALID']);
    expect(await attempt({ level: 'COUNTY', divisionCode: '990627' })).toEqual(['divisionCode:INVALID']);
    expect(await attempt({ level: 'COUNTY', divisionCode: '150600' })).toEqual(['divisionCode:INVALID']);
    expect(await attempt({ level: 'TOWN', divisionCode: '150625999' })).toEqual(['parentId:REQUIRED']);
    expect(await attempt({ level: 'TOWN', divisionCode: '150625999', parentId: ids.taran })).toEqual(['parentId:INVALID']);
    expect(await attempt({ level: 'COUNTY', divisionCode: '150625' })).toEqual(['divisionCode:TAKEN']);
    expect(await attempt({ level: 'TOWN', divisionCode: '150625999', parentId: 'Q2VudGVyOjk5OTk' })).toEqual(['parentId:NOT_FOUND']);
    expect(await attempt({ level: 'TOWN', divisionCode: '150625999', parentId: 'garbage' })).toEqual(['parentId:NOT_FOUND']);
    // Nothing was written by any refused attempt.
    expect((await t.sql(`select count(*)::int as n from center where name = '测试中心'`))[0]!.n).toBe(0);
  });

  it('refuses to make a center its own ancestor', async () => {
    const [taran] = (await t.gql(Centers, { first: 1, filter: { search: '塔然高勒' } }, admin)).centers.edges;
    const self = await t.gql(CenterUpdate, { input: { id: ids.taran, version: taran!.node.version, parentId: ids.taran } }, admin);
    expect(self.centerUpdate.userErrors).toMatchObject([{ field: ['input', 'parentId'], code: 'CYCLE' }]);
    const below = await t.gql(CenterUpdate, { input: { id: ids.taran, version: taran!.node.version, parentId: ids.village } }, admin);
    expect(below.centerUpdate.userErrors).toMatchObject([{ field: ['input', 'parentId'], code: 'CYCLE' }]);
  });

  it('moves a town with its villages to another banner only when the codes fit', async () => {
    const created = await t.gql(CenterCreate, { input: { name: '新街镇综治中心', level: 'TOWN', divisionCode: '150625107', parentId: ids.hangjin } }, admin);
    const town = created.centerCreate.center!;
    const village = await t.gql(CenterCreate, { input: { name: '新街村综治站', level: 'VILLAGE', divisionCode: '150625107001', parentId: town.id } }, admin);
    expect(village.centerCreate.userErrors).toEqual([]);
    const wrongCode = await t.gql(CenterUpdate, { input: { id: town.id, version: town.version, parentId: ids.ejinhoro } }, admin);
    expect(wrongCode.centerUpdate.userErrors).toMatchObject([{ field: ['input', 'divisionCode'], code: 'INVALID' }]);
    // Moving with a matching code is fine, but the village's own code still names the old banner:
    // the move re-roots the subtree so that subtree queries follow it.
    const moved = await t.gql(CenterUpdate, { input: { id: town.id, version: town.version, parentId: ids.ejinhoro, divisionCode: '150627107' } }, admin);
    expect(moved.centerUpdate.userErrors).toEqual([]);
    expect(moved.centerUpdate.center).toMatchObject({ parent: { name: '伊金霍洛旗综治中心' }, version: town.version + 1 });
    const subtree = await t.gql(Centers, { first: 20, filter: { subtreeOf: ids.ejinhoro } }, admin);
    expect(subtree.centers.edges.map((e) => e.node.name)).toContain('新街村综治站');
    const villageNow = subtree.centers.edges.find((e) => e.node.name === '新街村综治站')!.node;
    expect(villageNow.ancestors.map((a) => a.name)).toEqual(['伊金霍洛旗综治中心', '新街镇综治中心']);
  });

  it('keeps a concurrent edit: of two updates from the same version exactly one wins', async () => {
    const created = await t.gql(CenterCreate, { input: { name: '并发测试镇', level: 'TOWN', divisionCode: '150627108', parentId: ids.ejinhoro } }, admin);
    const c = created.centerCreate.center!;
    const [a, b] = await Promise.all([
      t.gql(CenterUpdate, { input: { id: c.id, version: c.version, name: '甲的名字' } }, admin),
      t.gql(CenterUpdate, { input: { id: c.id, version: c.version, name: '乙的名字' } }, yjAdmin),
    ]);
    const results = [a.centerUpdate, b.centerUpdate];
    const winners = results.filter((r) => r.userErrors.length === 0);
    const losers = results.filter((r) => r.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.userErrors[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
    const stored = await t.sql<{ name: string; version: number }>(`select name, version from center where division_code = '150627108'`);
    expect(stored[0]).toEqual({ name: winners[0]!.center!.name, version: 2 });
    // A stale version afterwards is refused too.
    const stale = await t.gql(CenterUpdate, { input: { id: c.id, version: 1, name: '丙的名字' } }, admin);
    expect(stale.centerUpdate.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    expect(stale.centerUpdate.userErrors[0]!.message).toContain('当前版本 2');
  });

  it('archives a center only when nothing below it is active', async () => {
    const banner = (await t.gql(Centers, { first: 1, filter: { search: '150625', level: 'COUNTY' } }, admin)).centers.edges[0]!.node;
    const busy = await t.gql(CenterArchive, { input: { id: ids.hangjin, version: banner.version } }, admin);
    expect(busy.centerArchive.userErrors.map((e) => e.code)).toEqual(['IN_USE', 'IN_USE']);
    const village = (await t.gql(Centers, { first: 1, filter: { search: '150625104201' } }, admin)).centers.edges[0]!.node;
    const done = await t.gql(CenterArchive, { input: { id: village.id, version: village.version } }, admin);
    expect(done.centerArchive.userErrors).toEqual([]);
    expect(done.centerArchive.center!.archivedAt).toMatch(/\+08:00$/);
    const hidden = await t.gql(Centers, { first: 10, filter: { search: '150625104201' } }, admin);
    expect(hidden.centers.totalCount).toBe(0);
    const shown = await t.gql(Centers, { first: 10, filter: { search: '150625104201', includeArchived: true } }, admin);
    expect(shown.centers.totalCount).toBe(1);
    // The code of an archived center may be reused.
    const reuse = await t.gql(CenterCreate, { input: { name: '巴音乌素嘎查综治站', level: 'VILLAGE', divisionCode: '150625104201', parentId: ids.taran } }, admin);
    expect(reuse.centerCreate.userErrors).toEqual([]);
  });
});

describe('agencies and stationing', () => {
  it('has the 1+4+N agencies of both banners', async () => {
    const hj = await t.gql(Agencies, { filter: { centerSubtreeOf: ids.hangjin } }, admin);
    expect(hj.agencies.nodes.filter((a) => a.group === 'INTEGRATED_CENTER')).toHaveLength(4);
    expect(hj.agencies.nodes.map((a) => a.shortName)).toEqual(expect.arrayContaining(['人社局', '林草局', '信访局', '法院', '司法局']));
    const committees = await t.gql(Agencies, { filter: { centerSubtreeOf: ids.ejinhoro, kinds: ['MEDIATION_COMMITTEE'] } }, admin);
    expect(committees.agencies.totalCount).toBeGreaterThanOrEqual(6);
    const stationed = await t.gql(Agencies, { filter: { stationedAt: ids.taran } }, admin);
    expect(stationed.agencies.nodes.map((a) => a.shortName)).toEqual(['司法局']);
  });

  it('creates an agency and stations it, refusing overlaps, inverted dates and foreign centers', async () => {
    const created = await t.gql(AgencyCreate, { input: { name: '杭锦旗住房和城乡建设局', shortName: '住建局', kind: 'OTHER', centerId: ids.hangjin, phone: '0477-6623300' } }, admin);
    expect(created.agencyCreate).toMatchObject({ userErrors: [], agency: { shortName: '住建局', group: 'FORCE', center: { name: '杭锦旗综治中心' } } });
    const agency = created.agencyCreate.agency!.id;
    const dup = await t.gql(AgencyCreate, { input: { name: '杭锦旗住房和城乡建设局', shortName: '住建', kind: 'OTHER', centerId: ids.hangjin } }, admin);
    expect(dup.agencyCreate.userErrors).toMatchObject([{ field: ['input', 'name'], code: 'TAKEN' }]);

    const first = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: ids.hangjin, mode: 'ROTATING', startDate: '2025-01-01', endDate: '2025-12-31', note: '每周一轮驻' } }, admin);
    expect(first.stationingCreate).toMatchObject({ userErrors: [], stationing: { mode: 'ROTATING', startDate: '2025-01-01', endDate: '2025-12-31' } });
    const overlap = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: ids.hangjin, mode: 'RESIDENT', startDate: '2025-06-01' } }, admin);
    expect(overlap.stationingCreate.userErrors).toMatchObject([{ field: ['input', 'startDate'], code: 'TAKEN' }]);
    const after = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: ids.hangjin, mode: 'RESIDENT', windowNumber: '12号窗口', startDate: '2026-01-01' } }, admin);
    expect(after.stationingCreate.userErrors).toEqual([]);
    const inverted = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: ids.taran, mode: 'ON_CALL', startDate: '2025-05-02', endDate: '2025-05-01' } }, admin);
    expect(inverted.stationingCreate.userErrors).toMatchObject([{ field: ['input', 'endDate'], code: 'OUT_OF_RANGE' }]);
    const foreign = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: ids.ejinhoro, mode: 'ON_CALL', startDate: '2025-05-01' } }, admin);
    expect(foreign.stationingCreate.userErrors).toMatchObject([{ field: ['input', 'centerId'], code: 'OUT_OF_SCOPE' }]);

    const ended = await t.gql(StationingEnd, { input: { id: after.stationingCreate.stationing!.id, version: 1, endDate: '2026-06-30' } }, admin);
    expect(ended.stationingEnd).toMatchObject({ userErrors: [], stationing: { endDate: '2026-06-30', version: 2 } });
    const badDate = await t.request(StationingCreate, { input: { agencyId: agency, centerId: ids.taran, mode: 'ON_CALL', startDate: '2025-02-30' } }, admin);
    expect(badDate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.body.errors?.[0]?.message).toMatch(/real calendar date/);
  });
});

describe('mediators', () => {
  it('has 李建忠 and 张翠芳 with their studios and specialties', async () => {
    const li = await t.gql(Mediators, { filter: { search: '李建忠' } }, admin);
    expect(li.mediators.nodes[0]).toMatchObject({ name: '李建忠', studio: '李建忠金牌调解室', agency: { shortName: '人民调解委员会' } });
    const traffic = await t.gql(Mediators, { filter: { specialty: 'TRAFFIC_ACCIDENT' } }, admin);
    expect(traffic.mediators.nodes.map((m) => m.name)).toEqual(['张翠芳']);
  });

  it('masks a mediator’s phone for staff outside the mediator’s banner', async () => {
    const hjDispatcher = await t.login('hj.dispatcher');
    const li = await t.gql(Mediators, { filter: { search: '李建忠' } }, hjDispatcher);
    expect(li.mediators.nodes[0]!.phone).toBe('13904771234');
    const cuifang = await t.gql(Mediators, { filter: { search: '张翠芳' } }, hjDispatcher);
    expect(cuifang.mediators.nodes[0]!.phone).toBe('139****8866');
  });

  it('creates a mediator with capacity, specialties and mobile validated', async () => {
    const agency = await agencyId('交通调委会', ids.ejinhoro);
    const ok = await t.gql(MediatorCreate, { input: { agencyId: agency, name: '郝建平', phone: '13847700001', specialties: ['TRAFFIC_ACCIDENT', 'TRAFFIC_ACCIDENT'], capacity: 8 } }, yjAdmin);
    expect(ok.mediatorCreate).toMatchObject({ userErrors: [], mediator: { specialties: ['TRAFFIC_ACCIDENT'], capacity: 8, active: true } });
    const bad = await t.gql(MediatorCreate, { input: { agencyId: agency, name: '某某', phone: '110', specialties: ['ALIENS'], capacity: 0 } }, yjAdmin);
    expect(bad.mediatorCreate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['phone:INVALID', 'capacity:OUT_OF_RANGE', 'specialties:NOT_FOUND']);
    const m = ok.mediatorCreate.mediator!;
    const off = await t.gql(MediatorUpdate, { input: { id: m.id, version: m.version, active: false, capacity: 501 } }, yjAdmin);
    expect(off.mediatorUpdate.userErrors).toMatchObject([{ field: ['input', 'capacity'], code: 'OUT_OF_RANGE' }]);
    const ok2 = await t.gql(MediatorUpdate, { input: { id: m.id, version: m.version, active: false, capacity: 20 } }, yjAdmin);
    expect(ok2.mediatorUpdate.mediator).toMatchObject({ active: false, capacity: 20, version: m.version + 1 });
  });
});
