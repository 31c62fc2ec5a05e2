import { Entity, Enum, Index, ManyToOne } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { HubEntity, Node } from '../../shared/node.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { Role } from '../../shared/role.js';
import { User } from './user.entity.js';

/**
 * A role granted to a user over a center subtree (`center` null: every center, only for ADMIN and AUDITOR),
 * narrowed to one agency for AGENCY_STAFF and to one mediator for MEDIATOR.
 */
@ObjectType({ implements: Node, description: '角色授权 / A role granted to a user over a center subtree' })
@Entity()
@Index({
  name: 'role_assignment_uniq',
  expression:
    'create unique index "role_assignment_uniq" on "role_assignment" ("user_id", "role", "center_id", "agency_id", "mediator_id") nulls not distinct',
})
export class RoleAssignment extends HubEntity {
  @ManyToOne(() => User, { ref: true, index: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => Role, { description: '角色 / Role' })
  @Enum(() => Role)
  role!: Role;

  @ManyToOne(() => Center, { ref: true, nullable: true })
  center: Ref<Center> | null = null;

  @ManyToOne(() => Agency, { ref: true, nullable: true })
  agency: Ref<Agency> | null = null;

  @ManyToOne(() => Mediator, { ref: true, nullable: true })
  mediator: Ref<Mediator> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  grantedBy: Ref<User> | null = null;
}
