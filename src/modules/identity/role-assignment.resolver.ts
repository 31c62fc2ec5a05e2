import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { User } from './user.entity.js';

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => User, { description: '被授权的用户 / The user' })
  user(@Root() r: RoleAssignment): Promise<User> {
    return r.user.loadOrFail();
  }

  @FieldResolver(() => Center, { nullable: true, description: '范围中心；空表示全域 / Scope center; null: every center' })
  center(@Root() r: RoleAssignment): Promise<Center> | null {
    return r.center ? r.center.loadOrFail() : null;
  }

  @FieldResolver(() => Agency, { nullable: true, description: '限定的部门 / Agency, for AGENCY_STAFF' })
  agency(@Root() r: RoleAssignment): Promise<Agency> | null {
    return r.agency ? r.agency.loadOrFail() : null;
  }

  @FieldResolver(() => Mediator, { nullable: true, description: '对应的调解员 / Mediator, for MEDIATOR' })
  mediator(@Root() r: RoleAssignment): Promise<Mediator> | null {
    return r.mediator ? r.mediator.loadOrFail() : null;
  }
}
