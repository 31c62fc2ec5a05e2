import { Entity, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { Center } from '../organisation/center.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';

@ObjectType({ implements: Node, description: '工作人员账号 / A staff account' })
@Entity({ tableName: 'hub_user' })
export class User extends HubEntity {
  @Field({ description: '登录名（小写字母、数字、._-）/ Login name' })
  @Property({ length: 40 })
  @Unique()
  username!: string;

  /** argon2id hash; never leaves the server. */
  @Property({ length: 200, lazy: true, hidden: true })
  passwordHash!: string;

  @Field({ description: '姓名 / Display name' })
  @Property({ length: 50 })
  displayName!: string;

  @Field(() => String, { nullable: true, description: '职务，如“旗委副书记”（领导值班展示用）/ Position, shown on duty rotas' })
  @Property({ length: 50, nullable: true })
  title: string | null = null;

  /** Mobile phone; personal data. */
  @Property({ length: 20, nullable: true })
  phone: string | null = null;

  /** The center the person works at; admins over that center manage the account. */
  @ManyToOne(() => Center, { ref: true, index: true })
  homeCenter!: Ref<Center>;

  @Field(() => Boolean, { description: '账号是否启用 / Whether the account may sign in' })
  @Property()
  active: Opt<boolean> = true;

  @Field(() => DateTimeScalar, { nullable: true, description: '最近登录时间 / Last sign-in' })
  @Property({ type: 'datetime', nullable: true })
  lastLoginAt: Date | null = null;

  @OneToMany(() => RoleAssignment, (r) => r.user)
  roles = new Collection<RoleAssignment>(this);
}
