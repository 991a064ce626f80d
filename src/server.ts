import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Context } from './context.js';
import { createFormatError } from './errors.js';
import type { Logger } from './logger.js';
import { resolvers } from './resolvers/index.js';
import { loadOperation, loadTypeDefs } from './schema-sdl.js';

export interface ServerOptions {
  readonly logger: Logger;
  readonly plugins?: readonly ApolloServerPlugin<Context>[];
}

/** The GraphQL server without a transport: `executeOperation` in tests, `createHttpServer` in the app. */
export function createServer({ logger, plugins = [] }: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    logger,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    // The data is public and analysts browse it in Sandbox, so both stay on in production too.
    introspection: true,
    plugins: [
      ApolloServerPluginLandingPageLocalDefault({
        embed: true,
        includeCookies: false,
        document: loadOperation('questions'),
      }),
      ...plugins,
    ],
  });
}
