import { createServer } from 'node:net';

/** The HTTP port is taken: said before anything slow starts, with what to do. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(
      `port ${String(port)} is in use by another program (a plan-graph already running? ` +
        `curl localhost:${String(port)}/healthz says). Stop it, or serve on another port: PORT=${String(port + 1)} npm start`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * Resolves when `port` can be listened on (0, a port the OS picks, always can). Note: the port is free a moment
 * ago, not reserved; a program taking it meanwhile still fails the real listen, with Node's EADDRINUSE.
 */
export function requirePortFree(port: number, host: string | undefined): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    });
    probe.listen(port, host, () => {
      probe.close(() => {
        resolvePromise();
      });
    });
  });
}
