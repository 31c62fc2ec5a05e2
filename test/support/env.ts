import { createServer } from 'node:net';

export const DEMO_PASSWORD = 'hub-demo-2025';
export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
