import cluster, { type Worker } from 'node:cluster';
import type { HubConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { prepareDatabase } from './hub.js';
import type { Logger } from './shared/logger.js';

/** Messages between the primary and its workers (`process.send`). */
export type ClusterMessage =
  | { hub: 'ready'; url: string }
  /** A client wrote at `at` (ms since epoch): every worker reads its next reads from the primary (see ReadReplica). */
  | { hub: 'wrote'; key: string; at: number };

export function isClusterMessage(message: unknown): message is ClusterMessage {
  return typeof message === 'object' && message !== null && typeof (message as { hub?: unknown }).hub === 'string';
}

const BACKOFF_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];
/** A worker that ran this long before it died starts again without waiting. */
const HEALTHY_AFTER_MS = 30_000;
const EX_CONFIG = 78;

export interface Primary {
  /** Resolves with the URL once every worker listens (the first time). */
  ready: Promise<string>;
  /** SIGTERM to every worker, waits for them to finish their requests, then stops the database. */
  stop(): Promise<number>;
}

/**
 * `HUB_PROCESSES` > 1: this process prepares the database (embedded PostgreSQL, migrations, demo data) once,
 * then forks the workers, which share the port through node:cluster (the primary accepts and hands each
 * connection to a worker in turn). Each worker is a whole hub with its own event listener, so an event
 * reaches every subscriber through that subscriber's worker. A worker that dies is started again, after a
 * backoff when it keeps dying.
 */
export async function startPrimary(config: HubConfig, log: Logger, progress: (step: string) => void): Promise<Primary> {
  progress(config.databaseUrl ? 'connecting to DATABASE_URL' : `starting the embedded PostgreSQL in ${config.dataDir}/pg`);
  const db: Database = await openDatabase(config, log);
  try {
    await prepareDatabase(db, config, log, progress);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  // The pool is not needed while workers run; the embedded PostgreSQL stays up until stop().
  progress(`starting ${config.processes} hub processes`);

  let stopping = false;
  let failures = 0;
  const readyUrls = new Map<number, string>();
  let announce: (url: string) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const ready = new Promise<string>((resolve, reject) => {
    announce = resolve;
    fail = reject;
  });
  let announced = false;

  const fork = (slot: number) => {
    const worker = cluster.fork({ DATABASE_URL: db.url, HUB_WORKER_SLOT: String(slot) });
    const forkedAt = Date.now();
    worker.on('message', (message: unknown) => {
      if (!isClusterMessage(message)) return;
      if (message.hub === 'ready') {
        readyUrls.set(slot, message.url);
        if (announced) log.info({ slot, pid: worker.process.pid }, 'hub process restarted');
        else if (readyUrls.size === config.processes) {
          announced = true;
          log.info({ url: message.url, processes: config.processes }, 'hub ready');
          announce(message.url);
        }
      } else if (message.hub === 'wrote') {
        for (const other of Object.values(cluster.workers ?? {})) if (other && other !== worker) other.send(message);
      }
    });
    worker.once('exit', (code, signal) => {
      readyUrls.delete(slot);
      if (stopping) return;
      if (code === EX_CONFIG) {
        fail(new Error('a hub process refused its configuration'));
        void stop();
        return;
      }
      failures = Date.now() - forkedAt > HEALTHY_AFTER_MS ? 0 : failures + 1;
      const wait = failures === 0 ? 0 : BACKOFF_MS[Math.min(failures - 1, BACKOFF_MS.length - 1)]!;
      log.error({ slot, pid: worker.process.pid, code, signal, restartInMs: wait }, 'hub process exited; starting another');
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, wait).unref();
    });
  };
  for (let slot = 1; slot <= config.processes; slot++) fork(slot);

  let stopped: Promise<number> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
      const exits = workers.map((w) => new Promise<number>((resolve) => w.once('exit', (code) => resolve(code ?? 1))));
      for (const w of workers) w.process.kill('SIGTERM');
      const codes = await Promise.all(exits);
      await db.close();
      return codes.every((c) => c === 0) ? 0 : 1;
    })();
    return stopped;
  };
  return { ready, stop };
}
