import { Arg, Authorized, ID, Resolver, Root, Subscription } from 'type-graphql';
import { PUBLIC } from '../../shared/auth.js';
import { RESUME_AFTER } from '../../shared/event-log/cursor.js';
import { localId } from '../../shared/ids.js';
import { Center } from '../organisation/center.entity.js';
import { HubEventView } from '../realtime/event.types.js';
import { unknownScope, views, type Data } from '../realtime/subscriptions.js';
import { TodayDuties } from './roster.resolver.js';
import { todayStream, type TodaySnapshot } from './today.js';

/** The roster subscriptions: a center's roster changes and its public "today's duties". */
@Resolver()
export class RosterSubscriptionResolver {
  @Authorized(PUBLIC)
  @Subscription(() => HubEventView, {
    description: '某中心的排班变化：所有人可收到发布（PUBLISHED），本中心排班员和领导还可收到每次保存 / Roster changes: publications for everyone, every save for the center’s schedulers and leaders',
    subscribe: async ({ args, context }: Data) => {
      const center = await context.em.findOne(Center, { id: localId(args.centerId ?? '', 'Center') ?? -1 });
      if (!center) throw unknownScope('centerId');
      const prefix = center.childAncestry;
      return views(context, { topics: ['roster'], after: args.after, accept: (e) => e.scope.centerPaths.some((p) => p === prefix) });
    },
  })
  rosterChanges(
    @Root() event: HubEventView,
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) _centerId: string,
    @Arg('after', () => String, RESUME_AFTER) _after?: string,
  ): HubEventView {
    return event;
  }

  @Authorized(PUBLIC)
  @Subscription(() => TodayDuties, {
    description: '公开：某中心今日值班（排班变化时、北京时间零点换日时推送）/ Public: today’s duties, pushed on changes and at midnight',
    subscribe: async ({ args, context }: Data) => {
      const center = await context.em.findOne(Center, { id: localId(args.centerId ?? '', 'Center') ?? -1 });
      if (!center) throw unknownScope('centerId');
      return todayStream(context, center);
    },
  })
  todayDuties(
    @Root() snapshot: TodaySnapshot,
    @Arg('centerId', () => ID, { description: '中心ID / Center ID' }) _centerId: string,
  ): TodayDuties {
    return {
      date: snapshot.date, reason: snapshot.reason,
      duties: snapshot.duties.map((d) => ({ date: d.date, kind: d.kind, slot: d.slot, name: d.name, title: d.title, room: d.room, topics: d.topics })),
    };
  }

}
