import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classArchivePath, ensureClassArchive } from '../../src/neo4j/class-archive.js';
import { launcherLayout } from '../../src/neo4j/launcher-build.js';

describe('the class archive of the embedded Neo4j', () => {
  const dirs: string[] = [];
  const project = (stamp: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-graph-archive-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'target'));
    writeFileSync(join(dir, 'target', 'plan-graph.stamp'), stamp);
    return launcherLayout(dir);
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is named after the launcher build, the JDK and the folder, so a rebuild, another JDK or a copy records a new one', () => {
    const layout = project('hash-a');
    const path = classArchivePath(layout, 'openjdk version "17.0.15"');
    expect(path).toMatch(/\/target\/neo4j-classes-[0-9a-f]{16}\.jsa$/);
    expect(classArchivePath(layout, 'openjdk version "17.0.15"')).toBe(path);
    expect(classArchivePath(layout, 'openjdk version "21.0.5"')).not.toBe(path);
    writeFileSync(layout.stampFile, 'hash-b');
    expect(classArchivePath(layout, 'openjdk version "17.0.15"')).not.toBe(path);
    writeFileSync(layout.stampFile, 'hash-a');
    const copy = project('hash-a');
    expect(classArchivePath(copy, 'openjdk version "17.0.15"').replace(copy.projectDir, '')).not.toBe(
      path.replace(layout.projectDir, ''),
    );
  });

  it('is used as it is when present, without starting a JVM', async () => {
    const layout = project('hash-a');
    const path = classArchivePath(layout, 'v');
    writeFileSync(path, 'archive');
    const lines: string[] = [];
    const java = { command: '/nonexistent/java', version: 'v' };
    await expect(ensureClassArchive(layout, java, {}, (line) => lines.push(line))).resolves.toBe(path);
    expect(lines).toEqual([]);
  });

  it('is left to the process recording it: a start meanwhile goes without, and a stale lock is taken over', async () => {
    const layout = project('hash-a');
    const path = classArchivePath(layout, 'v');
    writeFileSync(`${path}.lock`, '');
    const lines: string[] = [];
    const java = { command: '/nonexistent/java', version: 'v' };
    await expect(ensureClassArchive(layout, java, {}, (line) => lines.push(line))).resolves.toBeUndefined();
    expect(lines).toEqual([]);

    // A lock an hour old was left by a recorder that died: this one records (and here fails: no such java).
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(`${path}.lock`, hourAgo, hourAgo);
    await expect(ensureClassArchive(layout, java, {}, (line) => lines.push(line))).resolves.toBeUndefined();
    expect(lines.at(-1)).toMatch(
      /^Could not record Neo4j's classes \(.*ENOENT.*\); Neo4j starts without the archive$/,
    );
  });
});
