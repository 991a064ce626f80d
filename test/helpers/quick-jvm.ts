import { QUICK_START_FLAGS } from '../../src/neo4j/jvm-flags.js';

/** JVM flags for the Neo4j instances the tests start: start-up over peak speed, as the CLI's (see there). */
export const QUICK_START_JVM: readonly string[] = QUICK_START_FLAGS;
