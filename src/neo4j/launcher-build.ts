import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findMaven } from './tools.js';

/** Where the Maven launcher project lives and what it builds. */
export interface LauncherLayout {
  readonly projectDir: string;
  /** The launcher's jar, then Neo4j's. Jars only: the JVM archives classes from jars, never from a directory. */
  readonly classPath: string;
  /** Holds the hash of the sources the last build came from. */
  readonly stampFile: string;
}

export function launcherLayout(projectDir: string): LauncherLayout {
  return {
    projectDir,
    classPath: [
      join(projectDir, 'target', 'plan-graph-neo4j.jar'),
      join(projectDir, 'target', 'lib', '*'),
    ].join(':'),
    stampFile: join(projectDir, 'target', 'plan-graph.stamp'),
  };
}

/**
 * Builds the launcher with Maven unless the last build came from the same pom.xml and Java sources (a hash in
 * `target/plan-graph.stamp` records them). Maven's output goes to stderr as progress.
 */
export async function ensureLauncherBuilt(
  layout: LauncherLayout,
  env: NodeJS.ProcessEnv,
  progress: (line: string) => void,
): Promise<void> {
  const { stampFile } = layout;
  const hash = sourceHash(layout.projectDir);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return;

  const mvn = findMaven(env);
  progress('Building the embedded Neo4j launcher with Maven (first run downloads about 125 MB of jars)…');
  const started = Date.now();
  await new Promise<void>((resolvePromise, reject) => {
    // Maven's report goes to our stderr, as plain text (Maven 3.8 writes colour resets even with
    // style.color=never): stdout is kept for the line callers parse.
    const child = spawn(
      mvn,
      [
        '-B',
        '-ntp',
        '-Dstyle.color=never',
        '-f',
        join(layout.projectDir, 'pom.xml'),
        'package',
        // Not even compiled: the launcher has no tests.
        '-Dmaven.test.skip=true',
      ],
      {
        // Note: a one-off build of three classes gains nothing from C2 or a parallel GC; C1 and the serial GC halve
        // Maven's CPU time on a clean clone.
        env: {
          ...env,
          MAVEN_OPTS: `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${env['MAVEN_OPTS'] ?? ''}`.trim(),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        process.stderr.write(`${stripVTControlCharacters(line)}\n`);
      });
    }
    child.on('error', reject);
    // 'close', not 'exit': Maven's last lines are through the pipes first.
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise();
      else
        reject(new Error(`Maven build of ${layout.projectDir} failed (${signal ?? `exit ${String(code)}`})`));
    });
  });
  writeFileSync(stampFile, hash);
  progress(`Built the launcher in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function sourceHash(projectDir: string): string {
  const hash = createHash('sha256');
  for (const file of [join(projectDir, 'pom.xml'), ...listFiles(join(projectDir, 'src'))]) {
    hash.update(relative(projectDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
