/**
 * The baseline for `bench:realtime`: a bare graphql-ws server on its own port that does nothing but
 * publish. Each POST /publish sends one event, stamped with the time, to every subscriber.
 */
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const schema = buildSchema(`type Query { ok: Boolean } type Event { at: String!, n: Int! } type Subscription { events: Event! }`);
const listeners = new Set<(e: { at: string; n: number }) => void>();
let n = 0;

function events(): AsyncGenerator<{ events: { at: string; n: number } }> {
  const queue: { at: string; n: number }[] = [];
  let wake: (() => void) | undefined;
  const push = (e: { at: string; n: number }) => {
    queue.push(e);
    wake?.();
  };
  listeners.add(push);
  let done = false;
  const it: AsyncGenerator<{ events: { at: string; n: number } }> = {
    async next() {
      while (queue.length === 0 && !done) await new Promise<void>((r) => (wake = r));
      if (done) return { done: true, value: undefined };
      return { done: false, value: { events: queue.shift()! } };
    },
    async return() {
      done = true;
      listeners.delete(push);
      wake?.();
      return { done: true, value: undefined };
    },
    async throw(e) {
      done = true;
      listeners.delete(push);
      throw e;
    },
    [Symbol.asyncIterator]: () => it,
    [Symbol.asyncDispose]: async () => undefined,
  };
  return it;
}

const server = createServer((req, res) => {
  if (req.url === '/publish') {
    const e = { at: new Date().toISOString(), n: ++n };
    for (const l of listeners) l(e);
    res.end('ok');
  } else if (req.url === '/rss') {
    res.end(String(process.memoryUsage().rss));
  } else res.end('bare');
});
const wss = new WebSocketServer({ server, path: '/graphql' });
useServer({ schema, roots: { subscription: { events } } }, wss);
server.listen(0, '127.0.0.1', () => {
  console.log(`bare listening ${(server.address() as { port: number }).port}`);
});
process.on('SIGTERM', () => process.exit(0));
