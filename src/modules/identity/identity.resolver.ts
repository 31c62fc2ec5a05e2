import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AUTHENTICATED, PUBLIC } from '../../shared/auth.js';
import type { HubContext } from '../../shared/context.js';
import { maskPhone } from '../../shared/masking.js';
import type { Page } from '../../shared/pagination.js';
import { Center } from '../organisation/center.entity.js';
import {
  RoleAssignmentPayload, RoleGrantInput, RoleRevokeInput, RoleRevokePayload, SessionCreateInput, SessionPayload,
  SessionRenewInput, SessionRevokePayload, UserConnection, UserCreateInput, UserPayload, UsersArgs, UserUpdateInput,
  ViewerPasswordChangeInput,
} from './identity.types.js';
import { RoleAssignment as RoleAssignmentType } from './role-assignment.entity.js';
import { Role } from '../../shared/role.js';
import { SessionService } from './session.service.js';
import { User } from './user.entity.js';
import { UserService } from './user.service.js';

function sessions(ctx: HubContext): SessionService {
  return new SessionService(ctx, ctx.signer);
}

@Resolver(() => User)
export class IdentityResolver {
  @Authorized(AUTHENTICATED)
  @Query(() => User, { description: '当前登录的用户 / The signed-in user' })
  viewer(@Ctx() ctx: HubContext): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: ctx.viewer.userId! });
  }

  @Authorized(Role.ADMIN, Role.AUDITOR)
  @Query(() => UserConnection, { description: '用户列表（限管理员、审计员的范围）/ Users within your admin or auditor scope' })
  users(@Args() args: UsersArgs, @Ctx() ctx: HubContext): Promise<Page<User>> {
    return new UserService(ctx).list(args);
  }

  @FieldResolver(() => Center, { description: '工作单位 / Home center' })
  homeCenter(@Root() user: User): Promise<Center> {
    return user.homeCenter.loadOrFail();
  }

  @FieldResolver(() => [RoleAssignmentType], { description: '角色授权 / Roles granted' })
  async roles(@Root() user: User) {
    return (await user.roles.load()).getItems();
  }

  @FieldResolver(() => String, { nullable: true, description: '手机号；非本人且非管理员时脱敏 / Mobile, masked unless yours or you admin it' })
  async phone(@Root() user: User, @Ctx() ctx: HubContext): Promise<string | null> {
    if (user.phone === null) return null;
    return (await new UserService(ctx).canReadPhone(user)) ? user.phone : maskPhone(user.phone);
  }

  @Authorized(PUBLIC)
  @Mutation(() => SessionPayload, { description: '登录，获取访问令牌和续期令牌 / Sign in' })
  sessionCreate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: SessionCreateInput, @Ctx() ctx: HubContext) {
    return sessions(ctx).login(input.username, input.password);
  }

  @Authorized(PUBLIC)
  @Mutation(() => SessionPayload, { description: '用续期令牌换取新的令牌对（旧续期令牌作废）/ Renew tokens; the old refresh token stops working' })
  sessionRenew(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: SessionRenewInput, @Ctx() ctx: HubContext) {
    return sessions(ctx).renew(input.refreshToken);
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => SessionRevokePayload, { description: '退出登录：撤销当前会话 / Sign out: revoke this session' })
  async sessionRevoke(@Ctx() ctx: HubContext) {
    return { revoked: await sessions(ctx).revoke() };
  }

  @Authorized(AUTHENTICATED)
  @Mutation(() => UserPayload, { description: '修改本人密码（其他会话将注销）/ Change your password; other sessions end' })
  async viewerPasswordChange(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: ViewerPasswordChangeInput, @Ctx() ctx: HubContext) {
    return { user: await new UserService(ctx).changeOwnPassword(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: '新建工作人员账号 / Create a staff account' })
  async userCreate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: UserCreateInput, @Ctx() ctx: HubContext) {
    return { user: await new UserService(ctx).create(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: '修改账号、停用或重设密码 / Update, deactivate or reset an account' })
  async userUpdate(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: UserUpdateInput, @Ctx() ctx: HubContext) {
    return { user: await new UserService(ctx).update(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RoleAssignmentPayload, { description: '授予角色 / Grant a role' })
  async userRoleGrant(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: RoleGrantInput, @Ctx() ctx: HubContext) {
    return { roleAssignment: await new UserService(ctx).grant(input) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RoleRevokePayload, { description: '撤销角色（立即生效）/ Revoke a role, effective at once' })
  userRoleRevoke(@Arg('input', { description: '输入参数，见输入类型说明 / The input; see its type' }) input: RoleRevokeInput, @Ctx() ctx: HubContext) {
    return new UserService(ctx).revoke(input.id);
  }
}


