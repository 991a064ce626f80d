/**
 * The part of a command's `--help` that says which Neo4j it uses and how to choose another. A one-shot command
 * (import, export, query) waits for Neo4j as the server does: 5 s by default, for ever with 0.
 */
export function databaseHelp(oneShot: boolean): string {
  const sharing = oneShot
    ? `  While a plan-graph (npm start, another command) runs over that folder, this command uses its Neo4j
  instead (the folder's plan-graph-instance.json says where it answers).\n`
    : '';
  const wait = oneShot
    ? 'default 5000; 0 waits for ever'
    : 'default 5000; 0 waits for ever, /readyz answering 503';
  return `Database (the same settings as \`npm start\`):
  Without NEO4J_URI, an embedded Neo4j starts over NEO4J_EMBEDDED_DATA_DIR (default .data/neo4j, the files
  \`npm start\` uses); that takes about 10 s and needs Java 17+ (JAVA_HOME, or java on PATH).
${sharing}  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE   an external Neo4j 5 instead (no JVM)
  NEO4J_CONNECT_TIMEOUT_MS   how long to wait for Neo4j to answer (${wait})
  NEO4J_EMBEDDED_HEAP, NEO4J_EMBEDDED_PAGE_CACHE   embedded memory (default 512m, 128m)
  LOG_LEVEL   debug, info (default), warn or error: progress and logs go to stderr
`;
}
