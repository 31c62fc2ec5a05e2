/**
 * The console's only door to the hub: its public GraphQL API over HTTP (POST /graphql) and graphql-ws
 * on the same path. Typed documents come from console/src/gql (GraphQL Code Generator, string mode).
 * The session lives in sessionStorage so two windows can be two people (a dispatcher and an agency).
 */
import type { TypedDocumentString } from './gql/graphql.js';
import { createClient, type Client } from 'graphql-ws';
import { graphql } from './gql/index.js';

export interface UserError { field: string[]; message: string; code: string }

export class GqlError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** Shown on the sign-in page when a session ended without the person signing out. */
export const SESSION_ENDED = '登录已失效（会话被撤销或在别处续期），请重新登录';
export const CONFLICT_MESSAGE = '他人已修改此案件，请刷新';

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Local time (ms) at which to renew: 80% into the access token's life, measured on this machine's clock. */
  renewAt: number;
  user: SessionUser;
}
export interface SessionUser {
  id: string; username: string; displayName: string; title?: string | null;
  homeCenter: { id: string; name: string; divisionCode: string };
  roles: { role: string; agency?: { id: string; shortName: string } | null; mediator?: { id: string; name: string } | null; center?: { id: string; name: string } | null }[];
}

const KEY = 'hub.session';
let session: Session | null = load();
let endedMessage: string | null = null;
const listeners = new Set<() => void>();
let renewTimer: ReturnType<typeof setTimeout> | undefined;

function load(): Session | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
}

export const currentSession = () => session;
export const takeEndedMessage = () => {
  const m = endedMessage;
  endedMessage = null;
  return m;
};
export function onSessionChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function setSession(next: Session | null): void {
  session = next;
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
  scheduleRenewal();
  resetLive();
  for (const fn of listeners) fn();
}

/** The token's own lifetime (exp − iat) so a skewed clock here does not matter. */
function renewAtFor(token: string, expiresAt: string | null | undefined): number {
  try {
    const claims = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number; iat: number };
    return Date.now() + (claims.exp - claims.iat) * 800;
  } catch {
    return expiresAt ? Date.now() + (Date.parse(expiresAt) - Date.now()) * 0.8 : Date.now() + 60_000;
  }
}

const SignIn = graphql(`
  mutation ConsoleSignIn($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      accessToken accessTokenExpiresAt refreshToken
      user { id username displayName title homeCenter { id name divisionCode } roles { role agency { id shortName } mediator { id name } center { id name } } }
      userErrors { field message code }
    }
  }
`);
const Renew = graphql(`
  mutation ConsoleRenew($input: SessionRenewInput!) {
    sessionRenew(input: $input) { accessToken accessTokenExpiresAt refreshToken userErrors { field message code } }
  }
`);
const Revoke = graphql(`mutation ConsoleSignOut { sessionRevoke { revoked } }`);

export async function signIn(username: string, password: string): Promise<UserError[]> {
  const data = await request(SignIn, { input: { username, password } }, { anonymous: true });
  const r = data.sessionCreate;
  if (r.userErrors.length || !r.accessToken || !r.refreshToken || !r.user) return r.userErrors;
  setSession({ accessToken: r.accessToken, refreshToken: r.refreshToken, renewAt: renewAtFor(r.accessToken, r.accessTokenExpiresAt), user: r.user as SessionUser });
  return [];
}

export async function signOut(): Promise<void> {
  if (session) await request(Revoke, {}).catch(() => undefined);
  setSession(null);
}

/** The session ended on the server (revoked, or its refresh token was used elsewhere): back to sign-in. */
function sessionEnded(): void {
  endedMessage = SESSION_ENDED;
  setSession(null);
}

let renewing: Promise<boolean> | null = null;
/** Renews the access token with the refresh token (one at a time); false when the session is over. */
export function renew(): Promise<boolean> {
  renewing ??= (async () => {
    const s = session;
    if (!s) return false;
    try {
      const data = await request(Renew, { input: { refreshToken: s.refreshToken } }, { anonymous: true });
      const r = data.sessionRenew;
      if (!r.accessToken || !r.refreshToken) {
        sessionEnded();
        return false;
      }
      setSessionTokens(r.accessToken, r.refreshToken, r.accessTokenExpiresAt);
      return true;
    } catch (error) {
      // A network failure is not the end of the session: try again shortly.
      if (!(error instanceof GqlError)) scheduleRenewal(2_000);
      else sessionEnded();
      return false;
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}

function setSessionTokens(accessToken: string, refreshToken: string, expiresAt: string | null | undefined): void {
  if (!session) return;
  session = { ...session, accessToken, refreshToken, renewAt: renewAtFor(accessToken, expiresAt) };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  scheduleRenewal();
}

function scheduleRenewal(delay?: number): void {
  clearTimeout(renewTimer);
  if (!session) return;
  renewTimer = setTimeout(() => void renew(), delay ?? Math.max(0, session.renewAt - Date.now()));
}
scheduleRenewal();
addEventListener('online', () => {
  if (session && Date.now() >= session.renewAt) void renew();
});

interface RequestOptions {
  anonymous?: boolean;
  /** Sent as X-Access-Reason: why the person asks to see personal data in full (audited). */
  reason?: string;
}

/** Runs one operation over HTTP; top-level errors become a GqlError carrying extensions.code. */
export async function request<R, V>(doc: TypedDocumentString<R, V>, variables: V, opts: RequestOptions = {}, retried = false): Promise<R> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (!opts.anonymous && session) headers.authorization = `Bearer ${session.accessToken}`;
  if (opts.reason) headers['x-access-reason'] = encodeURIComponent(opts.reason);
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: doc.toString(), variables }) });
  let body: { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new GqlError(`服务器返回 ${res.status}`, 'INTERNAL_SERVER_ERROR');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED' && !opts.anonymous && session && !retried) {
      if (await renew()) return request(doc, variables, opts, true);
    }
    if (code === 'UNAUTHENTICATED' && !opts.anonymous && session) sessionEnded();
    throw new GqlError(code === 'CONFLICT' ? CONFLICT_MESSAGE : first.message, code);
  }
  return body.data as R;
}

