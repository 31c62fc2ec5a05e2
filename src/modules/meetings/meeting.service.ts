import { forbidden, UserErrorCode, UserErrors } from '../../shared/errors.js';
import { toGlobalId } from '../../shared/ids.js';
import { findByGlobalId } from '../../shared/lookup.js';
import { shanghaiDate } from '../../shared/scalars.js';
import { inTransaction } from '../../shared/transaction.js';
import { Validator } from '../../shared/validation.js';
import { CaseWorkflow } from '../cases/case-core.js';
import { CaseDispatchService } from '../cases/case-dispatch.service.js';
import { CaseEventType } from '../cases/case-event.entity.js';
import { CaseStatus } from '../cases/case.enums.js';
import type { Case } from '../cases/case.entity.js';
import { CaseAction } from '../cases/case.transitions.js';
import { supervisionDueProblem } from '../cases/case-supervision.service.js';
import { Supervision, SupervisionKind } from '../cases/supervision.entity.js';
import { Role } from '../../shared/role.js';
import { User } from '../identity/user.entity.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { writeOutbox } from '../../shared/event-log/outbox.js';
import { LeaderInChargeSource } from '../duty/leader-in-charge.entity.js';
import { leadsOver, LeaderInChargeService } from '../duty/leader-in-charge.service.js';
import { proposeAgenda } from './agenda.js';
import { AgendaItem, AgendaSource, Decision, DecisionInstruction, JointMeeting } from './joint-meeting.entity.js';
import type { JointMeetingAgendaAddInput, JointMeetingDecisionRecordInput, JointMeetingScheduleInput } from './meeting.inputs.js';

/** 信访联席会议会商研判: scheduling, the agenda of hard cases, and decisions that become supervisions. */
export class MeetingService extends CaseWorkflow {
  private assertOrganiser(center: Center): void {
    this.ctx.viewer.assertCan([Role.LEADER, Role.DISPATCHER], center, '安排或记录该中心的联席会议');
  }

  /** Writes a meeting event (topic `meeting`) for the center's staff and the attending agencies. */
  private async announce(meeting: JointMeeting, type: string, label: string, details: Record<string, unknown>): Promise<void> {
    const center = await meeting.center.loadOrFail();
    await writeOutbox(this.em, [{
      topic: 'meeting', type, centerId: center.id,
      scope: { centerPaths: [center.childAncestry], agencyIds: (await meeting.agencies.loadItems()).map((a) => a.id), mediatorIds: [] },
      payload: { label, meetingId: meeting.globalId, title: meeting.title, details: { meetingId: meeting.globalId, title: meeting.title, ...details } },
    }]);
  }

