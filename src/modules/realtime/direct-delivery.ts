import type { LiveEvent } from '../../shared/event-log/event-hub.js';

/**
 * The short path of a shared event from the event hub to a socket, for a subscriber that is idle.
 *
 * The normal path hands each subscriber's event through a chain of async generators and hooks — the
 * stream's queue and wake-up, the view mapping, the shared execution's iterator, graphql-ws's
 * `for await` and `onNext`, the id mapping — a dozen microtasks per subscriber per event. With 1,000
 * subscribers receiving each dispatch, that chain cost the hub about as much CPU as the dispatch
 * itself (docs/performance.md, *Fan-out*). When a subscriber's stream is parked waiting for its next
 * event (everything before was sent), nothing is queued, no access change is pending, and the
 * selection's answer to the event is already serialised, the stream hands the event here instead: the
 * frame is written to the socket at once, in the hub's listener call, in sequence order. Otherwise the
 * event takes the normal path. Both paths decide who receives an event the same way (the stream's
 * `mayReceive` + filter), so the short path changes the cost, never what anyone receives.
 *
 * The three parts meet by the operation's context object (one per operation, made in `onSubscribe`):
 * the WebSocket adapter registers how to write a `next` payload for that operation, the shared
 * execution registers how to turn an event into its selection's serialised payload, and the stream
 * asks for the whole sink.
 */

/** Writes a serialised `next` payload for one operation to its socket; dropped when the operation ended or the socket closed. */
export type FrameWriter = (payload: string) => void;
/** Serialised payload of the selection's answer to `event`, when it is ready now; `undefined` to take the normal path. */
export type PayloadOf = (event: LiveEvent) => string | undefined;

const writers = new WeakMap<object, FrameWriter>();
const payloads = new WeakMap<object, PayloadOf>();

/** Called by the WebSocket adapter for each operation it runs. */
export function registerFrameWriter(context: object, write: FrameWriter): void {
  writers.set(context, write);
}

/** Called by the shared execution for each operation whose selection shares its results. */
export function registerPayloadOf(context: object, payloadOf: PayloadOf): void {
  payloads.set(context, payloadOf);
}

/**
 * The stream's short path for the operation with this context: `true` when the event's frame was
 * written (or dropped because the operation already ended), `false` when the event must take the
 * normal path. `undefined` when the operation has no short path (not over WebSocket, or a selection
 * whose answer depends on the viewer).
 */
export function directSink(context: object): ((event: LiveEvent) => boolean) | undefined {
  const write = writers.get(context);
  const payloadOf = payloads.get(context);
  if (!write || !payloadOf) return undefined;
  return (event) => {
    const payload = payloadOf(event);
    if (payload === undefined) return false;
    write(payload);
    return true;
  };
}
