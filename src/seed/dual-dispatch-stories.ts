import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config.js';
import { AuditTrail } from '../shared/audit-trail.js';
import { addCalendarDays } from '../modules/calendar/working-days.js';
import { CaseDispatchService } from '../modules/cases/case-dispatch.service.js';
import { Case } from '../modules/cases/case.entity.js';
import { PartyRole, PartyType } from '../modules/cases/party.entity.js';
import { LeaderInChargeService } from '../modules/duty/leader-in-charge.service.js';
import { ReceptionOutcome } from '../modules/duty/reception.entity.js';
import { ReceptionService } from '../modules/duty/reception.service.js';
import { Role } from '../shared/role.js';
import { TokenSigner } from '../shared/tokens.js';
import type { User } from '../modules/identity/user.entity.js';
import { MeetingService } from '../modules/meetings/meeting.service.js';
import type { Agency } from '../modules/organisation/agency.entity.js';
import type { Center } from '../modules/organisation/center.entity.js';
import { DutyKind, PublishedDuty } from '../modules/rosters/duty.entity.js';
import type { HubContext } from '../shared/context.js';
import { createLogger } from '../shared/logger.js';
import { shanghaiDate } from '../shared/scalars.js';
import { Viewer } from '../shared/viewer.js';

interface Org {
  centers: Record<string, Center>;
  agencies: Record<string, Agency>;
  users: Record<string, User>;
}

/**
 * 案事件双调度 at 伊金霍洛旗, after the rota is published: 王志刚 receives the construction-payment
 * petitioners on his duty day and takes the case in charge (包案); this week's joint review meeting takes
 * up the overdue land-compensation petition and gives 信访局 an instruction with a due date.
 */
export async function seedDualDispatchStories(em: EntityManager, org: Org, config: HubConfig, clock: () => Date): Promise<void> {
  let now = clock();
  const everywhere = (role: Role) => ({ role, centerId: null, subtreePrefix: null, agencyId: null, mediatorId: null });
  const ctxAs = (username: string): HubContext => ({
    em, config, clock: () => now, memo: new Map(), requestId: 'seed', clientIp: 'seed', audit: new AuditTrail('seed', 'seed', null), deadline: Infinity,
    log: createLogger('silent'), signer: new TokenSigner(config.tokenSecret, 60),
    viewer: new Viewer(org.users[username]!.id, null, [everywhere(Role.DISPATCHER), everywhere(Role.LEADER)]),
  });
  const ejinhoro = org.centers.ejinhoro!;
  const wang = org.users['yj.leader']!;

  // 王志刚's latest published reception duty that has begun (09:30 that day); the 1st of a month may have none yet.
  const today = shanghaiDate(now);
  const duties = await em.find(PublishedDuty, { center: ejinhoro.id, userId: wang.id, kind: DutyKind.RECEPTION, date: { $lte: today } }, { orderBy: { date: 'desc' } });
  const duty = duties.find((d) => d.date >= addCalendarDays(today, -6) && new Date(`${d.date}T09:30:00+08:00`) <= now);
  now = duty ? new Date(`${duty.date}T09:30:00+08:00`) : new Date(now.getTime() - 3_600_000);
  const wangCtx = ctxAs('yj.leader');
  const reception = await new ReceptionService(wangCtx).register({
    centerId: ejinhoro.globalId, receivedAt: now,
    matter: '某小区住宅项目竣工一年，开发企业以资金紧张为由拖欠施工班组工程款46万元，12名施工人员推选2名代表来访，要求尽快结算。',
    outcome: ReceptionOutcome.CASE_CREATED,
    offDutyReason: duty ? null : '当日接访领导临时公出，王志刚代为接访',
    petitioners: [
      { role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '郝某', phone: '13847712265', headcount: 6, representative: true },
      { role: PartyRole.APPLICANT, type: PartyType.PERSON, name: '任某', phone: '15147790318', headcount: 6, representative: true },
      { role: PartyRole.RESPONDENT, type: PartyType.ORGANISATION, name: '伊金霍洛旗某房地产开发有限公司' },
    ],
    newCase: { categoryCode: 'CONSTRUCTION_PAYMENT', title: '某小区项目拖欠施工班组工程款', amount: '460000.00', place: '伊金霍洛旗阿勒腾席热镇某小区' },
  });
  let c = (await reception.cases.loadItems())[0]!;
  now = new Date(now.getTime() + 20 * 60_000);
  c = await new LeaderInChargeService(wangCtx).take({ id: c.globalId, version: c.version, note: '接访时当场包案，督促企业限期结算' });
  now = new Date(now.getTime() + 25 * 60_000);
  await new CaseDispatchService(ctxAs('yj.dispatcher')).dispatch({
    id: c.globalId, version: c.version, leadAgencyId: org.agencies['yj.construction']!.globalId,
    cooperatingAgencyIds: [org.agencies['yj.hr']!.globalId], note: '王志刚包案，建工调委会牵头、人社局协同',
  });

  // This week's joint review meeting: the overdue land-compensation petition gets an instruction for 信访局.
  now = clock();
  const land = await em.findOneOrFail(Case, { title: '反映征地补偿款发放问题', center: ejinhoro.id });
  const meetings = new MeetingService(ctxAs('yj.dispatcher'));
  const meeting = await meetings.schedule({
    centerId: ejinhoro.globalId, title: `${today}所在周信访联席会议`, scheduledAt: new Date(now.getTime() - 2 * 3_600_000),
    place: '伊金霍洛旗综治中心三楼会商室', chairId: wang.globalId,
    agencyIds: ['yj.petitions', 'yj.construction', 'yj.hr', 'yj.justice'].map((k) => org.agencies[k]!.globalId),
    attendeeIds: ['yj.leader2', 'yj.manager'].map((u) => org.users[u]!.globalId),
  });
  await meetings.decide({
    meetingId: meeting.globalId, version: meeting.version, caseId: land.globalId, caseVersion: land.version,
    summary: '征地补偿来访已超受理期限，由信访局会同自然资源部门核实补偿款发放情况，三日内书面答复来访群众。',
    instructions: [{
      instructions: '核实征地补偿款发放台账，向苏某等5名来访群众书面答复', ownerAgencyId: org.agencies['yj.petitions']!.globalId,
      dueDate: addCalendarDays(shanghaiDate(now), 3),
    }],
  });
}
