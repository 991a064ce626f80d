/**
 * The request deadline of the servers the tests build in-process. The product's 10 s (LIMITS.deadlineMs) is a
 * promise about a serving machine; on a two-core CI machine running every tier at once, Neo4j's first plan of a
 * statement can take longer, and a test about batching or hostile strings must not fail on that.
 * test/api/deadline.test.ts and the fault tests check the deadline itself.
 */
export const TEST_DEADLINE_MS = 60_000;
