import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../shared/errors.js';
import { Connection, ConnectionArgs } from '../../shared/pagination.js';
import { DateTimeScalar } from '../../shared/scalars.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Role } from '../../shared/role.js';
import { User } from './user.entity.js';

@ObjectType({ description: '用户分页 / A page of users' })
export class UserConnection extends Connection(User, 'User') {}

@InputType({ description: '登录 / Sign in' })
export class SessionCreateInput {
  @Field({ description: '登录名 / Username' })
  username!: string;

  @Field({ description: '密码 / Password' })
  password!: string;
}

@InputType({ description: '续期 / Renew tokens' })
export class SessionRenewInput {
  @Field({ description: '登录或上次续期得到的续期令牌（一次性）/ The refresh token from sign-in or the last renewal (single use)' })
  refreshToken!: string;
}

@ObjectType({ description: '登录/续期结果 / Result of sign-in or renewal' })
export class SessionPayload {
  @Field(() => String, { nullable: true, description: '访问令牌，放在 Authorization: Bearer 中 / Access token for the Authorization header' })
  accessToken?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: '访问令牌到期时间 / When the access token expires' })
  accessTokenExpiresAt?: Date;

  @Field(() => String, { nullable: true, description: '续期令牌（一次性，妥善保存）/ Refresh token; single use, keep it secret' })
  refreshToken?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: '续期令牌到期时间 / When the refresh token expires' })
  refreshTokenExpiresAt?: Date;

  @Field(() => User, { nullable: true, description: '登录的用户 / The signed-in user' })
  user?: User;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@ObjectType({ description: '退出登录结果 / Result of signing out' })
export class SessionRevokePayload {
  @Field({ description: '是否撤销了会话 / Whether a session was revoked' })
  revoked!: boolean;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@InputType({ description: '用户筛选 / Filter for users' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: '工作单位在该中心及其下级 / Home center in this subtree' })
  centerSubtreeOf?: string | null;

  @Field(() => Role, { nullable: true, description: '具有该角色 / Holding this role' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: '启用状态 / Active or not' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: '登录名或姓名包含 / Username or name contains' })
  search?: string | null;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true, description: '筛选 / Filter' })
  filter?: UserFilter | null;
}

@InputType({ description: '新建工作人员账号 / Create a staff account' })
export class UserCreateInput {
  @Field({ description: '登录名：3–40位小写字母、数字或 ._- / Username' })
  username!: string;

  @Field({ description: '初始密码：至少10位，含两类字符 / Initial password' })
  password!: string;

  @Field({ description: '姓名 / Display name' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: '职务 / Position' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '手机号 / Mobile' })
  phone?: string | null;

  @Field(() => ID, { description: '工作单位（中心）/ Home center' })
  homeCenterId!: string;
}

@InputType({ description: '修改账号 / Update an account' })
export class UserUpdateInput {
  @Field(() => ID, { description: '用户ID / User ID' })
  id!: string;

  @Field(() => Int, { description: '您看到的版本号 / The version you saw' })
  version!: number;

  @Field(() => String, { nullable: true, description: '姓名 / Display name' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: '职务 / Position' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '手机号 / Mobile' })
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: '工作单位 / Home center' })
  homeCenterId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '启用；停用会立即注销其全部会话 / Active; deactivating ends all sessions' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: '重设密码 / New password' })
  password?: string | null;
}

@InputType({ description: '修改本人密码 / Change your own password' })
export class ViewerPasswordChangeInput {
  @Field({ description: '当前密码 / Current password' })
  currentPassword!: string;

  @Field({ description: '新密码 / New password' })
  newPassword!: string;
}

@ObjectType({ description: '用户变更结果 / Result of a user mutation' })
export class UserPayload {
  @Field(() => User, { nullable: true, description: '用户；出错时为空 / The user, null on error' })
  user?: User | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@InputType({ description: '授予角色 / Grant a role' })
export class RoleGrantInput {
  @Field(() => ID, { description: '用户 / User' })
  userId!: string;

  @Field(() => Role, { description: '角色 / Role' })
  role!: Role;

  @Field(() => ID, {
    nullable: true,
    description: '范围：该中心及其下级；空表示全域（仅管理员、审计员）。部门/调解员角色默认取其归属中心 / Scope center; empty: every center',
  })
  centerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'AGENCY_STAFF 必填：所属部门 / Agency, for AGENCY_STAFF' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'MEDIATOR 必填：对应的调解员 / Mediator, for MEDIATOR' })
  mediatorId?: string | null;
}

@InputType({ description: '撤销角色 / Revoke a role' })
export class RoleRevokeInput {
  @Field(() => ID, { description: '角色授权ID / Role assignment ID' })
  id!: string;
}

@ObjectType({ description: '授权变更结果 / Result of a role mutation' })
export class RoleAssignmentPayload {
  @Field(() => RoleAssignment, { nullable: true, description: '角色授权 / The role assignment' })
  roleAssignment?: RoleAssignment | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}

@ObjectType({ description: '撤销角色结果 / Result of revoking a role' })
export class RoleRevokePayload {
  @Field(() => ID, { nullable: true, description: '被撤销的授权ID / ID of the revoked assignment' })
  revokedRoleAssignmentId?: string | null;

  @Field(() => User, { nullable: true, description: '该用户 / The user' })
  user?: User | null;

  @Field(() => [UserError], { description: '可修正的错误 / Errors the caller can fix' })
  userErrors!: UserError[];
}
