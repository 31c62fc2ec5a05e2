/**
 * Fan-out of one event to hundreds of subscribers: a selection (document + variables) is executed and
 * serialised once per event for all its subscribers, yet everyone still receives exactly what they may
 * see — their own events, once, in order, with personal data masked as for them. The count of
 * serialisations is read from the hub's `hub.realtime.serialised` diagnostics channel.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { CaseCreate, CaseDispatch } from './support/cases.js';
import { localId } from '../src/shared/ids.js';
import { factories, type BuiltAgency, type BuiltUser, type Desk } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { collect, type Collected } from './support/subscriptions.js';

const Board = graphql(`subscription FanBoard($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic type caseNumber } }`);
const Screen = graphql(`subscription FanScreen($centerId: ID!) { centerEvents(centerId: $centerId) { seq type caseTitle riskLevel } }`);
const Parties = graphql(`
  subscription FanParties($centerId: ID!) { centerEvents(centerId: $centerId) { seq type case { title parties { name phone } } } }
`);
const Desk = graphql(`subscription FanDesk { assignmentEvents { seq type caseNumber } }`);

/** At most 20 operations run at once per connection: spread each group's subscriptions over sockets of 16. */
const PER_SOCKET = 16;

let t: TestHub;
/** A banner's desk (its agency is the human resources bureau) with a forestry bureau beside it. */
let desk: Desk;
let forestryBureau: BuiltAgency;
let forestryStaff: BuiltUser;
let auditor: BuiltUser;
/** The dispatcher of another banner. */
let otherDesk: Desk;
let dispatcher: string;
const serialised: { seq: bigint; selection: string }[] = [];
const onSerialised = (message: unknown) => void serialised.push(message as { seq: bigint; selection: string });

beforeAll(async () => {
  subscribe('hub.realtime.serialised', onSerialised);
  t = await startTestHub();
  const f = await factories(t);
  desk = await f.desk();
  forestryBureau = await f.agency(desk.center, { kind: 'FORESTRY_GRASSLAND' });
  forestryStaff = await f.user('AGENCY_STAFF', { agency: forestryBureau });
  auditor = await f.user('AUDITOR');
  otherDesk = await f.desk();
  dispatcher = desk.dispatcher.token;
});
afterAll(async () => {
  unsubscribe('hub.realtime.serialised', onSerialised);
  await t?.close();
});

/** `count` subscriptions of `user` to one document, on as many sockets as the per-connection cap needs. */
async function group<T, V extends Record<string, unknown>>(user: BuiltUser, doc: Parameters<typeof collect<T, V>>[1], variables: V, count: number) {
  const { token } = user;
  const subs: Collected<T>[] = [];
  let client = t.ws(token);
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && i % PER_SOCKET === 0) client = t.ws(token);
    subs.push(collect(client, doc, variables));
  }
  await Promise.all(subs.map((s) => s.until((c) => c.data.length >= 1))); // SYSTEM/SUBSCRIBED: listening from here on
  return subs;
}

async function caseWithPhone(title: string) {
  const res = await t.gql(CaseCreate, {
    input: {
      centerId: desk.center.id, kind: 'DISPUTE', channel: 'WALK_IN', categoryCode: 'WAGE_ARREARS', title, description: '拖欠工资',
      parties: [{ role: 'APPLICANT', type: 'PERSON', name: '乌云', phone: '13947712345' }],
    } as never,
  }, dispatcher);
  return res.caseCreate.case!;
}

