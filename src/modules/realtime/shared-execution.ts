import { channel } from 'node:diagnostics_channel';
import {
  createSourceEventStream, execute, Kind, print, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult,
} from 'graphql';
import { HubEventView } from './event.types.js';
import { contextWith } from '../../shared/context.js';
import type { LiveEvent } from '../../shared/event-log/event-hub.js';
import { registerPayloadOf } from './direct-delivery.js';

/** Fields whose value depends on who is asking; a document selecting any of them is executed per subscriber. */
const VIEWER_DEPENDENT = new Set(['case']);
/** Results kept per selection: enough for subscribers a few events behind the others to still share them. */
const RESULTS_PER_SELECTION = 64;

/**
 * Published once per event and selection when a shared result is serialised (name, and the fields
 * `{ seq, selection }`, are part of the hub's observability surface: docs/realtime.md). Publishing costs
 * nothing while nobody subscribes.
 */
export const SERIALISED_CHANNEL = 'hub.realtime.serialised';
const serialised = channel(SERIALISED_CHANNEL);

/** Where a shared result keeps its `next` payload, serialised once for every subscriber of its selection. */
const PAYLOAD = Symbol('hub.sharedPayload');
type SharedResult = ExecutionResult & { [PAYLOAD]?: string };

/** The serialised `next` payload of a result shared by a selection's subscribers; `undefined` for one subscriber's own. */
export function sharedPayload(result: unknown): string | undefined {
  return (result as SharedResult | null)?.[PAYLOAD];
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as { then?: unknown } | null)?.then === 'function';

const independent = new WeakMap<DocumentNode, boolean>();
/**
 * Whether the document's answer is the same for everyone who receives the event. The event fields
 * (`HubEventView`) are read from the log row; who may receive a row is decided per subscriber by the
 * stream before execution. `case` is read fresh under the viewer's access, with personal data masked
 * and its reading audited per viewer: a document selecting it anywhere (fragments included — `visit`
 * walks their definitions too) is executed and serialised per subscriber.
 */
function viewerIndependent(document: DocumentNode): boolean {
  let known = independent.get(document);
  if (known === undefined) {
    known = true;
    visit(document, {
      Field(node) {
        if (VIEWER_DEPENDENT.has(node.name.value)) known = false;
      },
    });
    independent.set(document, known);
  }
  return known;
}

interface Selection {
  readonly key: string;
  members: number;
  /** Event sequence → its result for this selection, newest last. */
  readonly results: Map<bigint, Promise<SharedResult>>;
  /** Event sequence → its serialised payload, once ready (the short path, direct-delivery.ts, needs it without waiting). */
  readonly ready: Map<bigint, string>;
}

/**
 * Subscription execution for graphql-ws that computes, and serialises, the result for an event once
 * per selection — same document, same variables — when the document reads nothing that depends on
 * the viewer. With a thousand dashboards on the same query, one execution and one `JSON.stringify`
 * serve them all (websocket.ts writes the shared payload into each socket's frame); who receives an
 * event is still decided per subscriber, by the stream, before this runs.
 */
export function sharedSubscribe() {
  const selections = new Map<string, Selection>();
  return async (args: ExecutionArgs) => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]() as AsyncIterator<unknown>;
    const op = args.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    let selection: Selection | undefined;
    if (op && viewerIndependent(args.document)) {
      const key = `${args.operationName ?? ''}|${print(args.document)}|${JSON.stringify(args.variableValues ?? {})}`;
      selection = selections.get(key) ?? { key, members: 0, results: new Map(), ready: new Map() };
      selections.set(key, selection);
      selection.members += 1;
    }
    let left = false;
    const leave = () => {
      if (left || !selection) return;
      left = true;
      selection.members -= 1;
      if (selection.members === 0) selections.delete(selection.key);
    };
    const exec = (payload: unknown): ExecutionResult | Promise<ExecutionResult> => {
      // Each event is executed with a fresh per-operation memo: the subscription's context lives for
      // hours, and a memoised check (e.g. may this viewer see the case's personal data) must not.
      const context = args.contextValue as { memo?: Map<string, unknown> } | undefined;
      const contextValue = context?.memo ? contextWith(context, { memo: new Map() }) : args.contextValue;
      return execute({ ...args, rootValue: payload, contextValue });
    };
    /** The selection's result for an event, executed by whichever of its subscribers asks first. */
    const sharedResult = (group: Selection, view: HubEventView): Promise<SharedResult> => {
      const { seq } = view.raw;
      let result = group.results.get(seq);
      if (!result) {
        const remember = (shared: SharedResult) => {
          const payload = sharedPayload(shared);
          if (payload !== undefined) group.ready.set(seq, payload);
          return shared;
        };
        const executed = exec(view);
        // A selection of plain event fields executes synchronously: its payload is ready at once.
        result = isPromise(executed)
          ? executed.then((r) => (group.results.has(seq) ? remember(share(r, seq, group.key)) : share(r, seq, group.key)))
          : Promise.resolve(remember(share(executed, seq, group.key)));
        group.results.set(seq, result);
        if (group.results.size > RESULTS_PER_SELECTION) {
          const oldest = group.results.keys().next().value!;
          group.results.delete(oldest);
          group.ready.delete(oldest);
        }
      }
      return result;
    };
    const run = (payload: unknown): Promise<ExecutionResult> => {
      // SYSTEM messages share the sequence number of the last real event: never share them.
      const group = selection;
      if (!group || !(payload instanceof HubEventView) || payload.raw.topic === 'system') return Promise.resolve(exec(payload));
      return sharedResult(group, payload);
    };
    if (selection && args.contextValue && typeof args.contextValue === 'object') {
      const group = selection;
      registerPayloadOf(args.contextValue, (event: LiveEvent) => {
        if (event.topic === 'system') return undefined;
        const ready = group.ready.get(event.seq);
        if (ready !== undefined || group.results.has(event.seq)) return ready;
        void sharedResult(group, new HubEventView(event));
        return group.ready.get(event.seq);
      });
    }
    const mapped: AsyncGenerator<ExecutionResult> = {
      async next() {
        let step: IteratorResult<unknown>;
        try {
          step = await iterator.next();
        } catch (error) {
          leave(); // the stream ended with an error (e.g. access revoked): graphql-ws calls no return()
          throw error;
        }
        if (step.done) {
          leave();
          return { done: true, value: undefined };
        }
        return { done: false, value: await run(step.value) };
      },
      async return() {
        leave();
        await iterator.return?.();
        return { done: true, value: undefined };
      },
      async throw(error) {
        leave();
        await iterator.return?.();
        throw error;
      },
      [Symbol.asyncIterator]: () => mapped,
      [Symbol.asyncDispose]: async () => {
        leave();
        await iterator.return?.();
      },
    };
    return mapped;
  };
}

/**
 * Serialises a result once for its selection, as graphql-ws would (`{"data":…}`). A result with errors
 * is not shared: the hub formats errors per operation (server.ts `onNext`), and an error is rare.
 */
function share(result: ExecutionResult, seq: bigint, selection: string): SharedResult {
  if (result.errors?.length) return result;
  Object.defineProperty(result, PAYLOAD, { value: JSON.stringify(result), enumerable: false });
  if (serialised.hasSubscribers) serialised.publish({ seq, selection });
  return result;
}
