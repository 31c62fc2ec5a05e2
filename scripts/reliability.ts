/**
 * `npm run reliability` — the hub killed with SIGKILL while clients write, restarted, and checked:
 * every acknowledged write is there, nothing is half-written, case numbers and event sequence numbers
 * have no gaps, and a subscriber that resumes with its last cursor received every committed event of
 * its stream exactly once. Black-box: the built hub (`dist/src/main.js`) as child processes on
 * loopback, GraphQL over HTTP and graphql-ws, then SQL to read what was committed.
 *
 * The suite runs a reduced version (test/reliability.test.ts). Env for the script: RELIABILITY_WRITERS
 * (default 6), RELIABILITY_KILLS (default 5), RELIABILITY_WRITES_PER_ROUND (default 40); DATABASE_URL
 * to use an existing server (a database of its own is created there), else an embedded PostgreSQL in
 * a temp dir.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';

export interface ReliabilityOptions {
  /** A database the hub may migrate and seed (or one already seeded with the demo data). */
  databaseUrl: string;
  /** The built hub's entry point. */
  mainJs: string;
  writers: number;
  kills: number;
  /** Writes acknowledged between two kills (and after the last restart). */
  writesPerRound: number;
  demoPassword?: string;
  progress?: (line: string) => void;
}

export interface ReliabilityReport {
  kills: number;
  attempted: number;
  acknowledged: number;
  /** Writes whose answer was lost with the process: committed or not, never half. */
  unanswered: number;
  casesCreated: number;
  eventsExpected: number;
  eventsDelivered: number;
  resumes: number;
  /** Every broken guarantee, in words; empty when all held. */
  problems: string[];
}

const SECRET = 'reliability-secret-reliability-secret-0001';

interface HubProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
}

function spawnHub(mainJs: string, databaseUrl: string): Promise<HubProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', mainJs], {
    env: {
      PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl,
      TOKEN_SECRET: SECRET, LOG_LEVEL: 'info', SUPERVISION_SWEEP_SECONDS: '0', DB_POOL_MAX: '8',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        if (lines.length < 200) lines.push(line);
        const match = /"msg":"hub ready"/.test(line) ? /"url":"([^"]+)"/.exec(line) : null;
        if (match) resolve({ child, url: match[1]!, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(() => reject(new Error(`hub exited before it was ready:\n${lines.join('\n')}`)));
  });
}

type Answer = { data?: Record<string, any> | null; errors?: { message: string }[] };

