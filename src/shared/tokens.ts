import { createHash, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT, errors } from 'jose';

const ISSUER = 'zongzhi-hub';
const AUDIENCE = 'hub-api';

/**
 * An HS256 JWT of the hub for a user's session (`sub` the user, `sid` the session, `iss`, `aud`, `iat`,
 * `exp` after `ttlSeconds`), plus `extra` claims: access tokens and signed links differ only in key,
 * audience and extras.
 */
export async function signSessionJwt(
  key: Uint8Array, audience: string, claims: AccessClaims, extra: Record<string, unknown>, now: Date, ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((iat + ttlSeconds) * 1000);
  const token = await new SignJWT({ sid: claims.sessionId, ...extra })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(claims.userId))
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key);
  return { token, expiresAt };
}

export interface AccessClaims {
  userId: number;
  sessionId: number;
}

/** Verified tokens kept per process, so a dashboard's every request does not redo the HMAC. */
const VERIFIED_MAX = 10_000;

export class TokenSigner {
  private readonly key: Uint8Array;
  /** token → claims and expiry (ms); only valid tokens, dropped when expired (sessions are still checked per request). */
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAt: number }>();
  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: AccessClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    return signSessionJwt(this.key, AUDIENCE, claims, {}, now, this.ttlSeconds);
  }

  /** The claims of a valid token, or the reason (Chinese + English) it is not valid. */
  async verify(token: string): Promise<AccessClaims | { problem: string }> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.claims;
    if (known) this.verified.delete(token);
    try {
      // Every registered claim the hub issues must be there: a token without `exp` would never expire.
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'iat', 'sub', 'sid'],
      });
      const userId = Number(payload.sub);
      const sessionId = Number(payload.sid);
      if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(sessionId)) return { problem: '令牌无效 / Invalid token' };
      const claims = { userId, sessionId };
      if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { claims, expiresAt: (payload.exp ?? 0) * 1000 });
      return claims;
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { problem: '令牌已过期，请续期或重新登录 / Token expired; renew it or sign in again' };
      return { problem: '令牌无效 / Invalid token' };
    }
  }
}

/** A new refresh token (shown to the client once) and the hash that is stored. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = `rt_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The bearer token of an `Authorization` header or a connection-params value. */
export function bearer(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1] : undefined;
}
