import { AuditTrail } from '../shared/audit-trail.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config.js';
import { CaseKind } from '../modules/calendar/time-limit-policy.entity.js';
import { addCalendarDays } from '../modules/calendar/working-days.js';
import { CaseClosureService } from '../modules/cases/case-closure.service.js';
import { CaseDispatchService } from '../modules/cases/case-dispatch.service.js';
import { CaseHandlingService } from '../modules/cases/case-handling.service.js';
import { CaseIntakeService } from '../modules/cases/case-intake.service.js';
import { CaseSupervisionService, sweepSupervisions } from '../modules/cases/case-supervision.service.js';
import type { Case } from '../modules/cases/case.entity.js';
import { CaseChannel, RiskLevel } from '../modules/cases/case.enums.js';
import { Satisfaction } from '../modules/cases/feedback.entity.js';
import { SessionMethod } from '../modules/cases/handling.entity.js';
import { PartyRole, PartyType } from '../modules/cases/party.entity.js';
import { RoutingRule } from '../modules/routing/routing-rule.entity.js';
import { Role } from '../shared/role.js';
import type { User } from '../modules/identity/user.entity.js';
import type { Agency } from '../modules/organisation/agency.entity.js';
import type { Center } from '../modules/organisation/center.entity.js';
import type { Mediator } from '../modules/organisation/mediator.entity.js';
import { PresenceDay } from '../modules/organisation/presence-day.entity.js';
import type { Stationing } from '../modules/organisation/stationing.entity.js';
import { TokenSigner } from '../shared/tokens.js';
import { DutyKind } from '../modules/rosters/duty.entity.js';
import { Cadence, RosterService } from '../modules/rosters/roster.service.js';
import { PublishService } from '../modules/rosters/publish.service.js';
import { seedPublishedPresence } from './presence-rota.js';
import { raiseDueDispatchAlerts } from '../modules/cases/dispatch-alerts/dispatch-alert.service.js';
import type { HubContext } from '../shared/context.js';
import { seedDualDispatchStories } from './dual-dispatch-stories.js';
import { withCreditCheck, withIdCheck } from '../shared/identity-numbers.js';
import { createLogger } from '../shared/logger.js';
import { shanghaiDate } from '../shared/scalars.js';
import { Viewer } from '../shared/viewer.js';

interface Org {
  centers: Record<string, Center>;
  agencies: Record<string, Agency>;
  mediators: Record<string, Mediator>;
  users: Record<string, User>;
}

const RULES: [center: string, category: string, lead: string, cooperating: string[]][] = [
  ['hangjin', 'WAGE_ARREARS', 'hj.hr', ['hj.justice']],
  ['hangjin', 'LABOUR_CONTRACT', 'hj.hr', []],
  ['hangjin', 'LAND_GRASSLAND', 'hj.forestry', ['hj.justice']],
  ['hangjin', 'PROPERTY_DAMAGE', 'hj.mediation', []],
  ['hangjin', 'NEIGHBOUR', 'hj.mediation', ['hj.justice']],
  ['ejinhoro', 'TRAFFIC_ACCIDENT', 'yj.traffic', ['yj.police']],
  ['ejinhoro', 'CONSTRUCTION_PAYMENT', 'yj.construction', ['yj.hr']],
  ['ejinhoro', 'WAGE_ARREARS', 'yj.hr', ['yj.labour']],
  ['ejinhoro', 'LABOUR_CONTRACT', 'yj.labour', ['yj.hr']],
  ['ejinhoro', 'MEDICAL', 'yj.medical', []],
  ['ejinhoro', 'MARRIAGE_FAMILY', 'yj.family', []],
  ['ejinhoro', 'PROPERTY_MANAGEMENT', 'yj.property', []],
  ['ejinhoro', 'CONSUMER', 'yj.consumer', []],
];

export function seedRouting(em: EntityManager, centers: Record<string, Center>, agencies: Record<string, Agency>): void {
  for (const [center, categoryCode, lead, cooperating] of RULES) {
    const rule = em.create(RoutingRule, { center: centers[center]!, categoryCode, leadAgency: agencies[lead]! });
    for (const c of cooperating) rule.cooperatingAgencies.add(agencies[c]!);
  }
}

/** Weekdays (1 = Monday) each rotating agency keeps, by the note the demo stationing carries. */
const ROTA: [note: string, weekdays: number[]][] = [['周二、周四', [2, 4]], ['周三', [3]], ['周一、周五', [1, 5]]];

