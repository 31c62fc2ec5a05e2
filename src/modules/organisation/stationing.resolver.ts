import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import type { Page } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { Agency } from './agency.entity.js';
import { Center } from './center.entity.js';
import { Stationing } from './stationing.entity.js';
import { StationingService } from './stationing.service.js';
import {
  StationingConnection, StationingCreateInput, StationingEndInput, StationingPayload, StationingsArgs, StationingUpdateInput,
} from './stationing.types.js';

@Resolver(() => Stationing)
export class StationingResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => StationingConnection, { description: '部门入驻记录 / Stationings of agencies at centers' })
  stationings(@Args() args: StationingsArgs, @Ctx() ctx: HubContext): Promise<Page<Stationing>> {
    return new StationingService(ctx).list(args);
  }

  @FieldResolver(() => Agency, { description: '部门 / Agency' })
  agency(@Root() s: Stationing): Promise<Agency> {
    return s.agency.loadOrFail();
  }

  @FieldResolver(() => Center, { description: '中心 / Center' })
  center(@Root() s: Stationing): Promise<Center> {
    return s.center.loadOrFail();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StationingPayload, { description: '安排部门入驻中心 / Station an agency at a center' })
  async stationingCreate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: StationingCreateInput, @Ctx() ctx: HubContext): Promise<Partial<StationingPayload>> {
    return { stationing: await new StationingService(ctx).create(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StationingPayload, { description: '修改入驻 / Update a stationing' })
  async stationingUpdate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: StationingUpdateInput, @Ctx() ctx: HubContext): Promise<Partial<StationingPayload>> {
    return { stationing: await new StationingService(ctx).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StationingPayload, { description: '结束入驻 / End a stationing' })
  async stationingEnd(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: StationingEndInput, @Ctx() ctx: HubContext): Promise<Partial<StationingPayload>> {
    return { stationing: await new StationingService(ctx).end(input) };
  }
}
