import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED, KEY } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import type { Page } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { Agency } from './agency.entity.js';
import { AgencyService } from './agency.service.js';
import { AgenciesArgs, AgencyConnection, AgencyCreateInput, AgencyPayload, AgencyUpdateInput } from './agency.types.js';
import { Center } from './center.entity.js';
import { ArchiveInput } from './center.types.js';
import { MediatorService } from './mediator.service.js';
import { MediatorConnection, MediatorsArgs } from './mediator.types.js';
import { StationingService } from './stationing.service.js';
import { StationingConnection, StationingsArgs } from './stationing.types.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Authorized(AUTHENTICATED, KEY.ANY)
  @Query(() => AgencyConnection, { description: '部门与力量列表 / Agencies' })
  agencies(@Args() args: AgenciesArgs, @Ctx() ctx: HubContext): Promise<Page<Agency>> {
    return new AgencyService(ctx).list(args);
  }

  @FieldResolver(() => Center, { description: '归属中心 / Center the agency belongs to' })
  center(@Root() agency: Agency): Promise<Center> {
    return agency.center.loadOrFail();
  }

  @FieldResolver(() => StationingConnection, { description: '入驻情况 / Where the agency is stationed' })
  stationings(@Root() agency: Agency, @Args() args: StationingsArgs, @Ctx() ctx: HubContext) {
    return new StationingService(ctx).list({ ...args, filter: { ...args.filter, agencyId: agency.globalId } });
  }

  @FieldResolver(() => MediatorConnection, { description: '本部门的调解员 / Mediators of this agency' })
  mediators(@Root() agency: Agency, @Args() args: MediatorsArgs, @Ctx() ctx: HubContext) {
    return new MediatorService(ctx).list({ ...args, filter: { ...args.filter, agencyId: agency.globalId } });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgencyPayload, { description: '新建部门 / Create an agency' })
  async agencyCreate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: AgencyCreateInput, @Ctx() ctx: HubContext): Promise<Partial<AgencyPayload>> {
    return { agency: await new AgencyService(ctx).create(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgencyPayload, { description: '修改部门 / Update an agency' })
  async agencyUpdate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: AgencyUpdateInput, @Ctx() ctx: HubContext): Promise<Partial<AgencyPayload>> {
    return { agency: await new AgencyService(ctx).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgencyPayload, { description: '归档部门 / Archive an agency' })
  async agencyArchive(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: ArchiveInput, @Ctx() ctx: HubContext): Promise<Partial<AgencyPayload>> {
    return { agency: await new AgencyService(ctx).archive(input.id, input.version) };
  }
}
