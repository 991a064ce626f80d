import { readFileSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import { Kind, parse } from 'graphql';
import type { Db } from '../db/db.js';
import { createContext } from '../graphql/context.js';
import type { Context } from '../read/context.js';
import type { Logger } from '../logger.js';
import { fromRoot } from '../paths.js';

/** How many questions are asked at once. */
const WARM_UP_CONCURRENCY = 2;

/** The example questions (the README shows five; docs/questions.md all): what a newcomer asks first. */
const QUESTIONS = fromRoot('schema', 'operations', 'questions.graphql');

/**
 * Asks every question of schema/operations/questions.graphql once through the real server, so that Neo4j has
 * planned (and the JVM compiled) what they run before the first user asks: a cold statement costs 1–2 s, a
 * planned one milliseconds. Answers are dropped; a question that fails is logged and the start goes on.
 */
export async function warmUp(apollo: ApolloServer<Context>, db: Db, logger: Logger): Promise<void> {
  const started = Date.now();
  const query = readFileSync(QUESTIONS, 'utf8');
  const names = parse(query).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name !== undefined
      ? [definition.name.value]
      : [],
  );
  const ask = async (operationName: string): Promise<void> => {
    const response = await apollo.executeOperation(
      { query, operationName },
      { contextValue: createContext(db) },
    );
    const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
    if (errors !== undefined && errors.length > 0)
      logger.warn(`warm-up: ${operationName} answered with an error: ${errors[0]?.message ?? '?'}`);
  };
  // Two at a time, one a core: most of a cold answer is Neo4j planning and compiling, which is CPU work.
  const queue = [...names];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await ask(next);
  };
  await Promise.all(Array.from({ length: WARM_UP_CONCURRENCY }, worker));
  logger.info(`Warmed up: ${String(names.length)} example questions in ${String(Date.now() - started)} ms`);
}
