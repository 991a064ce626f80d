// The floor as an HTTP server: POST /<shape> with JSON parameters → { data: rows }. No GraphQL layer at all.
import { createServer } from 'node:http';
import { createDb } from '../../src/db/db.js';
import { createDriver } from '../../src/db/driver.js';
import { floorAnswer } from './floor.js';

const uri = process.env['NEO4J_URI'];
if (uri === undefined) throw new Error('NEO4J_URI is required');
const driver = createDriver({ uri });
const db = createDb(driver, undefined);
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const shape = (req.url ?? '/').slice(1);
    floorAnswer(
      db,
      shape,
      JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>,
    )
      .then((data) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      })
      .catch((error: unknown) => {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
  });
});
server.listen(Number(process.env['PORT'] ?? 4002), '127.0.0.1', () => {
  process.stdout.write(`ready at http://127.0.0.1:${String(process.env['PORT'] ?? 4002)}/\n`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}
