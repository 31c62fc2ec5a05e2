import type { WebSocketServer } from 'ws';
import type { Logger } from '../shared/logger.js';

/**
 * A client that breaks the WebSocket framing rules — a message over the size limit, invalid UTF-8, a bad
 * opcode — is closed by `ws` itself with the right code (1009, 1007, 1002), and then `ws` emits an
 * `error` on the socket. graphql-ws prints every socket error to the console as "Internal error …
 * Please check your implementation", which these are not. Register before `useServer`: such errors are
 * logged at debug level and not passed on; any other error still reaches graphql-ws.
 */
export function quietClientFaults(wsServer: WebSocketServer, log: Logger): void {
  wsServer.on('connection', (socket) => {
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      const error = args[0] as { code?: unknown; message?: string } | undefined;
      if (event === 'error' && typeof error?.code === 'string' && error.code.startsWith('WS_ERR_')) {
        log.debug({ code: error.code, reason: error.message }, 'WebSocket closed for a client protocol fault');
        return true;
      }
      return emit(event, ...args);
    }) as typeof socket.emit;
  });
}
