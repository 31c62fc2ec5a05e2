import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config.js';
import type { TokenSigner } from './tokens.js';
import type { EventHub } from './event-log/event-hub.js';
import type { Logger } from './logger.js';
import type { Viewer } from './viewer.js';
import type { AuditTrail } from './audit-trail.js';
import type { ViewerCache } from './viewer-cache.js';

/** What every resolver gets: a forked EntityManager for this one operation, the viewer, a logger. */
export interface HubContext {
  em: EntityManager;
  viewer: Viewer;
  log: Logger;
  requestId: string;
  /** The caller's address (behind a proxy: the first untrusted hop, see TRUST_PROXY). */
  clientIp: string;
  /** Unmasked personal-data reads of this operation, written to the audit log before the answer leaves. */
  audit: AuditTrail;
  config: HubConfig;
  /** The hub's notion of now; use it instead of `new Date()` in rules that depend on the date. */
  clock: () => Date;
  signer: TokenSigner;
  /** This process's event hub (absent outside a running server, e.g. in seeds). */
  events?: EventHub;
  /** This process's cached viewers (absent outside a running server); access changes drop entries. */
  viewers?: ViewerCache;
  /** Per-operation memo for checks several fields repeat (e.g. may the viewer see this case's personal data). */
  memo: Map<string, Promise<unknown>>;
  /** `performance.now()` after which no further field is resolved (EXECUTION_TIMEOUT_MS). */
  deadline: number;
  /** Set when the caller sent a token that is invalid or expired (to say so instead of "not signed in"). */
  tokenProblem?: string;
}

/**
 * A request's context. A class because Apollo copies the context for each operation (`cloneObject`:
 * `Object.assign` onto an object of the same prototype): an own `log` getter would be called by that
 * copy, building the child logger on every request (measured ≈ 20 µs of a 0.8 ms case read, see
 * docs/performance.md, *Per-request overhead*); a getter on the prototype is inherited by the copy and
 * runs only when something logs.
 */
export class RequestContext implements HubContext {
  em!: EntityManager;
  viewer!: Viewer;
  requestId!: string;
  clientIp!: string;
  audit!: AuditTrail;
  config!: HubConfig;
  clock!: () => Date;
  signer!: TokenSigner;
  events?: EventHub;
  viewers?: ViewerCache;
  memo!: Map<string, Promise<unknown>>;
  deadline!: number;
  tokenProblem?: string;
  private requestLog?: Logger;

  constructor(fields: Omit<HubContext, 'log'>, private readonly makeLog: () => Logger) {
    Object.assign(this, fields);
  }

  get log(): Logger {
    return (this.requestLog ??= this.makeLog());
  }
}

/**
 * A copy of a context with some fields replaced (e.g. its own EntityManager fork), keeping its
 * prototype — a spread (`{ ...ctx }`) would drop `RequestContext`'s `log`.
 */
export function contextWith<T extends object>(ctx: T, changes: Partial<T>): T {
  return Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as T, ctx, changes);
}
