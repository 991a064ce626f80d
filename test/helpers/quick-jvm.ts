/**
 * JVM flags for the Neo4j instances the tests start: the C1 compiler only. A test JVM lives for seconds to
 * minutes, so start-up (about a quarter faster) matters more than peak speed; the app and the bench never use it.
 */
export const QUICK_START_JVM: readonly string[] = ['-XX:TieredStopAtLevel=1'];
