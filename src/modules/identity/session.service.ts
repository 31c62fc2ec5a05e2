import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../shared/context.js';
import { UserErrorCode, UserErrors } from '../../shared/errors.js';
import { Viewer, type Grant } from '../../shared/viewer.js';
import { verifyPassword } from './password.js';
import { Role } from '../../shared/role.js';
import { Session } from './session.entity.js';
import { hashRefreshToken, newRefreshToken, type TokenSigner } from '../../shared/tokens.js';
import { User } from './user.entity.js';
import { inTransaction } from '../../shared/transaction.js';
import { THROTTLES, Throttler } from '../../shared/throttle.js';
import { accessChanged, writeOutbox } from '../../shared/event-log/outbox.js';
import type { ViewerCache } from '../../shared/viewer-cache.js';
import { DUTY_GRANTS_SQL } from './duty-grants.js';
import { shanghaiDate, untilShanghaiMidnight } from '../../shared/scalars.js';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

interface GrantRow {
  role: Role | null;
  center_id: number | null;
  ancestry: string | null;
  agency_id: number | null;
  mediator_id: number | null;
  expires_at: Date | null;
  duty_date: string | null;
}

/**
 * Loads the viewer of an access token: one SQL statement reading the session, the user and every
 * role. A revoked session, an expired session or a deactivated user yields no viewer. With `cache`,
 * a viewer loaded in the last moments is reused (see `ViewerCache`).
 */
export async function loadViewer(em: EntityManager, userId: number, sessionId: number, cache?: ViewerCache, now = new Date()): Promise<Viewer | undefined> {
  const cached = cache?.get(userId, sessionId, now.getTime());
  if (cached) return cached;
  // Granted roles, then the grants the published rota gives today (the 当日楼长, see duty-grants.ts).
  const rows: GrantRow[] = await em.execute(
    `select ra.role, ra.center_id, c.ancestry, ra.agency_id, ra.mediator_id, s.expires_at, null as duty_date
       from session s
       join hub_user u on u.id = s.user_id and u.active
       left join role_assignment ra on ra.user_id = u.id
       left join center c on c.id = ra.center_id
      where s.id = ? and s.user_id = ? and s.revoked_at is null and s.expires_at > now()
     union all
     select d.role, d.center_id, d.ancestry, d.agency_id, d.mediator_id, null, d.duty_date from (${DUTY_GRANTS_SQL}) d`,
    [sessionId, userId, userId, shanghaiDate(now)],
  );
  const session = rows.find((r) => r.expires_at !== null);
  if (!session) return undefined;
  const grants: Grant[] = rows
    .filter((r) => r.role !== null)
    .map((r) => ({
      role: r.role!,
      centerId: r.center_id,
      subtreePrefix: r.center_id === null ? null : `${r.ancestry}${r.center_id}/`,
      agencyId: r.agency_id,
      mediatorId: r.mediator_id,
      ...(r.duty_date ? { dutyDate: r.duty_date } : {}),
    }));
  // Rota-derived grants change at midnight Beijing time: neither the cache nor a long-lived subscription may outlive it.
  const midnight = now.getTime() + untilShanghaiMidnight(now);
  const viewer = new Viewer(userId, sessionId, grants, null, midnight);
  cache?.set(viewer, new Date(Math.min(new Date(session.expires_at!).getTime(), midnight)), now.getTime());
  return viewer;
}

/**
 * Records that these users' access changed (roles, sessions, account): an event for every hub process
 * (live subscriptions re-check, cached viewers are dropped) and, at once, this process's cached viewers.
 */
export async function announceAccessChange(ctx: HubContext, userIds: number[], reason: string): Promise<void> {
  await writeOutbox(ctx.em, [accessChanged(userIds, reason)]);
  ctx.viewers?.forget(userIds);
}

const BAD_LOGIN = '用户名或密码错误，或账号已停用';

export class SessionService {
  constructor(
    private readonly ctx: HubContext,
    private readonly signer: TokenSigner,
  ) {}

  private get em() {
    return this.ctx.em;
  }

