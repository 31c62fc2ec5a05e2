import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../shared/context.js';
import { forbidden, UserErrorCode } from '../../shared/errors.js';
import { THROTTLES, Throttler } from '../../shared/throttle.js';
import { Validator } from '../../shared/validation.js';
import { ApiCapability } from '../access/api-key.entity.js';
import { sha256 } from '../access/api-key.service.js';
import { CaseKind } from '../calendar/time-limit-policy.entity.js';
import { AssignmentRole } from '../cases/assignment.entity.js';
import { CaseEvent, CaseEventType } from '../cases/case-event.entity.js';
import { CaseIntakeService, cleanParty } from '../cases/case-intake.service.js';
import { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseStatus } from '../cases/case.enums.js';
import { CaseAction, nextStatus } from '../cases/case.transitions.js';
import { STATUS_ZH } from '../cases/case-labels.js';
import { PartyRole, PartyType } from '../cases/party.entity.js';
import { Center } from '../organisation/center.entity.js';
import { CitizenSubmission } from './citizen-submission.entity.js';
import type { CaseSubmitInput, CaseSubmitReceipt, CaseTracking } from './citizen.types.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/** What a citizen reads for each step; steps not listed (internal edits, links …) are not shown. */
const MILESTONES: Partial<Record<CaseEventType, string>> = {
  RECEIVED: '已登记受理', DISPATCHED: '已分派办理部门', REASSIGNED: '已调整办理部门或调解员', REJECTED: '不予受理',
  WITHDRAWN: '已撤回', SESSION_RECORDED: '已组织调解', AGREEMENT_RECORDED: '已达成调解协议', PAYMENT_RECORDED: '协议履行中',
  CONFIRMATION_REQUESTED: '已申请司法确认', CONFIRMATION_DECIDED: '司法确认已有结果', RESOLVED: '已化解',
  FAILED: '调解未成功，已告知其他解决途径', EXTENSION_DECIDED: '办理期限已调整', SUPERVISION_RAISED: '已督办',
  FEEDBACK_RECORDED: '已回访', CLOSED: '已办结', REOPENED: '重新办理', ESCALATED: '已上报上级中心办理', DELEGATED: '已交由下级中心办理',
};

/** Sorted-key JSON, so the same submission hashes the same however the client ordered its fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Forgets idempotency keys older than `olderThanSeconds` (IDEMPOTENCY_RETENTION, on
 * IDEMPOTENCY_PURGE_EVERY): a retry after that makes a new case. The case itself stays. Deletes in
 * batches so that no statement holds many row locks for long. Returns how many went.
 */
export async function purgeCitizenSubmissions(em: EntityManager, olderThanSeconds: number, batch = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await em.getConnection().execute<{ n: number }[]>(
      `with gone as (
         delete from citizen_submission where id in (
           select id from citizen_submission where created_at < now() - make_interval(secs => ?) limit ?)
         returning 1)
       select count(*)::int as n from gone`,
      [olderThanSeconds, batch],
    );
    total += row?.n ?? 0;
    if ((row?.n ?? 0) < batch) return total;
  }
}

/** Tracking codes are typed by hand: accept lower case, spaces and missing dashes. */
export function normaliseTrackingCode(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : plain;
}

/**
 * The citizen's door: submissions through a key with CASES_SUBMIT (retries replay the first answer)
 * and tracking by code plus phone number (wrong guesses are throttled per code and per address).
 */
