import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../shared/context.js';
import { forbidden, UserErrorCode, UserErrors } from '../../shared/errors.js';
import { localId } from '../../shared/ids.js';
import { checkVersion, findByGlobalId } from '../../shared/lookup.js';
import { paginate, type Page } from '../../shared/pagination.js';
import { likePattern, Validator } from '../../shared/validation.js';
import { Viewer } from '../../shared/viewer.js';
import { Agency } from '../organisation/agency.entity.js';
import { Center } from '../organisation/center.entity.js';
import { scopesWhere, subtreeWhere } from '../organisation/center.service.js';
import { Mediator } from '../organisation/mediator.entity.js';
import { hashPassword, passwordProblems, verifyPassword } from './password.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { Role } from '../../shared/role.js';
import { Session } from './session.entity.js';
import type { RoleGrantInput, UserCreateInput, UsersArgs, UserUpdateInput, ViewerPasswordChangeInput } from './identity.types.js';
import { User } from './user.entity.js';
import { inTransaction } from '../../shared/transaction.js';
import { announceAccessChange } from './session.service.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;
const GLOBAL_ROLES = [Role.ADMIN, Role.AUDITOR];
const USER_READERS = [Role.ADMIN, Role.AUDITOR];

export class UserService {
  constructor(private readonly ctx: HubContext) {}

  private get em() {
    return this.ctx.em;
  }

  private get viewer(): Viewer {
    return this.ctx.viewer;
  }

  /** Users are visible to themselves and to admins and auditors whose scope covers their home center. */
  async canSee(user: User): Promise<boolean> {
    if (user.id === this.viewer.userId) return true;
    return this.viewer.can(USER_READERS, await user.homeCenter.loadOrFail());
  }

  /** The full phone number is for the person themself and the admins over their home center. */
  async canReadPhone(user: User): Promise<boolean> {
    return user.id === this.viewer.userId || this.viewer.can([Role.ADMIN], await user.homeCenter.loadOrFail());
  }

  async list(args: UsersArgs): Promise<Page<User>> {
    const scopes = this.viewer.scopes(USER_READERS);
    const and: FilterQuery<User>[] = [];
    if (scopes !== 'all') {
      and.push({ homeCenter: scopesWhere(scopes) });
    }
    const f = args.filter ?? {};
    if (f.centerSubtreeOf != null) {
      const root = await this.em.findOne(Center, { id: localId(f.centerSubtreeOf, 'Center') ?? -1 });
      and.push(root ? { homeCenter: subtreeWhere(root) } : { id: -1 });
    }
    if (f.role) and.push({ roles: { role: f.role } });
    if (f.active != null) and.push({ active: f.active });
    const search = f.search?.trim();
    if (search) and.push({ $or: [{ username: { $like: likePattern(search.toLowerCase()) } }, { displayName: { $like: likePattern(search) } }] });
    return paginate(this.em, User, { $and: and }, { username: 'asc' }, args);
  }

  private async checkPassword(v: Validator, field: string, password: string, username: string): Promise<string | undefined> {
    const problems = passwordProblems(password, username);
    if (problems.length) {
      v.add(field, UserErrorCode.INVALID, problems.join('；'));
      return undefined;
    }
    return hashPassword(password);
  }

  async create(input: UserCreateInput): Promise<User> {
    const v = new Validator();
    const home = await findByGlobalId(this.em, Center, input.homeCenterId, v, 'homeCenterId', '工作单位');
    v.throwIfAny();
    this.viewer.assertCan([Role.ADMIN], home!, '在该中心新建账号');
    const username = input.username.trim().toLowerCase();
    v.check(USERNAME.test(username), 'username', UserErrorCode.INVALID, '登录名须为3–40位小写字母、数字或 ._-，以字母或数字开头');
    const displayName = v.text('displayName', input.displayName, '姓名', { required: true, max: 50 })!;
    const title = v.text('title', input.title, '职务', { max: 50 });
    const phone = v.phone('phone', input.phone, '手机号', true);
    if (home!.archivedAt) v.add('homeCenterId', UserErrorCode.ARCHIVED, '该中心已归档');
    if (v.ok && (await this.em.count(User, { username })) > 0) v.add('username', UserErrorCode.TAKEN, `登录名 ${username} 已被使用`);
    const passwordHash = v.ok ? await this.checkPassword(v, 'password', input.password, username) : undefined;
    v.throwIfAny();
    const user = this.em.create(User, {
      username, passwordHash: passwordHash!, displayName, title: title ?? null, phone: phone ?? null, homeCenter: home!,
    });
    await this.em.flush();
    return user;
  }

