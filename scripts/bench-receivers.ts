/**
 * Cheap subscribers for `bench:realtime`: raw `ws` sockets speaking graphql-transport-ws by hand. The
 * benchmark's thousands of receivers share two cores with the hub and PostgreSQL; a full graphql-ws
 * client per socket (JSON.parse of every frame, its client machinery) took CPU the hub needed and made
 * the hub look slower than it is. Each frame is checked by its bytes — it must be a `next` for the one
 * operation id the socket subscribed with — and counted per socket, so delivery is still verified
 * exactly: every socket must receive every event once (`min` = `max` = events sent).
 */
import WebSocket from 'ws';

const NEXT = Buffer.from('{"id":"1","type":"next","payload":');
const AT = Buffer.from('"at":"');
const SYSTEM = Buffer.from('"SYSTEM"');

export interface ReceiverOptions {
  url: string;
  /** connection_init payload (e.g. `{ authorization: 'Bearer …' }`). */
  params: Record<string, unknown>;
  query: string;
  variables?: Record<string, unknown>;
  /** The hub confirms each subscription with a SYSTEM event; a bare server sends nothing until an event. */
  confirmedBySystem: boolean;
  /** Parse each frame's `"at":"…"` and keep commit-to-receipt latency in ms. */
  latency: boolean;
}

export interface Receivers {
  readonly n: number;
  /** Sockets whose subscription is confirmed (hub) or subscribed (bare). */
  ready: number;
  /** Sockets that could not connect after retries, or that closed or got an error/complete afterwards. */
  failed: number;
  received: number;
  /** Frames received per socket since the last `reset()`. */
  readonly counts: Uint32Array;
  /** 1 for the sockets that became ready. */
  readonly isReady: Uint8Array;
  readonly latencies: number[];
  /** Frames that were not a `next` for id "1" (would mean a wrong id or a stray message). */
  unexpected: number;
  reset(): void;
  close(): void;
}

/** Opens `n` subscribers, at most `parallel` handshakes at a time (a burst of thousands overflows the listen backlog). */
export async function openReceivers(options: ReceiverOptions, n: number, progress?: (r: Receivers) => void, parallel = 64, attempts = 4): Promise<Receivers> {
  const sockets: WebSocket[] = [];
  const r: Receivers = {
    n, ready: 0, failed: 0, received: 0, counts: new Uint32Array(n), isReady: new Uint8Array(n), latencies: [], unexpected: 0,
    reset() {
      r.received = 0;
      r.counts.fill(0);
      r.latencies.length = 0;
      r.unexpected = 0;
    },
    close() {
      for (const s of sockets) s.terminate();
    },
  };
  progress?.(r); // lets a caller that times out say how far the connecting got
  const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: options.query, variables: options.variables ?? {} } });
  const init = JSON.stringify({ type: 'connection_init', payload: options.params });

  const open = (i: number): Promise<boolean> => new Promise((resolve) => {
    const ws = new WebSocket(options.url, 'graphql-transport-ws', { perMessageDeflate: false });
    let acked = false;
    let ready = false;
    const becomeReady = () => {
      ready = true;
      r.ready += 1;
      r.isReady[i] = 1;
      sockets[i] = ws;
      resolve(true);
    };
    ws.on('open', () => ws.send(init));
    ws.on('message', (data: Buffer) => {
      if (!acked) {
        if (data.includes('"connection_ack"')) {
          acked = true;
          ws.send(subscribe);
          if (!options.confirmedBySystem) becomeReady();
        }
        return;
      }
      if (data.compare(NEXT, 0, NEXT.length, 0, NEXT.length) !== 0) {
        if (data.includes('"type":"ping"')) ws.send('{"type":"pong"}');
        else {
          r.unexpected += 1;
          if (r.unexpected === 1) console.error(`  unexpected frame: ${data.toString().slice(0, 300)}`);
        }
        return;
      }
      if (!ready) {
        if (data.includes(SYSTEM)) becomeReady();
        return;
      }
      r.counts[i] += 1;
      r.received += 1;
      if (options.latency) {
        const at = data.indexOf(AT);
        if (at >= 0) r.latencies.push(Date.now() - Date.parse(data.toString('latin1', at + AT.length, data.indexOf(0x22, at + AT.length))));
      }
    });
    ws.on('error', () => undefined); // 'close' follows
    ws.on('close', () => {
      if (ready) r.failed += 1;
      else resolve(false);
    });
  });

  let next = 0;
  await Promise.all(Array.from({ length: Math.min(parallel, n) }, async () => {
    while (next < n) {
      const i = next++;
      let ok = false;
      for (let attempt = 0; attempt < attempts && !ok; attempt += 1) {
        if (attempt) await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        ok = await open(i);
      }
      if (!ok) r.failed += 1;
    }
  }));
  return r;
}
