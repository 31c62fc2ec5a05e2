import { Entity, Enum, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Center } from '../organisation/center.entity.js';

/** What a third-party client may do with its key; each stands in for a role on the operations that accept it. */
export enum ApiCapability {
  CASES_READ = 'CASES_READ',
  CASES_SUBMIT = 'CASES_SUBMIT',
  ROSTERS_READ = 'ROSTERS_READ',
  STATISTICS_READ = 'STATISTICS_READ',
}

registerEnumType(ApiCapability, {
  name: 'ApiCapability',
  description: '第三方密钥的能力 / What a third-party API key may do',
  valuesConfig: {
    CASES_READ: { description: '读取所辖中心的案件摘要（当事人姓名、证件号、电话一律脱敏）/ Read case summaries of its centers, personal data masked' },
    CASES_SUBMIT: { description: '代群众提交案件（小程序“10分钟上报”）/ Submit cases for citizens' },
    ROSTERS_READ: { description: '读取已发布的排班（大屏、门户）/ Read published rotas' },
    STATISTICS_READ: { description: '读取台账统计与大屏计数 / Read ledger statistics and live counters' },
  },
});

/**
 * A key issued to a third-party frontend (mini-program, big screen, another government system).
 * The secret is shown once at creation; only its SHA-256 is stored. `prefix` identifies the key in
 * lists and logs. Keys are revoked, never deleted, so the audit trail keeps its subject.
 */
@ObjectType({ implements: Node, description: '第三方接入密钥 / An API key of a third-party client' })
@Entity()
export class ApiKey extends HubEntity {
  @Field({ description: '名称，如“伊码解纷小程序” / Name, e.g. the client it was issued to' })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: '密钥前缀（公开标识，不是密钥本身）/ Public prefix identifying the key' })
  @Property({ length: 16 })
  @Unique()
  prefix!: string;

  @Property({ length: 64 })
  secretHash!: string;

  @Field(() => [ApiCapability], { description: '能力 / Capabilities' })
  @Enum({ items: () => ApiCapability, array: true })
  capabilities!: ApiCapability[];

  @ManyToMany(() => Center, undefined, { owner: true, pivotTable: 'api_key_center' })
  centers = new Collection<Center>(this);

  @Field(() => Int, { description: '每分钟最多请求数（WebSocket 的连接与订阅同样计数）/ Requests per minute allowed' })
  @Property({ type: 'integer' })
  rateLimitPerMinute!: number;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field(() => DateTimeScalar, { nullable: true, description: '到期时间；为空则长期有效 / Expires at; null: no expiry' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '吊销时间 / When it was revoked' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  revokedBy: Ref<User> | null = null;

  @Field(() => DateTimeScalar, { nullable: true, description: '最近一次使用 / Last used' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  /** Start of the current one-minute rate window and the requests counted in it (kept by one UPDATE). */
  @Property({ type: 'datetime', nullable: true })
  windowStartedAt: Date | null = null;

  @Property({ type: 'integer' })
  windowCount: Opt<number> = 0;
}

/**
 * A document registered for one key (a trusted document / persisted query). A key may run only these;
 * clients send the SHA-256 of the document text (Apollo's `extensions.persistedQuery.sha256Hash`).
 */
@ObjectType({ implements: Node, description: '为密钥登记的可信操作（持久化查询）/ A trusted document registered for a key' })
@Entity()
@Unique({ properties: ['apiKey', 'sha256'] })
export class PersistedOperation extends HubEntity {
  @ManyToOne(() => ApiKey, { ref: true })
  apiKey!: Ref<ApiKey>;

  @Field({ description: '文档文本的 SHA-256（十六进制小写）/ SHA-256 of the document text, lower-case hex' })
  @Property({ length: 64 })
  sha256!: string;

  @Field(() => String, { nullable: true, description: '操作名 / Operation name' })
  @Property({ length: 100, nullable: true })
  operationName: string | null = null;

  @Field({ description: '文档文本 / Document text' })
  @Property({ type: 'text' })
  document!: string;

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;

  @Field(() => DateTimeScalar, { nullable: true, description: '停用时间；停用后不可再调用 / When it was retired' })
  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;
}
