import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { maskPhone } from '../../shared/masking.js';
import type { Page } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { Agency } from './agency.entity.js';
import { ArchiveInput } from './center.types.js';
import { Mediator } from './mediator.entity.js';
import { MediatorService } from './mediator.service.js';
import { MediatorConnection, MediatorCreateInput, MediatorPayload, MediatorsArgs, MediatorUpdateInput } from './mediator.types.js';

@Resolver(() => Mediator)
export class MediatorResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => MediatorConnection, { description: '调解员列表 / Mediators' })
  mediators(@Args() args: MediatorsArgs, @Ctx() ctx: HubContext): Promise<Page<Mediator>> {
    return new MediatorService(ctx).list(args);
  }

  @FieldResolver(() => Agency, { description: '所属部门或调解组织 / Agency' })
  agency(@Root() m: Mediator): Promise<Agency> {
    return m.agency.loadOrFail();
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '手机号；范围外的查看者看到脱敏号码 138****5678 / Mobile; masked outside the viewer’s scope',
  })
  async phone(@Root() m: Mediator, @Ctx() ctx: HubContext): Promise<string | null> {
    if (m.phone === null) return null;
    return (await new MediatorService(ctx).canReadPhone(m)) ? m.phone : maskPhone(m.phone);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MediatorPayload, { description: '新建调解员 / Create a mediator' })
  async mediatorCreate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: MediatorCreateInput, @Ctx() ctx: HubContext): Promise<Partial<MediatorPayload>> {
    return { mediator: await new MediatorService(ctx).create(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MediatorPayload, { description: '修改调解员 / Update a mediator' })
  async mediatorUpdate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: MediatorUpdateInput, @Ctx() ctx: HubContext): Promise<Partial<MediatorPayload>> {
    return { mediator: await new MediatorService(ctx).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MediatorPayload, { description: '归档调解员 / Archive a mediator' })
  async mediatorArchive(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: ArchiveInput, @Ctx() ctx: HubContext): Promise<Partial<MediatorPayload>> {
    return { mediator: await new MediatorService(ctx).archive(input.id, input.version) };
  }
}
