/**
 * The hub as a real process: `dist/src/main.js` started the way `npm start` starts it (after the build
 * `npm test` runs first), on an embedded
 * PostgreSQL in a fresh data directory, restarted on the same directory, on an external database,
 * stopped with SIGTERM while a request and a WebSocket are open, stopped by a terminal's Ctrl-C (which
 * reaches its embedded PostgreSQL too), and kept running when PostgreSQL ends every connection.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEMO_PASSWORD, freePort } from './support/env.js';
import { cloneDatabase } from './support/hub.js';
import { gql, LOGIN, ROOT, start, token, waitForLine } from './support/process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'hub-proc-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the hub process on an embedded PostgreSQL', () => {
  let pgPort: number;
  const timings: Record<string, number> = {};

  it('starts cold on a fresh data directory, with migrations and demo data', async () => {
    pgPort = await freePort();
    const run = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) });
    timings.coldStartMs = run.startMs;
    expect(run.lines.join('\n')).toMatch(/initialising embedded PostgreSQL/);
    await waitForLine(run, /Demo logins/);
    // A newcomer sees each start-up step as it begins, then where everything is.
    const said = run.lines.join('\n');
    for (const step of ['… starting the embedded PostgreSQL', '… applying migrations', '… demo data', '… starting the server', 'GraphQL IDE']) expect(said).toContain(step);
    const admin = await token(run.url);
    const centers = await gql(run.url, '{ centers(first: 10) { totalCount } }', undefined, admin);
    expect(centers.data!.centers.totalCount).toBe(5);
    // Something that must survive the restart.
    const created = await gql(run.url, 'mutation($i: CenterCreateInput!) { centerCreate(input: $i) { userErrors { code } } }',
      { i: { name: '鄂托克前旗综治中心', level: 'COUNTY', divisionCode: '150623' } }, admin);
    expect(created.data!.centerCreate.userErrors).toEqual([]);

    // SIGTERM with a request in flight and a WebSocket open.
    const socket = new WebSocket(run.url.replace('http', 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${admin}` } }));
    await new Promise((resolve) => socket.once('message', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const inFlight = fetch(run.url, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'in-flight-login-1' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'hj.hr', p: DEMO_PASSWORD } }),
    });
    await waitForLine(run, /in-flight-login-1/);
    run.child.kill('SIGTERM');
    const answer = (await (await inFlight).json()) as { data: { sessionCreate: { accessToken: string } } };
    expect(answer.data.sessionCreate.accessToken).toMatch(/^ey/);
    expect(await closed).toBe(1001);
    expect(await run.exited).toBe(0);
    expect(run.lines.join('\n')).toMatch(/"msg":"stopped"/);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('restarts on the same data directory: data survives, demo data is not loaded twice; Ctrl-C stops it cleanly', async () => {
    const run = await start({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) }, { processGroup: true });
    timings.warmStartMs = run.startMs;
    try {
      expect(run.lines.join('\n')).not.toMatch(/initialising embedded PostgreSQL|demo data loaded/);
      const admin = await token(run.url);
      const centers = await gql(run.url, '{ centers(first: 10) { totalCount nodes { name } } }', undefined, admin);
      expect(centers.data!.centers.totalCount).toBe(6);
      expect(centers.data!.centers.nodes.map((c: { name: string }) => c.name)).toContain('鄂托克前旗综治中心');
    } finally {
      // Ctrl-C in a terminal signals the whole foreground group: the embedded PostgreSQL ends its
      // connections while the hub is still closing them, which must not read as a failure.
      process.kill(-run.child.pid!, 'SIGINT');
      expect(await run.exited).toBe(0);
    }
    expect(run.lines.join('\n')).toMatch(/"msg":"stopped"/);
    expect(run.lines.filter((l) => /"level":(40|50|60)/.test(l))).toEqual([]);
    console.log(`[measured] hub start: fresh data dir ${timings.coldStartMs} ms, existing data dir ${timings.warmStartMs} ms`);
  });
});

describe('the hub process on an external PostgreSQL (DATABASE_URL)', () => {
  it('uses that server and no embedded one', async () => {
    const db = await cloneDatabase();
    const run = await start({ DATABASE_URL: db.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-ext-')) });
    try {
      expect(run.lines.join('\n')).toMatch(/"embedded":false/);
      expect(run.lines.join('\n')).not.toMatch(/embedded PostgreSQL ready/);
      expect(await token(run.url, 'yj.admin')).toMatch(/^ey/);

      // PostgreSQL ends every connection of the hub (a restart, a fail-over, an administrator): the
      // hub keeps running, reconnects and answers; subscribers keep getting events.
      const admin = await token(run.url, 'admin');
      const dba = new pg.Client({ connectionString: db.url });
      await dba.connect();
      try {
        const { rows } = await dba.query<{ n: number }>(
          'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
        expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
      } finally {
        await dba.end();
      }
      await waitForLine(run, /event listener connection lost/);
      await new Promise((resolve) => setTimeout(resolve, 700)); // past the listener's reconnect delay
      expect(run.child.exitCode).toBeNull();
      const centers = await gql(run.url, '{ centers(first: 1) { totalCount } }', undefined, admin);
      expect(centers.errors).toBeUndefined();
      expect(centers.data!.centers.totalCount).toBeGreaterThan(0);
      expect(run.lines.filter((l) => /"level":60/.test(l))).toEqual([]);
    } finally {
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      await db.drop();
    }
  });

  it('refuses to boot on invalid configuration, naming the variable', async () => {
    const child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: ROOT, env: { PATH: process.env.PATH, PORT: 'eighty', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(78);
    expect(stderr).toMatch(/PORT="eighty" must be a whole number/);
    expect(stderr).toMatch(/TOKEN_SECRET is required when NODE_ENV=production/);
  });
});
