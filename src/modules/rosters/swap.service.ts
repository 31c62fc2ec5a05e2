import type { HubContext } from '../../shared/context.js';
import { forbidden, UserErrorCode } from '../../shared/errors.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { paginate, type ConnectionArgs, type Page } from '../../shared/pagination.js';
import { Validator } from '../../shared/validation.js';
import { inTransaction } from '../../shared/transaction.js';
import { Role } from '../../shared/role.js';
import type { Center } from '../organisation/center.entity.js';
import { User } from '../identity/user.entity.js';
import { rosterEvent } from './roster-events.js';
import { Duty, DutySwap, SwapStatus } from './duty.entity.js';

/**
 * Swapping two duties: the leader of one asks (or a scheduler for them), the leader of the other accepts,
 * a scheduler over the center approves — and only then the two duties change hands.
 */
export class SwapService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  private isScheduler(duty: Duty): boolean {
    return this.ctx.viewer.can([Role.SCHEDULER, Role.ADMIN], duty.center.getEntity());
  }

  /**
   * The swaps of a center, newest first: its schedulers (and admins) see all of them, a leader of the
   * center only the swaps they asked for or were asked to accept.
   */
  async list(center: Center, statuses: SwapStatus[] | null | undefined, args: ConnectionArgs): Promise<Page<DutySwap>> {
    const viewer = this.ctx.viewer;
    const all = viewer.can([Role.SCHEDULER, Role.ADMIN], center);
    if (!all) viewer.assertCan([Role.LEADER], center, '查看该中心的换班申请');
    const me = viewer.userId ?? -1;
    const where = {
      fromDuty: { center: center.id },
      ...(statuses?.length ? { status: { $in: statuses } } : {}),
      ...(all ? {} : { $or: [{ requestedBy: me }, { counterpart: me }] }),
    };
    return paginate(this.em, DutySwap, where as never, { createdAt: 'desc', id: 'desc' }, args);
  }

  async request(input: { fromDutyId: string; toDutyId: string; reason?: string | null }): Promise<DutySwap> {
    const v = new Validator();
    const from = await findByGlobalId(this.em, Duty, input.fromDutyId, v, 'fromDutyId', '值班');
    const to = await findByGlobalId(this.em, Duty, input.toDutyId, v, 'toDutyId', '值班');
    v.throwIfAny();
    await this.em.populate([from!, to!], ['center']);
    if (from!.user.id !== this.ctx.viewer.userId && !this.isScheduler(from!)) {
      throw forbidden('只能为自己的值班申请换班 / You can only ask to swap your own duty');
    }
    const reason = v.text('reason', input.reason, '理由', { max: 200 });
    if (from!.id === to!.id) v.add('toDutyId', UserErrorCode.INVALID, '不能与同一项值班交换');
    else if (from!.center.id !== to!.center.id || from!.kind !== to!.kind) v.add('toDutyId', UserErrorCode.INVALID, '只能交换同一中心同一类型的值班');
    else if (from!.user.id === to!.user.id) v.add('toDutyId', UserErrorCode.INVALID, '两项值班是同一人');
    if (v.ok && (await this.em.count(DutySwap, { fromDuty: from!.id, status: { $in: [SwapStatus.REQUESTED, SwapStatus.ACCEPTED] } })) > 0) {
      v.add('fromDutyId', UserErrorCode.INVALID_STATE, '该值班已有未完成的换班申请');
    }
    v.throwIfAny();
    const swap = this.em.create(DutySwap, {
      fromDuty: from!, toDuty: to!, requestedBy: this.em.getReference(User, from!.user.id, { wrapped: true }),
      counterpart: this.em.getReference(User, to!.user.id, { wrapped: true }), reason: reason ?? null,
    });
    await this.em.flush();
    return swap;
  }

  private async load(globalId: string, version: number, v: Validator): Promise<DutySwap> {
    const swap = await findByGlobalId(this.em, DutySwap, globalId, v, 'id', '换班申请');
    v.throwIfAny();
    await this.em.populate(swap!, ['fromDuty.center', 'toDuty.center']);
    if (!checkVersion(v, swap!, version, '换班申请')) v.throwIfAny();
    return swap!;
  }

  /** The other leader answers. */
  async answer(input: { id: string; version: number; accept: boolean }): Promise<DutySwap> {
    const v = new Validator();
    const swap = await this.load(input.id, input.version, v);
    if (swap.counterpart.id !== this.ctx.viewer.userId && !this.isScheduler(swap.toDuty.getEntity())) {
      throw forbidden('只有被请求换班的领导可以答复 / Only the other leader can answer');
    }
    if (swap.status !== SwapStatus.REQUESTED) v.add('id', UserErrorCode.INVALID_STATE, '该申请已答复');
    v.throwIfAny();
    swap.status = input.accept ? SwapStatus.ACCEPTED : SwapStatus.DECLINED;
    await this.em.flush();
    return swap;
  }

  /** A scheduler approves: the duties change hands, if nobody changed them since the request. */
  async decide(input: { id: string; version: number; approve: boolean }): Promise<DutySwap> {
    const v = new Validator();
    const swap = await this.load(input.id, input.version, v);
    const from = swap.fromDuty.getEntity();
    const to = swap.toDuty.getEntity();
    if (!this.isScheduler(from)) throw forbidden('只有该中心的排班员可以批准换班 / Only a scheduler of the center decides');
    if (swap.status !== SwapStatus.ACCEPTED) v.add('id', UserErrorCode.INVALID_STATE, '对方尚未同意，或申请已处理');
    if (input.approve && (from.user.id !== swap.requestedBy.id || to.user.id !== swap.counterpart.id)) {
      v.add('id', UserErrorCode.CONFLICT, '申请之后值班已被调整，请重新申请');
    }
    v.throwIfAny();
    return inTransaction(this.em, async () => {
      swap.status = input.approve ? SwapStatus.APPROVED : SwapStatus.REJECTED;
      if (input.approve) {
        const fromUser = from.user;
        from.user = to.user;
        to.user = fromUser;
        from.manual = true;
        to.manual = true;
        await this.em.flush();
        const center = from.center.getEntity();
        await rosterEvent(this.em, center, 'SWAPPED', '换班', { dates: [from.date, to.date], kind: from.kind });
      } else {
        await this.em.flush();
      }
      return swap;
    });
  }
}
