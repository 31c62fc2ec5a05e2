/** Starting the built hub (`dist/src/main.js`) as a real process, as `npm start` does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { DEMO_PASSWORD } from './env.js';

export interface Running {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
  startMs: number;
}

export const ROOT = new URL('../..', import.meta.url).pathname;

/**
 * Starts the built hub with `env`. `processGroup`: the hub leads a process group of its own, with its
 * embedded PostgreSQL in it, so `process.kill(-pid, 'SIGINT')` is a terminal's Ctrl-C, which reaches both.
 */
export function start(env: Record<string, string>, { processGroup = false } = {}): Promise<Running> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/src/main.js'], {
    cwd: ROOT,
    detached: processGroup,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', PORT: '0', LOG_LEVEL: 'debug', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        const match = /"msg":"hub ready"/.test(line) ? /"url":"([^"]+)"/.exec(line) : null;
        if (match) resolve({ child, url: match[1]!, lines, exited, startMs: Math.round(performance.now() - started) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`hub exited with ${code} before it was ready:\n${lines.join('\n')}`)));
  });
}

export async function waitForLine(run: Running, pattern: RegExp): Promise<void> {
  while (!run.lines.some((l) => pattern.test(l))) await new Promise((r) => setTimeout(r, 5));
}

export async function gql(url: string, query: string, variables?: unknown, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

export const LOGIN = 'mutation($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken userErrors { code } } }';

export async function token(url: string, username = 'admin', password = DEMO_PASSWORD): Promise<string> {
  return (await gql(url, LOGIN, { u: username, p: password })).data!.sessionCreate.accessToken;
}

