import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../shared/logger.js';
import { seedReference } from './reference.js';
import { seedPresence, seedRouting, seedStories } from './stories.js';
import type { HubConfig } from '../config.js';
import { hashPassword } from '../modules/identity/password.js';
import { RoleAssignment } from '../modules/identity/role-assignment.entity.js';
import { Role } from '../shared/role.js';
import { User } from '../modules/identity/user.entity.js';
import { Agency, AgencyKind } from '../modules/organisation/agency.entity.js';
import { Center, CenterLevel } from '../modules/organisation/center.entity.js';
import { Mediator } from '../modules/organisation/mediator.entity.js';
import { Stationing, StationingMode } from '../modules/organisation/stationing.entity.js';

/**
 * Demo data from the two seed articles (杭锦旗 and 伊金霍洛旗, Ordos). Town division codes below the
 * banners are illustrative. Loaded once into an empty database.
 */

interface AgencySeed {
  key: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  mode: StationingMode;
  window?: string;
  note?: string;
}

const INTEGRATED: Omit<AgencySeed, 'key' | 'name'>[] = [
  { shortName: '群众接待中心', kind: AgencyKind.RECEPTION_CENTER, mode: StationingMode.RESIDENT, window: '1号窗口' },
  { shortName: '诉讼服务中心', kind: AgencyKind.LITIGATION_SERVICE, mode: StationingMode.RESIDENT, window: '5号窗口' },
  { shortName: '检察服务中心', kind: AgencyKind.PROCURATORATE_SERVICE, mode: StationingMode.RESIDENT, window: '6号窗口' },
  { shortName: '公共法律服务中心', kind: AgencyKind.PUBLIC_LEGAL_SERVICE, mode: StationingMode.RESIDENT, window: '7号窗口' },
];

function banner(prefix: string, key: string): AgencySeed[] {
  return [
    ...INTEGRATED.map((a) => ({ ...a, key: `${key}.${a.kind}`, name: `${prefix}${a.shortName}` })),
    { key: `${key}.hr`, name: `${prefix}人力资源和社会保障局`, shortName: '人社局', kind: AgencyKind.HUMAN_RESOURCES, mode: StationingMode.RESIDENT, window: '3号窗口' },
    { key: `${key}.petitions`, name: `${prefix}信访局`, shortName: '信访局', kind: AgencyKind.PETITIONS, mode: StationingMode.RESIDENT, window: '2号窗口' },
    { key: `${key}.court`, name: `${prefix}人民法院`, shortName: '法院', kind: AgencyKind.COURT, mode: StationingMode.RESIDENT, window: '融合法庭' },
    { key: `${key}.procuratorate`, name: `${prefix}人民检察院`, shortName: '检察院', kind: AgencyKind.PROCURATORATE, mode: StationingMode.ON_CALL },
    { key: `${key}.justice`, name: `${prefix}司法局`, shortName: '司法局', kind: AgencyKind.JUSTICE, mode: StationingMode.RESIDENT, window: '4号窗口' },
    { key: `${key}.police`, name: `${prefix}公安局`, shortName: '公安', kind: AgencyKind.POLICE, mode: StationingMode.ON_CALL },
    { key: `${key}.law`, name: `${prefix}法学会`, shortName: '法学会', kind: AgencyKind.LAW_SOCIETY, mode: StationingMode.ON_CALL },
    { key: `${key}.psy`, name: `${prefix}社会心理服务中心`, shortName: '心理服务', kind: AgencyKind.PSYCHOLOGICAL_SERVICE, mode: StationingMode.ROTATING, note: '每周三轮驻' },
  ];
}

const HANGJIN_AGENCIES: AgencySeed[] = [
  ...banner('杭锦旗', 'hj'),
  { key: 'hj.forestry', name: '杭锦旗林业和草原局', shortName: '林草局', kind: AgencyKind.FORESTRY_GRASSLAND, mode: StationingMode.ROTATING, note: '轮驻：每周二、周四' },
  { key: 'hj.mediation', name: '杭锦旗人民调解委员会', shortName: '人民调解委员会', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.RESIDENT, window: '李建忠金牌调解室' },
];

const EJIN_HORO_AGENCIES: AgencySeed[] = [
  ...banner('伊金霍洛旗', 'yj'),
  { key: 'yj.traffic', name: '伊金霍洛旗道路交通事故纠纷人民调解委员会', shortName: '交通调委会', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.RESIDENT, window: '翠芳工作室' },
  { key: 'yj.construction', name: '伊金霍洛旗建设工程领域纠纷调解委员会', shortName: '建工调委会', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.RESIDENT, window: '8号窗口' },
  { key: 'yj.medical', name: '伊金霍洛旗医疗纠纷人民调解委员会', shortName: '医调委', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.ROTATING, note: '每周一、周五轮驻' },
  { key: 'yj.labour', name: '伊金霍洛旗劳动人事争议调解委员会', shortName: '劳动争议调委会', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.RESIDENT, window: '9号窗口' },
  { key: 'yj.family', name: '伊金霍洛旗婚姻家庭纠纷人民调解委员会', shortName: '婚调委', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.RESIDENT, window: '10号窗口' },
  { key: 'yj.property', name: '伊金霍洛旗物业纠纷人民调解委员会', shortName: '物业调委会', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.ON_CALL },
  { key: 'yj.consumer', name: '伊金霍洛旗消费纠纷人民调解委员会', shortName: '消费调委会', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.ON_CALL },
  { key: 'yj.sanshi', name: '伊金霍洛旗“三师联动”调解基地', shortName: '三师联动', kind: AgencyKind.MEDIATION_COMMITTEE, mode: StationingMode.RESIDENT, window: '11号窗口' },
];

