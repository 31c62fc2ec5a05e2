/** Staff accounts and their roles for the generated organisation, and names for people. */
import type { County, Organisation } from './organisation.js';
import type { Random } from './random.js';
import { GIVEN_FEMALE, GIVEN_MALE, MONGOLIAN_FEMALE, MONGOLIAN_MALE, SURNAMES } from './words.js';

/** The last id used per table; builders take ids from here. */
export interface Ids {
  center: number;
  agency: number;
  stationing: number;
  mediator: number;
  user: number;
  role: number;
  rule: number;
}

/** A Han or a Mongolian name (about a fifth of the people of Inner Mongolia use Mongolian names). */
export function personName(rng: Random): string {
  const female = rng.chance(0.5);
  if (rng.chance(0.2)) return rng.pick(female ? MONGOLIAN_FEMALE : MONGOLIAN_MALE);
  return rng.pick(SURNAMES) + rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
}

export interface UserRow {
  id: number; username: string; display_name: string; title: string | null; phone: string; home_center_id: number; active: boolean;
}
export interface RoleRow {
  id: number; user_id: number; role: string; center_id: number | null; agency_id: number | null; mediator_id: number | null; granted_by_id: number | null;
}

export interface Staff {
  users: UserRow[];
  roles: RoleRow[];
  /** Per center: dispatcher and leader user ids. */
  dispatchers: Map<number, number[]>;
  leaders: Map<number, number[]>;
  /** Per agency: staff user ids; per mediator: the mediator's own account. */
  agencyStaff: Map<number, number[]>;
  mediatorUser: Map<number, number>;
  provinceAdmin: UserRow;
}

function unit(county: County): string {
  const last = county.name.at(-1)!;
  return '旗县区市'.includes(last) ? last : '县';
}

function leaderTitles(county: County): string[] {
  const u = unit(county);
  const deputy = u === '旗' ? '副旗长' : u === '县' ? '副县长' : u === '区' ? '副区长' : '副市长';
  return [`${u}委常委、政法委书记`, deputy, `${u}人大常委会副主任`, `${u}政协副主席`];
}

export function buildStaff(rng: Random, org: Organisation, ids: Ids): Staff {
  const staff: Staff = {
    users: [], roles: [], dispatchers: new Map(), leaders: new Map(), agencyStaff: new Map(), mediatorUser: new Map(),
    provinceAdmin: undefined as never,
  };
  const mobile = () => `1${rng.pick(['3', '5', '8'])}${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const add = (username: string, displayName: string, title: string | null, home: number, role: string,
    scope: { center?: number | null; agency?: number; mediator?: number }, active = true): UserRow => {
    const user: UserRow = { id: ++ids.user, username, display_name: displayName, title, phone: mobile(), home_center_id: home, active };
    staff.users.push(user);
    staff.roles.push({
      id: ++ids.role, user_id: user.id, role, center_id: scope.center ?? null, agency_id: scope.agency ?? null,
      mediator_id: scope.mediator ?? null, granted_by_id: staff.provinceAdmin?.id ?? null,
    });
    return user;
  };
  const push = (map: Map<number, number[]>, key: number, id: number) => map.set(key, [...(map.get(key) ?? []), id]);

  const first = org.counties[0]!.center.id;
  staff.provinceAdmin = add('province.admin', '自治区综治中心管理员', '自治区党委政法委', first, 'ADMIN', { center: null });
  add('province.auditor', '自治区审计员', null, first, 'AUDITOR', { center: null });

  for (const county of org.counties) {
    const c = county.center;
    const code = county.code;
    add(`${code}.admin`, personName(rng), `${county.name}综治中心信息员`, c.id, 'ADMIN', { center: c.id });
    for (let i = 1; i <= 3; i++) push(staff.dispatchers, c.id, add(`${code}.dispatcher${i}`, personName(rng), '受理员', c.id, 'DISPATCHER', { center: c.id }).id);
    const titles = [...leaderTitles(county), `${county.name}综治中心主任`];
    titles.forEach((title, i) => push(staff.leaders, c.id, add(`${code}.leader${i + 1}`, personName(rng), title, c.id, 'LEADER', { center: c.id }).id));
    add(`${code}.scheduler`, personName(rng), '排班员', c.id, 'SCHEDULER', { center: c.id });
    for (const town of county.towns) {
      const kind = town.name.includes('街道') ? '街道党工委副书记' : town.name.includes('苏木') ? '苏木党委副书记' : '镇党委副书记';
      push(staff.dispatchers, town.id, add(`${town.division_code}.dispatcher`, personName(rng), '受理员', town.id, 'DISPATCHER', { center: town.id }).id);
      push(staff.leaders, town.id, add(`${town.division_code}.leader`, personName(rng), kind, town.id, 'LEADER', { center: town.id }).id);
    }
    const keys = new Map<string, number>();
    for (const agency of county.agencies) {
      const n = ['hr', 'justice', 'petitions', 'court'].includes(agency.key) ? 2 : 1;
      for (let i = 1; i <= n; i++) {
        const seen = (keys.get(agency.key) ?? 0) + 1;
        keys.set(agency.key, seen);
        const username = `${code}.${agency.key}${seen === 1 ? '' : seen}`;
        push(staff.agencyStaff, agency.id, add(username, personName(rng), `${agency.short_name}工作人员`, c.id, 'AGENCY_STAFF', { center: c.id, agency: agency.id }).id);
      }
    }
  }
  for (const m of org.mediators) {
    const county = org.counties[m.ci - 1]!;
    const user = add(m.key, m.name, m.title ?? '调解员', county.center.id, 'MEDIATOR', { center: county.center.id, mediator: m.id }, !m.archived);
    staff.mediatorUser.set(m.id, user.id);
  }
  return staff;
}
