import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { badInput } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/ids.js';
import { Node } from '../../shared/node.js';
import { Category } from '../catalog/category.entity.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import { User } from '../identity/user.entity.js';
import { UserService } from '../identity/user.service.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Stationing } from '../organisation/stationing.entity.js';

/**
 * Every type reachable through `node(id)` with the rule for who may see one. A type missing here is
 * not fetchable by ID at all (fail closed).
 */
const NODE_TYPES: Record<string, { entity: new () => object; visible: (ctx: HubContext, node: never) => Promise<boolean> | boolean }> = {
  Center: { entity: Center, visible: () => true },
  Agency: { entity: Agency, visible: () => true },
  Stationing: { entity: Stationing, visible: () => true },
  Mediator: { entity: Mediator, visible: () => true },
  Category: { entity: Category, visible: () => true },
  User: { entity: User, visible: (ctx, user: User) => new UserService(ctx).canSee(user) },
  RoleAssignment: {
    entity: RoleAssignment,
    visible: async (ctx, r: RoleAssignment) => new UserService(ctx).canSee(await r.user.loadOrFail()),
  },
};

async function resolveNode(ctx: HubContext, globalId: string): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  const type = decoded && NODE_TYPES[decoded.type];
  if (!decoded || !type) return null;
  const found = await ctx.em.findOne(type.entity, { id: decoded.id } as never);
  if (!found) return null;
  // Objects the viewer may not see look exactly like missing ones.
  return (await type.visible(ctx, found as never)) ? (found as unknown as Node) : null;
}

@Resolver()
export class NodeResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => Node, { nullable: true, description: '按全局ID取对象；无权查看时返回 null / Fetch an object by global ID; null when missing or not visible' })
  node(@Arg('id', () => ID, { description: '全局ID / Global ID' }) id: string, @Ctx() ctx: HubContext): Promise<Node | null> {
    return resolveNode(ctx, id);
  }

  @Authorized(AUTHENTICATED)
  @Query(() => [Node], { nullable: 'items', description: '按全局ID批量取对象（最多100个）/ Fetch up to 100 objects by global ID' })
  nodes(@Arg('ids', () => [ID], { description: '全局ID列表（最多100个）/ Global IDs, at most 100' }) ids: string[], @Ctx() ctx: HubContext): Promise<(Node | null)[]> {
    if (ids.length > 100) throw badInput('ids 最多100个 / At most 100 ids', 'ids');
    return Promise.all(ids.map((id) => resolveNode(ctx, id)));
  }
}
