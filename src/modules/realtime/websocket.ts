import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { CloseCode, handleProtocols, makeServer, MessageType, type ServerOptions } from 'graphql-ws';
import type { ExecutionArgs } from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../shared/logger.js';
import { sharedPayload } from './shared-execution.js';
import { registerFrameWriter } from './direct-delivery.js';

/**
 * A socket whose unsent frames exceed this is closed with SLOW_CONSUMER instead of buffering more:
 * a client that stopped reading must not grow the hub's memory. Frames are written without waiting
 * for the previous one to drain, so this — not a queue per subscription — is what bounds a socket.
 */
export const WS_MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** "Try again later": the client reconnects and resumes with its last cursor (docs/realtime.md, Close codes). */
export const SLOW_CONSUMER = { code: 1013, reason: 'Too slow: reconnect and resume with your last cursor' } as const;

export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

/**
 * Operation ids of one connection. The client's ids are replaced by ids of our own on the way in and
 * put back on the way out, so that graphql-ws's protocol core never sees one id twice.
 *
 * Why: graphql-ws keys its state by the client's id and, when a subscription ends, sends `complete`
 * and deletes the entry for that id — by id, not by operation. A client that completes `r` and at
 * once subscribes again with `r` (the protocol frees an id on completion) had its new subscription
 * completed and dropped by the old one's late teardown. With an id per operation, the old teardown
 * can only touch its own operation; whatever it still sends is for an id the client gave up, and is
 * dropped here.
 */
export class OperationIds {
  private next = 1;
  /** Client id → our id, while the operation runs (from subscribe until either side completes it). */
  private readonly inner = new Map<string, string>();
  /** Our id → client id, same lifetime. */
  private readonly outer = new Map<string, string>();
  /** Our id → the shared payload of its next `next` message (see `share`). */
  private readonly shared = new Map<string, string>();

  /**
   * The next `next` message of operation `mine` carries `payload`, serialised once for every subscriber
   * of its selection: the protocol core then sends a placeholder payload, which `outbound` replaces by
   * splicing this string into the frame (no parse, no second stringify).
   */
  share(mine: string, payload: string): void {
    this.shared.set(mine, payload);
  }

  /**
   * A `next` frame carrying `payload` for operation `mine`, written past the protocol core by the short
   * path (direct-delivery.ts); `undefined` when the client already completed that operation.
   */
  nextFrame(mine: string, payload: string): string | undefined {
    const client = this.outer.get(mine);
    return client === undefined ? undefined : `{"id":${JSON.stringify(client)},"type":"next","payload":${payload}}`;
  }

  /** The message to hand to the protocol core, `undefined` to drop it, or `'duplicate'` (close 4409). */
  inbound(data: string): string | undefined | { duplicate: string } {
    let message: { id?: unknown; type?: unknown };
    try {
      message = JSON.parse(data) as typeof message;
    } catch {
      return data; // the core answers malformed messages itself (4400)
    }
    if (!message || typeof message !== 'object' || typeof message.id !== 'string') return data;
    const id = message.id;
    if (message.type === MessageType.Subscribe) {
      if (this.inner.has(id)) return { duplicate: id };
      const mine = String(this.next++);
      this.inner.set(id, mine);
      this.outer.set(mine, id);
      return JSON.stringify({ ...message, id: mine });
    }
    if (message.type === MessageType.Complete) {
      const mine = this.inner.get(id);
      if (mine === undefined) return undefined; // nothing runs under that id: nothing to complete
      this.inner.delete(id);
      this.outer.delete(mine);
      return JSON.stringify({ ...message, id: mine });
    }
    return data;
  }

  /** The message to send to the client, or `undefined` when it is for an operation the client already completed. */
  outbound(data: string): string | undefined {
    // graphql-ws writes `{"id":"<id>","type":…}`: read the id without parsing a result that may be large.
    const PREFIX = '{"id":"';
    let mine: string;
    let rest: string;
    let type: string;
    if (data.startsWith(PREFIX)) {
      const end = data.indexOf('"', PREFIX.length);
      mine = data.slice(PREFIX.length, end);
      rest = data.slice(end + 1);
      type = /^,"type":"([a-z_]+)"/.exec(rest)?.[1] ?? '';
    } else {
      const message = JSON.parse(data) as { id?: unknown; type?: unknown };
      if (typeof message.id !== 'string') return data; // ack, ping, pong
      return this.outbound(JSON.stringify({ id: message.id, ...message }));
    }
    const client = this.outer.get(mine);
    const shared = this.shared.get(mine);
    if (shared !== undefined) this.shared.delete(mine);
    if (client === undefined) return undefined;
    if (shared !== undefined && type === MessageType.Next) return `{"id":${JSON.stringify(client)},"type":"next","payload":${shared}}`;
    if (type === MessageType.Complete || type === MessageType.Error) {
      this.outer.delete(mine);
      this.inner.delete(client);
    }
    return `{"id":${JSON.stringify(client)}${rest}`;
  }
}