const LinkSign = graphql(`
  mutation ConsoleLinkSign($path: String!) {
    linkSign(input: { path: $path }) { url expiresAt userErrors { field code message } }
  }
`);

/**
 * Opens a download or printable document that needs the session: asks the hub for a short-lived link
 * signed for this path, user and session (docs/console-links.md), and opens it — in a new tab for a
 * document (a real address, so the browser can print it and the user can reload it), as a download for a
 * file. The tab is opened before the request so that pop-up blockers see the user's click.
 */
export async function openProtected(path: string, opts: { download?: string } = {}): Promise<void> {
  const target = opts.download ? null : window.open('', '_blank');
  try {
    const { linkSign } = await request(LinkSign, { path });
    const problem = linkSign.userErrors[0];
    if (problem || !linkSign.url) throw new GqlError(problem?.message ?? '无法生成链接', problem?.code ?? 'INVALID');
    if (target) {
      target.opener = null;
      target.location.href = linkSign.url;
    } else {
      const a = document.createElement('a');
      a.href = linkSign.url;
      a.download = opts.download!;
      a.click();
    }
  } catch (error) {
    target?.close();
    throw error;
  }
}

// ---- live data over graphql-ws ------------------------------------------------------------------


let client: Client | null = null;
/** The access token the socket signed in with (`connection_init`); the hub checks it for every new subscription. */
let connectedWith: string | undefined;
/**
 * The socket for a new subscription. Renewing the token leaves running subscriptions on their socket, but a
 * new one on a socket that signed in with an expired token would be refused for good: start a fresh socket.
 */
function wsClient(): Client {
  if (client && connectedWith !== undefined && connectedWith !== session?.accessToken) resetLive();
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => {
      connectedWith = session?.accessToken;
      return session ? { authorization: `Bearer ${session.accessToken}` } : {};
    },
    lazy: true,
    // Reconnecting is ours (`live`), so each subscription resumes from its own last cursor.
    retryAttempts: 0,
    keepAlive: 10_000,
  });
  return client;
}
function resetLive(): void {
  const old = client;
  client = null;
  connectedWith = undefined;
  void old?.dispose();
}

export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** The hub refused a resume cursor: its events are past retention, or the database was restored. */
const cursorExpired = (error: unknown) =>
  Array.isArray(error) && error.some((e: { extensions?: { code?: unknown } }) => e?.extensions?.code === 'CURSOR_EXPIRED');

/**
 * A subscription that survives network drops: after a drop it subscribes again with `variables()`
 * computed afresh (the caller puts its last cursor in `after`), with a growing pause between tries.
 * When the hub answers CURSOR_EXPIRED (the events after the cursor are gone), it subscribes once
 * without `after` — the caller takes the new stream's cursor from its first (SUBSCRIBED) message — and
 * then calls `onExpired` so the caller reloads what it shows.
 */
export function live<R, V>(doc: TypedDocumentString<R, V>, variables: () => V, onData: (data: R) => void, onState?: (s: LiveState) => void, onExpired?: () => void): () => void {
  let stopped = false;
  let unsubscribe: (() => void) | null = null;
  let attempt = 0;
  let afresh = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    if (stopped) return;
    onState?.(attempt === 0 ? 'connecting' : 'reconnecting');
    const c = wsClient();
    const offConnected = c.on('connected', () => {
      attempt = 0;
      onState?.('live');
    });
    const vars = { ...(variables() as Record<string, unknown>) };
    if (afresh) delete vars.after;
    unsubscribe = c.subscribe<R>({ query: doc.toString(), variables: vars }, {
      next: (value) => {
        attempt = 0;
        onState?.('live');
        if (value.data) onData(value.data as R);
        // Subscribed afresh first, then reloaded: nothing committed in between is missed.
        if (afresh) {
          afresh = false;
          onExpired?.();
        }
      },
      error: (error) => {
        if (cursorExpired(error)) {
          afresh = true;
          attempt = 0;
        }
        retry(offConnected);
      },
      complete: () => retry(offConnected),
    });
  };
  // An expired access token would be refused at connect: renew first when it is due.
  const restart = async () => {
    if (session && Date.now() >= session.renewAt) await renew();
    start();
  };
  const retry = (off: () => void) => {
    off();
    if (stopped) return;
    onState?.('reconnecting');
    attempt += 1;
    clearTimeout(timer);
    timer = setTimeout(() => void restart(), Math.min(5_000, 300 * 2 ** Math.min(attempt, 5)));
  };
  // Back online: try at once instead of waiting out the pause.
  const online = () => {
    if (stopped || attempt === 0) return;
    clearTimeout(timer);
    void restart();
  };
  addEventListener('online', online);
  start();
  return () => {
    stopped = true;
    removeEventListener('online', online);
    clearTimeout(timer);
    unsubscribe?.();
  };
}
