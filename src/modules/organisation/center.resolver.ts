import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED, KEY } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import type { Page } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { Center } from './center.entity.js';
import { CenterService } from './center.service.js';
import {
  ArchiveInput, CenterConnection, CenterCreateInput, CenterPayload, CentersArgs, CenterUpdateInput,
} from './center.types.js';
import { StationingService } from './stationing.service.js';
import { StationingConnection, StationingsArgs } from './stationing.types.js';

@Resolver(() => Center)
export class CenterResolver {
  @Authorized(AUTHENTICATED, KEY.ANY)
  @Query(() => CenterConnection, { description: '综治中心列表 / Centers' })
  centers(@Args() args: CentersArgs, @Ctx() ctx: HubContext): Promise<Page<Center>> {
    return new CenterService(ctx).list(args);
  }

  @FieldResolver(() => Center, { nullable: true, description: '上级中心 / Parent center' })
  parent(@Root() center: Center): Promise<Center> | null {
    return center.parent ? center.parent.loadOrFail() : null;
  }

  @FieldResolver(() => [Center], { description: '全部上级，自顶向下 / Ancestors, top first' })
  ancestors(@Root() center: Center, @Ctx() ctx: HubContext): Promise<Center[]> {
    return new CenterService(ctx).ancestors(center);
  }

  @FieldResolver(() => CenterConnection, { description: '直接下级中心 / Direct children' })
  children(@Root() center: Center, @Args() args: CentersArgs, @Ctx() ctx: HubContext): Promise<Page<Center>> {
    return new CenterService(ctx).list({ ...args, filter: { ...args.filter, parentId: center.globalId } });
  }

  @FieldResolver(() => StationingConnection, { description: '入驻本中心的部门 / Agencies stationed here' })
  stationings(@Root() center: Center, @Args() args: StationingsArgs, @Ctx() ctx: HubContext) {
    return new StationingService(ctx).list({ ...args, filter: { ...args.filter, centerId: center.globalId } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CenterPayload, { description: '新建综治中心 / Create a center' })
  async centerCreate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CenterCreateInput, @Ctx() ctx: HubContext): Promise<Partial<CenterPayload>> {
    return { center: await new CenterService(ctx).create(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CenterPayload, { description: '修改综治中心（可迁移上级）/ Update a center, possibly moving it' })
  async centerUpdate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: CenterUpdateInput, @Ctx() ctx: HubContext): Promise<Partial<CenterPayload>> {
    return { center: await new CenterService(ctx).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CenterPayload, { description: '归档综治中心 / Archive a center' })
  async centerArchive(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: ArchiveInput, @Ctx() ctx: HubContext): Promise<Partial<CenterPayload>> {
    return { center: await new CenterService(ctx).archive(input.id, input.version) };
  }
}