describe('one event to hundreds of subscribers', () => {
  it('serialises each selection once per event, and gives every subscriber its own events once, in order, masks intact', { timeout: 180_000 }, async () => {
    const hangjin = desk.center.id;
    // Dispatchers and the auditor on the same board share a selection: its fields are the event's own.
    const boards = [...await group(desk.dispatcher, Board, { centerId: hangjin }, 80), ...await group(auditor, Board, { centerId: hangjin }, 40)];
    const screens = await group(desk.leader, Screen, { centerId: hangjin }, 60);
    // `case` is read under each viewer's access: the dispatcher handles the case and reads the phone, the auditor sees it masked.
    const fullParties = await group(desk.dispatcher, Parties, { centerId: hangjin }, 30);
    const maskedParties = await group(auditor, Parties, { centerId: hangjin }, 30);
    // One selection, two agencies: each desk receives only its own agency's assignments.
    const hr = await group(desk.staff, Desk, {}, 30);
    const forestry = await group(forestryStaff, Desk, {}, 20);
    // Another banner's board: none of these events is theirs.
    const elsewhere = await group(otherDesk.dispatcher, Board, { centerId: otherDesk.center.id }, 30);
    serialised.length = 0;

    const plan = [['工资一', 'hr'], ['草场二', 'forestry'], ['工资三', 'hr']] as const;
    const cases = [];
    for (const [title, agency] of plan) {
      const c = await caseWithPhone(title);
      const res = await t.gql(CaseDispatch, { input: { id: c.id, version: c.version, leadAgencyId: agency === 'hr' ? desk.agency.id : forestryBureau.id } }, dispatcher);
      expect(res.caseDispatch.userErrors).toEqual([]);
      cases.push(c);
    }
    const numbers = cases.map((c) => c.number);
    const expected = numbers.flatMap((n) => [['RECEIVED', n], ['DISPATCHED', n]]);
    const events = (await t.sql<{ seq: string; type: string; topic: string }>(
      `select seq::text, type, topic from hub_event where case_id = any($1::int[]) order by seq`,
      [cases.map((c) => Number(Buffer.from(c.id, 'base64url').toString().split(':')[1]))],
    ));
    expect(events.map((e) => e.type)).toEqual(expected.map(([type]) => type));
    const seqs = events.map((e) => e.seq);

    const own = <T extends { centerEvents?: { seq: string }; assignmentEvents?: { seq: string } }>(s: Collected<T>) =>
      s.data.slice(1).map((d) => (d.centerEvents ?? d.assignmentEvents)!);
    await Promise.all([...boards, ...screens, ...fullParties, ...maskedParties].map((s) => s.until((c) => c.data.length >= 1 + expected.length)));
    await Promise.all(hr.map((s) => s.until((c) => c.data.length >= 3)));
    await Promise.all(forestry.map((s) => s.until((c) => c.data.length >= 2)));

    for (const s of boards) expect(own(s)).toEqual(expected.map(([type, number], i) => ({ seq: seqs[i], topic: type === 'RECEIVED' ? 'CASE' : 'ASSIGNMENT', type, caseNumber: number })));
    for (const s of screens) expect(own(s)).toEqual(plan.flatMap(([title], i) => [0, 1].map((k) => ({ seq: seqs[2 * i + k], type: k ? 'DISPATCHED' : 'RECEIVED', caseTitle: title, riskLevel: 'NONE' }))));
    const parties = (phone: string) => plan.flatMap(([title], i) => [0, 1].map((k) => ({
      seq: seqs[2 * i + k], type: k ? 'DISPATCHED' : 'RECEIVED', case: { title, parties: [{ name: '乌云', phone }] },
    })));
    for (const s of fullParties) expect(own(s)).toEqual(parties('13947712345'));
    for (const s of maskedParties) expect(own(s)).toEqual(parties('139****2345'));
    for (const s of hr) expect(own(s)).toEqual([{ seq: seqs[1], type: 'DISPATCHED', caseNumber: numbers[0] }, { seq: seqs[5], type: 'DISPATCHED', caseNumber: numbers[2] }]);
    for (const s of forestry) expect(own(s)).toEqual([{ seq: seqs[3], type: 'DISPATCHED', caseNumber: numbers[1] }]);

    // Nothing more arrived for anyone (every stream is still open), and the other banner received nothing.
    const all = [...boards, ...screens, ...fullParties, ...maskedParties, ...hr, ...forestry, ...elsewhere];
    expect(all.every((s) => !s.error && !s.completed)).toBe(true);
    expect(elsewhere.map((s) => s.data.length)).toEqual(elsewhere.map(() => 1));

    // Serialised once per event and selection: boards and screens for every event, desks for the
    // dispatches; the `case` documents are executed per subscriber and never shared.
    const bySeq = new Map<string, string[]>();
    for (const m of serialised) bySeq.set(String(m.seq), [...(bySeq.get(String(m.seq)) ?? []), m.selection]);
    expect(seqs.map((seq) => bySeq.get(seq)?.length ?? 0)).toEqual(expected.map(([type]) => (type === 'RECEIVED' ? 2 : 3)));
    for (const selections of bySeq.values()) expect(new Set(selections).size).toBe(selections.length);
    expect(serialised.every((m) => !m.selection.includes('parties'))).toBe(true);
  });

  it('hands a burst committed at once to every subscriber exactly once, in commit order', { timeout: 120_000 }, async () => {
    const hangjin = desk.center.id;
    const boards = await group(desk.dispatcher, Board, { centerId: hangjin }, 48);
    // Forty events in one transaction, as a batch import would commit them: the hub reads them in one
    // read of the log and hands each subscriber all of them in one pass, its frames in one socket write.
    const [{ path }] = await t.sql<{ path: string }>(`select ancestry || id || '/' as path from center where id = $1`, [localId(hangjin, 'Center')]);
    const burst = await t.sql<{ seq: string }>(`
      with counter as (update hub_event_counter set last = last + 40 where id = 1 returning last),
           added as (
             insert into hub_event (seq, topic, type, scope, payload)
             select counter.last - 40 + g, 'case', 'NOTE_ADDED', jsonb_build_object('centerPaths', jsonb_build_array($1::text), 'agencyIds', '[]'::jsonb, 'mediatorIds', '[]'::jsonb), '{}'::jsonb
               from counter, generate_series(1, 40) g
             returning seq)
      select seq::text, pg_notify('hub_events', seq::text) from added order by added.seq`, [path]);
    const seqs = burst.map((e) => e.seq);
    expect(seqs).toHaveLength(40);

    await Promise.all(boards.map((s) => s.until((c) => c.data.length >= 1 + seqs.length)));
    for (const s of boards) expect(s.data.slice(1).map((d) => d.centerEvents.seq)).toEqual(seqs);
    expect(boards.every((s) => !s.error && !s.completed)).toBe(true);
  });
});
