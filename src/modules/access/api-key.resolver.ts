import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { HubContext } from '../../shared/context.js';
import type { Page } from '../../shared/pagination.js';
import { Role } from '../../shared/role.js';
import { Center } from '../organisation/center.entity.js';
import { ApiKey, PersistedOperation } from './api-key.entity.js';
import { ApiKeyService } from './api-key.service.js';
import {
  ApiKeyConnection, ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyPayload, ApiKeyRevokeInput, ApiKeysArgs, ApiKeyUpdateInput,
  PersistedOperationPayload, PersistedOperationRegisterInput, PersistedOperationRetireInput,
} from './api-key.types.js';

const INPUT = { description: '输入参数，见输入类型说明 / The input; see its type' };

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyConnection, { description: '第三方密钥（管理员，限其范围内中心的密钥，最新在前）/ API keys within your admin scope, newest first' })
  apiKeys(@Args() args: ApiKeysArgs, @Ctx() ctx: HubContext): Promise<Page<ApiKey>> {
    return new ApiKeyService(ctx).list(args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyCreatePayload, { description: '签发第三方密钥；完整密钥只在此返回一次 / Issue an API key; the full key is returned only here' })
  apiKeyCreate(@Arg('input', INPUT) input: ApiKeyCreateInput, @Ctx() ctx: HubContext) {
    return new ApiKeyService(ctx).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyPayload, { description: '修改密钥名称或限流 / Rename a key or change its rate limit' })
  async apiKeyUpdate(@Arg('input', INPUT) input: ApiKeyUpdateInput, @Ctx() ctx: HubContext) {
    return { apiKey: await new ApiKeyService(ctx).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyPayload, { description: '吊销密钥（立即生效）/ Revoke a key, effective at once' })
  async apiKeyRevoke(@Arg('input', INPUT) input: ApiKeyRevokeInput, @Ctx() ctx: HubContext) {
    return { apiKey: await new ApiKeyService(ctx).revoke(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PersistedOperationPayload, { description: '为密钥登记可信操作（检查语法、限制与能力）/ Register a trusted document for a key (checked against schema, limits and capabilities)' })
  async persistedOperationRegister(@Arg('input', INPUT) input: PersistedOperationRegisterInput, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo) {
    return { persistedOperation: await new ApiKeyService(ctx).register(input, info.schema) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PersistedOperationPayload, { description: '停用可信操作 / Retire a trusted document' })
  async persistedOperationRetire(@Arg('input', INPUT) input: PersistedOperationRetireInput, @Ctx() ctx: HubContext) {
    return { persistedOperation: await new ApiKeyService(ctx).retire(input) };
  }

  @FieldResolver(() => [Center], { description: '可访问的中心（含下级）/ Centers the key reaches, with their subtrees' })
  async centers(@Root() key: ApiKey): Promise<Center[]> {
    return (await key.centers.load()).getItems();
  }

  @FieldResolver(() => [PersistedOperation], { description: '已登记的可信操作 / Registered documents' })
  operations(@Root() key: ApiKey, @Ctx() ctx: HubContext): Promise<PersistedOperation[]> {
    return new ApiKeyService(ctx).operations(key);
  }

  @FieldResolver(() => String, { description: '签发人 / Issued by' })
  async createdByName(@Root() key: ApiKey): Promise<string> {
    return (await key.createdBy.loadOrFail()).displayName;
  }
}
