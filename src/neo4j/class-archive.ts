import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from './free-port.js';
import { jvmFlags } from './jvm-flags.js';
import type { LauncherLayout } from './launcher-build.js';

// Recording starts Neo4j once over an empty store (about 15 s with the recording on) and writes ~100 MB at exit.
const RECORD_TIMEOUT_MS = 180_000;
// A lock older than this was left by a recorder that died: another may take over.
const STALE_LOCK_MS = 10 * 60_000;
const ARCHIVE_PREFIX = 'neo4j-classes-';

/**
 * The JVM's class archive for the launcher (AppCDS): the classes Neo4j loads while it starts, parsed and verified
 * once and then mapped into every later JVM instead of loaded from 214 jars again. It takes about 2 of the 6.5 s
 * a start takes on our 2-core machines, for the server, every CLI command and every test store alike.
 *
 * Recorded on first use (once per launcher build, JDK and folder: all three are in the file's name), by starting
 * Neo4j over a throw-away store. Returns the archive's path, or undefined when there is none and none could be made now
 * (another process is recording it, or recording failed): Neo4j then starts the ordinary way. A JVM that finds an
 * archive it cannot use (the JDK changed in place) says so on stderr and loads its classes the ordinary way too.
 */
export async function ensureClassArchive(
  layout: LauncherLayout,
  java: { readonly command: string; readonly version: string },
  env: NodeJS.ProcessEnv,
  progress: (line: string) => void,
): Promise<string | undefined> {
  const archive = classArchivePath(layout, java.version);
  if (existsSync(archive)) return archive;

  const lock = `${archive}.lock`;
  if (!takeLock(lock)) return undefined;
  const home = mkdtempSync(join(tmpdir(), 'plan-graph-classes-'));
  const recording = `${archive}.${String(process.pid)}.tmp`;
  const started = Date.now();
  progress(
    'Recording the classes Neo4j loads, so that every later start maps them at once (once, about 30 s)…',
  );
  try {
    await record(java.command, layout, home, recording, env);
    removeOtherArchives(layout, archive);
    renameSync(recording, archive);
    const megabytes = statSync(archive).size / 2 ** 20;
    progress(
      `Recorded ${megabytes.toFixed(0)} MB of classes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return archive;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    progress(`Could not record Neo4j's classes (${reason}); Neo4j starts without the archive`);
    return undefined;
  } finally {
    rmSync(recording, { force: true });
    rmSync(home, { recursive: true, force: true });
    rmSync(lock, { force: true });
  }
}

/**
 * The archive for this launcher build, JDK and class path; a rebuild, another JDK or the project in another folder
 * (the JVM checks the archive's class path, absolute, against its own) names a new file.
 */
export function classArchivePath(layout: LauncherLayout, javaVersion: string): string {
  const stamp = existsSync(layout.stampFile) ? readFileSync(layout.stampFile, 'utf8') : '';
  const key = createHash('sha256')
    .update([stamp, javaVersion, layout.classPath].join('\0'))
    .digest('hex')
    .slice(0, 16);
  return join(layout.projectDir, 'target', `${ARCHIVE_PREFIX}${key}.jsa`);
}

/** Starts the launcher with the recording on, waits for READY, then ends it as a parent would: stdin closed. */
async function record(
  java: string,
  layout: LauncherLayout,
  home: string,
  recording: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const port = await freePort();
  const args = [
    ...jvmFlags('512m'),
    `-XX:ArchiveClassesAtExit=${recording}`,
    '-cp',
    layout.classPath,
    'dev.plangraph.neo4j.Launcher',
    ...['--home', home, '--bolt-port', String(port), '--http-port', '0', '--page-cache', '64m'],
    ...['--parent-pid', String(process.pid)],
  ];
  const child = spawn(java, args, { env, stdio: ['pipe', 'pipe', 'ignore'] });
  const exited = new Promise<number | null>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      resolvePromise(code);
    });
  });
  // Awaited below; this only keeps a spawn failure from counting as unhandled while stdout is read.
  exited.catch(() => undefined);
  const timer = setTimeout(() => child.kill('SIGKILL'), RECORD_TIMEOUT_MS);
  try {
    const lines = createInterface({ input: child.stdout });
    for await (const line of lines) {
      if (line.startsWith('READY ')) break;
      if (line.startsWith('FAILED')) throw new Error(`the launcher said ${line}`);
    }
    child.stdin.end();
    const code = await exited;
    if (code !== 0)
      throw new Error(`the JVM exited with ${code === null ? 'a signal' : `code ${String(code)}`}`);
    if (!existsSync(recording)) throw new Error('the JVM wrote no archive');
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** Creates the lock file, or says another process holds it; a lock left by a dead recorder is taken over. */
function takeLock(lock: string): boolean {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      closeSync(openSync(lock, 'wx'));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held !== undefined && Date.now() - held.mtimeMs < STALE_LOCK_MS) return false;
      rmSync(lock, { force: true });
    }
  }
  return false;
}

function removeOtherArchives(layout: LauncherLayout, keep: string): void {
  const target = join(layout.projectDir, 'target');
  for (const name of readdirSync(target)) {
    const path = join(target, name);
    if (name.startsWith(ARCHIVE_PREFIX) && name.endsWith('.jsa') && path !== keep)
      rmSync(path, { force: true });
  }
}
