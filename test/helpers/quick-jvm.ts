/**
 * JVM flags for the Neo4j instances the tests start: the C1 compiler only. A test JVM lives for seconds to
 * minutes, so start-up (about a quarter faster) matters more than peak speed; the app and the bench never use it.
 * C1 alone shrinks the code cache to 48 MB, which the hundreds of distinct statements the suite compiles
 * (src/read/compiled/) fill ("Out of space in CodeCache for adapters"): it gets the tiered default back.
 */
export const QUICK_START_JVM: readonly string[] = [
  '-XX:TieredStopAtLevel=1',
  '-XX:ReservedCodeCacheSize=240m',
];
