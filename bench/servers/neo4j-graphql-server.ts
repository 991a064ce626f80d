// The @neo4j/graphql 7 peer, served by Apollo Server 5 over node:http like plan-graph, against NEO4J_URI.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const uri = process.env['NEO4J_URI'];
if (uri === undefined) throw new Error('NEO4J_URI is required');
const driver = neo4j.driver(uri, undefined, { disableLosslessIntegers: true });
const typeDefs = readFileSync(new URL('neo4j-graphql.graphql', import.meta.url), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env['PORT'] ?? 4001), host: '127.0.0.1' },
});
process.stdout.write(`ready at ${url}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void server
      .stop()
      .then(() => driver.close())
      .then(() => process.exit(0));
  });
}
