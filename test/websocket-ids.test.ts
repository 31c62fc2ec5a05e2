/**
 * Operation ids over graphql-transport-ws, with a bare client that picks its own ids and timing: the
 * protocol frees an id when an operation completes, so a dashboard that completes `r` and subscribes
 * again with `r` at once must get a working subscription — for every subscription field the schema has.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { factories } from './support/factories.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { openRaw, type Message, type RawSocket } from './support/raw-ws.js';

const Docs = {
  assignmentEvents: graphql(`subscription IdsAssignments($agencyId: ID) { assignmentEvents(agencyId: $agencyId) { seq topic } }`),
  caseEvents: graphql(`subscription IdsCase($caseId: ID!) { caseEvents(caseId: $caseId) { seq topic } }`),
  centerEvents: graphql(`subscription IdsCenter($centerId: ID!) { centerEvents(centerId: $centerId) { seq topic } }`),
  supervisionAlerts: graphql(`subscription IdsAlerts($centerId: ID) { supervisionAlerts(centerId: $centerId) { seq topic } }`),
  rosterChanges: graphql(`subscription IdsRoster($centerId: ID!) { rosterChanges(centerId: $centerId) { seq topic } }`),
  todayDuties: graphql(`subscription IdsToday($centerId: ID!) { todayDuties(centerId: $centerId) { date reason } }`),
  ledgerCounters: graphql(`subscription IdsCounters($centerId: ID) { ledgerCounters(centerId: $centerId) { reason openNow } }`),
  casesInChargeEvents: graphql(`subscription IdsInCharge { casesInChargeEvents { seq topic } }`),
  dayBoardUpdates: graphql(`subscription IdsDayBoard($centerId: ID!) { dayBoardUpdates(centerId: $centerId) { date reason } }`),
  dispatchAlerts: graphql(`subscription IdsDispatchAlerts($centerId: ID) { dispatchAlerts(centerId: $centerId) { seq topic } }`),
  jointMeetingEvents: graphql(`subscription IdsMeetings($centerId: ID!) { jointMeetingEvents(centerId: $centerId) { seq topic } }`),
};

/** Every root field of `Subscription` in the committed schema: a new one fails here until it is listed above. */
const SUBSCRIPTION_FIELDS = Object.keys(buildSchema(readFileSync('schema/schema.graphql', 'utf8')).getSubscriptionType()!.getFields()).sort();

let t: TestHub;
let leader: string;
let variables: Record<keyof typeof Docs, Record<string, unknown>>;

beforeAll(async () => {
  t = await startTestHub();
  const f = await factories(t);
  const desk = await f.desk();
  leader = desk.leader.token;
  const center = desk.center.id;
  const created = await f.case(desk);
  variables = {
    assignmentEvents: { agencyId: desk.agency.id },
    caseEvents: { caseId: created.id },
    centerEvents: { centerId: center },
    supervisionAlerts: { centerId: center },
    rosterChanges: { centerId: center },
    todayDuties: { centerId: center },
    ledgerCounters: { centerId: center },
    casesInChargeEvents: {},
    dayBoardUpdates: { centerId: center },
    dispatchAlerts: { centerId: center },
    jointMeetingEvents: { centerId: center },
  };
});
afterAll(async () => {
  await t?.close();
});

const subscribe = (ws: RawSocket, id: string, field: keyof typeof Docs) =>
  ws.send({ id, type: 'subscribe', payload: { query: print(Docs[field]), variables: variables[field] } });
const forId = (id: string) => (m: Message) => m.id === id;

describe('operation ids', () => {
  it('the test covers every subscription field of the schema', () => {
    expect(Object.keys(Docs).sort()).toEqual(SUBSCRIPTION_FIELDS);
  });

  it.each(Object.keys(Docs) as (keyof typeof Docs)[])('%s: an id completed by the client is free at once for a new subscription', async (field) => {
    const ws = await openRaw(t.url, { authorization: `Bearer ${leader}` });
    subscribe(ws, 'r', field);
    expect((await ws.next(forId('r'))).type).toBe('next');

    // Complete and subscribe again under the same id, back to back.
    let from = ws.received.length;
    ws.send({ id: 'r', type: 'complete' });
    subscribe(ws, 'r', field);
    const first = await ws.next(forId('r'), from);
    expect(first.type, JSON.stringify(first)).toBe('next');
    expect(first.payload.errors).toBeUndefined();

    // Once more while the previous one is still being set up: complete before its first result.
    from = ws.received.length;
    ws.send({ id: 'r', type: 'complete' });
    subscribe(ws, 'r', field);
    ws.send({ id: 'r', type: 'complete' });
    subscribe(ws, 'r', field);
    expect((await ws.next(forId('r'), from)).type).toBe('next');

    // Nothing the earlier operations' teardown sends reaches the client as a message for `r`.
    await ws.roundTrip();
    expect(ws.received.filter((m) => m.id === 'r' && m.type !== 'next')).toEqual([]);
    // The live one still holds the id: a second subscribe under it is refused as the protocol says.
    subscribe(ws, 'r', field);
    expect((await ws.closed).code).toBe(4409);
  });

  it('an id the server completed is free again, and operations under other ids are untouched', async () => {
    const ws = await openRaw(t.url, { authorization: `Bearer ${leader}` });
    subscribe(ws, 'live', 'centerEvents');
    await ws.next(forId('live'));
    for (let i = 0; i < 3; i += 1) {
      const from = ws.received.length;
      ws.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
      await ws.next((m) => m.id === 'q' && m.type === 'complete', from);
    }
    ws.send({ id: 'live', type: 'complete' });
    await ws.roundTrip();
    expect(ws.received.filter((m) => m.id === 'q').map((m) => m.type)).toEqual(['next', 'complete', 'next', 'complete', 'next', 'complete']);
    expect(ws.received.filter((m) => m.id === 'live').map((m) => m.type)).toEqual(['next']);
    ws.close();
  });
});
