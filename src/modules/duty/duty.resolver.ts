import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { badInput, hubError } from '../../shared/errors.js';
import { localId, toGlobalId } from '../../shared/ids.js';
import { ConnectionArgs, paginate, type Page } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { CaseAccess } from '../cases/case-access.js';
import { Case } from '../cases/case.entity.js';
import { CaseConnection, CasePayload } from '../cases/case.types.js';
import { Role } from '../../shared/role.js';
import { Ledger } from '../ledger/ledger.types.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { Center } from '../organisation/center.entity.js';
import { HubEventView } from '../realtime/event.types.js';
import { cancellable } from '../../shared/event-log/stream-control.js';
import { eventStream } from '../realtime/stream.js';
import { fromCursor, RESUME_AFTER } from '../../shared/event-log/cursor.js';
import { addCalendarDays } from '../calendar/working-days.js';
import { CaseLeaderInChargeTakeInput, ReceptionRecordInput } from './duty.inputs.js';
import { LeaderLoad, ReceptionConnection, ReceptionLedger, ReceptionPayload } from './duty.types.js';
import { LeaderInCharge } from './leader-in-charge.entity.js';
import { currentLeaders, LeaderInChargeService } from './leader-in-charge.service.js';
import { receptionLedger } from './reception-ledger.js';
import { Reception } from './reception.entity.js';
import { ReceptionService } from './reception.service.js';
import DataLoader from 'dataloader';

const IN = { description: '输入参数，见输入类型说明 / The input; see its type' };
const READERS = [Role.LEADER, Role.DISPATCHER, Role.ADMIN, Role.AUDITOR];

function leaderLoader(ctx: HubContext): DataLoader<number, LeaderInCharge | null> {
  let loader = ctx.memo.get('leaderInCharge') as unknown as DataLoader<number, LeaderInCharge | null> | undefined;
  if (!loader) {
    loader = new DataLoader(async (ids: readonly number[]) => {
      const found = await currentLeaders(ctx.em, [...ids]);
      return ids.map((id) => found.get(id) ?? null);
    });
    ctx.memo.set('leaderInCharge', loader as never);
  }
  return loader;
}

/** 领导接访 and 包案: receptions, leaders in charge, their loads and their events. */
@Resolver()
export class DutyResolver {
  @Authorized(Role.LEADER, Role.DISPATCHER)
  @Mutation(() => ReceptionPayload, { description: '领导接访登记（非值班半天须说明原因；可登记为新的信访事项或关联已有案件）/ Record a leader’s reception; off-duty receptions need a reason' })
  async receptionRecord(@Arg('input', IN) input: ReceptionRecordInput, @Ctx() ctx: HubContext) {
    const reception = await new ReceptionService(ctx).register(input);
    const cases = input.outcome === 'CASE_CREATED' ? await reception.cases.loadItems() : [];
    return { reception, case: cases[0] ?? null };
  }

  @Authorized(Role.LEADER)
  @Mutation(() => CasePayload, { description: '领导包案（本人对案件负责直至办结）/ The signed-in leader takes personal charge of a case (包案)' })
  async caseLeaderInChargeTake(@Arg('input', IN) input: CaseLeaderInChargeTakeInput, @Ctx() ctx: HubContext) {
    return { case: await new LeaderInChargeService(ctx).take(input) };
  }

  @Authorized(...READERS)
  @Query(() => ReceptionConnection, { description: '某中心（含下级）的领导接访登记，最新在前 / Receptions at a center and below, newest first' })
  async receptions(
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) centerId: string,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: HubContext,
    @Arg('from', () => DateScalar, { nullable: true, description: '起（含，北京时间）/ From, inclusive (Beijing date)' }) from?: string,
    @Arg('to', () => DateScalar, { nullable: true, description: '止（含）/ To, inclusive' }) to?: string,
  ): Promise<Page<Reception>> {
    const center = await ctx.em.findOne(Center, { id: localId(centerId, 'Center') ?? -1 });
    if (!center) throw badInput('找不到该中心 / Unknown center', 'centerId');
    new ReceptionService(ctx).assertReader(center);
    const where: Record<string, unknown> = { center: { $or: [{ id: center.id }, { ancestry: { $like: `${center.childAncestry}%` } }] } };
    const at: Record<string, Date> = {};
    if (from) at.$gte = new Date(`${from}T00:00:00+08:00`);
    if (to) at.$lt = new Date(`${addCalendarDays(to, 1)}T00:00:00+08:00`);
    if (from || to) where.receivedAt = at;
    return paginate(ctx.em, Reception, where as never, { receivedAt: 'desc', id: 'desc' }, args);
  }

  @Authorized(Role.LEADER)
  @Query(() => CaseConnection, { description: '我包案的案件（当前），最新受理在前 / Cases the signed-in leader is in charge of now, newest first' })
  myCasesInCharge(@Args() args: ConnectionArgs, @Ctx() ctx: HubContext): Promise<Page<Case>> {
    return new LeaderInChargeService(ctx).mine(args);
  }

  @Authorized(...READERS)
  @Query(() => [LeaderLoad], { description: '某中心领导的包案负担并列（在办、超期）/ The leaders of a center side by side: open and overdue cases in charge' })
  async leaderLoads(@Arg('centerId', () => ID, { description: '中心ID（通常为旗县中心）/ Center ID, usually a county' }) centerId: string, @Ctx() ctx: HubContext): Promise<LeaderLoad[]> {
    const loads = await new LeaderInChargeService(ctx).loads(centerId);
    return loads.map((l) => ({
      leaderId: toGlobalId('User', l.leader.id), name: l.leader.displayName, title: l.leader.title, openCases: l.openCases, overdueCases: l.overdueCases,
    }));
  }

  @Authorized(Role.LEADER)
  @Subscription(() => HubEventView, {
    description: '包案领导：我包案案件的全部事件 / Every event of the cases the signed-in leader is in charge of',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, HubContext>) => {
      const events = context.events;
      if (!events) throw hubError('INTERNAL_SERVER_ERROR', 'the event hub is not running');
      const after = args.after == null ? undefined : fromCursor(args.after);
      const me = context.viewer.userId;
      return cancellable(async function* (signal) {
        for await (const e of eventStream(events, context, {
          topics: ['case', 'assignment', 'supervision'], after,
          accept: (event) => me !== null && (event.scope.leaderIds ?? []).includes(me),
          stillAllowed: (viewer) => viewer.hasRole(Role.LEADER),
        }, signal)) yield new HubEventView(e);
      });
    },
  })
  casesInChargeEvents(
    @Root() event: HubEventView,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
  ): HubEventView {
    return event;
  }
}

