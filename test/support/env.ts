import { freeLoopbackPort } from '../../src/db/embedded.js';

export const DEMO_PASSWORD = 'hub-demo-2025';
export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** A TCP port that was free a moment ago (the OS picks it): the same helper the embedded PostgreSQL uses. */
export const freePort = freeLoopbackPort;
