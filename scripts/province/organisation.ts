/**
 * The province's organisation, built in memory from the seed: county centers (roots; the hub has no
 * province level) with their town centers, the "1+4+N" agencies of each county, their stationings at
 * the county and town centers, and their mediators. Ids are assigned here, from the tables' current
 * maxima, so the rows can reference each other before anything is written.
 */
import { addCalendarDays } from '../../src/modules/calendar/working-days.js';
import { cityOf, COUNTIES, isUrban } from './counties.js';
import { personName, type Ids } from './people.js';
import { Random } from './random.js';
import { STREET_BASES, SUMU_BASES, TOWN_BASES } from './words.js';

export interface CenterRow {
  id: number; name: string; level: 'COUNTY' | 'TOWN'; division_code: string; parent_id: number | null; ancestry: string;
  address: string; phone: string; area_sqm: number | null;
}
export interface AgencyRow { id: number; name: string; short_name: string; kind: string; center_id: number; phone: string; description: string | null }
export interface StationingRow {
  id: number; agency_id: number; center_id: number; mode: string; window_number: string | null; start_date: string;
  end_date: string | null; note: string | null;
}
export interface MediatorRow {
  id: number; name: string; phone: string; agency_id: number; studio: string | null; title: string | null; specialties: string[];
  capacity: number; active: boolean; archived: boolean;
}

/** One county as the case generator sees it. */
export interface County {
  ci: number;
  code: string;
  name: string;
  urban: boolean;
  weight: number;
  center: CenterRow;
  towns: CenterRow[];
  agencies: (AgencyRow & { key: string; categories: string[] })[];
  /** Mediators numbered so far, for their login names. */
  mediatorCount: number;
}

interface AgencySpec { key: string; kind: string; suffix: string; short: string; categories: string[]; mediators: [number, number] }

const C = {
  W: 'WAGE_ARREARS', CP: 'CONSTRUCTION_PAYMENT', T: 'TRAFFIC_ACCIDENT', PD: 'PROPERTY_DAMAGE', L: 'LAND_GRASSLAND', N: 'NEIGHBOUR',
  MF: 'MARRIAGE_FAMILY', M: 'MEDICAL', CO: 'CONSUMER', LC: 'LABOUR_CONTRACT', PM: 'PROPERTY_MANAGEMENT', O: 'OTHER',
};

