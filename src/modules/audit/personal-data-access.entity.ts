import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../shared/scalars.js';
import { User } from '../identity/user.entity.js';
import { Case } from '../cases/case.entity.js';
import { Party } from '../cases/party.entity.js';

/**
 * One unmasked read of a party's ID number or phone: who, what, when and why. Written in the same
 * operation that returned the value; append-only (a trigger refuses update and delete).
 */
@ObjectType({ description: '个人信息明文查看记录 / One read of unmasked personal data' })
@Entity()
@Index({ properties: ['at'] })
@Index({ properties: ['user', 'at'] })
export class PersonalDataAccess {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => DateTimeScalar, { description: '时间 / When' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => Case, { ref: true, index: true })
  case!: Ref<Case>;

  @ManyToOne(() => Party, { ref: true })
  party!: Ref<Party>;

  @Field(() => [String], { description: '查看的字段，如 idNumber、phone / Fields read in full' })
  @Property({ type: 'json' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: '调用方说明的事由（请求头 X-Access-Reason）/ Reason given by the caller' })
  @Property({ length: 200, nullable: true })
  reason: string | null = null;

  @Field(() => String, { nullable: true, description: 'GraphQL 操作名 / Operation name' })
  @Property({ length: 100, nullable: true })
  operationName: string | null = null;

  @Field({ description: '请求ID（与日志对应）/ Request ID, as in the logs' })
  @Property({ length: 64 })
  requestId!: string;

  @Field(() => String, { nullable: true, description: '客户端地址 / Client address' })
  @Property({ length: 64, nullable: true })
  clientIp: string | null = null;
}
