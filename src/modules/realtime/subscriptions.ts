import type { SubscribeResolverData } from 'type-graphql';
import type { HubContext } from '../../shared/context.js';
import { hubError } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import type { Role } from '../../shared/role.js';
import type { LiveEvent } from '../../shared/event-log/event-hub.js';
import { fromCursor } from '../../shared/event-log/cursor.js';
import { cancellable } from '../../shared/event-log/stream-control.js';
import { Center } from '../organisation/center.entity.js';
import { HubEventView } from './event.types.js';
import { eventStream, type StreamSpec } from './stream.js';

/** What each feature's subscription resolvers share: argument shapes, refusals, and events as views. */
export type Args = Record<string, string | null | undefined>;
export type Data = SubscribeResolverData<unknown, Args, HubContext>;


export function unknownScope(what: string): Error {
  return hubError('BAD_USER_INPUT', `未知或无权订阅的范围：${what} / Unknown scope, or not yours`, { argument: what });
}

/** Checks the cursor before anything streams (a bad one is refused at subscribe), then maps events to views. */
export function views(ctx: HubContext, spec: Omit<StreamSpec, 'after'> & { after?: string | null }): AsyncGenerator<HubEventView> {
  const events = ctx.events;
  if (!events) throw new Error('the event hub is not running');
  const after = spec.after == null ? undefined : fromCursor(spec.after);
  return cancellable(async function* (signal) {
    for await (const e of eventStream(events, ctx, { ...spec, after }, signal)) yield new HubEventView(e);
  });
}

export async function centerPrefix(ctx: HubContext, globalId: string, roles: Role[]): Promise<string> {
  const center = await ctx.em.findOne(Center, { id: localId(globalId, 'Center') ?? -1 });
  if (!center || !ctx.viewer.can(roles, center)) throw unknownScope('centerId');
  return center.childAncestry;
}

export const inSubtree = (e: LiveEvent, prefix: string) => e.scope.centerPaths.some((p) => p.startsWith(prefix));
