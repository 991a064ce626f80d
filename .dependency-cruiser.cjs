// The house's layers, checked by `npm run layers` (part of `npm test`): a folder of src/ imports only the floors
// below its own, never one beside it or above it, so no import cycle can run between folders. From the bottom:
// the schema's own types, the plan's concepts and the process's settings; the database; the DataLoaders; the
// reads, the importer and the exporter side by side; drafting (it reads plans as the importer does); GraphQL;
// HTTP; the app; the command line. src/explore/ is the browser's bundle and talks to the server over HTTP only.
const FLOORS = [
  ['src/__generated__/', 'src/domain/', 'src/paths.ts', 'src/config.ts', 'src/logger.ts', 'src/neo4j/'],
  ['src/db/'],
  ['src/loaders/'],
  ['src/read/', 'src/import/', 'src/export/'],
  ['src/draft/'],
  ['src/graphql/'],
  ['src/http/'],
  ['src/app/', 'src/build/'],
  ['src/cli/', 'src/main.ts'],
];

const escape = (path) => path.replace(/[.]/g, '\\.');
const pattern = (paths) => `^(${paths.map(escape).join('|')})`;
const above = (floor) => FLOORS.slice(floor + 1).flat();

module.exports = {
  forbidden: [
    ...FLOORS.flatMap((rooms, floor) =>
      rooms.flatMap((room) => {
        const beside = rooms.filter((other) => other !== room && floor > 0);
        const forbiddenRooms = [...above(floor), ...beside];
        return forbiddenRooms.length === 0
          ? []
          : [
              {
                name: `up-from-${room.replace(/^src\//, '').replace(/\/$/, '')}`,
                comment: `${room} imports only the floors below its own (.dependency-cruiser.cjs)`,
                severity: 'error',
                from: { path: pattern([room]) },
                to: { path: pattern(forbiddenRooms) },
              },
            ];
      }),
    ),
    {
      name: 'no-circular',
      comment: 'an import cycle, even inside one folder',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'explore-apart',
      comment:
        "the explorer is the browser's bundle: it reaches the server over HTTP, never by import; it shares only the kinds' names, a table that imports nothing",
      severity: 'error',
      from: { path: '^src/explore/' },
      to: { path: '^src/', pathNot: '^src/(explore/|domain/kind-names\\.ts$)' },
    },
    {
      name: 'kind-names-alone',
      comment: 'the explorer bundles domain/kind-names.ts: it stays a table that imports nothing',
      severity: 'error',
      from: { path: '^src/domain/kind-names\\.ts$' },
      to: {},
    },
    {
      name: 'not-in-src',
      comment: 'src/ never imports tests, benchmarks or scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/explore/__generated__/' },
  },
};