/** TCP sockets corked during this turn of the event loop, uncorked together when it ends (`writeInTurn`). */
const corked = new Set<Socket>();
const uncorkAll = () => {
  for (const tcp of corked) tcp.uncork();
  corked.clear();
};

/**
 * Holds a connection's frames until the current turn's microtasks have run, then writes them in one
 * system call. An event reaches a subscriber through a chain of microtasks; when the event hub hands
 * it several events in one pass (event-hub.ts, EVENTS_PER_PASS), their frames leave in one `writev`
 * instead of one each — the socket writes, not the JavaScript, were most of a 1,000-socket fan-out's
 * cost. A frame waits at most one turn of the loop.
 */
function writeInTurn(tcp: Socket): void {
  if (corked.has(tcp) || tcp.destroyed) return;
  if (corked.size === 0) setImmediate(uncorkAll);
  corked.add(tcp);
  tcp.cork();
}

/**
 * Sends a frame without waiting for it to drain (a subscription moves on to its next event at once);
 * WS_MAX_BUFFERED_BYTES bounds what a slow client can hold: past it the socket is closed with 1013.
 */
function sendFrame(socket: WebSocket, tcp: Socket, frame: string, log: Logger): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > WS_MAX_BUFFERED_BYTES) {
    log.warn({ bufferedBytes: socket.bufferedAmount }, 'WebSocket closed: the client reads too slowly');
    socket.close(SLOW_CONSUMER.code, SLOW_CONSUMER.reason);
    return;
  }
  writeInTurn(tcp);
  socket.send(frame);
}

/** The code of an error `ws` raises for what a client sent (oversized or malformed frames): the client's fault, not ours. */
function clientFault(error: Error): string | undefined {
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('WS_ERR_') ? code : undefined;
}

/**
 * graphql-ws on a `ws` server: the same duties as `graphql-ws/use/ws` (subprotocol, keep-alive pings,
 * close handling), with operation ids per operation (see `OperationIds`) and errors logged through
 * the hub's logger — a client's oversized or malformed frame is logged at info, and `ws` closes that
 * socket with the code the protocol names (1009 for a message over `maxPayload`).
 */
export function serveGraphQLWs<P extends Record<string, unknown>, E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<P, SocketExtra & Partial<E>>,
  wss: WebSocketServer,
  keepAliveMs: number,
  log: Logger,
): { dispose(): Promise<void> } {
  const connections = new WeakMap<object, OperationIds>();
  const server = makeServer({
    ...options,
    onSubscribe: async (ctx, id, payload) => {
      const args = await options.onSubscribe?.(ctx, id, payload);
      // Shared results of this operation may skip the protocol core (direct-delivery.ts): they carry no
      // errors and nothing personal, which is all `onNext` handles, and the frame is what the core would send.
      const ids = connections.get(ctx.extra);
      const context = args && !Array.isArray(args) ? (args as ExecutionArgs).contextValue : undefined;
      if (ids && context && typeof context === 'object') {
        const { socket, request } = ctx.extra;
        registerFrameWriter(context, (shared) => {
          const frame = ids.nextFrame(id, shared);
          if (frame !== undefined) sendFrame(socket, request.socket as Socket, frame, log);
        });
      }
      return args;
    },
    onNext: async (ctx, id, payload, args, result) => {
      const replaced = await options.onNext?.(ctx, id, payload, args, result);
      const shared = replaced ? undefined : sharedPayload(result);
      if (shared === undefined) return replaced;
      connections.get(ctx.extra)?.share(id, shared);
      return {}; // the placeholder `outbound` replaces
    },
  });
  wss.options.handleProtocols = handleProtocols;
  wss.on('error', (error) => log.error({ err: error }, 'WebSocket server error'));
  wss.on('connection', (socket, request) => {
    socket.on('error', (error) => {
      const fault = clientFault(error);
      if (fault) {
        log.info({ code: fault, message: error.message }, 'WebSocket closed: the client sent a frame the hub does not accept');
        return; // ws has already closed the socket with the matching code (e.g. 1009)
      }
      log.error({ err: error }, 'WebSocket error');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    const ids = new OperationIds();
    const extra = { socket, request } as SocketExtra & Partial<E>;
    connections.set(extra, ids);
    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, keepAliveMs);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          const out = ids.outbound(data);
          if (out !== undefined) sendFrame(socket, request.socket as Socket, out, log);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) => socket.on('message', (raw) => {
          const data = ids.inbound(String(raw));
          if (data === undefined) return;
          if (typeof data === 'object') {
            socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${data.duplicate.slice(0, 80)} already exists`);
            return;
          }
          handle(data).catch((error: unknown) => {
            log.error({ err: error }, 'WebSocket message handling failed');
            socket.close(CloseCode.InternalServerError, 'Internal server error');
          });
        }),
      },
      extra,
    );
    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(ping);
      void closed(code, String(reason)).catch((error: unknown) => log.error({ err: error }, 'WebSocket close handling failed'));
    });
  });
  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