const CORE: AgencySpec[] = [
  { key: 'reception', kind: 'RECEPTION_CENTER', suffix: '群众接待中心', short: '群众接待中心', categories: [C.O, C.N], mediators: [1, 2] },
  { key: 'litigation', kind: 'LITIGATION_SERVICE', suffix: '诉讼服务中心', short: '诉讼服务中心', categories: [C.T, C.CP, C.PD, C.MF], mediators: [1, 3] },
  { key: 'pservice', kind: 'PROCURATORATE_SERVICE', suffix: '检察服务中心', short: '检察服务中心', categories: [C.O], mediators: [0, 1] },
  { key: 'legal', kind: 'PUBLIC_LEGAL_SERVICE', suffix: '公共法律服务中心', short: '公共法律服务中心', categories: [C.O, C.LC, C.CO, C.MF], mediators: [2, 3] },
  { key: 'petitions', kind: 'PETITIONS', suffix: '信访局', short: '信访局', categories: [C.L, C.W, C.O], mediators: [1, 3] },
  { key: 'court', kind: 'COURT', suffix: '人民法院', short: '法院', categories: [C.T, C.CP, C.MF, C.PD], mediators: [2, 3] },
  { key: 'procuratorate', kind: 'PROCURATORATE', suffix: '人民检察院', short: '检察院', categories: [C.O], mediators: [0, 0] },
  { key: 'justice', kind: 'JUSTICE', suffix: '司法局', short: '司法局', categories: [C.N, C.MF, C.PD, C.L], mediators: [4, 7] },
  { key: 'hr', kind: 'HUMAN_RESOURCES', suffix: '人力资源和社会保障局', short: '人社局', categories: [C.W, C.LC], mediators: [2, 4] },
  { key: 'police', kind: 'POLICE', suffix: '公安局', short: '公安', categories: [C.T, C.N], mediators: [1, 2] },
  { key: 'law', kind: 'LAW_SOCIETY', suffix: '法学会', short: '法学会', categories: [C.CO, C.CP, C.LC, C.O], mediators: [1, 3] },
  { key: 'psy', kind: 'PSYCHOLOGICAL_SERVICE', suffix: '社会心理服务中心', short: '心理服务', categories: [C.MF, C.N], mediators: [1, 2] },
];
const FORESTRY: AgencySpec = { key: 'forestry', kind: 'FORESTRY_GRASSLAND', suffix: '林业和草原局', short: '林草局', categories: [C.L], mediators: [1, 2] };
const PEOPLE: AgencySpec = { key: 'people', kind: 'MEDIATION_COMMITTEE', suffix: '人民调解委员会', short: '人民调解委员会', categories: [C.N, C.PD, C.MF, C.O], mediators: [3, 6] };
const COMMITTEES: AgencySpec[] = [
  { key: 'traffic', kind: 'MEDIATION_COMMITTEE', suffix: '道路交通事故纠纷人民调解委员会', short: '交通调委会', categories: [C.T], mediators: [2, 4] },
  { key: 'construction', kind: 'MEDIATION_COMMITTEE', suffix: '建设工程领域纠纷调解委员会', short: '建工调委会', categories: [C.CP, C.W], mediators: [2, 4] },
  { key: 'medical', kind: 'MEDIATION_COMMITTEE', suffix: '医疗纠纷人民调解委员会', short: '医调委', categories: [C.M], mediators: [1, 3] },
  { key: 'labour', kind: 'MEDIATION_COMMITTEE', suffix: '劳动人事争议调解委员会', short: '劳动争议调委会', categories: [C.LC, C.W], mediators: [2, 3] },
  { key: 'family', kind: 'MEDIATION_COMMITTEE', suffix: '婚姻家庭纠纷人民调解委员会', short: '婚调委', categories: [C.MF], mediators: [2, 3] },
  { key: 'property', kind: 'MEDIATION_COMMITTEE', suffix: '物业纠纷人民调解委员会', short: '物业调委会', categories: [C.PM], mediators: [1, 3] },
  { key: 'consumer', kind: 'MEDIATION_COMMITTEE', suffix: '消费纠纷人民调解委员会', short: '消费调委会', categories: [C.CO], mediators: [1, 2] },
  { key: 'sanshi', kind: 'MEDIATION_COMMITTEE', suffix: '“三师联动”调解基地', short: '三师联动', categories: [C.CO, C.PM, C.LC, C.O], mediators: [2, 4] },
  { key: 'grassland', kind: 'MEDIATION_COMMITTEE', suffix: '草原纠纷人民调解委员会', short: '草原调委会', categories: [C.L], mediators: [2, 3] },
  { key: 'land', kind: 'MEDIATION_COMMITTEE', suffix: '征地拆迁纠纷调解委员会', short: '征拆调委会', categories: [C.L], mediators: [1, 2] },
  { key: 'finance', kind: 'MEDIATION_COMMITTEE', suffix: '金融纠纷调解委员会', short: '金融调委会', categories: [C.O, C.CO], mediators: [1, 2] },
  { key: 'business', kind: 'MEDIATION_COMMITTEE', suffix: '商会人民调解委员会', short: '商会调委会', categories: [C.CP, C.O], mediators: [1, 2] },
];
const OTHERS: AgencySpec[] = [
  { key: 'housing', kind: 'OTHER', suffix: '住房和城乡建设局', short: '住建局', categories: [C.PM, C.CP], mediators: [0, 1] },
  { key: 'market', kind: 'OTHER', suffix: '市场监督管理局', short: '市场监管局', categories: [C.CO], mediators: [0, 1] },
];

/** Weekdays (1 = Monday) of the rotation notes used below. */
export const ROTATIONS: [note: string, weekdays: number[]][] = [
  ['轮驻：每周二、周四', [2, 4]], ['每周三轮驻', [3]], ['每周一、周五轮驻', [1, 5]], ['每周四到镇轮驻', [4]],
];

export interface Organisation {
  counties: County[];
  centers: CenterRow[];
  agencies: AgencyRow[];
  stationings: StationingRow[];
  mediators: (MediatorRow & { ci: number; key: string })[];
}

/** Chooses `count` real county codes (those not already used in the database), by the seed. */
function chooseCounties(rng: Random, count: number, usedCodes: Set<string>): [string, string][] {
  const free = COUNTIES.filter(([code]) => !usedCodes.has(code));
  return rng.sample(free, Math.min(count, free.length)).sort((a, b) => a[0].localeCompare(b[0]));
}

