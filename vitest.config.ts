import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Note: Node loads graphql's CommonJS build for Apollo Server, while Vite would pick its ESM build for our
    // code: two GraphQLError classes, and `instanceof` fails across them. Tests must see the single instance
    // production sees.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // One Neo4j serves the whole suite and some tests change its schema: files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // A clean clone builds the launcher with Maven (downloads) before the first start.
    hookTimeout: 600_000,
    teardownTimeout: 30_000,
  },
});
