import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classArchivePath } from '../../src/neo4j/class-archive.js';
import { ensureLauncherBuilt, launcherLayout } from '../../src/neo4j/launcher-build.js';
import {
  DataFolderInUseError,
  StoreLockedError,
  startEmbeddedNeo4j,
} from '../../src/neo4j/embedded-neo4j.js';
import { instanceRecordPath, liveInstance } from '../../src/neo4j/instance-record.js';
import { MissingToolError, findJava, javaRuntime } from '../../src/neo4j/tools.js';
import { fromRoot } from '../../src/paths.js';
import { QUICK_START_JVM } from '../helpers/quick-jvm.js';
import { processesMatching, waitUntilGone } from '../helpers/processes.js';
import { cleanEnv, spawnInProject } from '../helpers/spawn-app.js';
import { testNeo4j } from '../helpers/test-neo4j.js';

describe('embedded Neo4j', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-graph-embedded-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('maps the recorded class archive, and stops its JVM by itself when the Node process that started it is killed', async () => {
    const dataDir = tempDir();
    const parent = spawnInProject(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/start-embedded.ts', dataDir],
      cleanEnv({}),
    );
    const [, , pid] = await parent.waitFor(/^URI (\S+) PID (\d+)$/m, 180_000);
    expect(processesMatching(dataDir)).toContain(Number(pid));
    // The kernel's list of the files mapped into the JVM: an archive the JVM refused would not be among them.
    const archive = classArchivePath(launcherLayout(fromRoot('neo4j')), javaRuntime(process.env).version);
    expect(readFileSync(`/proc/${pid ?? ''}/maps`, 'utf8')).toContain(archive);

    // While it runs, the folder's instance record names it; a second start is refused before a JVM boots.
    expect(liveInstance(dataDir)).toMatchObject({ neo4jPid: Number(pid), purpose: 'embedded Neo4j' });
    await expect(startEmbeddedNeo4j({ dataDir, log: () => undefined })).rejects.toThrow(DataFolderInUseError);

    parent.child.kill('SIGKILL');
    await parent.exited(5_000);
    expect(await waitUntilGone(dataDir, 15_000)).toEqual([]);
    // The record outlived its killed owner; it is stale now, and the next reader removes it.
    expect(existsSync(instanceRecordPath(dataDir))).toBe(true);
    expect(liveInstance(dataDir)).toBeUndefined();
    expect(existsSync(instanceRecordPath(dataDir))).toBe(false);
  });

  it('says in one line which process holds the store lock, before Neo4j boots', async () => {
    const dataDir = tempDir();
    // Another program's Neo4j (no plan-graph record): an OS lock on the store_lock file, as Neo4j takes it.
    const holder = spawn(
      findJava(process.env),
      [fromRoot('test', 'fixtures', 'LockHolder.java'), join(dataDir, 'data', 'databases', 'store_lock')],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once('data', () => {
          resolve();
        });
        holder.once('exit', (code) => {
          reject(new Error(`LockHolder exited ${String(code)}`));
        });
      });
      const error: unknown = await startEmbeddedNeo4j({
        dataDir,
        jvmFlags: QUICK_START_JVM,
        log: () => undefined,
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreLockedError);
      expect((error as Error).message).toBe(
        `the data folder ${dataDir} is locked by another Neo4j (pid ${String(holder.pid)}, ${findJava(process.env)}). ` +
          'Stop it first, or set NEO4J_EMBEDDED_DATA_DIR to another folder, or NEO4J_URI to use that Neo4j.',
      );
      expect(processesMatching(dataDir)).toEqual([holder.pid]);

      // The CLI says the same in one line after its own, and exits 1.
      const cli = spawnInProject(
        process.execPath,
        ['src/cli/bin.js', 'query', 'test/fixtures/pearl.graphql'],
        cleanEnv({ NEO4J_EMBEDDED_DATA_DIR: dataDir }),
      );
      expect(await cli.exited(60_000)).toBe(1);
      expect(cli.stdout()).toBe('');
      // Its progress lines, then the reason in one line: no stack trace, no JVM output.
      const lines = cli.stderr().trimEnd().split('\n');
      expect(lines.at(-1)).toBe((error as Error).message);
      expect(lines).toEqual([
        `plan-graph: starting the embedded Neo4j (5–10 s) over ${dataDir}`,
        expect.stringMatching(/ info Starting Neo4j Community \(embedded\) on 127\.0\.0\.1:\d+, files in /),
        (error as Error).message,
      ]);
    } finally {
      holder.stdin.end();
      await new Promise((resolve) => holder.once('exit', resolve));
    }
  });

  it('fails with the JVM’s own words when the Bolt port is taken', async () => {
    const taken = Number(new URL(testNeo4j().uri).port);
    const dataDir = tempDir();
    await expect(
      startEmbeddedNeo4j({ dataDir, boltPort: taken, jvmFlags: QUICK_START_JVM, log: () => undefined }),
    ).rejects.toThrow(/Embedded Neo4j did not start: [\s\S]*Last output of the JVM/);
    expect(processesMatching(dataDir)).toEqual([]);
  });

  it('names Maven when the launcher needs a build and mvn is missing', async () => {
    const copy = tempDir();
    cpSync(fromRoot('neo4j', 'pom.xml'), join(copy, 'pom.xml'));
    cpSync(fromRoot('neo4j', 'src'), join(copy, 'src'), { recursive: true });
    await expect(
      ensureLauncherBuilt(launcherLayout(copy), { PATH: '/nonexistent' }, () => undefined),
    ).rejects.toThrow(MissingToolError);
  });
});
