import type { HubContext } from '../../shared/context.js';
import { hubError } from '../../shared/errors.js';
import { Viewer } from '../../shared/viewer.js';
import { loadKeyGrant } from '../access/gate.js';
import { loadViewer } from '../identity/session.service.js';
import type { LiveEvent } from '../../shared/event-log/event-hub.js';

/**
 * Whether an event of the log changes what `viewer` may receive: an access event naming the viewer's
 * user (roles, sessions, account) or the viewer's API key (revoked, a document retired). Anonymous viewers have nothing
 * that can change.
 */
export function concernsViewer(viewer: Viewer, e: LiveEvent): boolean {
  if (e.topic !== 'access') return false;
  if (viewer.apiKey) return e.scope.apiKeyIds?.includes(viewer.apiKey.apiKeyId) ?? false;
  return viewer.userId !== null && (e.scope.userIds?.includes(viewer.userId) ?? false);
}

/**
 * Re-reads the credential a stream was opened with, after an access change concerned it: the user's
 * session and roles, or the API key's grant and registered document, from the database (never from
 * a cache). The stream ends with UNAUTHENTICATED when the session or key no longer works (signed out,
 * revoked, expired, account deactivated), with FORBIDDEN when it still works but no longer allows
 * this stream (a role revoked, the key's document retired); otherwise
 * `ctx.viewer` is the fresh viewer for every later event. Every stream calls this before it sends
 * anything that follows an access change — one rule for users and keys alike.
 */
export async function recheckAccess(ctx: HubContext, stillAllowed?: (viewer: Viewer) => boolean): Promise<void> {
  const before = ctx.viewer;
  let viewer: Viewer | undefined;
  if (before.apiKey) {
    const grant = await loadKeyGrant(ctx.em, before.apiKey.apiKeyId, before.apiKey.operationSha256);
    if (!grant) throw hubError('UNAUTHENTICATED', 'API 密钥已吊销或已过期，订阅已结束 / API key revoked or expired; subscription closed');
    if (grant === 'retired') throw hubError('FORBIDDEN', '该登记操作已停用，订阅已结束 / This registered operation was retired; subscription closed');
    viewer = Viewer.forApiKey(grant);
  } else if (before.userId !== null && before.sessionId !== null) {
    viewer = await loadViewer(ctx.em, before.userId, before.sessionId, undefined, ctx.clock());
    if (!viewer) throw hubError('UNAUTHENTICATED', '会话已失效，订阅已结束 / Session ended; subscription closed');
  } else {
    return;
  }
  ctx.viewer = viewer;
  if (stillAllowed && !stillAllowed(viewer)) {
    throw hubError('FORBIDDEN', '您的权限已变更，不能再接收此订阅 / Your access changed; subscription closed');
  }
}
