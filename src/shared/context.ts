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
