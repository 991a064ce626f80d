import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeInstance,
  instanceRecordPath,
  liveInstance,
  recordServing,
  removeInstanceRecord,
  writeInstanceRecord,
  type InstanceRecord,
} from '../../src/neo4j/instance-record.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-graph-record-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// This test process stands in for a running JVM: its pid is alive.
const running: InstanceRecord = {
  pid: process.pid,
  neo4jPid: process.pid,
  bolt: 'bolt://127.0.0.1:7687',
  purpose: 'serve',
  startedAt: '2026-12-07T05:03:49.814Z',
};

describe('the instance record of a data folder', () => {
  it('names a live instance, and says what it is in one line', () => {
    const dir = tempDir();
    expect(liveInstance(dir)).toBeUndefined();
    writeInstanceRecord(dir, running);
    expect(liveInstance(dir)).toEqual(running);
    recordServing(dir, process.pid, 'http://localhost:4000/graphql');
    expect(describeInstance(liveInstance(dir) ?? running)).toBe(
      `plan-graph serve (pid ${process.pid}, since 2026-12-07 05:03:49 UTC, GraphQL at http://localhost:4000/graphql; ` +
        'Neo4j at bolt://127.0.0.1:7687)',
    );
  });

  it('drops a record whose JVM is gone (a killed owner), and one that is not a record', () => {
    const dir = tempDir();
    // Pid 2^22 + 1 is above Linux's pid_max: no process has it.
    writeInstanceRecord(dir, { ...running, neo4jPid: 4_194_305 });
    expect(liveInstance(dir)).toBeUndefined();
    expect(existsSync(instanceRecordPath(dir))).toBe(false);
    writeFileSync(instanceRecordPath(dir), 'not json');
    expect(liveInstance(dir)).toBeUndefined();
  });

  it('is changed and removed only by the JVM it names', () => {
    const dir = tempDir();
    writeInstanceRecord(dir, running);
    recordServing(dir, process.pid + 1, 'http://elsewhere/graphql');
    removeInstanceRecord(dir, process.pid + 1);
    expect(JSON.parse(readFileSync(instanceRecordPath(dir), 'utf8'))).toEqual(running);
    removeInstanceRecord(dir, process.pid);
    expect(existsSync(instanceRecordPath(dir))).toBe(false);
  });
});
