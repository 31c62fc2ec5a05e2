import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { factories, type BuiltCenter } from './support/factories.js';
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
/** The admin of 沙漠旗 only. */
let sandAdmin: string;
/** 草原旗 (469025) with its towns 青山镇 (…100) and 白泉镇 (…104); 沙漠旗 (469027) with 红柳镇 (…100). */
let grassland: BuiltCenter;
let baiquan: BuiltCenter;
let sand: BuiltCenter;
let trafficCommittee: string;
const ids: Record<string, string> = {};
/** Every center this file builds, and none of the demo seeds', has a code starting 4690. */
const built = { search: '4690' };

/**
 * Two banners as the organisation chart has them: 草原旗 with its 4 integrated centers and its forces
 * (司法局 stationed at 白泉镇, 人社局 resident at the banner), a mediation committee with 乌力吉; 沙漠旗
 * with two mediation committees and 萨仁高娃, the traffic-accident mediator.
 */
beforeAll(async () => {
  t = await startTestHub();
  admin = await t.login('admin');
  const f = await factories(t);
  grassland = await f.center({ name: '草原旗综治中心', divisionCode: '469025' });
  await f.center({ name: '青山镇综治中心', parent: grassland, divisionCode: '469025100' });
  baiquan = await f.center({ name: '白泉镇综治中心', parent: grassland, divisionCode: '469025104' });
  sand = await f.center({ name: '沙漠旗综治中心', divisionCode: '469027' });
  await f.center({ name: '红柳镇综治中心', parent: sand, divisionCode: '469027100' });
  sandAdmin = (await f.user('ADMIN', { center: sand })).token;

  const agencies: [string, string, string][] = [
    ['RECEPTION_CENTER', '草原旗矛盾纠纷调处化解中心', '调处中心'], ['LITIGATION_SERVICE', '草原旗人民法院诉讼服务中心', '诉讼服务中心'],
    ['PROCURATORATE_SERVICE', '草原旗人民检察院检察服务中心', '检察服务中心'], ['PUBLIC_LEGAL_SERVICE', '草原旗公共法律服务中心', '公共法律服务中心'],
    ['HUMAN_RESOURCES', '草原旗人力资源和社会保障局', '人社局'], ['FORESTRY_GRASSLAND', '草原旗林业和草原局', '林草局'],
    ['PETITIONS', '草原旗信访局', '信访局'], ['COURT', '草原旗人民法院', '法院'], ['JUSTICE', '草原旗司法局', '司法局'],
  ];
  const byShortName: Record<string, Awaited<ReturnType<typeof f.agency>>> = {};
  for (const [kind, name, shortName] of agencies) byShortName[shortName] = await f.agency(grassland, { kind, name, shortName });
  await f.stationing(byShortName['司法局']!, baiquan);
  await f.stationing(byShortName['人社局']!, grassland);
  const people = await f.agency(grassland, { kind: 'MEDIATION_COMMITTEE', name: '草原旗人民调解委员会', shortName: '人民调解委员会' });
  await f.agency(sand, { kind: 'MEDIATION_COMMITTEE', name: '沙漠旗人民调解委员会', shortName: '人民调解委员会' });
  trafficCommittee = (await f.agency(sand, { kind: 'MEDIATION_COMMITTEE', name: '沙漠旗道路交通事故纠纷人民调解委员会', shortName: '交通调委会' })).id;

  const mediator = async (input: { agencyId: string; name: string; phone: string; studio?: string; specialties: string[] }) =>
    expect((await t.gql(MediatorCreate, { input }, admin)).mediatorCreate.userErrors).toEqual([]);
  await mediator({ agencyId: people.id, name: '乌力吉', phone: '13904771234', studio: '乌力吉金牌调解室', specialties: ['LAND_GRASSLAND'] });
  await mediator({ agencyId: trafficCommittee, name: '萨仁高娃', phone: '13904778866', specialties: ['TRAFFIC_ACCIDENT'] });
  await mediator({ agencyId: trafficCommittee, name: '王金山', phone: '13904770002', specialties: ['NEIGHBOUR'] });
});
afterAll(() => t?.close());

