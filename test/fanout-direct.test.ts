/**
 * The short path of fan-out (src/modules/realtime/direct-delivery.ts): a shared event written straight
 * from the event hub to an idle subscriber's socket. It must keep what the normal path guarantees — a
 * dashboard that stops reading is closed with 1013 instead of growing the hub's memory, while every
 * other screen keeps receiving each event once, in order; and on one socket, an operation served by the
 * short path and one executed per subscriber each get their own events once, in commit order.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { openRaw, type Message, type RawSocket } from './support/raw-ws.js';

const Wall = graphql(`subscription DirectWall($centerId: ID!) { centerEvents(centerId: $centerId) { seq details } }`);
const Board = graphql(`subscription DirectBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq type } }`);
// `case` is read under each viewer's access: this document is executed per subscriber (the normal path).
const CaseBoard = graphql(`subscription DirectCaseBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq case { title } } }`);

let t: TestHub;
let hangjin: string;
let hangjinPath: string;

beforeAll(async () => {
  t = await startTestHub();
  const [center] = await t.sql<{ id: number; path: string }>(`select id, ancestry || id || '/' as path from center where division_code = '150625'`);
  hangjin = Buffer.from(`Center:${center!.id}`).toString('base64url');
  hangjinPath = center!.path;
});
afterAll(async () => {
  await t?.close();
});

/**
 * `count` events of 杭锦旗 committed in one transaction, as a batch import would commit them, each
 * carrying `detailBytes` of details; returns their sequence numbers in commit order.
 */
async function burst(count: number, detailBytes: number): Promise<string[]> {
  const rows = await t.sql<{ seq: string }>(`
    with counter as (update hub_event_counter set last = last + $2 where id = 1 returning last),
         added as (
           insert into hub_event (seq, topic, type, scope, payload)
           select counter.last - $2 + g, 'case', 'NOTE_ADDED',
                  jsonb_build_object('centerPaths', jsonb_build_array($1::text), 'agencyIds', '[]'::jsonb, 'mediatorIds', '[]'::jsonb),
                  jsonb_build_object('details', jsonb_build_object('note', repeat('记', $3::int)))
             from counter, generate_series(1, $2::int) g
           returning seq)
    select seq::text, pg_notify('hub_events', seq::text) from added order by added.seq`, [hangjinPath, count, Math.ceil(detailBytes / 3)]);
  return rows.map((r) => r.seq);
}

/** Subscribes operation `id` and waits for its SYSTEM/SUBSCRIBED message: the hub listens from here on. */
async function subscribed(ws: RawSocket, id: string, doc: Parameters<typeof print>[0]): Promise<void> {
  const from = ws.received.length;
  ws.send({ id, type: 'subscribe', payload: { query: print(doc), variables: { centerId: hangjin } } });
  await ws.next((m) => m.id === id && m.type === 'next', from);
}

const seqsOf = (ws: RawSocket, id: string) =>
  ws.received.filter((m: Message) => m.id === id && m.type === 'next').slice(1).map((m) => m.payload.data.centerEvents.seq as string);

describe('fan-out straight to the sockets', () => {
  it('closes a wall screen that stopped reading with 1013, and still gives the other screen every event once, in order', { timeout: 120_000 }, async () => {
    const token = await t.login('hj.dispatcher');
    // The stalled screen subscribes first, so the hub writes to it before the reader in every pass:
    // once the reader has every event, the stalled screen's frames have all been handed to its socket.
    const stalled = await openRaw(t.url, { authorization: `Bearer ${token}` });
    const reader = await openRaw(t.url, { authorization: `Bearer ${token}` });
    await subscribed(stalled, 'wall', Wall);
    await subscribed(reader, 'wall', Wall);
    stalled.socket.pause(); // the screen's tab froze: nothing is read from its TCP socket any more

    // 1,600 events of ≈ 10 KiB: ≈ 16 MiB, far past the 4 MiB a socket may hold unsent (WS_MAX_BUFFERED_BYTES)
    // even after the kernel's buffers; a pass of the hub (32 events, ≈ 320 KiB) is small enough for a reader.
    const seqs = await burst(1600, 10 * 1024);
    await reader.next((m) => m.id === 'wall' && m.payload?.data?.centerEvents?.seq === seqs.at(-1));
    expect(seqsOf(reader, 'wall')).toEqual(seqs);

    stalled.socket.resume();
    expect((await stalled.closed).code).toBe(1013);
    // What the stalled screen did receive is the beginning of the stream, in order, each event once: it
    // resumes from the last of them with its cursor (the log holds the rest).
    const got = seqsOf(stalled, 'wall');
    expect(got.length).toBeLessThan(seqs.length);
    expect(got).toEqual(seqs.slice(0, got.length));
    reader.close();
  });

  it('keeps each operation of one socket in commit order when one is shared and one is executed per subscriber', { timeout: 120_000 }, async () => {
    const ws = await openRaw(t.url, { authorization: `Bearer ${await t.login('hj.leader')}` });
    await subscribed(ws, 'board', Board);
    await subscribed(ws, 'cases', CaseBoard);
    await subscribed(ws, 'board2', Board);

    const seqs = [...await burst(40, 100), ...await burst(40, 100)];
    await ws.next((m) => m.id === 'board' && m.payload?.data?.centerEvents?.seq === seqs.at(-1));
    await ws.next((m) => m.id === 'board2' && m.payload?.data?.centerEvents?.seq === seqs.at(-1));
    await ws.next((m) => m.id === 'cases' && m.payload?.data?.centerEvents?.seq === seqs.at(-1));
    await ws.roundTrip(); // anything sent twice would have arrived by now

    expect(seqsOf(ws, 'board')).toEqual(seqs);
    expect(seqsOf(ws, 'board2')).toEqual(seqs);
    expect(seqsOf(ws, 'cases')).toEqual(seqs);
    const cases = ws.received.filter((m) => m.id === 'cases' && m.type === 'next').slice(1);
    expect(cases.every((m) => m.payload.data.centerEvents.case === null)).toBe(true);
    expect(ws.received.filter((m) => m.type === 'error' || m.type === 'complete')).toEqual([]);
    ws.close();
  });
});
