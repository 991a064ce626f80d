import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Who runs the embedded Neo4j over a data folder, written into that folder while it runs: so that a second
 * plan-graph (a CLI command, another `npm start`) finds it and uses it, or says what holds the folder, instead of
 * booting a JVM that fails on Neo4j's store lock.
 */
export interface InstanceRecord {
  /** The Node process that started the JVM and stops it. */
  readonly pid: number;
  /** The JVM: the process that holds the store lock. */
  readonly neo4jPid: number;
  readonly bolt: string;
  /** What started it: `serve`, `import`, `query`, `export`, a test … */
  readonly purpose: string;
  readonly startedAt: string;
  /** The GraphQL endpoint, when the owner serves one. */
  readonly graphql?: string;
}

const FILE = 'plan-graph-instance.json';

export function instanceRecordPath(dataDir: string): string {
  return join(dataDir, FILE);
}

/** Written whole or not at all (a reader never sees half a record). */
export function writeInstanceRecord(dataDir: string, record: InstanceRecord): void {
  const file = instanceRecordPath(dataDir);
  const temporary = `${file}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(temporary, file);
}

/**
 * The record of the instance running over `dataDir`, or undefined when there is none or it is stale (its JVM is
 * gone: a killed owner, a crash); a stale record is removed.
 */
export function liveInstance(dataDir: string): InstanceRecord | undefined {
  const record = readRecord(instanceRecordPath(dataDir));
  if (record === undefined) return undefined;
  if (isRunning(record.neo4jPid)) return record;
  rmSync(instanceRecordPath(dataDir), { force: true });
  return undefined;
}

/** Adds the GraphQL endpoint to this process's record (the server knows it only once HTTP listens). */
export function recordServing(dataDir: string, neo4jPid: number, graphql: string): void {
  const record = readRecord(instanceRecordPath(dataDir));
  if (record?.neo4jPid === neo4jPid) writeInstanceRecord(dataDir, { ...record, graphql });
}

/** Removes the record if it is still the one of this JVM (a later instance may have replaced it). */
export function removeInstanceRecord(dataDir: string, neo4jPid: number): void {
  if (readRecord(instanceRecordPath(dataDir))?.neo4jPid === neo4jPid)
    rmSync(instanceRecordPath(dataDir), { force: true });
}

/** One line for a person: what runs over the folder, since when, where it answers. */
export function describeInstance(record: InstanceRecord): string {
  const since = record.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const serving = record.graphql === undefined ? '' : `, GraphQL at ${record.graphql}`;
  return `plan-graph ${record.purpose} (pid ${String(record.pid)}, since ${since}${serving}; Neo4j at ${record.bolt})`;
}

function readRecord(file: string): InstanceRecord | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value = JSON.parse(text) as Partial<InstanceRecord>;
    if (typeof value.neo4jPid !== 'number' || typeof value.bolt !== 'string' || typeof value.pid !== 'number')
      return undefined;
    return value as InstanceRecord;
  } catch {
    // A record cut short by a crash mid-write cannot be: it is written by rename. Anything else is not ours.
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * Whether `pid` has ended but not been reaped: a JVM whose owner was killed is re-parented, and where nothing
 * reaps orphans (a container's init) it stays a zombie that signal 0 still reaches. Linux only (/proc).
 */
function isZombie(pid: number): boolean {
  try {
    // pid (command) state …: the command may hold spaces and parentheses, the state follows the last ')'.
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}
