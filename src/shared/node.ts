import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { DateTimeScalar } from './scalars.js';
import { toGlobalId } from './ids.js';

@InterfaceType('Node', {
  description: 'Relay 节点：可用 node(id) 直接取回的对象 / An object with a global ID, fetchable with node(id)',
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: '不透明的全局ID / Opaque global ID' })
  globalId!: string;
}

/**
 * Columns every stored object has. `version` is the optimistic lock: updates name the version the
 * client saw and lose with a CONFLICT user error when someone saved in between.
 */
@ObjectType()
export abstract class HubEntity {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => DateTimeScalar, { description: '创建时间 / When it was created' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Field(() => DateTimeScalar, { description: '最后修改时间 / When it last changed' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();

  @Field(() => Int, { description: '版本号，修改时须回传以防覆盖他人修改 / Version; send it back with updates' })
  @Property({ version: true, type: 'integer' })
  version!: Opt<number>;

  get globalId(): Opt<string> {
    return toGlobalId(this.constructor.name, this.id);
  }
}
