import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../src/paths.js';

export interface Spawned {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the first stdout match of `pattern`, or rejects when the process exits first. */
  readonly waitFor: (pattern: RegExp, timeoutMs: number) => Promise<RegExpMatchArray>;
  /** Resolves with the exit code (or signal name); kills the process if it outlives `timeoutMs`. */
  readonly exited: (timeoutMs: number) => Promise<number | string>;
}

/** Starts a command in the project root with exactly `env` (plus nothing inherited), capturing its output. */
export function spawnInProject(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Spawned {
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve(code ?? signal ?? 'unknown');
    });
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no ${String(pattern)} within ${timeoutMs} ms; stderr:\n${err}`));
        }, timeoutMs);
        const check = () => {
          const match = pattern.exec(out);
          if (match) {
            clearTimeout(timer);
            child.stdout.off('data', check);
            resolve(match);
          }
        };
        child.stdout.on('data', check);
        check();
        void exit.then((code) => {
          clearTimeout(timer);
          reject(new Error(`exited (${String(code)}) before ${String(pattern)}; stderr:\n${err}`));
        });
      }),
    exited: async (timeoutMs) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
  };
}

/** The environment a new user's shell would have, without any Neo4j settings of the caller's. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'TMPDIR', 'npm_config_cache']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return { ...env, ...extra };
}