  async schedule(input: JointMeetingScheduleInput): Promise<JointMeeting> {
    const v = new Validator();
    const center = await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '中心');
    v.throwIfAny();
    this.assertOrganiser(center!);
    const title = v.text('title', input.title, '议题', { required: true, max: 100 })!;
    const place = v.text('place', input.place, '地点', { required: true, max: 100 })!;
    const chair = await findByGlobalId(this.em, User, input.chairId, v, 'chairId', '主持领导');
    if (chair && !(await leadsOver(this.em, chair.id, center!))) v.add('chairId', UserErrorCode.OUT_OF_SCOPE, `${chair.displayName}不是该中心或其上级的领导`);
    if (input.scheduledAt.getTime() < this.now().getTime() - 7 * 86_400_000) v.add('scheduledAt', UserErrorCode.OUT_OF_RANGE, '会议时间最多补录7天前的');
    if (input.agencyIds.length > 30) v.add('agencyIds', UserErrorCode.OUT_OF_RANGE, '参会部门最多30个');
    const agencies: Agency[] = [];
    for (const [i, id] of [...new Set(input.agencyIds)].slice(0, 30).entries()) {
      const a = await findByGlobalId(this.em, Agency, id, v, `agencyIds.${i}`, '部门');
      if (a && !center!.lineageIds.includes(a.center.id) && !center!.contains(await a.center.loadOrFail())) {
        v.add(['agencyIds', String(i)], UserErrorCode.OUT_OF_SCOPE, `“${a.name}”不属于本中心、其上级或下级`);
      } else if (a) agencies.push(a);
    }
    const attendeeIds = [...new Set(input.attendeeIds ?? [])];
    if (attendeeIds.length > 50) v.add('attendeeIds', UserErrorCode.OUT_OF_RANGE, '参会人员最多50人');
    const attendees: User[] = [];
    for (const [i, id] of attendeeIds.slice(0, 50).entries()) {
      const u = await findByGlobalId(this.em, User, id, v, `attendeeIds.${i}`, '参会人员');
      if (u) attendees.push(u);
    }
    v.throwIfAny();
    const proposals = input.proposeAgenda === false ? [] : await proposeAgenda(this.em, center!, shanghaiDate(this.now()));
    return inTransaction(this.em, async () => {
      const meeting = this.em.create(JointMeeting, {
        center: center!, title, place, scheduledAt: input.scheduledAt, chair: chair!, createdBy: this.actorRef,
      });
      meeting.agencies.set(agencies);
      meeting.attendees.set(attendees);
      for (const p of proposals) this.em.create(AgendaItem, { meeting, case: p.caseId, reasons: p.reasons, source: AgendaSource.PROPOSED });
      await this.em.flush();
      await this.announce(meeting, 'MEETING_SCHEDULED', '安排联席会议', { scheduledAt: meeting.scheduledAt, place, chair: chair!.displayName, agenda: proposals.length });
      return meeting;
    });
  }

  private async meetingFor(globalId: string, version: number): Promise<JointMeeting> {
    const v = new Validator();
    const meeting = await findByGlobalId(this.em, JointMeeting, globalId, v, 'meetingId', '联席会议');
    v.throwIfAny();
    this.assertOrganiser(await meeting!.center.loadOrFail());
    if (meeting!.version !== version) {
      throw UserErrors.of(['input', 'version'], UserErrorCode.CONFLICT, `该会议已被他人修改（当前版本 ${meeting!.version}，您看到的是 ${version}），请刷新后重试`);
    }
    return meeting!;
  }

  async addToAgenda(input: JointMeetingAgendaAddInput): Promise<JointMeeting> {
    const meeting = await this.meetingFor(input.meetingId, input.version);
    const v = new Validator();
    const reason = v.text('reason', input.reason, '列入理由', { required: true, max: 300 });
    const c = await this.findVisible(input.caseId, 'caseId');
    const center = await meeting.center.loadOrFail();
    if (!center.contains(await c.center.loadOrFail())) v.add('caseId', UserErrorCode.OUT_OF_SCOPE, `${c.number}不在${center.name}或其下级办理`);
    if (await this.em.count(AgendaItem, { meeting: meeting.id, case: c.id })) v.add('caseId', UserErrorCode.TAKEN, `${c.number}已在议程中`);
    v.throwIfAny();
    return inTransaction(this.em, async () => {
      this.em.create(AgendaItem, { meeting, case: c, reasons: [reason!], source: AgendaSource.MANUAL });
      meeting.updatedAt = this.now();
      await this.em.flush();
      await this.announce(meeting, 'AGENDA_ADDED', '议程增加案件', { caseId: c.globalId, number: c.number, reason });
      return meeting;
    });
  }

  /**
   * The decision on one agenda case. A change of lead agency goes through the normal dispatch (a case
   * still in the queue) or reassignment (its own DISPATCHED or REASSIGNED event; it needs dispatch rights); a leader put in charge is a 包案 from the
   * meeting; each instruction becomes a manual supervision with the owner and due date.
   */
  async decide(input: JointMeetingDecisionRecordInput): Promise<Decision> {
    const meeting = await this.meetingFor(input.meetingId, input.version);
    const v = new Validator();
    const summary = v.text('summary', input.summary, '会商意见', { required: true, max: 2000 })!;
    const c = await this.findVisible(input.caseId, 'caseId');
    if (!(await this.em.count(AgendaItem, { meeting: meeting.id, case: c.id }))) v.add('caseId', UserErrorCode.INVALID, `${c.number}不在本次会议议程中，请先加入议程`);
    if (await this.em.count(Decision, { meeting: meeting.id, case: c.id })) v.add('caseId', UserErrorCode.TAKEN, `本次会议已就${c.number}作出决定`);
    const leadAgency = input.leadAgencyId ? await findByGlobalId(this.em, Agency, input.leadAgencyId, v, 'leadAgencyId', '牵头部门') : undefined;
    const leader = input.leaderInChargeId ? await findByGlobalId(this.em, User, input.leaderInChargeId, v, 'leaderInChargeId', '包案领导') : undefined;
    const today = shanghaiDate(this.now());
    const items = input.instructions ?? [];
    if (items.length > 10) v.add('instructions', UserErrorCode.OUT_OF_RANGE, '交办事项最多10项');
    const instructions: { text: string; agency: Agency | null; owner: string; dueDate: string }[] = [];
    for (const [i, item] of items.slice(0, 10).entries()) {
      const at = (f: string) => ['instructions', String(i), f];
      const text = v.text(at('instructions'), item.instructions, '交办内容', { required: true, max: 1000 });
      const agency = item.ownerAgencyId ? await findByGlobalId(this.em, Agency, item.ownerAgencyId, v, `instructions.${i}.ownerAgencyId`, '责任单位') : undefined;
      const ownerName = v.text(at('owner'), item.owner, '责任人', { max: 100 });
      if (!agency && !ownerName) v.add(at('owner'), UserErrorCode.REQUIRED, '请指定责任单位或责任人');
      const dueProblem = supervisionDueProblem(item.dueDate, today, '完成期限');
      if (dueProblem) v.add(at('dueDate'), UserErrorCode.OUT_OF_RANGE, dueProblem);
      instructions.push({ text: text ?? '', agency: agency ?? null, owner: ownerName || agency?.name || '', dueDate: item.dueDate });
    }
    v.throwIfAny();

    // One transaction for the whole decision: a change of lead agency that the rest of the decision then
    // refuses (a leader who may not take the case, a stale version) is rolled back with it.
    return inTransaction(this.em, () => this.recordDecision(input, meeting, c, summary, leadAgency, leader, instructions));
  }

  private async recordDecision(
    input: JointMeetingDecisionRecordInput, meeting: JointMeeting, c: Case, summary: string, leadAgency: Agency | undefined,
    leader: User | undefined, instructions: { text: string; agency: Agency | null; owner: string; dueDate: string }[],
  ): Promise<Decision> {
    let version = input.caseVersion;
    if (leadAgency) {
      const dispatch = new CaseDispatchService(this.ctx);
      if (!(await dispatch.access.canDispatch(c))) throw forbidden('改变牵头部门须由有分流权限的受理员记录 / Changing the lead agency needs dispatch rights');
      try {
        const why = `联席会议决定（${meeting.title}）：${summary}`;
        // A case still waiting in the queue is dispatched to the lead the meeting names; one already
        // dispatched is reassigned (each with its own timeline event).
        version = (c.status === CaseStatus.RECEIVED
          ? await dispatch.dispatch({ id: c.globalId, version, leadAgencyId: input.leadAgencyId, note: why.slice(0, 1000) })
          : await dispatch.reassign({ id: c.globalId, version, leadAgencyId: input.leadAgencyId, reason: why.slice(0, 300) })).version;
      } catch (error) {
        if (error instanceof UserErrors) {
          for (const e of error.errors) {
            if (e.field[1] === 'id') e.field = ['input', 'caseId'];
            else if (e.field[1] === 'version') e.field = ['input', 'caseVersion'];
          }
        }
        throw error;
      }
    }
    return this.change({ id: c.globalId, version, field: 'caseId', versionField: 'caseVersion' }, CaseAction.MEETING_DECIDE, 'see', async (cc, cv) => {
      const parts: Record<string, unknown> = { meetingId: meeting.globalId, meeting: meeting.title, summary };
      if (leadAgency) parts.leadAgency = leadAgency.shortName;
      if (leader) {
        const charged = await new LeaderInChargeService(this.ctx).putInCharge(cv, ['leaderInChargeId'], cc, leader, LeaderInChargeSource.MEETING_DECISION, `联席会议决定（${meeting.title}）`);
        if (!charged) return undefined;
        this.record(cc, CaseEventType.LEADER_IN_CHARGE, charged);
        parts.leaderInCharge = leader.displayName;
      }
      const decision = this.em.create(Decision, {
        meeting, case: cc, summary, leadAgency: leadAgency ?? null, leaderInCharge: leader ?? null, recordedBy: this.actorRef,
      });
      parts.instructions = [];
      for (const item of instructions) {
        const supervision = this.em.create(Supervision, {
          case: cc, kind: SupervisionKind.MANUAL, raisedBy: this.actor, responseDueDate: item.dueDate,
          instructions: `【联席会议交办】${item.text}（责任：${item.owner}；${meeting.title}）`.slice(0, 1000),
        });
        await this.em.flush();
        this.em.create(DecisionInstruction, { decision, supervision, instructions: item.text, ownerAgency: item.agency, owner: item.owner, dueDate: item.dueDate });
        this.record(cc, CaseEventType.SUPERVISION_RAISED, { supervisionId: supervision.id, kind: supervision.kind, instructions: supervision.instructions, responseDueDate: item.dueDate, meetingId: meeting.globalId });
        (parts.instructions as unknown[]).push({ instructions: item.text, owner: item.owner, dueDate: item.dueDate });
      }
      parts.continueAsIs = !leadAgency && !leader && instructions.length === 0;
      meeting.heldAt ??= this.now();
      meeting.updatedAt = this.now();
      await this.em.flush();
      await this.announce(meeting, 'DECISION_RECORDED', '记录会商决定', { caseId: cc.globalId, number: cc.number, ...parts });
      return { result: decision, event: CaseEventType.MEETING_DECIDED, data: parts };
    });
  }

  agenda(meeting: JointMeeting): Promise<AgendaItem[]> {
    return this.em.find(AgendaItem, { meeting: meeting.id }, { orderBy: { id: 'asc' }, populate: ['case'] });
  }

  decisionOf(meeting: JointMeeting, c: Case): Promise<Decision | null> {
    return this.em.findOne(Decision, { meeting: meeting.id, case: c.id });
  }

  assertReader(center: Center): void {
    if (!this.ctx.viewer.can([Role.LEADER, Role.DISPATCHER, Role.ADMIN, Role.AUDITOR], center)) throw forbidden('该中心不在您的范围内 / Center outside your scope');
  }
}

export const minutesPath = (meeting: JointMeeting) => `/documents/meetings/${encodeURIComponent(toGlobalId('JointMeeting', meeting.id))}/minutes`;
