import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureLauncherBuilt, launcherLayout } from '../../src/neo4j/launcher-build.js';
import { startEmbeddedNeo4j } from '../../src/neo4j/embedded-neo4j.js';
import { MissingToolError } from '../../src/neo4j/tools.js';
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

  it('stops its JVM by itself when the Node process that started it is killed', async () => {
    const dataDir = tempDir();
    const parent = spawnInProject(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/start-embedded.ts', dataDir],
      cleanEnv({}),
    );
    const [, , pid] = await parent.waitFor(/^URI (\S+) PID (\d+)$/m, 180_000);
    expect(processesMatching(dataDir)).toContain(Number(pid));

    parent.child.kill('SIGKILL');
    await parent.exited(5_000);
    expect(await waitUntilGone(dataDir, 15_000)).toEqual([]);
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