async function gql(url: string, query: string, variables: unknown, token?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

const LOGIN = 'mutation($u: String!, $p: String!) { sessionCreate(input: { username: $u, password: $p }) { accessToken } }';
const IDS = `query { centers(first: 1, filter: { search: "150625", level: COUNTY }) { nodes { id } }
  agencies(first: 20, filter: { search: "人社局" }) { nodes { id center { divisionCode } } } }`;
const CREATE = `mutation($input: CaseCreateInput!) { caseCreate(input: $input) { case { id number version } userErrors { code message } } }`;
const DISPATCH = `mutation($input: CaseDispatchInput!) { caseDispatch(input: $input) { case { id version status } userErrors { code message } } }`;
const STREAM = `subscription($centerId: ID!, $after: String) { centerEvents(centerId: $centerId, after: $after) { cursor seq topic type } }`;

/** Resolves when `condition` holds, re-checked whenever `poke` is called (never by sleeping). */
class Signal {
  private waiters: (() => void)[] = [];
  poke(): void {
    for (const w of this.waiters.splice(0)) w();
  }
  async until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 1);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export async function runReliability(opts: ReliabilityOptions): Promise<ReliabilityReport> {
  const say = opts.progress ?? (() => undefined);
  const password = opts.demoPassword ?? 'hub-demo-2025';
  const db = new pg.Client({ connectionString: opts.databaseUrl });
  let hub = await spawnHub(opts.mainJs, opts.databaseUrl);
  db.on('error', () => undefined); // reported by the query that meets it
  await db.connect();
  const signal = new Signal();
  const problems: string[] = [];
  try {
    const token = (await gql(hub.url, LOGIN, { u: 'hj.dispatcher', p: password })).data!.sessionCreate.accessToken as string;
    const ids = (await gql(hub.url, IDS, undefined, token)).data!;
    const centerId = ids.centers.nodes[0].id as string;
    const leadAgencyId = (ids.agencies.nodes as { id: string; center: { divisionCode: string } }[]).find((a) => a.center.divisionCode === '150625')!.id;
    const [{ last_case_id: lastCaseBefore }] = (await db.query<{ last_case_id: number }>('select coalesce(max(id), 0)::int as last_case_id from hub_case')).rows as [{ last_case_id: number }];

    // The subscriber: resumes with the last cursor it received each time its hub process is replaced.
    const delivered: bigint[] = [];
    let cursor: string | undefined;
    let startSeq: bigint | undefined;
    let resumes = 0;
    let client: Client | undefined;
    const subscribe = (url: string) => {
      client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      client.subscribe<{ centerEvents: { cursor: string; seq: string; topic: string } }>({ query: STREAM, variables: { centerId, after: cursor ?? null } }, {
        next: (result) => {
          const e = result.data?.centerEvents;
          if (!e) {
            problems.push(`subscriber got an error: ${JSON.stringify(result.errors)}`);
            return;
          }
          cursor = e.cursor;
          if (e.topic === 'SYSTEM') startSeq ??= BigInt(e.seq);
          else delivered.push(BigInt(e.seq));
          signal.poke();
        },
        error: () => signal.poke(), // the process died; resumed after the restart
        complete: () => signal.poke(),
      });
    };
    subscribe(hub.url);
    await signal.until(() => startSeq !== undefined, 'the subscription to start', 30_000);

    // Writers: create a case with two parties, then dispatch it; every answer is recorded.
    const acked = new Map<string, { number: string; dispatched: boolean }>();
    let attempted = 0;
    let acknowledged = 0;
    let unanswered = 0;
    let lastFailure: string | undefined;
    let up = true;
    let stop = false;
    const write = async <T>(query: string, variables: unknown, pick: (a: Answer) => T | undefined): Promise<T | undefined> => {
      attempted += 1;
      const url = hub.url;
      let answer: Answer;
      try {
        answer = await gql(url, query, variables, token);
      } catch (error) {
        unanswered += 1; // the process died with the request in flight
        lastFailure = String((error as Error).cause ?? error);
        if (up) await new Promise((resolve) => setImmediate(resolve));
        return undefined;
      }
      const value = pick(answer);
      if (value === undefined) {
        problems.push(`a write was refused: ${JSON.stringify(answer).slice(0, 300)}`);
        stop = true; // the harness is wrong, not the hub: end the run and report it
      } else {
        acknowledged += 1;
      }
      signal.poke();
      return value;
    };
    const writer = async (w: number) => {
      for (let i = 0; !stop; i += 1) {
        if (!up) {
          await signal.until(() => up || stop, 'the hub to come back', 120_000);
          continue;
        }
        const created = await write(CREATE, {
          input: {
            centerId, kind: 'DISPUTE', channel: 'PHONE', categoryCode: 'WAGE_ARREARS', title: `欠薪 ${w}-${i}`, description: '工地拖欠工资',
            parties: [{ role: 'APPLICANT', type: 'PERSON', name: `工人${w}-${i}`, headcount: 3 }, { role: 'RESPONDENT', type: 'ORGANISATION', name: '某建筑公司' }],
          },
        }, (a) => (a.data?.caseCreate?.case && a.data.caseCreate.userErrors.length === 0 ? a.data.caseCreate.case as { id: string; number: string; version: number } : undefined));
        if (!created) continue;
        acked.set(created.id, { number: created.number, dispatched: false });
        const dispatched = await write(DISPATCH, { input: { id: created.id, version: created.version, leadAgencyId } },
          (a) => (a.data?.caseDispatch?.case && a.data.caseDispatch.userErrors.length === 0 ? true : undefined));
        if (dispatched) acked.get(created.id)!.dispatched = true;
      }
    };
    const writers = Array.from({ length: opts.writers }, (_, w) => writer(w));

    let kills = 0;
    for (let round = 0; round <= opts.kills; round += 1) {
      const target = acknowledged + opts.writesPerRound;
      await signal.until(() => acknowledged >= target || stop, `${opts.writesPerRound} acknowledged writes`, 120_000).catch((error: Error) => {
        throw new Error(`${error.message}: ${JSON.stringify({ attempted, acknowledged, unanswered, problems: problems.slice(0, 5), lastFailure })}`);
      });
      if (round === opts.kills || stop) break;
      say(`kill -9 #${round + 1} with ${acknowledged} writes acknowledged`);
      up = false;
      hub.child.kill('SIGKILL');
      await hub.exited;
      kills += 1;
      hub = await spawnHub(opts.mainJs, opts.databaseUrl);
      up = true;
      signal.poke();
      resumes += 1;
      subscribe(hub.url);
    }
    stop = true;
    signal.poke();
    await Promise.all(writers);

    // What was committed, read directly.
    const [{ prefix }] = (await db.query<{ prefix: string }>(`select ancestry || id || '/' as prefix from center where division_code = '150625'`)).rows as [{ prefix: string }];
    const expected = (await db.query<{ seq: string }>(
      `select seq from hub_event
        where seq > $1 and topic in ('case', 'assignment', 'supervision')
          and exists (select 1 from jsonb_array_elements_text(scope->'centerPaths') p where p like $2 || '%')
        order by seq`, [String(startSeq!), prefix])).rows.map((r) => BigInt(r.seq));
    const last = expected.at(-1) ?? startSeq!;
    await signal.until(() => delivered.some((s) => s >= last) || expected.length === 0, 'the subscriber to catch up', 60_000);
    await client?.dispose();

    const seen = new Set<bigint>();
    const duplicates = delivered.filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
    if (duplicates.length) problems.push(`events delivered twice: ${duplicates.slice(0, 10).join(', ')}`);
    const missing = expected.filter((s) => !seen.has(s));
    if (missing.length) problems.push(`committed events never delivered: ${missing.slice(0, 10).join(', ')} (${missing.length})`);
    const extra = [...seen].filter((s) => !expected.includes(s));
    if (extra.length) problems.push(`events delivered that are not in the log: ${extra.slice(0, 10).join(', ')}`);

    const cases = (await db.query<{ id: number; number: string; status: string; parties: number; received: number; dispatched_events: number; leads: number; outbox: number }>(
      `select k.id, k.number, k.status,
              (select count(*) from case_party p where p.case_id = k.id)::int as parties,
              (select count(*) from case_event e where e.case_id = k.id and e.type = 'RECEIVED')::int as received,
              (select count(*) from case_event e where e.case_id = k.id and e.type = 'DISPATCHED')::int as dispatched_events,
              (select count(*) from assignment a where a.case_id = k.id and a.role = 'LEAD' and a.ended_at is null)::int as leads,
              (select count(*) from hub_event h where h.case_id = k.id)::int as outbox
         from hub_case k where k.id > $1 order by k.id`, [lastCaseBefore])).rows;
    const byGlobalId = new Map(cases.map((c) => [Buffer.from(`Case:${c.id}`).toString('base64url'), c]));
    for (const [id, ack] of acked) {
      const row = byGlobalId.get(id);
      if (!row) problems.push(`acknowledged case ${ack.number} is missing`);
      else if (row.number !== ack.number) problems.push(`case ${id} has number ${row.number}, acknowledged as ${ack.number}`);
      else if (ack.dispatched && row.status === 'RECEIVED') problems.push(`acknowledged dispatch of ${ack.number} is missing`);
    }
    for (const c of cases) {
      const dispatched = c.status !== 'RECEIVED';
      if (c.parties !== 2) problems.push(`${c.number} has ${c.parties} parties, not 2`);
      if (c.received !== 1) problems.push(`${c.number} has ${c.received} RECEIVED timeline events`);
      if (dispatched !== (c.dispatched_events === 1) || dispatched !== (c.leads === 1)) {
        problems.push(`${c.number} is ${c.status} with ${c.dispatched_events} DISPATCHED events and ${c.leads} current lead assignments`);
      }
      if (c.outbox !== (dispatched ? 2 : 1)) problems.push(`${c.number} has ${c.outbox} events in the log`);
    }
    // Numbers: per center and year, 1..last with no gap or repeat, and the counter agrees.
    const numbering = (await db.query<{ center_id: number; year: number; last: number; n: number; top: number }>(
      `select cc.center_id, cc.year, cc.last,
              (select count(*) from hub_case k where k.origin_center_id = cc.center_id and split_part(k.number, '-', 2)::int = cc.year)::int as n,
              (select coalesce(max(split_part(k.number, '-', 3)::int), 0) from hub_case k where k.origin_center_id = cc.center_id and split_part(k.number, '-', 2)::int = cc.year)::int as top
         from case_counter cc`)).rows;
    for (const r of numbering) if (r.n !== r.last || r.top !== r.last) problems.push(`center ${r.center_id} year ${r.year}: counter ${r.last}, ${r.n} cases, highest number ${r.top}`);
    const [log] = (await db.query<{ n: string; top: string; counter: string }>(
      `select count(*) as n, coalesce(max(seq), 0) as top, (select last from hub_event_counter where id = 1) as counter from hub_event`)).rows;
    if (!(log!.n === log!.top && log!.top === log!.counter)) problems.push(`event log: ${log!.n} rows, highest seq ${log!.top}, counter ${log!.counter}`);

    return {
      kills, attempted, acknowledged, unanswered, casesCreated: cases.length,
      eventsExpected: expected.length, eventsDelivered: delivered.length, resumes, problems,
    };
  } finally {
    if (hub.child.exitCode === null) {
      hub.child.kill('SIGTERM');
      await hub.exited;
    }
    await db.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startEmbedded } = await import('../src/db/embedded.js');
  const { createLogger } = await import('../src/shared/logger.js');
  const dir = mkdtempSync(join(tmpdir(), 'hub-reliability-'));
  chmodSync(dir, 0o755);
  const cluster = process.env.DATABASE_URL ? undefined : await startEmbedded(join(dir, 'pg'), 56_000 + Math.floor(Math.random() * 4000), createLogger('warn'));
  const base = new URL(process.env.DATABASE_URL ?? cluster!.url('postgres'));
  base.pathname = `/hub_reliability_${process.pid}`;
  const started = performance.now();
  try {
    const report = await runReliability({
      databaseUrl: base.toString(),
      mainJs: fileURLToPath(new URL('../src/main.js', import.meta.url)),
      writers: Number(process.env.RELIABILITY_WRITERS ?? 6),
      kills: Number(process.env.RELIABILITY_KILLS ?? 5),
      writesPerRound: Number(process.env.RELIABILITY_WRITES_PER_ROUND ?? 40),
      progress: (line) => console.log(line),
    });
    console.log(JSON.stringify({ ...report, seconds: Math.round((performance.now() - started) / 1000) }, null, 2));
    process.exitCode = report.problems.length ? 1 : 0;
  } finally {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