  private async issue(user: User, session: Session, refreshToken: string): Promise<IssuedTokens> {
    const { token, expiresAt } = await this.signer.sign({ userId: user.id, sessionId: session.id });
    return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken, refreshTokenExpiresAt: session.expiresAt, user };
  }

  async login(username: string, password: string): Promise<IssuedTokens> {
    const name = username.trim().toLowerCase();
    // Guessing passwords is slowed per account and per client address, across every hub process.
    const throttle = new Throttler(this.em);
    const buckets = [`login:user:${name.slice(0, 60)}`, `login:addr:${this.ctx.clientIp}`];
    await throttle.assertOpen(buckets, '登录失败');
    const user = name.length > 0 && name.length <= 40
      ? await this.em.findOne(User, { username: name }, { populate: ['passwordHash'] })
      : null;
    const ok = await verifyPassword(user?.passwordHash, password.slice(0, 256));
    if (!user || !ok || !user.active) {
      this.ctx.log.info({ username: name }, 'sign-in refused');
      await throttle.fail(buckets[0]!, THROTTLES.loginUser);
      await throttle.fail(buckets[1]!, THROTTLES.loginAddress);
      throw UserErrors.of(['input', 'password'], UserErrorCode.INVALID_CREDENTIALS, BAD_LOGIN);
    }
    await throttle.clear(buckets[0]!);
    const refresh = newRefreshToken();
    const session = this.em.create(Session, {
      user,
      refreshHash: refresh.hash,
      expiresAt: new Date(Date.now() + this.ctx.config.refreshTokenTtlSeconds * 1000),
    });
    await this.em.flush();
    // Not through the entity: signing in must not bump the version an admin may be editing against.
    // (Plain SQL: MikroORM's nativeUpdate bumps the version column too.)
    await this.em.execute('update hub_user set last_login_at = now() where id = ?', [user.id]);
    return this.issue(user, session, refresh.token);
  }

  /**
   * Rotates the refresh token. The swap is one conditional UPDATE, so two renewals racing with the
   * same token cannot both succeed; a token that was already rotated revokes its session.
   */
  async renew(refreshToken: string): Promise<IssuedTokens> {
    const field = ['input', 'refreshToken'];
    const hash = hashRefreshToken(refreshToken.trim());
    const next = newRefreshToken();
    const rows: { id: number; user_id: number; expires_at: Date }[] = await this.em.execute(
      `update session s set refresh_hash = ?, previous_refresh_hash = s.refresh_hash, updated_at = now(), version = s.version + 1
         from hub_user u
        where s.refresh_hash = ? and s.revoked_at is null and s.expires_at > now() and u.id = s.user_id and u.active
        returning s.id, s.user_id, s.expires_at`,
      [next.hash, hash],
    );
    if (rows.length === 0) {
      const replayed = await inTransaction(this.em, async () => {
        const rows = await this.em.execute<{ id: number; user_id: number }[]>(
          `update session set revoked_at = now() where previous_refresh_hash = ? and revoked_at is null returning id, user_id`,
          [hash],
        );
        if (rows.length > 0) await announceAccessChange(this.ctx, rows.map((r) => r.user_id), 'SESSION_REVOKED');
        return rows;
      });
      if (replayed.length > 0) this.ctx.log.warn({ sessionId: replayed[0].id }, 'rotated refresh token replayed; session revoked');
      throw UserErrors.of(field, UserErrorCode.INVALID_CREDENTIALS, '续期令牌无效、已使用或已过期，请重新登录');
    }
    const user = await this.em.findOneOrFail(User, { id: rows[0]!.user_id });
    const session = await this.em.findOneOrFail(Session, { id: rows[0]!.id });
    return this.issue(user, session, next.token);
  }

  async revoke(): Promise<boolean> {
    const { sessionId, userId } = this.ctx.viewer;
    if (sessionId === null) return false;
    return inTransaction(this.em, async () => {
      const count = await this.em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
      await announceAccessChange(this.ctx, [userId!], 'SESSION_REVOKED');
      return count > 0;
    });
  }
}
