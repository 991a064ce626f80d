import { fileURLToPath } from 'node:url';

/**
 * The project's root directory. This file sits one level below it both as `src/paths.ts` (tsx, vitest) and as
 * `dist/paths.js` (the compiled server), so `cypher/`, `schema/`, `data/` and `neo4j/` resolve the same way in
 * both.
 */
export const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** An absolute path below the project root. */
export function fromRoot(...segments: string[]): string {
  return [projectRoot.replace(/\/$/, ''), ...segments].join('/');
}