@Resolver(() => Reception)
export class ReceptionResolver {
  @FieldResolver(() => ID, { description: '接访领导（用户ID）/ The leader (user ID)' })
  leaderId(@Root() r: Reception): string {
    return toGlobalId('User', r.leader.id);
  }

  @FieldResolver(() => String, { description: '接访领导姓名 / The leader’s name' })
  async leaderName(@Root() r: Reception): Promise<string> {
    return (await r.leader.loadOrFail()).displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: '接访领导职务 / The leader’s position' })
  async leaderTitle(@Root() r: Reception): Promise<string | null> {
    return (await r.leader.loadOrFail()).title;
  }

  @FieldResolver(() => Center, { description: '接访中心 / Center' })
  center(@Root() r: Reception): Promise<Center> {
    return r.center.loadOrFail();
  }

  @FieldResolver(() => [Case], { description: '登记或关联的案件（仅您可见的）/ Cases opened or linked, those you may see' })
  async cases(@Root() r: Reception, @Ctx() ctx: HubContext): Promise<Case[]> {
    const access = new CaseAccess(ctx);
    const all = await r.cases.loadItems();
    const visible = await Promise.all(all.map((c) => access.canSee(c)));
    return all.filter((_, i) => visible[i]);
  }
}

@Resolver(() => LeaderInCharge)
export class LeaderInChargeResolver {
  @FieldResolver(() => ID, { description: '包案领导（用户ID）/ The leader (user ID)' })
  leaderId(@Root() l: LeaderInCharge): string {
    return toGlobalId('User', l.leader.id);
  }

  @FieldResolver(() => String, { description: '包案领导姓名 / The leader’s name' })
  async leaderName(@Root() l: LeaderInCharge): Promise<string> {
    return (await l.leader.loadOrFail()).displayName;
  }

  @FieldResolver(() => String, { nullable: true, description: '包案领导职务 / The leader’s position' })
  async leaderTitle(@Root() l: LeaderInCharge): Promise<string | null> {
    return (await l.leader.loadOrFail()).title;
  }
}

/** The case's responsible leader and receptions, next to the case's own fields. */
@Resolver(() => Case)
export class CaseDutyResolver {
  @FieldResolver(() => LeaderInCharge, { nullable: true, description: '当前包案领导；无则为空 / The leader in charge now (包案); null when none' })
  leaderInCharge(@Root() c: Case, @Ctx() ctx: HubContext): Promise<LeaderInCharge | null> {
    return leaderLoader(ctx).load(c.id);
  }

  @FieldResolver(() => [Reception], { description: '与本案有关的领导接访（最新在前）/ Leaders’ receptions about this case, newest first' })
  receptions(@Root() c: Case, @Ctx() ctx: HubContext): Promise<Reception[]> {
    return new ReceptionService(ctx).ofCase(c);
  }
}

/** The ledger's reception figures (same scope and period as the ledger itself). */
@Resolver(() => Ledger)
export class LedgerDutyResolver {
  @FieldResolver(() => ReceptionLedger, { description: '领导接访：按领导、按结果计数（周期内接访、按接访中心）/ Leaders’ receptions in the period, by leader and by outcome' })
  async receptions(@Root() ledger: Ledger, @Ctx() ctx: HubContext): Promise<ReceptionLedger> {
    const scope = await new LedgerService(ctx).scope(ledger.centerId);
    return receptionLedger(ctx.em, scope, ledger.from, ledger.to);
  }
}

export const DUTY_RESOLVERS = [DutyResolver, ReceptionResolver, LeaderInChargeResolver, CaseDutyResolver, LedgerDutyResolver] as const;
