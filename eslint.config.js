// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A string that starts like a Cypher statement: Cypher belongs in cypher/<area>/*.cypher, never in TypeScript.
const CYPHER =
  '/^\\s*(MATCH|OPTIONAL MATCH|MERGE|CREATE|UNWIND|RETURN|CALL|SHOW|DROP|DETACH|WITH|EXPLAIN|PROFILE)\\s/i';

export default tseslint.config(
  {
    ignores: [
      '.scratch/',
      // Plain CommonJS settings for dependency-cruiser, outside the TypeScript project; prettier checks it.
      '.dependency-cruiser.cjs',
      'dist/',
      'node_modules/',
      'neo4j/target/',
      'coverage/',
      'src/__generated__/',
      'src/graphql/__generated__/',
      'src/explore/__generated__/',
      'test-artifacts/',
      '.data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // neo4j-driver declares its option bags (Config, QueryConfig) as classes but documents plain objects.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: `Literal[value=${CYPHER}], TemplateElement[value.raw=${CYPHER}]`,
          message: 'Cypher lives in cypher/<area>/*.cypher, registered in src/db/queries.ts.',
        },
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Named exports only (house style); tool configs are the exception.',
        },
      ],
    },
  },
  {
    // The benchmark's normalisers read three systems' JSON answers of differing shapes; typing each answer would
    // triple the file for no safety a test run does not already give.
    files: ['bench/lib/shape.ts', 'bench/lib/shapes.ts', 'bench/lib/search-shapes.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Tool configs, and the declaration of a package that exports a default (cytoscape-cola, untyped upstream).
    files: ['*.config.ts', '*.config.js', 'codegen.ts', 'src/explore/vite.config.ts', 'src/explore/*.d.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Plain JavaScript outside every tsconfig (allowJs is off): linted, but without type information. The CLI
    // launcher is a few lines; what it runs (src/cli/plan-graph-cli.ts, compiled) is checked strictly. The build
    // check runs before anything is compiled.
    files: ['eslint.config.js', 'src/cli/bin.js', 'src/build/build-if-stale.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