describe('centers', () => {
  it('lists the banners with their towns, ordered by division code', async () => {
    const data = await t.gql(Centers, { first: 10, filter: built }, admin);
    expect(data.centers.totalCount).toBe(5);
    expect(data.centers.edges.map((e) => e.node.divisionCode)).toEqual(['469025', '469025100', '469025104', '469027', '469027100']);
    const town = data.centers.edges.find((e) => e.node.name === '白泉镇综治中心')!.node;
    expect(town).toMatchObject({ level: 'TOWN', parent: { name: '草原旗综治中心' }, ancestors: [{ name: '草原旗综治中心' }] });
  });

  it('pages forwards and backwards with stable cursors', async () => {
    const first = await t.gql(Centers, { first: 2, filter: built }, admin);
    expect(first.centers.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await t.gql(Centers, { first: 2, after: first.centers.pageInfo.endCursor, filter: built }, admin);
    expect(second.centers.edges.map((e) => e.node.divisionCode)).toEqual(['469025104', '469027']);
    expect(second.centers.pageInfo.hasPreviousPage).toBe(true);
    const back = await t.gql(Centers, { last: 2, before: second.centers.pageInfo.startCursor, filter: built }, admin);
    expect(back.centers.edges.map((e) => e.node.divisionCode)).toEqual(['469025', '469025100']);
    const lastPage = await t.gql(Centers, { last: 1, filter: built }, admin);
    expect(lastPage.centers.edges.map((e) => e.node.divisionCode)).toEqual(['469027100']);
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
    const subtree = await t.gql(Centers, { first: 10, filter: { subtreeOf: grassland.id } }, admin);
    expect(subtree.centers.edges.map((e) => e.node.name).sort()).toEqual(['白泉镇综治中心', '草原旗综治中心', '青山镇综治中心'].sort());
    const towns = await t.gql(Centers, { first: 10, filter: { level: 'TOWN', search: '沙漠' } }, admin);
    expect(towns.centers.totalCount).toBe(0);
    const byCode = await t.gql(Centers, { first: 10, filter: { search: '469027' } }, admin);
    expect(byCode.centers.totalCount).toBe(2);
    const roots = await t.gql(Centers, { first: 10, filter: { rootsOnly: true, ...built }, orderBy: 'NAME' }, admin);
    expect(roots.centers.totalCount).toBe(2);
  });

  it('creates a village center under a town, with every field validated', async () => {
    const ok = await t.gql(CenterCreate, {
      input: { name: '  巴音乌素嘎查综治站 ', level: 'VILLAGE', divisionCode: '469025104201', parentId: baiquan.id, phone: '0477-6650123', areaSqm: 120 },
    }, admin);
    expect(ok.centerCreate.userErrors).toEqual([]);
    expect(ok.centerCreate.center).toMatchObject({
      name: '巴音乌素嘎查综治站', level: 'VILLAGE', version: 1, parent: { name: '白泉镇综治中心' },
      ancestors: [{ name: '草原旗综治中心' }, { name: '白泉镇综治中心' }],
    });
    ids.village = ok.centerCreate.center!.id;

    const bad = await t.gql(CenterCreate, {
      input: { name: '', level: 'TOWN', divisionCode: '469027101', parentId: grassland.id, phone: '12345678', areaSqm: 0 },
    }, admin);
    expect(bad.centerCreate.center).toBeNull();
    expect(bad.centerCreate.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.divisionCode', 'INVALID'],
      ['input.phone', 'INVALID'],
      ['input.areaSqm', 'OUT_OF_RANGE'],
    ]);
    expect(bad.centerCreate.userErrors[1]!.message).toContain('469025');
  });

  it('refuses malformed division codes, a missing parent and a parent of the wrong level', async () => {
    const attempt = async (input: Record<string, unknown>) =>
      (await t.gql(CenterCreate, { input: { name: '测试中心', ...input } as never }, admin)).centerCreate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`);
    expect(await attempt({ level: 'COUNTY', divisionCode: '15062' })).toEqual(['divisionCode:INVALID']);
    expect(await attempt({ level: 'COUNTY', divisionCode: '990627' })).toEqual(['divisionCode:INVALID']);
    expect(await attempt({ level: 'COUNTY', divisionCode: '150600' })).toEqual(['divisionCode:INVALID']);
    expect(await attempt({ level: 'TOWN', divisionCode: '469025999' })).toEqual(['parentId:REQUIRED']);
    expect(await attempt({ level: 'TOWN', divisionCode: '469025999', parentId: baiquan.id })).toEqual(['parentId:INVALID']);
    expect(await attempt({ level: 'COUNTY', divisionCode: '469025' })).toEqual(['divisionCode:TAKEN']);
    expect(await attempt({ level: 'TOWN', divisionCode: '469025999', parentId: 'Q2VudGVyOjk5OTk' })).toEqual(['parentId:NOT_FOUND']);
    expect(await attempt({ level: 'TOWN', divisionCode: '469025999', parentId: 'garbage' })).toEqual(['parentId:NOT_FOUND']);
    // Nothing was written by any refused attempt.
    expect((await t.sql(`select count(*)::int as n from center where name = '测试中心'`))[0]!.n).toBe(0);
  });

  it('refuses to make a center its own ancestor', async () => {
    const [town] = (await t.gql(Centers, { first: 1, filter: { search: '白泉镇' } }, admin)).centers.edges;
    const self = await t.gql(CenterUpdate, { input: { id: baiquan.id, version: town!.node.version, parentId: baiquan.id } }, admin);
    expect(self.centerUpdate.userErrors).toMatchObject([{ field: ['input', 'parentId'], code: 'CYCLE' }]);
    const below = await t.gql(CenterUpdate, { input: { id: baiquan.id, version: town!.node.version, parentId: ids.village } }, admin);
    expect(below.centerUpdate.userErrors).toMatchObject([{ field: ['input', 'parentId'], code: 'CYCLE' }]);
  });

  it('moves a town with its villages to another banner only when the codes fit', async () => {
    const created = await t.gql(CenterCreate, { input: { name: '新街镇综治中心', level: 'TOWN', divisionCode: '469025107', parentId: grassland.id } }, admin);
    const town = created.centerCreate.center!;
    const village = await t.gql(CenterCreate, { input: { name: '新街村综治站', level: 'VILLAGE', divisionCode: '469025107001', parentId: town.id } }, admin);
    expect(village.centerCreate.userErrors).toEqual([]);
    const wrongCode = await t.gql(CenterUpdate, { input: { id: town.id, version: town.version, parentId: sand.id } }, admin);
    expect(wrongCode.centerUpdate.userErrors).toMatchObject([{ field: ['input', 'divisionCode'], code: 'INVALID' }]);
    // Moving with a matching code is fine, but the village's own code still names the old banner:
    // the move re-roots the subtree so that subtree queries follow it.
    const moved = await t.gql(CenterUpdate, { input: { id: town.id, version: town.version, parentId: sand.id, divisionCode: '469027107' } }, admin);
    expect(moved.centerUpdate.userErrors).toEqual([]);
    expect(moved.centerUpdate.center).toMatchObject({ parent: { name: '沙漠旗综治中心' }, version: town.version + 1 });
    const subtree = await t.gql(Centers, { first: 20, filter: { subtreeOf: sand.id } }, admin);
    expect(subtree.centers.edges.map((e) => e.node.name)).toContain('新街村综治站');
    const villageNow = subtree.centers.edges.find((e) => e.node.name === '新街村综治站')!.node;
    expect(villageNow.ancestors.map((a) => a.name)).toEqual(['沙漠旗综治中心', '新街镇综治中心']);
  });

  it('keeps a concurrent edit: of two updates from the same version exactly one wins', async () => {
    const created = await t.gql(CenterCreate, { input: { name: '并发测试镇', level: 'TOWN', divisionCode: '469027108', parentId: sand.id } }, admin);
    const c = created.centerCreate.center!;
    const [a, b] = await Promise.all([
      t.gql(CenterUpdate, { input: { id: c.id, version: c.version, name: '甲的名字' } }, admin),
      t.gql(CenterUpdate, { input: { id: c.id, version: c.version, name: '乙的名字' } }, sandAdmin),
    ]);
    const results = [a.centerUpdate, b.centerUpdate];
    const winners = results.filter((r) => r.userErrors.length === 0);
    const losers = results.filter((r) => r.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.userErrors[0]).toMatchObject({ field: ['input', 'version'], code: 'CONFLICT' });
    const stored = await t.sql<{ name: string; version: number }>(`select name, version from center where division_code = '469027108'`);
    expect(stored[0]).toEqual({ name: winners[0]!.center!.name, version: 2 });
    // A stale version afterwards is refused too.
    const stale = await t.gql(CenterUpdate, { input: { id: c.id, version: 1, name: '丙的名字' } }, admin);
    expect(stale.centerUpdate.userErrors[0]).toMatchObject({ code: 'CONFLICT' });
    expect(stale.centerUpdate.userErrors[0]!.message).toContain('当前版本 2');
  });

  it('archives a center only when nothing below it is active', async () => {
    const banner = (await t.gql(Centers, { first: 1, filter: { search: '469025', level: 'COUNTY' } }, admin)).centers.edges[0]!.node;
    const busy = await t.gql(CenterArchive, { input: { id: grassland.id, version: banner.version } }, admin);
    expect(busy.centerArchive.userErrors.map((e) => e.code)).toEqual(['IN_USE', 'IN_USE']);
    const village = (await t.gql(Centers, { first: 1, filter: { search: '469025104201' } }, admin)).centers.edges[0]!.node;
    const done = await t.gql(CenterArchive, { input: { id: village.id, version: village.version } }, admin);
    expect(done.centerArchive.userErrors).toEqual([]);
    expect(done.centerArchive.center!.archivedAt).toMatch(/\+08:00$/);
    const hidden = await t.gql(Centers, { first: 10, filter: { search: '469025104201' } }, admin);
    expect(hidden.centers.totalCount).toBe(0);
    const shown = await t.gql(Centers, { first: 10, filter: { search: '469025104201', includeArchived: true } }, admin);
    expect(shown.centers.totalCount).toBe(1);
    // The code of an archived center may be reused.
    const reuse = await t.gql(CenterCreate, { input: { name: '巴音乌素嘎查综治站', level: 'VILLAGE', divisionCode: '469025104201', parentId: baiquan.id } }, admin);
    expect(reuse.centerCreate.userErrors).toEqual([]);
  });
});

describe('agencies and stationing', () => {
  it('groups a banner’s agencies as 1+4+N: the 4 integrated centers by their kind, the rest forces', async () => {
    const banner = await t.gql(Agencies, { filter: { centerSubtreeOf: grassland.id } }, admin);
    expect(banner.agencies.nodes.filter((a) => a.group === 'INTEGRATED_CENTER').map((a) => a.shortName).sort())
      .toEqual(['公共法律服务中心', '检察服务中心', '诉讼服务中心', '调处中心'].sort());
    expect(banner.agencies.nodes.filter((a) => a.group === 'FORCE').map((a) => a.shortName).sort())
      .toEqual(['人民调解委员会', '人社局', '信访局', '林草局', '法院', '司法局'].sort());
    const committees = await t.gql(Agencies, { filter: { centerSubtreeOf: sand.id, kinds: ['MEDIATION_COMMITTEE'] } }, admin);
    expect(committees.agencies.nodes.map((a) => a.shortName).sort()).toEqual(['交通调委会', '人民调解委员会'].sort());
    const stationed = await t.gql(Agencies, { filter: { stationedAt: baiquan.id } }, admin);
    expect(stationed.agencies.nodes.map((a) => a.shortName)).toEqual(['司法局']);
  });

  it('creates an agency and stations it, refusing overlaps, inverted dates and foreign centers', async () => {
    const created = await t.gql(AgencyCreate, { input: { name: '草原旗住房和城乡建设局', shortName: '住建局', kind: 'OTHER', centerId: grassland.id, phone: '0477-6623300' } }, admin);
    expect(created.agencyCreate).toMatchObject({ userErrors: [], agency: { shortName: '住建局', group: 'FORCE', center: { name: '草原旗综治中心' } } });
    const agency = created.agencyCreate.agency!.id;
    const dup = await t.gql(AgencyCreate, { input: { name: '草原旗住房和城乡建设局', shortName: '住建', kind: 'OTHER', centerId: grassland.id } }, admin);
    expect(dup.agencyCreate.userErrors).toMatchObject([{ field: ['input', 'name'], code: 'TAKEN' }]);

    const first = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: grassland.id, mode: 'ROTATING', startDate: '2025-01-01', endDate: '2025-12-31', note: '每周一轮驻' } }, admin);
    expect(first.stationingCreate).toMatchObject({ userErrors: [], stationing: { mode: 'ROTATING', startDate: '2025-01-01', endDate: '2025-12-31' } });
    const overlap = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: grassland.id, mode: 'RESIDENT', startDate: '2025-06-01' } }, admin);
    expect(overlap.stationingCreate.userErrors).toMatchObject([{ field: ['input', 'startDate'], code: 'TAKEN' }]);
    const after = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: grassland.id, mode: 'RESIDENT', windowNumber: '12号窗口', startDate: '2026-01-01' } }, admin);
    expect(after.stationingCreate.userErrors).toEqual([]);
    const inverted = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: baiquan.id, mode: 'ON_CALL', startDate: '2025-05-02', endDate: '2025-05-01' } }, admin);
    expect(inverted.stationingCreate.userErrors).toMatchObject([{ field: ['input', 'endDate'], code: 'OUT_OF_RANGE' }]);
    const foreign = await t.gql(StationingCreate, { input: { agencyId: agency, centerId: sand.id, mode: 'ON_CALL', startDate: '2025-05-01' } }, admin);
    expect(foreign.stationingCreate.userErrors).toMatchObject([{ field: ['input', 'centerId'], code: 'OUT_OF_SCOPE' }]);

    const ended = await t.gql(StationingEnd, { input: { id: after.stationingCreate.stationing!.id, version: 1, endDate: '2026-06-30' } }, admin);
    expect(ended.stationingEnd).toMatchObject({ userErrors: [], stationing: { endDate: '2026-06-30', version: 2 } });
    // Eight overlapping stationings at once: the check before the insert sees none of the others, the
    // exclusion constraint refuses all but one — each refusal a TAKEN, never a server fault.
    const racing = await Promise.all(Array.from({ length: 8 }, (_, i) => t.request(StationingCreate,
      { input: { agencyId: agency, centerId: baiquan.id, mode: 'ON_CALL', startDate: `2027-03-0${i + 1}`, endDate: '2027-03-31' } }, admin)));
    expect(racing.flatMap((r) => r.body.errors ?? [])).toEqual([]);
    const payloads = racing.map((r) => r.body.data!.stationingCreate);
    expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
    for (const p of payloads.filter((x) => x.userErrors.length > 0)) expect(p.userErrors[0]).toMatchObject({ code: 'TAKEN' });

    const badDate = await t.request(StationingCreate, { input: { agencyId: agency, centerId: baiquan.id, mode: 'ON_CALL', startDate: '2025-02-30' } }, admin);
    expect(badDate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.body.errors?.[0]?.message).toMatch(/real calendar date/);
  });
});

describe('mediators', () => {
  it('finds 乌力吉 with his studio, and 萨仁高娃 by her specialty', async () => {
    const wuliji = await t.gql(Mediators, { filter: { search: '乌力吉' } }, admin);
    expect(wuliji.mediators.nodes).toMatchObject([{ name: '乌力吉', studio: '乌力吉金牌调解室', agency: { shortName: '人民调解委员会' } }]);
    const traffic = await t.gql(Mediators, { filter: { specialty: 'TRAFFIC_ACCIDENT', centerSubtreeOf: sand.id } }, admin);
    expect(traffic.mediators.nodes.map((m) => m.name)).toEqual(['萨仁高娃']);
  });

  it('masks a mediator’s phone for staff outside the mediator’s banner', async () => {
    const dispatcher = (await (await factories(t)).user('DISPATCHER', { center: grassland })).token;
    const wuliji = await t.gql(Mediators, { filter: { search: '乌力吉' } }, dispatcher);
    expect(wuliji.mediators.nodes[0]!.phone).toBe('13904771234');
    const saren = await t.gql(Mediators, { filter: { search: '萨仁高娃' } }, dispatcher);
    expect(saren.mediators.nodes[0]!.phone).toBe('139****8866');
  });

  it('creates a mediator with capacity, specialties and mobile validated', async () => {
    const agency = trafficCommittee;
    const ok = await t.gql(MediatorCreate, { input: { agencyId: agency, name: '郝建平', phone: '13847700001', specialties: ['TRAFFIC_ACCIDENT', 'TRAFFIC_ACCIDENT'], capacity: 8 } }, sandAdmin);
    expect(ok.mediatorCreate).toMatchObject({ userErrors: [], mediator: { specialties: ['TRAFFIC_ACCIDENT'], capacity: 8, active: true } });
    const bad = await t.gql(MediatorCreate, { input: { agencyId: agency, name: '某某', phone: '110', specialties: ['ALIENS'], capacity: 0 } }, sandAdmin);
    expect(bad.mediatorCreate.userErrors.map((e) => `${e.field.at(-1)}:${e.code}`)).toEqual(['phone:INVALID', 'capacity:OUT_OF_RANGE', 'specialties:NOT_FOUND']);
    const m = ok.mediatorCreate.mediator!;
    const off = await t.gql(MediatorUpdate, { input: { id: m.id, version: m.version, active: false, capacity: 501 } }, sandAdmin);
    expect(off.mediatorUpdate.userErrors).toMatchObject([{ field: ['input', 'capacity'], code: 'OUT_OF_RANGE' }]);
    const ok2 = await t.gql(MediatorUpdate, { input: { id: m.id, version: m.version, active: false, capacity: 20 } }, sandAdmin);
    expect(ok2.mediatorUpdate.mediator).toMatchObject({ active: false, capacity: 20, version: m.version + 1 });
  });
});