const MEDIATORS: { key: string; agency: string; name: string; phone: string; studio?: string; title?: string; specialties: string[]; capacity: number }[] = [
  { key: 'lijianzhong', agency: 'hj.mediation', name: '李建忠', phone: '13904771234', studio: '李建忠金牌调解室', title: '金牌调解员', specialties: ['PROPERTY_DAMAGE', 'LAND_GRASSLAND', 'NEIGHBOUR'], capacity: 15 },
  { key: 'bateer', agency: 'hj.mediation', name: '巴特尔', phone: '13847756012', specialties: ['LAND_GRASSLAND', 'NEIGHBOUR'], capacity: 10 },
  { key: 'aolegeer', agency: 'hj.hr', name: '敖勒格尔', phone: '13654778821', specialties: ['WAGE_ARREARS', 'LABOUR_CONTRACT'], capacity: 12 },
  { key: 'zhangcuifang', agency: 'yj.traffic', name: '张翠芳', phone: '13947708866', studio: '翠芳工作室', title: '金牌调解员', specialties: ['TRAFFIC_ACCIDENT', 'PROPERTY_DAMAGE'], capacity: 15 },
  { key: 'laozhang', agency: 'yj.construction', name: '张建军', phone: '15804773345', specialties: ['CONSTRUCTION_PAYMENT', 'WAGE_ARREARS'], capacity: 12 },
  { key: 'wuyun', agency: 'yj.medical', name: '乌云其木格', phone: '13514770912', specialties: ['MEDICAL'], capacity: 8 },
  { key: 'wangli', agency: 'yj.family', name: '王丽', phone: '18647712077', studio: '王丽婚姻家庭调解室', specialties: ['MARRIAGE_FAMILY', 'NEIGHBOUR'], capacity: 10 },
  { key: 'liuhaijun', agency: 'yj.labour', name: '刘海军', phone: '13789401156', specialties: ['LABOUR_CONTRACT', 'WAGE_ARREARS'], capacity: 10 },
  { key: 'gaoyan', agency: 'yj.sanshi', name: '高燕', phone: '15148723309', title: '律师调解员', specialties: ['CONSUMER', 'PROPERTY_MANAGEMENT', 'OTHER'], capacity: 10 },
];

/** One demo login per role; all share the demo password printed at start-up. */
export const DEMO_USERS: { username: string; displayName: string; title?: string; home: string; role: Role; scope: string | null; agency?: string; mediator?: string }[] = [
  { username: 'admin', displayName: '系统管理员', home: 'hangjin', role: Role.ADMIN, scope: null },
  { username: 'hj.admin', displayName: '杭锦旗管理员', home: 'hangjin', role: Role.ADMIN, scope: 'hangjin' },
  { username: 'yj.admin', displayName: '伊金霍洛旗管理员', home: 'ejinhoro', role: Role.ADMIN, scope: 'ejinhoro' },
  { username: 'hj.dispatcher', displayName: '杭锦旗受理员', home: 'hangjin', role: Role.DISPATCHER, scope: 'hangjin' },
  { username: 'yj.dispatcher', displayName: '伊金霍洛旗受理员', home: 'ejinhoro', role: Role.DISPATCHER, scope: 'ejinhoro' },
  { username: 'hj.hr', displayName: '敖勒格尔', title: '人社局工作人员', home: 'hangjin', role: Role.AGENCY_STAFF, scope: 'hangjin', agency: 'hj.hr' },
  { username: 'hj.forestry', displayName: '林草局值班员', home: 'hangjin', role: Role.AGENCY_STAFF, scope: 'hangjin', agency: 'hj.forestry' },
  { username: 'hj.lijianzhong', displayName: '李建忠', title: '金牌调解员', home: 'hangjin', role: Role.MEDIATOR, scope: 'hangjin', mediator: 'lijianzhong' },
  { username: 'yj.zhangcuifang', displayName: '张翠芳', title: '金牌调解员', home: 'ejinhoro', role: Role.MEDIATOR, scope: 'ejinhoro', mediator: 'zhangcuifang' },
  { username: 'yj.scheduler', displayName: '伊金霍洛旗排班员', home: 'ejinhoro', role: Role.SCHEDULER, scope: 'ejinhoro' },
  { username: 'hj.leader', displayName: '边飞云', title: '杭锦旗综治中心主任', home: 'hangjin', role: Role.LEADER, scope: 'hangjin' },
  { username: 'yj.leader', displayName: '王志刚', title: '旗委常委、政法委书记', home: 'ejinhoro', role: Role.LEADER, scope: 'ejinhoro' },
  { username: 'yj.leader2', displayName: '李明', title: '副旗长', home: 'ejinhoro', role: Role.LEADER, scope: 'ejinhoro' },
  { username: 'yj.leader3', displayName: '赵敏', title: '旗人大常委会副主任', home: 'ejinhoro', role: Role.LEADER, scope: 'ejinhoro' },
  { username: 'yj.leader4', displayName: '高峰', title: '旗政协副主席', home: 'ejinhoro', role: Role.LEADER, scope: 'ejinhoro' },
  { username: 'yj.manager', displayName: '刘建国', title: '综治中心常务副主任', home: 'ejinhoro', role: Role.LEADER, scope: 'ejinhoro' },
  { username: 'auditor', displayName: '审计员', home: 'hangjin', role: Role.AUDITOR, scope: null },
];