function townsOf(rng: Random, code: string, urban: boolean, usedCodes: Set<string>): { code: string; name: string }[] {
  const n = rng.int(3, 10);
  const out: { code: string; name: string }[] = [];
  const names = new Set<string>();
  let street = 1;
  let town = 100;
  let sumu = 200;
  while (out.length < n) {
    const roll = rng.next();
    let suffix: string;
    let base: string;
    let next: string;
    if (urban && roll < 0.7) {
      [base, suffix, next] = [rng.pick(STREET_BASES), '街道', `${code}${String(street++).padStart(3, '0')}`];
    } else if (!urban && roll < 0.3) {
      [base, suffix, next] = [rng.pick(SUMU_BASES), '苏木', `${code}${sumu++}`];
    } else {
      [base, suffix, next] = [rng.pick(TOWN_BASES), '镇', `${code}${town++}`];
    }
    const name = `${base}${suffix}`;
    if (names.has(name) || usedCodes.has(next)) continue;
    names.add(name);
    out.push({ code: next, name });
  }
  return out;
}

function specsFor(rng: Random, urban: boolean, size: number): AgencySpec[] {
  const committees = rng.sample(COMMITTEES.filter((c) => !urban || (c.key !== 'grassland')), Math.round(1 + size * 11 * rng.next()));
  return [
    ...CORE,
    ...(!urban || rng.chance(0.3) ? [FORESTRY] : []),
    PEOPLE,
    ...committees,
    ...OTHERS.filter(() => rng.chance(0.5)),
  ];
}

function stationingMode(rng: Random, spec: AgencySpec): { mode: string; note: string | null } {
  switch (spec.kind) {
    case 'PROCURATORATE': case 'LAW_SOCIETY': case 'OTHER':
      return { mode: 'ON_CALL', note: null };
    case 'POLICE':
      return rng.chance(0.3) ? { mode: 'RESIDENT', note: '警务室' } : { mode: 'ON_CALL', note: null };
    case 'FORESTRY_GRASSLAND':
      return { mode: 'ROTATING', note: ROTATIONS[0]![0] };
    case 'PSYCHOLOGICAL_SERVICE':
      return { mode: 'ROTATING', note: ROTATIONS[1]![0] };
    case 'MEDIATION_COMMITTEE': {
      const roll = rng.next();
      if (roll < 0.6) return { mode: 'RESIDENT', note: null };
      if (roll < 0.8) return { mode: 'ROTATING', note: ROTATIONS[2]![0] };
      return { mode: 'ON_CALL', note: null };
    }
    default:
      return { mode: 'RESIDENT', note: null };
  }
}

/**
 * Builds the organisation. `windowStart` is the first day cases are generated for; the organisation
 * exists before it. `size` (0..1) scales each county's number of committees with its case volume.
 */
