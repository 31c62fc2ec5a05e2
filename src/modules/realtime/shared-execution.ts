import {
  createSourceEventStream, execute, Kind, print, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult,
} from 'graphql';
import { HubEventView } from './event.types.js';

/** Fields whose value depends on who is asking; a document selecting any of them is executed per subscriber. */
const VIEWER_DEPENDENT = new Set(['case']);
const CACHE_SIZE = 2_000;

const independent = new WeakMap<DocumentNode, boolean>();
function viewerIndependent(document: DocumentNode): boolean {
  let known = independent.get(document);
  if (known === undefined) {
    known = true;
    visit(document, {
      Field(node) {
        if (VIEWER_DEPENDENT.has(node.name.value)) known = false;
      },
      FragmentSpread() {
        known = false; // keep it simple: documents with fragments are executed per subscriber
      },
    });
    independent.set(document, known);
  }
  return known;
}

/**
 * Subscription execution for graphql-ws that computes the result for an event once per distinct
 * document and variables, when the document reads nothing that depends on the viewer. With a thousand
 * dashboards on the same query, one execution serves them all; who receives an event is still decided
 * per subscriber, by the stream, before this runs.
 */
export function sharedSubscribe() {
  const cache = new Map<string, Promise<ExecutionResult>>();
  return async (args: ExecutionArgs) => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    const iterator = (source as AsyncIterable<unknown>)[Symbol.asyncIterator]() as AsyncIterator<unknown>;
    const op = args.document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const key = op && viewerIndependent(args.document) ? `${print(args.document)}|${JSON.stringify(args.variableValues ?? {})}` : undefined;
    const run = (payload: unknown): Promise<ExecutionResult> => {
      // Each event is executed with a fresh per-operation memo: the subscription's context lives for
      // hours, and a memoised check (e.g. may this viewer see the case's personal data) must not.
      const context = args.contextValue as { memo?: Map<string, unknown> } | undefined;
      const contextValue = context?.memo ? { ...context, memo: new Map() } : args.contextValue;
      const exec = () => Promise.resolve(execute({ ...args, rootValue: payload, contextValue }));
      // SYSTEM messages share the sequence number of the last real event: never cache them.
      if (!key || !(payload instanceof HubEventView) || payload.raw.topic === 'system') return exec();
      const k = `${payload.seq}|${key}`;
      let result = cache.get(k);
      if (!result) {
        result = exec();
        cache.set(k, result);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return result;
    };
    const mapped: AsyncGenerator<ExecutionResult> = {
      async next() {
        const step = await iterator.next();
        return step.done ? { done: true, value: undefined } : { done: false, value: await run(step.value) };
      },
      async return() {
        await iterator.return?.();
        return { done: true, value: undefined };
      },
      async throw(error) {
        await iterator.return?.();
        throw error;
      },
      [Symbol.asyncIterator]: () => mapped,
      [Symbol.asyncDispose]: async () => {
        await iterator.return?.();
      },
    };
    return mapped;
  };
}