/** Loads the demo organisation into an empty database; returns false when data was already there. */
export async function seedDemo(em: EntityManager, password: string, log: Logger, config: HubConfig, clock: () => Date): Promise<boolean> {
  if ((await em.count(Center)) > 0) return false;
  const org = await em.transactional(async (tx) => {
    await seedReference(tx);
    const hangjin = tx.create(Center, {
      name: '杭锦旗综治中心', level: CenterLevel.COUNTY, divisionCode: '150625', address: '内蒙古鄂尔多斯市杭锦旗锡尼镇',
      phone: '0477-6621100',
    });
    const ejinhoro = tx.create(Center, {
      name: '伊金霍洛旗综治中心', level: CenterLevel.COUNTY, divisionCode: '150627', address: '内蒙古鄂尔多斯市伊金霍洛旗阿勒腾席热镇',
      phone: '0477-8621100', areaSqm: 17_500, onlineServiceName: '“伊码解纷”微信小程序',
    });
    await tx.flush();
    const town = (parent: Center, name: string, code: string) =>
      tx.create(Center, { name, level: CenterLevel.TOWN, divisionCode: code, parent, ancestry: parent.childAncestry });
    const centers: Record<string, Center> = {
      hangjin,
      ejinhoro,
      taran: town(hangjin, '塔然高勒镇综治中心', '150625104'),
      xini: town(hangjin, '锡尼镇综治中心', '150625100'),
      alt: town(ejinhoro, '阿勒腾席热镇综治中心', '150627100'),
    };

    const start = '2024-08-01';
    const agencies: Record<string, Agency> = {};
    for (const [home, list] of [[hangjin, HANGJIN_AGENCIES], [ejinhoro, EJIN_HORO_AGENCIES]] as const) {
      for (const a of list) {
        agencies[a.key] = tx.create(Agency, { name: a.name, shortName: a.shortName, kind: a.kind, center: home });
        tx.create(Stationing, {
          agency: agencies[a.key]!, center: home, mode: a.mode, windowNumber: a.window ?? null, startDate: start, note: a.note ?? null,
        });
      }
    }
    // The town center reaches the banner's justice bureau on call (纵向联动).
    tx.create(Stationing, { agency: agencies['hj.justice']!, center: centers.taran!, mode: StationingMode.ON_CALL, startDate: start, note: '司法所联动' });

    const mediators: Record<string, Mediator> = {};
    for (const m of MEDIATORS) {
      mediators[m.key] = tx.create(Mediator, {
        name: m.name, phone: m.phone, agency: agencies[m.agency]!, studio: m.studio ?? null, title: m.title ?? null,
        specialties: m.specialties, capacity: m.capacity,
      });
    }

    const passwordHash = await hashPassword(password);
    const users: Record<string, User> = {};
    for (const u of DEMO_USERS) {
      const user = tx.create(User, {
        username: u.username, passwordHash, displayName: u.displayName, title: u.title ?? null, homeCenter: centers[u.home]!,
      });
      users[u.username] = user;
      tx.create(RoleAssignment, {
        user, role: u.role, center: u.scope ? centers[u.scope]! : null,
        agency: u.agency ? agencies[u.agency]! : null, mediator: u.mediator ? mediators[u.mediator]! : null,
      });
    }
    seedRouting(tx, centers, agencies);
    await tx.flush();
    seedPresence(tx, await tx.find(Stationing, { mode: StationingMode.ROTATING }), clock());
    return { centers, agencies, mediators, users };
  });
  await seedStories(em.fork(), org, config, clock);
  log.info({ centers: 5, agencies: HANGJIN_AGENCIES.length + EJIN_HORO_AGENCIES.length, mediators: MEDIATORS.length }, 'demo data loaded');
  return true;
}
