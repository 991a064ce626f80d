// The writers import, remove and re-schema one graph (their own Neo4j, test/global-setup.ts), so they must run
// one after another. Note: vitest runs a project of one-at-a-time files after every other file; as one file
// they run in order beside the other tiers instead.
import './importer.suite.js';
import './two-plans.suite.js';
import './response-cache.suite.js';
import './readiness.suite.js';
import './drafted-plan.suite.js';