  private async loadManaged(globalId: string, v: Validator, field = 'id'): Promise<User> {
    const user = await findByGlobalId(this.em, User, globalId, v, field, '用户');
    v.throwIfAny();
    this.viewer.assertCan([Role.ADMIN], await user!.homeCenter.loadOrFail(), '管理该账号');
    return user!;
  }

  private revokeSessions(user: User): Promise<number> {
    return this.em.nativeUpdate(Session, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
  }

  async update(input: UserUpdateInput): Promise<User> {
    const v = new Validator();
    const user = await this.loadManaged(input.id, v);
    checkVersion(v, user, input.version, '账号');
    const displayName = input.displayName == null ? undefined : v.text('displayName', input.displayName, '姓名', { required: true, max: 50 });
    const title = input.title === undefined ? undefined : v.text('title', input.title, '职务', { max: 50 });
    const phone = input.phone === undefined ? undefined : v.phone('phone', input.phone, '手机号', true);
    let home: Center | undefined;
    if (input.homeCenterId != null) {
      home = await findByGlobalId(this.em, Center, input.homeCenterId, v, 'homeCenterId', '工作单位');
      if (home) this.viewer.assertCan([Role.ADMIN], home, '把账号调到该中心');
    }
    if (input.active === false && user.id === this.viewer.userId) v.add('active', UserErrorCode.INVALID, '不能停用自己的账号');
    const passwordHash = input.password == null || !v.ok ? undefined : await this.checkPassword(v, 'password', input.password, user.username);
    v.throwIfAny();
    // Nothing to change: no version, and no access-change announcement for every open stream to re-check.
    const changed = (displayName != null && displayName !== user.displayName) || (title !== undefined && (title ?? null) !== user.title)
      || (phone !== undefined && (phone ?? null) !== user.phone) || (home !== undefined && home.id !== user.homeCenter?.id)
      || (input.active != null && input.active !== user.active) || passwordHash !== undefined;
    if (!changed) return user;
    if (displayName) user.displayName = displayName;
    if (title !== undefined) user.title = title ?? null;
    if (phone !== undefined) user.phone = phone ?? null;
    if (home) user.homeCenter = this.em.getReference(Center, home.id, { wrapped: true });
    if (input.active != null) user.active = input.active;
    if (passwordHash) user.passwordHash = passwordHash;
    return inTransaction(this.em, async () => {
      await this.em.flush();
      if (input.active === false || passwordHash) await this.revokeSessions(user);
      await announceAccessChange(this.ctx, [user.id], 'USER_UPDATED');
      return user;
    });
  }

  async changeOwnPassword(input: ViewerPasswordChangeInput): Promise<User> {
    const user = await this.em.findOneOrFail(User, { id: this.viewer.userId! }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw UserErrors.of(['input', 'currentPassword'], UserErrorCode.INVALID_CREDENTIALS, '当前密码不正确');
    }
    const v = new Validator();
    const hash = await this.checkPassword(v, 'newPassword', input.newPassword, user.username);
    v.throwIfAny();
    user.passwordHash = hash!;
    return inTransaction(this.em, async () => {
      await this.em.flush();
      // Every other session ends; this one stays signed in.
      await this.em.nativeUpdate(Session, { user: user.id, revokedAt: null, id: { $ne: this.viewer.sessionId! } }, { revokedAt: new Date() });
      await announceAccessChange(this.ctx, [user.id], 'PASSWORD_CHANGED');
      return user;
    });
  }

  async grant(input: RoleGrantInput): Promise<RoleAssignment> {
    const v = new Validator();
    const user = await this.loadManaged(input.userId, v, 'userId');
    const agency = await findByGlobalId(this.em, Agency, input.agencyId, v, 'agencyId', '部门');
    const mediator = await findByGlobalId(this.em, Mediator, input.mediatorId, v, 'mediatorId', '调解员');
    let center = await findByGlobalId(this.em, Center, input.centerId, v, 'centerId', '范围中心');
    v.throwIfAny();
    const { role } = input;
    if (role === Role.AGENCY_STAFF) {
      if (!agency) v.add('agencyId', UserErrorCode.REQUIRED, '部门工作人员角色须指定部门');
    } else if (agency) v.add('agencyId', UserErrorCode.INVALID, '只有部门工作人员角色可以指定部门');
    if (role === Role.MEDIATOR) {
      if (!mediator) v.add('mediatorId', UserErrorCode.REQUIRED, '调解员角色须指定对应的调解员');
    } else if (mediator) v.add('mediatorId', UserErrorCode.INVALID, '只有调解员角色可以指定调解员');
    v.throwIfAny();
    const agencyHome = agency ? await agency.center.loadOrFail() : undefined;
    const mediatorHome = mediator ? await (await mediator.agency.loadOrFail()).center.loadOrFail() : undefined;
    center ??= agencyHome ?? mediatorHome;
    if (center) {
      this.viewer.assertCan([Role.ADMIN], center, '在该范围授予角色');
      if (center.archivedAt) v.add('centerId', UserErrorCode.ARCHIVED, '范围中心已归档');
      const home = agencyHome ?? mediatorHome;
      if (home && !home.contains(center)) {
        v.add('centerId', UserErrorCode.OUT_OF_SCOPE, `范围须在“${home.name}”及其下级之内`);
      }
    } else if (!GLOBAL_ROLES.includes(role)) {
      v.add('centerId', UserErrorCode.REQUIRED, '该角色须指定范围中心');
    } else if (!this.viewer.canEverywhere([Role.ADMIN])) {
      throw forbidden('只有全域管理员可以授予全域角色 / Only an admin over every center may grant an unscoped role');
    }
    if (mediator?.archivedAt) v.add('mediatorId', UserErrorCode.ARCHIVED, '该调解员已归档');
    if (agency?.archivedAt) v.add('agencyId', UserErrorCode.ARCHIVED, '该部门已归档');
    if (v.ok) {
      const same = await this.em.count(RoleAssignment, {
        user: user.id, role, center: center?.id ?? null, agency: agency?.id ?? null, mediator: mediator?.id ?? null,
      });
      if (same > 0) v.add('role', UserErrorCode.TAKEN, '该用户已有相同的角色授权');
    }
    v.throwIfAny();
    const assignment = this.em.create(RoleAssignment, {
      user, role, center: center ?? null, agency: agency ?? null, mediator: mediator ?? null,
      grantedBy: this.em.getReference(User, this.viewer.userId!, { wrapped: true }),
    });
    return inTransaction(this.em, async () => {
      await this.em.flush();
      await announceAccessChange(this.ctx, [user.id], 'ROLE_GRANTED');
      return assignment;
    });
  }

  async revoke(globalId: string): Promise<{ revokedRoleAssignmentId: string; user: User }> {
    const v = new Validator();
    const assignment = await findByGlobalId(this.em, RoleAssignment, globalId, v, 'id', '角色授权');
    v.throwIfAny();
    const a = assignment!;
    if (a.center) this.viewer.assertCan([Role.ADMIN], await a.center.loadOrFail(), '撤销该授权');
    else if (!this.viewer.canEverywhere([Role.ADMIN])) throw forbidden('只有全域管理员可以撤销全域角色 / Only an admin over every center may revoke an unscoped role');
    if (a.user.id === this.viewer.userId && a.role === Role.ADMIN) {
      v.add('id', UserErrorCode.INVALID, '不能撤销自己的管理员角色，请由其他管理员操作');
    }
    v.throwIfAny();
    const revokedRoleAssignmentId = a.globalId;
    const user = await a.user.loadOrFail();
    return inTransaction(this.em, async () => {
      await this.em.remove(a).flush();
      await announceAccessChange(this.ctx, [user.id], 'ROLE_REVOKED');
      return { revokedRoleAssignmentId, user };
    });
  }
}
