/**
 * A bare graphql-transport-ws client over `ws`, for tests that must choose operation ids and the
 * order of messages themselves (the graphql-ws client hides both).
 */
import WebSocket from 'ws';

export interface Message {
  id?: string;
  type: string;
  payload?: any;
}

export interface RawSocket {
  socket: WebSocket;
  /** Every message received so far, in order. */
  received: Message[];
  send(message: Message): void;
  /** Resolves with the first message at or after position `from` for which `match` holds (never by sleeping). */
  next(match: (m: Message) => boolean, from?: number): Promise<Message>;
  /** A ping answered by a pong: everything the server sent before the pong has arrived. */
  roundTrip(): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** Opens a socket and completes connection_init; rejects with the close code when the server refuses. */
export async function openRaw(httpUrl: string, connectionParams: Record<string, unknown> = {}): Promise<RawSocket> {
  const socket = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const received: Message[] = [];
  const waiters = new Set<() => void>();
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const w of waiters) w();
    });
  });
  socket.on('message', (data) => {
    received.push(JSON.parse(String(data)) as Message);
    for (const w of waiters) w();
  });
  let isClosed = false;
  void closed.then(() => {
    isClosed = true;
  });
  const raw: RawSocket = {
    socket,
    received,
    send: (message) => socket.send(JSON.stringify(message)),
    async next(match, from = 0) {
      for (;;) {
        const found = received.slice(from).find(match);
        if (found) return found;
        if (isClosed) throw new Error(`socket closed (${JSON.stringify(await closed)}) before the message arrived; got ${JSON.stringify(received)}`);
        await new Promise<void>((resolve) => {
          const w = () => {
            waiters.delete(w);
            resolve();
          };
          waiters.add(w);
        });
      }
    },
    async roundTrip() {
      const from = received.length;
      raw.send({ type: 'ping' });
      await raw.next((m) => m.type === 'pong', from);
    },
    closed,
    close: () => socket.close(1000),
  };
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  raw.send({ type: 'connection_init', payload: connectionParams });
  const ack = await Promise.race([raw.next((m) => m.type === 'connection_ack'), closed.then((c) => c)]);
  if (!('type' in ack)) throw Object.assign(new Error(`connection refused: ${ack.code} ${ack.reason}`), ack);
  return raw;
}
