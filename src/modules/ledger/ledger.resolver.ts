import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { KEY } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { Role } from '../../shared/role.js';
import { countersStream, LiveCounters } from './counters.js';
import { ALL_PARTS, LedgerService } from './ledger.service.js';
import { Ledger, LedgerDimension, LedgerPeriodInput } from './ledger.types.js';

const READERS: string[] = [Role.DISPATCHER, Role.LEADER, Role.ADMIN, Role.AUDITOR];
const CENTER_ARG = { nullable: true, description: '中心（含下级）；为空表示全部（仅限全省范围的角色）/ Center with its subtree; null: everything (province-wide roles only)' };

/** Whether the field being resolved selects any of `names` anywhere below it (fragments followed). */
function selectsAny(info: GraphQLResolveInfo, names: string[]): boolean {
  const walk = (set: SelectionSetNode | undefined): boolean => !!set && set.selections.some((s) =>
    s.kind === Kind.FIELD ? names.includes(s.name.value) || walk(s.selectionSet)
      : s.kind === Kind.INLINE_FRAGMENT ? walk(s.selectionSet) : walk(info.fragments[s.name.value]?.selectionSet));
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}

@Resolver()
export class LedgerResolver {
  @Authorized(...READERS, KEY.STATISTICS_READ)
  @Query(() => Ledger, { description: '台账统计：周期内受理的案件，可按维度分组；数字与案件数据一致 / Ledger statistics of the cases received in a period, optionally broken down' })
  ledger(
    @Arg('period', () => LedgerPeriodInput, { description: '周期 / Period' }) period: LedgerPeriodInput,
    @Ctx() ctx: HubContext,
    @Arg('centerId', () => ID, CENTER_ARG) centerId?: string,
    @Arg('groupBy', () => LedgerDimension, { nullable: true, description: '分组维度 / Breakdown' }) groupBy?: LedgerDimension,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Ledger> {
    // Repeat sources, side tables and percentiles cost SQL of their own: only when asked for.
    const parts = info ? {
      repeatSources: selectsAny(info, ['repeatSourceCount', 'repeatSources']),
      sideTables: selectsAny(info, ['extensionsRequested', 'extensionsApproved', 'supervisions', 'feedbacks', 'satisfactionRate']),
      percentiles: selectsAny(info, ['dispatchMinutesMedian', 'dispatchMinutesP90', 'resolutionHoursMedian', 'resolutionHoursP90']),
    } : ALL_PARTS;
    return new LedgerService(ctx).ledger(centerId, period, groupBy, parts);
  }

  @Authorized(...READERS, KEY.STATISTICS_READ)
  @Subscription(() => LiveCounters, {
    description: '大屏实时计数：订阅时一次，此后案件变化时推送（节流：一阵变化只推一次）/ Live counters: once, then after changes, throttled',
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { centerId?: string | null }, HubContext>) => {
      const rescope = () => new LedgerService(context).scope(args.centerId);
      return countersStream(context, await rescope(), context.config.liveCounterThrottleMs, rescope);
    },
  })
  ledgerCounters(@Root() counters: LiveCounters, @Arg('centerId', () => ID, CENTER_ARG) _centerId?: string): LiveCounters {
    return counters;
  }
}
