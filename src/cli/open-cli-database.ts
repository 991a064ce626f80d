import type { Config } from '../config.js';
import { connect } from '../db/connect.js';
import type { Db } from '../db/db.js';
import { queries } from '../db/queries.js';
import { openDatabase, type OpenDatabase } from '../app/open-database.js';
import type { Logger } from '../logger.js';
import { describeInstance, liveInstance } from '../neo4j/instance-record.js';

// A running instance's Neo4j is up: one that does not answer within this is a failure, not a slow start.
const RUNNING_INSTANCE_TIMEOUT_MS = 5_000;

/**
 * The database a one-shot command (import, export, query) works on, announced on stderr: the embedded Neo4j
 * over the same data dir `npm start` uses, or NEO4J_URI, proven with a query so that an unreachable server is
 * a DatabaseUnreachableError naming the URI rather than a failure half-way through the command.
 */
export async function openCliDatabase(
  config: Config,
  logger: Logger,
  env: NodeJS.ProcessEnv,
  command: string,
): Promise<OpenDatabase> {
  if (config.neo4j === undefined) {
    // A plan-graph (a server, another command) already runs Neo4j over this folder: its Neo4j answers at once,
    // and a second JVM would only fail on the store lock.
    const running = liveInstance(config.embedded.dataDir);
    if (running !== undefined) {
      process.stderr.write(`plan-graph: using the Neo4j of ${describeInstance(running)}\n`);
      const connection = await connect({
        uri: running.bolt,
        database: 'neo4j',
        timeoutMs: RUNNING_INSTANCE_TIMEOUT_MS,
        logger,
      });
      return { ...connection, uri: running.bolt, close: () => connection.driver.close() };
    }
    process.stderr.write(
      `plan-graph: starting the embedded Neo4j (5–10 s) over ${config.embedded.dataDir}\n`,
    );
    // A command's Neo4j lives for seconds: started for start-up speed, not peak speed.
    return openDatabase(config, logger, env, command, { quickStart: true });
  }
  const { uri } = config.neo4j;
  process.stderr.write(`plan-graph: connecting to Neo4j at ${uri}\n`);
  const connection = await connect({ ...config.neo4j, timeoutMs: config.connectTimeoutMs, logger });
  return { ...connection, uri, close: () => connection.driver.close() };
}

/** Says on stderr when the graph holds no plan yet: an empty answer then has an obvious reason. */
export async function warnWhenNoPlan(db: Db): Promise<void> {
  const plans = await db.read(queries.plansVersion, {});
  if (plans.length === 0) {
    process.stderr.write('plan-graph: the graph holds no plan yet; run `plan-graph import` first\n');
  }
}
