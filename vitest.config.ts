import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { SystemFirstSequencer } from './test/sequencer.js';

// Three tiers (test/README.md): `unit` needs nothing; `api` reads the shared graph that no test changes; `system`
// runs processes, JVMs and the browser, `system-writes` imports and removes plans in a Neo4j of its own
// (test/global-setup.ts), and `system-faults` kills and restarts one. The first four run side by side, the fault
// tests after them; within a project, files run in parallel. `system-writes` is one file whose suites change the
// one graph they share, in order. The system tiers start first (test/sequencer.ts).
const externalNeo4j = process.env['NEO4J_URI'] !== undefined && process.env['NEO4J_URI'] !== '';

export default defineConfig({
  resolve: {
    // Note: Node loads graphql's CommonJS build for Apollo Server, while Vite would pick its ESM build for our
    // code: two GraphQLError classes, and `instanceof` fails across them. Tests must see the single instance
    // production sees.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    // Most test time is spent waiting on Neo4j, child processes and the browser, not on this CPU.
    maxWorkers: 4,
    testTimeout: 60_000,
    // A clean clone builds the launcher with Maven (downloads) before the first start.
    hookTimeout: 600_000,
    teardownTimeout: 30_000,
    sequence: { sequencer: SystemFirstSequencer },
    projects: [
      // Note: unit and api files share their worker's modules (isolate: false): each file builds its own server,
      // driver and loaders, and importing Apollo, graphql and the driver once per worker instead of once per file
      // saves about a minute of CPU on two cores.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'system',
          include: ['test/system/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'system-writes',
          // One file that imports the suites in order (test/system/writes/writes.test.ts).
          include: ['test/system/writes/writes.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // With NEO4J_URI there is one server for all: the writers then wait for the readers to finish.
          sequence: { groupOrder: externalNeo4j ? 1 : 0 },
        },
      },
      {
        extends: true,
        test: {
          // Note: the fault tests time recovery (ready within 5 s of Neo4j coming up); on two cores shared with
          // the other tiers that measures the machine, so they run last, alone, with a Neo4j of their own.
          name: 'system-faults',
          include: ['test/system/faults/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          sequence: { groupOrder: externalNeo4j ? 2 : 1 },
        },
      },
    ],
  },
});
