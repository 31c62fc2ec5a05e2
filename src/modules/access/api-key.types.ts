import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { ApiCapability, ApiKey, PersistedOperation } from './api-key.entity.js';

@ObjectType({ description: '密钥分页 / A page of API keys' })
export class ApiKeyConnection extends Connection(ApiKey, 'ApiKey') {}

@ArgsType()
export class ApiKeysArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: '包含已吊销的 / Include revoked keys' })
  includeRevoked?: boolean | null;
}

@InputType({ description: '签发第三方密钥 / Issue an API key' })
export class ApiKeyCreateInput {
  @Field({ description: '名称（接入方与用途）/ Name: who uses it for what' })
  name!: string;

  @Field(() => [ID], { description: '可访问的中心（含下级），须在您的管理范围内 / Centers (with their subtrees) the key may reach; within your admin scope' })
  centerIds!: string[];

  @Field(() => [ApiCapability], { description: '能力 / Capabilities' })
  capabilities!: ApiCapability[];

  @Field(() => Int, { nullable: true, description: '每分钟最多请求数（1–6000，默认600）/ Requests per minute (1–6000, default 600)' })
  rateLimitPerMinute?: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '到期时间 / Expiry' })
  expiresAt?: Date | null;
}

@InputType({ description: '修改密钥的名称或限流 / Rename a key or change its rate limit' })
export class ApiKeyUpdateInput {
  @Field(() => ID, { description: '密钥ID / Key ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;

  @Field(() => String, { nullable: true, description: '名称 / Name' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: '每分钟最多请求数（1–6000）/ Requests per minute' })
  rateLimitPerMinute?: number | null;
}

@InputType({ description: '吊销密钥（立即生效，不可恢复）/ Revoke a key, at once and for good' })
export class ApiKeyRevokeInput {
  @Field(() => ID, { description: '密钥ID / Key ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;
}

@InputType({ description: '为密钥登记一个可信操作 / Register a trusted document for a key' })
export class PersistedOperationRegisterInput {
  @Field(() => ID, { description: '密钥ID / Key ID' })
  apiKeyId!: string;

  @Field({ description: '操作文本（恰好一个具名操作；客户端按此文本的 SHA-256 调用）/ The document: exactly one named operation; clients call it by the SHA-256 of this text' })
  document!: string;
}

@InputType({ description: '停用一个可信操作 / Retire a trusted document' })
export class PersistedOperationRetireInput {
  @Field(() => ID, { description: '操作ID / Operation ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;
}

@ObjectType({ description: '签发密钥的结果 / Result of issuing a key' })
export class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true, description: '密钥 / The key' })
  apiKey?: ApiKey | null;

  @Field(() => String, { nullable: true, description: '完整密钥，只显示这一次，请立即妥善保存 / The full key, shown only this once' })
  secret?: string | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@ObjectType({ description: '密钥修改结果 / Result of changing a key' })
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: '密钥 / The key' })
  apiKey?: ApiKey | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@ObjectType({ description: '可信操作登记结果 / Result of registering a document' })
export class PersistedOperationPayload {
  @Field(() => PersistedOperation, { nullable: true, description: '登记的操作 / The operation' })
  persistedOperation?: PersistedOperation | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}