export function buildOrganisation(seed: number, countyCount: number, usedCodes: Set<string>, ids: Ids, windowStart: string): Organisation {
  const rng = new Random(seed, 'organisation');
  const chosen = chooseCounties(rng, countyCount, usedCodes);
  const org: Organisation = { counties: [], centers: [], agencies: [], stationings: [], mediators: [] };
  const founded = addCalendarDays(windowStart, -400);
  chosen.forEach(([code, name], index) => {
    const urban = isUrban(name);
    const city = cityOf(code);
    const weight = (urban ? 1.3 : 0.85) * (0.55 + rng.next() * 1.1);
    const phone = () => `${city.areaCode}-${rng.int(2, 8)}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
    const center: CenterRow = {
      id: ++ids.center, name: `${name}综治中心`, level: 'COUNTY', division_code: code, parent_id: null, ancestry: '/',
      address: `内蒙古自治区${city.name}${name}${rng.pick(STREET_BASES)}路${rng.int(1, 199)}号`, phone: phone(),
      area_sqm: rng.int(18, 175) * 100,
    };
    org.centers.push(center);
    const towns = townsOf(rng, code, urban, usedCodes).map(({ code: townCode, name: townName }): CenterRow => ({
      id: ++ids.center, name: `${townName}综治中心`, level: 'TOWN', division_code: townCode, parent_id: center.id,
      ancestry: `/${center.id}/`, address: `内蒙古自治区${city.name}${name}${townName}`, phone: phone(), area_sqm: rng.chance(0.5) ? rng.int(3, 30) * 100 : null,
    }));
    org.centers.push(...towns);
    const county: County = { ci: index + 1, code, name, urban, weight, center, towns, agencies: [], mediatorCount: 0 };

    let window = 1;
    for (const spec of specsFor(rng, urban, Math.min(1, weight / 1.5))) {
      const agencyName = spec.kind === 'POLICE' && urban ? `${city.name}公安局${name}分局` : `${name}${spec.suffix}`;
      const agency = {
        id: ++ids.agency, name: agencyName, short_name: spec.short, kind: spec.kind, center_id: center.id, phone: phone(),
        description: null, key: spec.key, categories: spec.categories,
      };
      county.agencies.push(agency);
      org.agencies.push(agency);
      const { mode, note } = stationingMode(rng, spec);
      const windowNumber = mode === 'RESIDENT' ? (spec.kind === 'COURT' ? '融合法庭' : `${window++}号窗口`) : null;
      // Some agencies changed how they are stationed during the window (轮驻 → 常驻): two periods, no overlap.
      if (mode === 'RESIDENT' && spec.kind === 'MEDIATION_COMMITTEE' && rng.chance(0.25)) {
        const switched = addCalendarDays(windowStart, rng.int(60, 600));
        org.stationings.push({ id: ++ids.stationing, agency_id: agency.id, center_id: center.id, mode: 'ROTATING', window_number: null,
          start_date: founded, end_date: switched, note: ROTATIONS[2]![0] });
        org.stationings.push({ id: ++ids.stationing, agency_id: agency.id, center_id: center.id, mode, window_number: windowNumber,
          start_date: addCalendarDays(switched, 1), end_date: null, note: '由轮驻改为常驻' });
      } else {
        org.stationings.push({ id: ++ids.stationing, agency_id: agency.id, center_id: center.id, mode, window_number: windowNumber,
          start_date: addCalendarDays(founded, rng.int(0, 300)), end_date: null, note });
      }
      for (let m = rng.int(...spec.mediators); m > 0; m--) org.mediators.push(mediator(rng, ids, county, agency, spec));
    }
    // Two-level linkage (纵向联动): the justice bureau's offices and the police stations reach every town.
    const byKey = (key: string) => county.agencies.find((a) => a.key === key)!;
    for (const town of towns) {
      org.stationings.push({ id: ++ids.stationing, agency_id: byKey('justice').id, center_id: town.id, mode: 'ON_CALL',
        window_number: null, start_date: addCalendarDays(founded, rng.int(0, 200)), end_date: null, note: '司法所联动' });
      if (rng.chance(0.5)) {
        org.stationings.push({ id: ++ids.stationing, agency_id: byKey('police').id, center_id: town.id, mode: 'ON_CALL',
          window_number: null, start_date: addCalendarDays(founded, rng.int(0, 200)), end_date: null, note: '派出所联动' });
      }
      if (rng.chance(0.3)) {
        org.stationings.push({ id: ++ids.stationing, agency_id: byKey('people').id, center_id: town.id, mode: 'ROTATING',
          window_number: null, start_date: addCalendarDays(windowStart, rng.int(-100, 300)), end_date: null, note: ROTATIONS[3]![0] });
      }
    }
    org.counties.push(county);
  });
  return org;
}

function mediator(rng: Random, ids: Ids, county: County, agency: AgencyRow, spec: AgencySpec): MediatorRow & { ci: number; key: string } {
  const name = personName(rng);
  const gold = rng.chance(0.09);
  const title = gold ? '金牌调解员'
    : rng.chance(0.03) ? '首席调解员'
      : spec.kind === 'LAW_SOCIETY' ? '律师调解员'
        : spec.kind === 'COURT' || spec.kind === 'LITIGATION_SERVICE' ? '特邀调解员'
          : spec.kind === 'PSYCHOLOGICAL_SERVICE' ? '心理咨询师' : null;
  const studio = gold && rng.chance(0.7) ? `${name}金牌调解室` : rng.chance(0.04) ? `${name}调解工作室` : null;
  const specialties = rng.sample(spec.categories, rng.int(1, Math.min(3, spec.categories.length)));
  if (rng.chance(0.2)) {
    const extra = rng.pick(Object.values(C));
    if (!specialties.includes(extra)) specialties.push(extra);
  }
  const archived = rng.chance(0.01);
  county.mediatorCount += 1;
  return {
    id: ++ids.mediator, name, phone: `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, agency_id: agency.id, studio, title,
    specialties, capacity: gold ? rng.int(15, 30) : rng.int(5, 15), active: !archived && rng.chance(0.97), archived,
    ci: county.ci, key: `${county.code}.m${String(county.mediatorCount).padStart(3, '0')}`,
  };
}