export class CitizenService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  private async replay(keyId: number, idempotencyKey: string, bodyHash: string): Promise<CaseSubmitReceipt | undefined> {
    const found = await this.em.findOne(CitizenSubmission, { apiKey: keyId, idempotencyKey });
    if (!found) return undefined;
    if (found.bodyHash !== bodyHash) {
      new Validator().add('idempotencyKey', UserErrorCode.IDEMPOTENCY_KEY_REUSED, '该幂等键已用于另一份内容不同的上报；新的上报请使用新的幂等键').throwIfAny();
    }
    const r = found.response as { trackingCode: string; caseNumber: string; centerName: string; receivedAt: string };
    return { ...r, receivedAt: new Date(r.receivedAt), replayed: true };
  }

  async submit(input: CaseSubmitInput): Promise<CaseSubmitReceipt> {
    const key = this.ctx.viewer.apiKey;
    if (!key) throw forbidden('群众上报须通过已授权的第三方应用 / Submissions come through an authorised client');
    const v = new Validator();
    const idempotencyKey = input.idempotencyKey.trim();
    v.check(IDEMPOTENCY_KEY.test(idempotencyKey), 'idempotencyKey', UserErrorCode.INVALID, '幂等键须为8–100位字母、数字或 -_.:');
    v.throwIfAny();
    const { idempotencyKey: _omit, ...body } = input;
    const bodyHash = sha256(canonical(body));
    const earlier = await this.replay(key.apiKeyId, idempotencyKey, bodyHash);
    if (earlier) return earlier;

    const center = await this.em.findOne(Center, { divisionCode: input.centerCode.trim() });
    if (!center || center.archivedAt) v.add('centerCode', UserErrorCode.NOT_FOUND, `没有区划代码为“${input.centerCode}”的综治中心`);
    else if (!this.ctx.viewer.keyCan(ApiCapability.CASES_SUBMIT, center)) v.add('centerCode', UserErrorCode.OUT_OF_SCOPE, '该应用不能向此中心上报');
    const description = v.text('description', input.description, '情况说明', { required: true, max: 2000, min: 10 });
    const applicant = { role: PartyRole.APPLICANT, type: PartyType.PERSON, ...input.applicant };
    if (!input.applicant.phone?.trim()) v.add(['applicant', 'phone'], UserErrorCode.REQUIRED, '请填写手机号，用于查询进度和联系您');
    cleanParty(v, applicant, ['applicant']);
    const respondent = input.respondent ? { role: PartyRole.RESPONDENT, ...input.respondent } : undefined;
    if (respondent) cleanParty(v, respondent, ['respondent']);
    v.throwIfAny();

    try {
      const created = await new CaseIntakeService(this.ctx).create({
        centerId: center!.globalId,
        kind: input.kind ?? CaseKind.DISPUTE,
        channel: CaseChannel.ONLINE,
        categoryCode: input.categoryCode?.trim() || 'OTHER',
        title: `[群众上报] ${[...description!].slice(0, 40).join('')}`.slice(0, 100),
        description: description!,
        place: input.place,
        amount: input.amount,
        parties: respondent ? [applicant, respondent] : [applicant],
      }, {
        authorize: () => undefined,
        within: async (c) => {
          const receipt = { trackingCode: c.trackingCode, caseNumber: c.number, centerName: center!.name, receivedAt: c.receivedAt.toISOString() };
          this.em.create(CitizenSubmission, { apiKey: key.apiKeyId, idempotencyKey, bodyHash, case: c, response: receipt });
          await this.em.flush();
        },
      });
      this.ctx.log.info({ case: created.number, apiKey: key.apiKeyId }, 'citizen submission');
      return { trackingCode: created.trackingCode, caseNumber: created.number, centerName: center!.name, receivedAt: created.receivedAt, replayed: false };
    } catch (error) {
      // A concurrent retry with the same key committed first: this attempt rolled back whole (its case number too).
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      this.em.clear();
      const first = await this.replay(key.apiKeyId, idempotencyKey, bodyHash);
      if (!first) throw error;
      return first;
    }
  }

  /** The case behind a tracking code when `phone` is an applicant's; null otherwise (and the guess is counted). */
  async track(trackingCode: string, phone: string): Promise<CaseTracking | null> {
    const code = normaliseTrackingCode(trackingCode).slice(0, 20);
    const throttle = new Throttler(this.em);
    const buckets = [`track:code:${code}`, `track:addr:${this.ctx.clientIp}`];
    await throttle.assertOpen(buckets, '查询失败');
    const c = await this.em.findOne(Case, { trackingCode: code }, { populate: ['parties', 'center'] });
    const wanted = phone.replace(/\s+/g, '');
    const matches = c?.parties.getItems().some((p) => p.role === PartyRole.APPLICANT && p.phone !== null && p.phone === wanted);
    if (!c || !matches) {
      await throttle.fail(buckets[0]!, THROTTLES.trackCode);
      await throttle.fail(buckets[1]!, THROTTLES.trackAddress);
      return null;
    }
    await throttle.clear(buckets[0]!);
    const [events, assignments] = await Promise.all([
      this.em.find(CaseEvent, { case: c.id }, { orderBy: { id: 'asc' } }),
      c.assignments.loadItems({ populate: ['agency'] }),
    ]);
    const lead = assignments.find((a) => a.role === AssignmentRole.LEAD && a.endedAt === null);
    const agency = lead?.agency ? (await lead.agency.loadOrFail()).name : null;
    return {
      caseNumber: c.number,
      status: c.status,
      statusLabel: STATUS_ZH[c.status as CaseStatus],
      version: c.version,
      canWithdraw: c.status === CaseStatus.RECEIVED,
      canRate: nextStatus(c.status, CaseAction.RECORD_FEEDBACK) !== undefined,
      centerName: c.center.getEntity().name,
      handlingAgency: agency,
      receivedAt: c.receivedAt,
      dueDate: c.dueDate,
      nextStep: nextStep(c, agency),
      milestones: events.flatMap((e) => (MILESTONES[e.type] ? [{ at: e.at, label: MILESTONES[e.type]! }] : [])),
    };
  }
}

function nextStep(c: Case, agency: string | null): string {
  switch (c.status as CaseStatus) {
    case CaseStatus.RECEIVED:
      return `等待分流：将在 ${c.acceptDueDate} 前分派给办理部门或调解员`;
    case CaseStatus.DISPATCHED:
      return `已分派给${agency ?? '办理部门'}，工作人员将尽快与您联系`;
    case CaseStatus.IN_PROGRESS:
      return `${agency ?? '办理部门'}正在办理${c.dueDate ? `，办结期限 ${c.dueDate}` : ''}`;
    case CaseStatus.RESOLVED:
      return '已化解，工作人员将回访了解您是否满意';
    case CaseStatus.FAILED:
      return '调解未成功，可依法申请仲裁、提起诉讼或申请行政复议，工作人员会告知具体途径';
    case CaseStatus.CLOSED:
      return '已办结；如对结果有异议，可联系受理中心申请重新办理';
    case CaseStatus.REJECTED:
      return '不予受理，工作人员会告知原因和其他解决途径';
    case CaseStatus.WITHDRAWN:
      return '已撤回';
  }
}
