/** The two servers as child processes of their own, their memory, and stopping everything the bench started. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './database.mjs';

const started = new Set();

/** Spawns `node file` and resolves once its stdout matches `ready`; rejects if it exits first or takes over `timeoutMs`. */
function spawnServer(name, file, env, ready, timeoutMs = 120_000, cwd = ROOT) {
  const child = spawn(process.execPath, [file], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  child.once('exit', () => started.delete(child));
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ name, child, pid: child.pid, url: match[1] });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
}

export const HUB_SECRET = 'bench-peer-secret-bench-peer-secret-0123';

/**
 * The hub as in production: compiled JavaScript, NODE_ENV=production, no demo data. `root`: another
 * checkout's built hub (bench/case-by-id-cpu.mjs compares two commits).
 */
export function startHub(url, poolMax, dataDir, root = ROOT, env = {}) {
  return spawnServer('hub', join(root, 'dist', 'src', 'main.js'), {
    NODE_ENV: 'production', NODE_OPTIONS: process.env.HUB_NODE_OPTIONS ?? '', DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1',
    TOKEN_SECRET: HUB_SECRET, LOG_LEVEL: 'warn', SEED_DEMO: 'false', DB_POOL_MAX: String(poolMax), SUPERVISION_SWEEP_SECONDS: '0', DATA_DIR: dataDir,
    ...env,
  }, /GraphQL API\s+(http\S+)/, 120_000, root);
}

export function startPostGraphile(url, poolMax) {
  return spawnServer('PostGraphile', join(ROOT, 'bench', 'postgraphile.mjs'), {
    NODE_ENV: 'production', GRAPHILE_ENV: 'production', NODE_OPTIONS: process.env.PGL_NODE_OPTIONS ?? '', DATABASE_URL: url, PORT: '0', POOL_MAX: String(poolMax),
  }, /postgraphile listening (http\S+)/);
}

export async function stopServer(server) {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Kills whatever server is still running (used on errors and signals; synchronous so it works in 'exit'). */
export function killAll() {
  for (const child of started) child.kill('SIGKILL');
}

/** Resident memory of a process, in MiB. */
export function rssMiB(pid) {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
  return kb / 1024;
}

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = 100; // USER_HZ on Linux

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
