import { Server as NetServer } from 'node:net';
import type { Server } from 'node:http';

export interface Drain {
  /** True from the moment stopping began: readiness fails, responses close their connection. */
  readonly stopping: boolean;
  /** Stops accepting, lets every request already sent finish (up to `graceMs`), then closes what is left. */
  stop(): Promise<void>;
}

/**
 * Graceful HTTP shutdown that loses no request a client already sent. `server.close()` alone (and Apollo's
 * drain plugin) closes connections with no request parsed yet at once, and a request still in transit on one
 * of them gets a reset. Here the listener closes first, connections linger `lingerMs` so such a request
 * arrives and is answered (with `connection: close`), and idle keep-alive connections are closed after that.
 */
export function createDrain(server: Server, { graceMs = 8_000, lingerMs = 500 } = {}): Drain {
  let stopping = false;
  let active = 0;
  server.on('request', (_req, res) => {
    active += 1;
    if (stopping) res.setHeader('connection', 'close');
    res.once('close', () => (active -= 1));
  });
  let stopped: Promise<void> | undefined;
  const stop = async () => {
    stopping = true;
    const closed = new Promise<void>((resolve) => {
      // Note: http.Server#close would also drop idle connections now, in-transit requests with them.
      NetServer.prototype.close.call(server, () => {
        resolve();
      });
    });
    const started = Date.now();
    while (Date.now() - started < graceMs) {
      if (Date.now() - started >= lingerMs) {
        server.closeIdleConnections();
        if (active === 0) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    server.closeAllConnections();
    await closed;
  };
  return {
    get stopping() {
      return stopping;
    },
    stop: () => (stopped ??= stop()),
  };
}