/** Presence days of the rotating agencies from a month back to two months ahead (the duty rosters take over later). */
export function seedPresence(em: EntityManager, rotating: Stationing[], now: Date): void {
  const today = shanghaiDate(now);
  for (const s of rotating) {
    const weekdays = ROTA.find(([note]) => s.note?.includes(note))?.[1] ?? [];
    for (let d = addCalendarDays(today, -30); d <= addCalendarDays(today, 60); d = addCalendarDays(d, 1)) {
      if (weekdays.includes(new Date(`${d}T00:00:00Z`).getUTCDay())) em.create(PresenceDay, { stationing: s, date: d });
    }
  }
}

/**
 * The seed articles' stories, run through the same services a dispatcher would use, at the times they
 * happened relative to now: each case ends in its real state with a complete timeline.
 */
export async function seedStories(em: EntityManager, org: Org, config: HubConfig, clock: () => Date): Promise<void> {
  let now = clock();
  const start = now.getTime();
  /** Moves the story clock to `days` before the real now, at hh:mm Beijing time. */
  const at = (days: number, hhmm: string) => {
    const day = shanghaiDate(new Date(start - days * 86_400_000));
    now = new Date(`${day}T${hhmm}:00+08:00`);
    return now;
  };
  /** The Beijing date `days` before the real now, without moving the story clock. */
  const dayOf = (days: number) => shanghaiDate(new Date(start - days * 86_400_000));
  const everywhere = (role: Role) => ({ role, centerId: null, subtreePrefix: null, agencyId: null, mediatorId: null });
  const ctxAs = (username: string): HubContext => ({
    em, config, clock: () => now, memo: new Map(), requestId: 'seed', clientIp: 'seed', audit: new AuditTrail('seed', 'seed', null), deadline: Infinity, log: createLogger('silent'),
    signer: new TokenSigner(config.tokenSecret, 60),
    viewer: new Viewer(org.users[username]!.id, null, [everywhere(Role.DISPATCHER), everywhere(Role.LEADER), everywhere(Role.SCHEDULER)]),
  });
  const id = (entity: { globalId: string }) => entity.globalId;
  const v = (c: Case) => ({ id: c.globalId, version: c.version });

  // 伊金霍洛旗：“伊码解纷”10分钟申报、15分钟内指派；先付30%，再拖延，延期跟进后付清
  {
    const yj = ctxAs('yj.dispatcher');
    at(62, '08:40');
    let c = await new CaseIntakeService(yj).create({
      centerId: id(org.centers.ejinhoro!), kind: CaseKind.DISPUTE, channel: CaseChannel.ONLINE, categoryCode: 'CONSTRUCTION_PAYMENT',
      title: '某公司拖欠建设公司工程款', amount: '800000.00',
      description: '赵某通过“伊码解纷”小程序申报：某公司拖欠其所在建设公司工程款，希望帮助调解追回。',
      parties: [
        { role: PartyRole.APPLICANT, type: PartyType.ORGANISATION, name: '伊金霍洛旗某建设有限公司（赵某）', phone: '13948771102', idNumber: withCreditCheck('91150627MA0Q1W7E4') },
        { role: PartyRole.RESPONDENT, type: PartyType.ORGANISATION, name: '鄂尔多斯某实业有限公司', idNumber: withCreditCheck('91150600MA0R5T9Y2') },
      ],
    });
    at(62, '08:54');
    c = await new CaseDispatchService(yj).dispatch({ ...v(c), leadAgencyId: id(org.agencies['yj.construction']!), mediatorId: id(org.mediators.laozhang!) });
    const laozhang = ctxAs('yj.dispatcher');
    at(58, '10:00');
    await new CaseHandlingService(laozhang).recordSession({ ...v(c), method: SessionMethod.FACE_TO_FACE, heldAt: now, participants: '调解员张建军（老张）、赵某、某公司财务负责人', notes: '双方确认欠款80万元，约定分两期支付。' });
    const first = dayOf(50);
    const rest = dayOf(40);
    at(58, '11:00');
    await new CaseHandlingService(laozhang).recordAgreement({
      ...v(c), terms: '某公司于第一期支付30%工程款24万元，剩余56万元于第二期付清。', totalAmount: '800000.00', effectiveDate: shanghaiDate(now),
      instalments: [{ dueDate: first, amount: '240000.00' }, { dueDate: rest, amount: '560000.00' }],
    });
    at(51, '15:00');
    await new CaseHandlingService(laozhang).recordPayment({ ...v(c), amount: '240000.00', paidDate: shanghaiDate(now), note: '对公转账（30%）' });
    at(36, '09:30');
    const request = await new CaseSupervisionService(laozhang).requestExtension({ ...v(c), days: 20, reason: '企业借故拖延第二期付款，需延期跟进、对接企业了解实际困难并督促履行承诺。' });
    at(36, '16:00');
    await new CaseSupervisionService(ctxAs('yj.leader')).decideExtension({ requestId: id(request), version: c.version, approve: true, note: '同意延期跟进，督促企业履约。' });
    at(30, '14:00');
    await new CaseHandlingService(laozhang).recordPayment({ ...v(c), amount: '560000.00', paidDate: shanghaiDate(now), note: '剩余工程款全部付清' });
    c = await new CaseHandlingService(laozhang).resolve({ ...v(c), note: '经延期跟进，某公司付清全部工程款。' });
    at(29, '10:00');
    const [applicant] = (await c.parties.loadItems()).filter((p) => p.role === PartyRole.APPLICANT);
    await new CaseClosureService(yj).recordFeedback({ ...v(c), partyId: id(applicant!), satisfaction: Satisfaction.VERY_SATISFIED, comment: '扫码反映问题后不到两个月就拿到了拖欠的工程款，送来锦旗。' });
    await new CaseClosureService(yj).close(v(c));
  }

  // 杭锦旗：草场围栏赔偿3000元，李建忠联动塔然高勒综治中心找到企业，电话调解
  {
    const hj = ctxAs('hj.dispatcher');
    at(40, '09:00');
    let c = await new CaseIntakeService(hj).create({
      centerId: id(org.centers.hangjin!), kind: CaseKind.DISPUTE, channel: CaseChannel.PHONE, categoryCode: 'PROPERTY_DAMAGE',
      title: '电业施工破坏牧民草场围栏赔偿纠纷', place: '塔然高勒镇某嘎查草场',
      description: '某电业施工公司作业时不慎破坏牧民布某的草场围栏，双方就赔偿争执不下；布某无法提供施工企业的联系方式。',
      parties: [{ role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '布某', phone: '15947712380' }],
    });
    at(40, '09:40');
    c = await new CaseDispatchService(hj).dispatch({ ...v(c), leadAgencyId: id(org.agencies['hj.mediation']!), mediatorId: id(org.mediators.lijianzhong!) });
    at(38, '14:00');
    c = await new CaseIntakeService(hj).addParty({
      ...v(c), party: { role: PartyRole.RESPONDENT, type: PartyType.ORGANISATION, name: '某电业施工公司', phone: '13704775520' },
    });
    await new CaseHandlingService(hj).recordSession({
      ...v(c), method: SessionMethod.PHONE, heldAt: now, participants: '李建忠、塔然高勒综治中心、企业负责人',
      notes: '经两级综治中心纵向联动，塔然高勒综治中心多方排查找到企业负责人；电话释明侵权法律后果。',
    });
    at(37, '10:00');
    await new CaseHandlingService(hj).recordAgreement({ ...v(c), terms: '企业赔偿布某草场围栏损失3000元。', totalAmount: '3000.00', effectiveDate: shanghaiDate(now) });
    await new CaseHandlingService(hj).recordPayment({ ...v(c), amount: '3000.00', paidDate: shanghaiDate(now), note: '微信转账' });
    c = await new CaseHandlingService(hj).resolve({ ...v(c), note: '企业负责人通过微信转账赔付布某3000元，电话调解化解。' });
    at(35, '09:00');
    const [applicant] = (await c.parties.loadItems()).filter((p) => p.role === PartyRole.APPLICANT);
    await new CaseClosureService(hj).recordFeedback({ ...v(c), partyId: id(applicant!), satisfaction: Satisfaction.SATISFIED, comment: '有事找综治中心，心里踏实。' });
    await new CaseClosureService(hj).close(v(c));
  }

  // 伊金霍洛旗：跨省交通事故，翠芳工作室背对背+面对面调解，王某预付20万元应急款
  {
    const yj = ctxAs('yj.dispatcher');
    at(20, '10:00');
    let c = await new CaseIntakeService(yj).create({
      centerId: id(org.centers.ejinhoro!), kind: CaseKind.DISPUTE, channel: CaseChannel.WALK_IN, categoryCode: 'TRAFFIC_ACCIDENT',
      title: '跨省交通事故赔偿纠纷', place: '伊金霍洛旗境内某国道',
      description: '受损方刘某家属因事故赔偿金额与负主要责任的驾驶人王某产生激烈争执。',
      parties: [
        { role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '刘某家属', headcount: 4, phone: '13612345608' },
        { role: PartyRole.RESPONDENT, type: PartyType.PERSON, name: '王某', phone: '18247790321' },
      ],
    });
    at(20, '10:20');
    c = await new CaseDispatchService(yj).dispatch({ ...v(c), mediatorId: id(org.mediators.zhangcuifang!), note: '分流至翠芳工作室' });
    const cuifang = ctxAs('yj.zhangcuifang');
    at(19, '15:00');
    await new CaseHandlingService(cuifang).recordSession({ ...v(c), method: SessionMethod.SEPARATE, heldAt: now, participants: '张翠芳、刘某家属；张翠芳、王某', notes: '背对背分别安抚双方情绪，依法核算赔偿金额。' });
    at(17, '10:00');
    await new CaseHandlingService(cuifang).recordSession({ ...v(c), method: SessionMethod.FACE_TO_FACE, heldAt: now, participants: '张翠芳、刘某家属、王某', notes: '面对面提出赔付方案，王某同意先行预付应急款。' });
    await new CaseHandlingService(cuifang).recordAgreement({ ...v(c), terms: '王某预付应急款20万元，余款按保险理赔结果结算。', totalAmount: '200000.00', effectiveDate: shanghaiDate(now) });
    at(16, '11:00');
    await new CaseHandlingService(cuifang).recordPayment({ ...v(c), amount: '200000.00', paidDate: shanghaiDate(now), note: '银行转账' });
    await new CaseHandlingService(cuifang).resolve({ ...v(c), note: '促成王某预付20万元应急款，纠纷妥善化解；待回访。' });
  }

  // 杭锦旗：72名农民工3天拿回30.2万元工资（人社局牵头、林草局协同）
  {
    const hj = ctxAs('hj.dispatcher');
    at(10, '09:30');
    let c = await new CaseIntakeService(hj).create({
      centerId: id(org.centers.hangjin!), kind: CaseKind.DISPUTE, channel: CaseChannel.WALK_IN, categoryCode: 'WAGE_ARREARS',
      title: '72名农民工讨要沙障工程工资', place: '杭锦旗某沙障工地', amount: '302000.00',
      description: '来自四川、云南的72名务工人员在某沙障工地务工，工程收尾时用工方因资金周转困难迟迟未结算工资，务工人员情绪激动。',
      parties: [
        { role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '杨文学', headcount: 72, phone: '13882245671', idNumber: withIdCheck('51132219820315231') },
        { role: PartyRole.RESPONDENT, type: PartyType.ORGANISATION, name: '杭锦旗某生态建设有限公司', idNumber: withCreditCheck('91150625MA0N8K2Q3') },
      ],
      riskFlag: RiskLevel.HIGH, riskReason: '72名务工人员情绪激动，极易升级为群体事件',
    });
    at(10, '10:05');
    c = await new CaseDispatchService(hj).dispatch({
      ...v(c), leadAgencyId: id(org.agencies['hj.hr']!), cooperatingAgencyIds: [id(org.agencies['hj.forestry']!)],
      mediatorId: id(org.mediators.aolegeer!), note: '人社局牵头，轮驻的林草局协同',
    });
    const hr = ctxAs('hj.hr');
    at(9, '15:00');
    await new CaseHandlingService(hr).recordSession({
      ...v(c), method: SessionMethod.FACE_TO_FACE, heldAt: now, participants: '敖勒格尔（人社局）、林草局、用工方负责人、务工人员代表杨文学',
      notes: '梳理考勤记录与务工协议，逐人核对拖欠金额；向用工方解读《保障农民工工资支付条例》；林草局协助用工方梳理资金筹措思路。',
    });
    at(8, '11:00');
    await new CaseHandlingService(hr).recordAgreement({
      ...v(c), terms: '用工方于3日内足额支付72名务工人员工资共计30.2万元，通过现金、转账及视频连线确认发放。',
      totalAmount: '302000.00', effectiveDate: shanghaiDate(now), instalments: [{ dueDate: dayOf(7), amount: '302000.00' }],
    });
    at(7, '16:30');
    await new CaseHandlingService(hr).recordPayment({ ...v(c), amount: '302000.00', paidDate: shanghaiDate(now), note: '现金支付、转账及视频连线确认发放，逐一到人' });
    c = await new CaseHandlingService(hr).resolve({ ...v(c), note: '3天内30.2万元拖欠工资全部发放到务工人员手中。' });
    at(6, '10:00');
    const [applicant] = (await c.parties.loadItems()).filter((p) => p.role === PartyRole.APPLICANT);
    await new CaseClosureService(hj).recordFeedback({
      ...v(c), partyId: id(applicant!), satisfaction: Satisfaction.VERY_SATISFIED, comment: '没想到短短3天，我们72名农民工的血汗钱就全部到账了。',
    });
    await new CaseClosureService(hj).close({ ...v(c), note: '回访满意，办结。' });
  }

  // Open cases that make the dashboards alive: one waiting, one being handled, one petition past its limit.
  {
    const yj = ctxAs('yj.dispatcher');
    at(18, '10:00');
    await new CaseIntakeService(yj).create({
      centerId: id(org.centers.ejinhoro!), kind: CaseKind.PETITION, channel: CaseChannel.PETITION_VISIT, categoryCode: 'LAND_GRASSLAND',
      title: '反映征地补偿款发放问题', description: '来访群众反映征地补偿款未足额发放，要求核查。',
      parties: [{ role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '苏某', headcount: 5, phone: '13190774561' }],
    });
    at(4, '09:10');
    const family = await new CaseIntakeService(yj).create({
      centerId: id(org.centers.ejinhoro!), kind: CaseKind.DISPUTE, channel: CaseChannel.WALK_IN, categoryCode: 'MARRIAGE_FAMILY',
      title: '离婚后子女抚养费纠纷', description: '申请人称对方未按约定支付子女抚养费。',
      parties: [{ role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '李某', phone: '15034779876' }],
    });
    at(4, '09:30');
    await new CaseDispatchService(yj).dispatch({ ...v(family), mediatorId: id(org.mediators.wangli!) });
    at(1, '15:20');
    await new CaseIntakeService(yj).create({
      centerId: id(org.centers.alt!), kind: CaseKind.DISPUTE, channel: CaseChannel.GRID_REPORT, categoryCode: 'PROPERTY_MANAGEMENT',
      title: '小区物业费与停车位纠纷', description: '网格员上报：某小区业主与物业公司就物业费和停车位收费发生争执。',
      parties: [
        { role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '小区业主代表', headcount: 12, phone: '13327761234' },
        { role: PartyRole.RESPONDENT, type: PartyType.ORGANISATION, name: '某物业服务有限公司' },
      ],
    });
  }
  await sweepSupervisions(em, shanghaiDate(clock()));
  // The stories' cases that waited for dispatch past their target carry their alerts in the timeline.
  await raiseDueDispatchAlerts(em, clock());

  // 伊金霍洛旗's published rota for this month and the next: county leaders take turns receiving
  // petitioners every working day, and a building manager (楼长) runs each working day.
  now = clock();
  const today = shanghaiDate(now);
  const monthStart = `${today.slice(0, 7)}-01`;
  const nextMonthEnd = addCalendarDays(`${addCalendarDays(monthStart, 62).slice(0, 7)}-01`, -1);
  const scheduler = ctxAs('yj.scheduler');
  const roster = new RosterService(scheduler);
  const ejinhoro = id(org.centers.ejinhoro!);
  await roster.generate({
    centerId: ejinhoro, kind: DutyKind.RECEPTION, cadence: Cadence.WORKING_DAYS, startDate: monthStart, endDate: nextMonthEnd,
    userIds: ['yj.leader', 'yj.leader3', 'yj.leader4'].map((u) => id(org.users[u]!)),
    room: '一楼领导接访室', topics: ['信访积案', '欠薪欠款', '征地补偿'],
  });
  await roster.generate({
    centerId: ejinhoro, kind: DutyKind.BUILDING_MANAGER, cadence: Cadence.WORKING_DAYS, startDate: monthStart, endDate: nextMonthEnd,
    userIds: ['yj.manager', 'yj.leader2'].map((u) => id(org.users[u]!)),
  });
  await new PublishService(scheduler).publish({ centerId: ejinhoro, startDate: monthStart, endDate: nextMonthEnd, expectedPublication: 0, acknowledgeGaps: true });
  await seedDualDispatchStories(em, org, config, clock);
  await seedPublishedPresence(scheduler, [org.centers.hangjin!, org.centers.ejinhoro!]);
}
