import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config.js';
import type { TokenSigner } from '../modules/identity/tokens.js';
import type { Logger } from './logger.js';
import type { Viewer } from './viewer.js';

/** What every resolver gets: a forked EntityManager for this one operation, the viewer, a logger. */
export interface HubContext {
  em: EntityManager;
  viewer: Viewer;
  log: Logger;
  requestId: string;
  config: HubConfig;
  signer: TokenSigner;
  /** Set when the caller sent a token that is invalid or expired (to say so instead of "not signed in"). */
  tokenProblem?: string;
}
