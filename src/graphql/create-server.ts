import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Context } from '../read/context.js';
import { createFormatError } from './errors.js';
import { LIMITS } from '../domain/limits.js';
import { limitsPlugin, limitValidationRules } from './limits/limits-plugin.js';
import type { Logger } from '../logger.js';
import { resolvers } from './resolvers/index.js';
import { loadOperation, loadTypeDefs } from './type-defs.js';
import { landingPagePlugin } from './landing-page.js';
import { statusPlugin } from './status-plugin.js';
import { errorOrderPlugin } from './error-order-plugin.js';

export interface ServerOptions {
  readonly logger: Logger;
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
  /**
   * Introspection and the Sandbox landing page (default on: the data is public and analysts browse it in
   * Sandbox, production included). One switch turns both off.
   */
  readonly introspection?: boolean;
  /** Production hides schema details (field suggestions) from error messages. */
  readonly production?: boolean;
}

/** The GraphQL server without a transport: `executeOperation` in tests, `createHttpServer` in the app. */
export function createServer({
  logger,
  plugins = [],
  introspection = true,
  production = false,
}: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    logger,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    // src/app/serve.ts owns the signals: Apollo's own handler would re-raise SIGTERM before the driver and JVM stop.
    stopOnTerminationSignals: false,
    // Fragment bombs are cut off before the validation rules walk them.
    maxRecursiveSelections: true,
    parseOptions: { maxLexicalTokens: LIMITS.tokens },
    validationRules: limitValidationRules(),
    plugins: [
      introspection ? landingPagePlugin(loadOperation('questions')) : ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache hints are unused (the response cache keys on the data version): off, it no longer wraps
      // every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(),
      statusPlugin(),
      errorOrderPlugin(),
      ...plugins,
    ],
  });
}
