/**
 * The 15-minute promise across hub processes (杭锦旗's target shortened to one second): two processes hold
 * timers for the same waiting case, yet each threshold alerts exactly once; and an alert whose minute passes
 * while every process is down is raised by the next one to start, and reaches a client resuming with its cursor.
 */
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './gql/index.js';
import { CaseCreate } from './support/cases.js';
import { TEST_SECRET } from './support/env.js';
import { cloneDatabase } from './support/hub.js';
import { gql, start, token, type Running } from './support/process.js';
import { collect } from './support/subscriptions.js';

const Alerts = graphql(`subscription ProcDispatchAlerts($after: String) { dispatchAlerts(after: $after) { cursor topic type caseNumber details } }`);
const Center = graphql(`query ProcHangjin { centers(first: 1, filter: { search: "150625", level: COUNTY }) { nodes { id } } }`);
const TargetSet = graphql(`mutation ProcTargetSet($input: CenterDispatchTargetSetInput!) { centerDispatchTargetSet(input: $input) { dispatchTarget { seconds } userErrors { code } } }`);

let a: Running;
let b: Running;
let c: Running | undefined;
let url: string;
let drop: () => Promise<void>;
const env = (db: string) => ({ DATABASE_URL: db, TOKEN_SECRET: TEST_SECRET, LOG_LEVEL: 'info', SUPERVISION_SWEEP_SECONDS: '0' });

beforeAll(async () => {
  const db = await cloneDatabase();
  url = db.url;
  drop = db.drop;
  [a, b] = await Promise.all([start(env(url)), start(env(url))]);
});
afterAll(async () => {
  for (const p of [a, b, c]) if (p && p.child.exitCode === null) p.child.kill('SIGTERM');
  await Promise.all([a?.exited, b?.exited, c?.exited]);
  await drop?.();
});

async function sql<R>(text: string, params: unknown[]): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as R[];
  } finally {
    await client.end();
  }
}

describe('dispatch alerts across hub processes', () => {
  it('alerts once per threshold with two processes watching, and after a restart', async () => {
    const admin = await token(a.url, 'admin');
    const dispatcher = await token(a.url, 'hj.dispatcher');
    const hangjin = (await gql(a.url, print(Center), undefined, admin)).data!.centers.nodes[0].id as string;
    expect((await gql(a.url, print(TargetSet), { input: { centerId: hangjin, seconds: 1 } }, admin)).data!.centerDispatchTargetSet.userErrors).toEqual([]);
    const client = (on: Running) => createClient({ url: on.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${dispatcher}` }, retryAttempts: 0 });
    const receive = async (on: Running, title: string) => {
      const res = await gql(on.url, print(CaseCreate), {
        input: { centerId: hangjin, kind: 'DISPUTE', channel: 'ONLINE', categoryCode: 'WAGE_ARREARS', title, description: '“伊码解纷”上报：工资未结清', parties: [{ role: 'APPLICANT', type: 'PERSON', name: '工人', phone: '13800000001' }] },
      }, dispatcher);
      return res.data!.caseCreate.case as { id: string; number: string };
    };
    const onA = collect(client(a), Alerts, {});
    const onB = collect(client(b), Alerts, {});
    await Promise.all([onA.until((s) => s.data.length >= 1), onB.until((s) => s.data.length >= 1)]);
    const cursor = onB.data[0]!.dispatchAlerts.cursor;

    const first = await receive(a, '两个进程都在等的案件');
    const alertsOf = (s: typeof onA, n: string) => s.data.filter((d) => d.dispatchAlerts.caseNumber === n);
    await Promise.all([onA.until((s) => alertsOf(s, first.number).length >= 2), onB.until((s) => alertsOf(s, first.number).length >= 2)]);
    // Both processes had a timer per threshold; the claimed row let one of them through each time.
    const [{ n }] = await sql<{ n: string }>(`select count(*) as n from case_event e join hub_case c on c.id = e.case_id where c.number = $1 and e.type = 'DISPATCH_TARGET_MISSED'`, [first.number]);
    expect(Number(n)).toBe(2);
    for (const s of [onA, onB]) expect(alertsOf(s, first.number).map((d) => (d.dispatchAlerts.details as { threshold: number }).threshold)).toEqual([1, 2]);
    onA.dispose();
    onB.dispose();

    // Every process goes down right after intake; the next one to start raises what fell due meanwhile.
    const second = await receive(b, '停机期间到时的案件');
    a.child.kill('SIGKILL');
    b.child.kill('SIGKILL');
    await Promise.all([a.exited, b.exited]);
    c = await start(env(url));
    const resumed = collect(client(c), Alerts, { after: cursor });
    await resumed.until((s) => alertsOf(s, second.number).length >= 2);
    expect(alertsOf(resumed, first.number)).toHaveLength(2);
    // Both thresholds passed while no process ran: each is raised once after the restart, in whichever order
    // their transactions commit (once per threshold is the promise, not the order).
    expect(alertsOf(resumed, second.number).map((d) => (d.dispatchAlerts.details as { threshold: number }).threshold).sort()).toEqual([1, 2]);
    resumed.dispose();
  });
});
