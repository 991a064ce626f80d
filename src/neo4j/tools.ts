import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** A program the embedded Neo4j needs is absent; the message names it and what to install. */
export class MissingToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingToolError';
  }
}

const ALTERNATIVE = 'or set NEO4J_URI to use an existing Neo4j 5 server instead of the embedded one';

/** The `java` to run Neo4j with: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` on PATH. */
export function findJava(env: NodeJS.ProcessEnv): string {
  return javaRuntime(env).command;
}

/** The `java` findJava picks and its `java -version` text, which names the exact JDK build. */
export function javaRuntime(env: NodeJS.ProcessEnv): { command: string; version: string } {
  const java = env['JAVA_HOME'] ? join(env['JAVA_HOME'], 'bin', 'java') : 'java';
  const run = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (run.error !== undefined || run.status !== 0) {
    throw new MissingToolError(
      `Java 17 or newer is required to run the embedded Neo4j, but \`${java}\` could not be run` +
        ` (${run.error?.message ?? `exit ${String(run.status)}`}). Install a JDK 17 (e.g. \`apt-get install openjdk-17-jdk-headless\`), ${ALTERNATIVE}.`,
    );
  }
  const major = javaMajorVersion(run.stderr);
  if (major !== undefined && major < 17) {
    throw new MissingToolError(
      `Java 17 or newer is required to run the embedded Neo4j, but \`${java}\` is Java ${major}. Install a JDK 17 and put it first on PATH or in JAVA_HOME, ${ALTERNATIVE}.`,
    );
  }
  return { command: java, version: run.stderr.trim() };
}

/** Maven, needed only to build the launcher on first use. */
export function findMaven(env: NodeJS.ProcessEnv): string {
  const run = spawnSync('mvn', ['--version'], { encoding: 'utf8', env });
  if (run.error !== undefined || run.status !== 0) {
    throw new MissingToolError(
      `Apache Maven is required to build the embedded Neo4j launcher on first use, but \`mvn\` could not be run` +
        ` (${run.error?.message ?? `exit ${String(run.status)}`}). Install Maven 3.8+ (e.g. \`apt-get install maven\`), ${ALTERNATIVE}.`,
    );
  }
  return 'mvn';
}

/** Parses `java -version` output: `openjdk version "17.0.15"` → 17, `"1.8.0_392"` → 8. */
export function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}
