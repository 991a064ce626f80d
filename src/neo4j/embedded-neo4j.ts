import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fromRoot } from '../paths.js';
import { freePort } from './free-port.js';
import { jvmFlags } from './jvm-flags.js';
import { ensureLauncherBuilt, launcherLayout } from './launcher-build.js';
import { javaRuntime } from './tools.js';
import { ensureClassArchive } from './class-archive.js';
import {
  describeInstance,
  liveInstance,
  removeInstanceRecord,
  writeInstanceRecord,
} from './instance-record.js';

export interface EmbeddedNeo4jOptions {
  /** Neo4j's home: conf/, data/ and logs/ go below it; reused on the next start. */
  readonly dataDir: string;
  /** 0 or absent: a free port. */
  readonly boltPort?: number;
  /** 0 or absent: no HTTP API. */
  readonly httpPort?: number;
  readonly heap?: string;
  readonly pageCache?: string;
  /** More JVM flags after the defaults (the tests pass -XX:TieredStopAtLevel=1: start-up over peak speed). */
  readonly jvmFlags?: readonly string[];
  readonly startTimeoutMs?: number;
  readonly env?: NodeJS.ProcessEnv;
  /** Progress lines (Maven build, start-up); defaults to stderr. */
  readonly log?: (line: string) => void;
  /** Aborting stops the JVM while it starts (SIGTERM, waited for) and rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** What this start is for, in the data folder's instance record (`serve`, `import` …). */
  readonly purpose?: string;
}

/** Another Neo4j holds the store's lock (the launcher checks before Neo4j boots). */
export class StoreLockedError extends Error {
  constructor(readonly dataDir: string) {
    const holder = lockHolder(join(dataDir, 'data', 'databases', 'store_lock'));
    super(
      `the data folder ${dataDir} is locked by another Neo4j${holder === undefined ? '' : ` (${holder})`}. ` +
        'Stop it first, or set NEO4J_EMBEDDED_DATA_DIR to another folder, or NEO4J_URI to use that Neo4j.',
    );
    this.name = 'StoreLockedError';
  }
}

/** Another plan-graph runs Neo4j over the data folder: found before a JVM is started that would fail on the lock. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
    readonly bolt: string,
  ) {
    super(
      `the data folder ${dataDir} is in use by ${holder}. Stop that one first, or share its Neo4j with ` +
        `NEO4J_URI=${bolt} (plan-graph import, export and query use it by themselves).`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL if Neo4j has not stopped within 10 s. Safe to call twice. */
  readonly stop: () => Promise<void>;
}

const STOP_GRACE_MS = 10_000;
const STDERR_LINES_KEPT = 40;

/**
 * Starts Neo4j Community from the Maven launcher in `neo4j/`, building it on first use. Resolves once the
 * launcher printed READY (it ran a query itself before that); rejects with Neo4j's last output otherwise.
 *
 * Note: the JVM watches its stdin and our pid, so if this process dies without calling stop() the JVM stops
 * itself. The child is unref'd once ready: it never keeps this process alive.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const env = options.env ?? process.env;
  requireDataFolderFree(options.dataDir);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const java = javaRuntime(env);
  const layout = launcherLayout(fromRoot('neo4j'));
  await ensureLauncherBuilt(layout, env, log);
  const classArchive = await ensureClassArchive(layout, java, env, log);

  const port = options.boltPort !== undefined && options.boltPort > 0 ? options.boltPort : await freePort();
  mkdirSync(options.dataDir, { recursive: true });
  const args = [
    ...jvmFlags(options.heap ?? '512m'),
    ...(options.jvmFlags ?? []),
    ...(classArchive === undefined ? [] : [`-XX:SharedArchiveFile=${classArchive}`]),
    '-cp',
    layout.classPath,
    'dev.plangraph.neo4j.Launcher',
    ...['--home', options.dataDir, '--bolt-port', String(port), '--http-port', String(options.httpPort ?? 0)],
    ...['--page-cache', options.pageCache ?? '128m', '--parent-pid', String(process.pid)],
  ];
  const started = Date.now();
  log(`Starting Neo4j Community (embedded) on 127.0.0.1:${port}, files in ${options.dataDir}`);
  const child = spawn(java.command, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_LINES_KEPT) stderrTail.shift();
  });

  try {
    const uri = await waitForReady(child, options.dataDir, options.startTimeoutMs ?? 180_000, options.signal);
    log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) unrefStream(stream);
    const pid = child.pid ?? -1;
    writeInstanceRecord(options.dataDir, {
      pid: process.pid,
      neo4jPid: pid,
      bolt: uri,
      purpose: options.purpose ?? 'embedded Neo4j',
      startedAt: new Date().toISOString(),
    });
    return {
      uri,
      pid,
      stop: async () => {
        await stopProcess(child);
        removeInstanceRecord(options.dataDir, pid);
      },
    };
  } catch (error) {
    await stopProcess(child);
    if (options.signal?.aborted === true || error instanceof StoreLockedError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Embedded Neo4j did not start: ${reason}\n` +
        `Last output of the JVM (full logs in ${options.dataDir}/logs):\n  ${stderrTail.join('\n  ')}`,
    );
  }
}

/** Throws DataFolderInUseError when a live plan-graph instance runs Neo4j over `dataDir`. */
export function requireDataFolderFree(dataDir: string): void {
  const running = liveInstance(dataDir);
  if (running !== undefined) throw new DataFolderInUseError(dataDir, describeInstance(running), running.bolt);
}

function waitForReady(
  child: ChildProcess,
  dataDir: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no READY line within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const settle = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
      child.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      settle();
      reject(signal?.reason as Error);
    };
    if (signal?.aborted === true) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      settle();
      reject(new Error(`the JVM exited before it was ready (${signal ?? `exit ${String(code)}`})`));
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    child.once('exit', onExit);
    child.once('error', onError);
    if (child.stdout === null) throw new Error('launcher stdout is not piped');
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const ready = /^READY (\S+)$/.exec(line);
      if (ready?.[1] !== undefined) {
        settle();
        lines.close();
        resolvePromise(ready[1]);
      } else if (line.startsWith('FAILED LOCKED ')) {
        settle();
        lines.close();
        reject(new StoreLockedError(dataDir));
      } else if (line.startsWith('FAILED')) {
        settle();
        lines.close();
        reject(new Error(line.slice('FAILED'.length).trim()));
      }
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(killer);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** Which process holds an OS lock on `file`, from Linux's /proc/locks; undefined elsewhere or when unknown. */
function lockHolder(file: string): string | undefined {
  try {
    const inode = String(statSync(file).ino);
    for (const line of readFileSync('/proc/locks', 'utf8').split('\n')) {
      const fields = line.trim().split(/\s+/);
      // id: POSIX ADVISORY WRITE pid major:minor:inode start end
      if (fields[5]?.split(':')[2] !== inode) continue;
      const pid = fields[4] ?? '';
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const main = command.find((arg) => /^[\w.]+\.[A-Z]\w+$/.test(arg)) ?? command[0] ?? '?';
      return `pid ${pid}, ${main}`;
    }
  } catch {
    // No /proc (macOS), or the holder ended meanwhile: the message does without.
  }
  return undefined;
}

function unrefStream(stream: unknown): void {
  // Note: Node types child stdio as plain streams, but the pipes are sockets with unref().
  const socket = stream as { unref?: () => void } | null;
  socket?.unref?.();
}
