import { createHmac } from 'node:crypto';
import type { RequestHandler } from 'express';
import { jwtVerify, errors } from 'jose';
import { signSessionJwt, type AccessClaims, type TokenSigner } from '../../shared/tokens.js';

/**
 * Links a browser can open (docs/console-links.md): a download, a printable document or any other GET
 * route that otherwise needs `Authorization` is opened with `?link=<token>` appended to the exact path
 * and query it was signed for. The token is an HS256 JWT bound to the user, the session and that
 * path+query, valid for LINK_TTL (minutes, not hours: a link is a bearer capability while it lives).
 * The session is checked on every use, so signing out or revoking the session kills its links at once.
 */
const ISSUER = 'zongzhi-hub';
const AUDIENCE = 'hub-link';
export const LINK_PARAM = 'link';
/** The routes a link may open: downloads and printable documents (calendar feeds are public, see the docs). */
export const SIGNABLE = [/^\/exports\/[^?#]+$/, /^\/documents\/cases\/[^/?#]+\/[^/?#]+$/] as const;
export const LINK_PATH_MAX = 4096;

export type LinkProblem = { problem: string };

export class LinkSigner {
  private readonly key: Uint8Array;
  constructor(secret: string, private readonly ttlSeconds: number) {
    // A key of its own, derived from the token secret: a link can never pass as an access token and back.
    this.key = createHmac('sha256', secret).update('hub-link-v1').digest();
  }

  /** `path` is what the link opens ("/exports/cases.xlsx?filter=…"); the answer is that path plus `link=`. */
  async sign(claims: AccessClaims, path: string, now: Date): Promise<{ url: string; expiresAt: Date }> {
    const { token, expiresAt } = await signSessionJwt(this.key, AUDIENCE, claims, { pth: path }, now, this.ttlSeconds);
    return { url: `${path}${path.includes('?') ? '&' : '?'}${LINK_PARAM}=${token}`, expiresAt };
  }

  /** The signer's claims when `token` was signed for exactly `path` and has not expired at `now`. */
  async verify(token: string, path: string, now: Date): Promise<AccessClaims | LinkProblem> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'iat', 'sub', 'sid', 'pth'], currentDate: now,
      });
      if (payload.pth !== path) return { problem: '链接与地址不符（地址或参数被改动）/ The link was signed for another address' };
      const userId = Number(payload.sub);
      const sessionId = Number(payload.sid);
      if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(sessionId)) return { problem: '链接无效 / Invalid link' };
      return { userId, sessionId };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { problem: '链接已过期，请在控制台重新打开 / The link has expired; open it again from the console' };
      return { problem: '链接无效 / Invalid link' };
    }
  }
}

/** A user-fixable reason why `path` cannot be signed, or null when it can. */
export function unsignable(path: string): string | null {
  if (path.length > LINK_PATH_MAX) return `地址过长（最多 ${LINK_PATH_MAX} 个字符）/ Path too long`;
  const [route, query = ''] = path.split(/\?(.*)/s, 2);
  if (!SIGNABLE.some((rule) => rule.test(route!))) return '只能为导出文件和打印文书生成链接，如 /exports/cases.xlsx、/documents/cases/<案件ID>/dispatch-form / Only /exports/… and /documents/… can be signed';
  if (new URLSearchParams(query).has(LINK_PARAM)) return '地址中已带有 link 参数 / The path already carries a link';
  return null;
}

/**
 * Splits "/a?x=1&link=T" into the signed path "/a?x=1" and T. The link must be the last parameter, so
 * the signed part is the request's own bytes (no re-encoding that could make two paths one).
 */
function signedPart(url: string): { path: string; token: string } | undefined {
  const at = Math.max(url.lastIndexOf(`?${LINK_PARAM}=`), url.lastIndexOf(`&${LINK_PARAM}=`));
  if (at < 0) return undefined;
  const token = url.slice(at + LINK_PARAM.length + 2);
  return /^[\w.-]+$/.test(token) ? { path: url.slice(0, at), token } : { path: url.slice(0, at), token: '' };
}

/**
 * Lets a signed link stand in for `Authorization` on the signable routes: the link's user and session
 * get a fresh access token inside this request only (it never leaves the server), so the routes, their
 * scope checks, masking and personal-data audit are exactly those of a request with the header.
 */
export function linkAuthentication(links: LinkSigner, tokens: TokenSigner, clock: () => Date): RequestHandler {
  const refuse = (res: Parameters<RequestHandler>[1], status: number, code: string, message: string) =>
    void res.status(status).setHeader('cache-control', 'no-store').json({ errors: [{ message, extensions: { code } }] });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const part = signedPart(req.originalUrl);
    if (!part || !SIGNABLE.some((rule) => rule.test(req.path))) return next();
    if (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined) {
      return refuse(res, 400, 'BAD_USER_INPUT', '签名链接不能与 Authorization 或 X-Api-Key 同时使用 / Send a link or a header, not both');
    }
    links.verify(part.token, part.path, clock()).then(async (claims) => {
      if ('problem' in claims) return refuse(res, 401, 'UNAUTHENTICATED', claims.problem);
      req.headers.authorization = `Bearer ${(await tokens.sign(claims, clock())).token}`;
      // The link itself must not reach a log line, a Referer or a cache.
      res.setHeader('referrer-policy', 'no-referrer');
      next();
    }, next);
  };
}
