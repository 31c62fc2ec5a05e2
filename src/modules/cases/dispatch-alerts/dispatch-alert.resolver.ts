import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { HubContext } from '../../../shared/context.js';
import { hubError, UserError, UserErrorCode, UserErrors } from '../../../shared/errors.js';
import { localId } from '../../../shared/ids.js';
import { checkVersion, findByGlobalId } from '../../../shared/lookup.js';
import { inTransaction } from '../../../shared/transaction.js';
import { Validator } from '../../../shared/validation.js';
import { Viewer } from '../../../shared/viewer.js';
import { CaseEventType } from '../case-event.entity.js';
import { Role } from '../../../shared/role.js';
import { Center } from '../../organisation/center.entity.js';
import { HubEventView } from '../../realtime/event.types.js';
import { cancellable } from '../../../shared/event-log/stream-control.js';
import { eventStream } from '../../realtime/stream.js';
import { fromCursor, RESUME_AFTER } from '../../../shared/event-log/cursor.js';
import { DispatchTarget } from './dispatch-alert.entity.js';
import { dispatchTargetSeconds } from './dispatch-alert.service.js';

@InputType({ description: '设置中心的分流时限 / Set a center’s dispatch target' })
class CenterDispatchTargetSetInput {
  @Field(() => ID, { description: '中心 / Center' }) centerId!: string;
  @Field(() => Int, { description: '受理后须在多少秒内分流（1–86400，如 900 = 15分钟）/ Seconds from intake to dispatch (1–86400, e.g. 900 = 15 minutes)' }) seconds!: number;
  @Field(() => Int, { nullable: true, description: '已有设置的版本号（首次设置不传）/ Version of the existing setting; omit the first time' }) version?: number | null;
}

@ObjectType({ description: '设置结果 / Result of setting the dispatch target' })
class CenterDispatchTargetSetPayload {
  @Field(() => DispatchTarget, { nullable: true, description: '分流时限 / The dispatch target' }) dispatchTarget?: DispatchTarget | null;
  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' }) userErrors!: UserError[];
}

type Data = SubscribeResolverData<unknown, Record<string, string | null | undefined>, HubContext>;

/** Dispatchers of the center: granted, or the day's 楼长 through the rota (duty-grants.ts). */
const dispatchesAt = (viewer: Viewer, paths: string[]) =>
  viewer.grants.some((g) => g.role === Role.DISPATCHER && (g.centerId === null || paths.some((p) => p.startsWith(g.subtreePrefix!))));

@Resolver(() => Center)
export class DispatchAlertResolver {
  @FieldResolver(() => Int, { description: '分流时限（秒）：本中心的设置，否则上级中心的，否则 900（15分钟，“伊码解纷”承诺）/ Dispatch target in seconds: own, else the nearest above, else 900' })
  dispatchTargetSeconds(@Root() center: Center, @Ctx() ctx: HubContext): Promise<number> {
    return dispatchTargetSeconds(ctx.em, center);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CenterDispatchTargetSetPayload, {
    description: '设置中心的分流时限：超过时限（及两倍时限）仍未分流的案件即时提醒本中心受理分流员和当日楼长 / Set a center’s dispatch target; cases waiting past it (and twice it) alert the dispatchers and the day’s 楼长 at that minute',
  })
  async centerDispatchTargetSet(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CenterDispatchTargetSetInput, @Ctx() ctx: HubContext) {
    const v = new Validator();
    const center = await findByGlobalId(ctx.em, Center, input.centerId, v, 'centerId', '中心');
    v.throwIfAny();
    ctx.viewer.assertCan([Role.ADMIN], center!, '设置该中心的分流时限');
    v.check(Number.isInteger(input.seconds) && input.seconds >= 1 && input.seconds <= 86_400, 'seconds', UserErrorCode.OUT_OF_RANGE, '分流时限须为1到86400秒');
    v.throwIfAny();
    const dispatchTarget = await inTransaction(ctx.em, async () => {
      const existing = await ctx.em.findOne(DispatchTarget, { center: center!.id });
      if (existing) {
        if (input.version == null) throw UserErrors.of(['input', 'version'], UserErrorCode.REQUIRED, '修改已有设置须提供版本号');
        if (!checkVersion(v, existing, input.version, '分流时限')) v.throwIfAny();
        existing.seconds = input.seconds;
        await ctx.em.flush();
        return existing;
      }
      const created = ctx.em.create(DispatchTarget, { center: center!, seconds: input.seconds });
      await ctx.em.flush();
      return created;
    });
    return { dispatchTarget };
  }

  @Authorized(Role.DISPATCHER, Role.LEADER)
  @Subscription(() => HubEventView, {
    description: '超时未分流提醒：案件受理后超过中心分流时限（默认15分钟）及两倍时限仍未分流时，在那一刻推送给本中心受理分流员和当日楼长；每件每档仅一次 / Dispatch-target alerts, pushed at the minute a case has waited past its center’s target and twice it; once per case and threshold; for the center’s dispatchers and the day’s 楼长',
    subscribe: async ({ args, context }: Data) => {
      if (!context.events) throw new Error('the event hub is not running');
      let prefix: string | undefined;
      if (args.centerId) {
        const center = await context.em.findOne(Center, { id: localId(args.centerId, 'Center') ?? -1 });
        if (!center || !context.viewer.can([Role.DISPATCHER, Role.LEADER], center)) {
          throw hubError('BAD_USER_INPUT', '未知或无权订阅的范围：centerId / Unknown scope, or not yours', { argument: 'centerId' });
        }
        prefix = center.childAncestry;
      }
      const after = args.after == null ? undefined : fromCursor(args.after);
      const events = context.events;
      return cancellable(async function* (signal) {
        const stream = eventStream(events, context, {
          topics: ['supervision'], after,
          accept: (e, viewer) => e.type === CaseEventType.DISPATCH_TARGET_MISSED
            && (prefix === undefined || e.scope.centerPaths.some((p) => p.startsWith(prefix!)))
            && dispatchesAt(viewer, e.scope.centerPaths),
        }, signal);
        for await (const e of stream) {
          if (e.topic === 'system' || e.type === CaseEventType.DISPATCH_TARGET_MISSED) yield new HubEventView(e);
        }
      });
    },
  })
  dispatchAlerts(
    @Root() event: HubEventView,
    @Arg('centerId', () => ID, { nullable: true, description: '中心；不传则为您的全部范围 / Center; default: all your scope' }) _centerId?: string,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
  ): HubEventView {
    return event;
  }
}
