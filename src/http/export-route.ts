import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/db.js';
import { classifyDatabaseError, ErrorCode } from '../graphql/errors.js';
import { EXPORT_FILES, ExportError, exportGraph, type ExportFileName } from '../export/export-graph.js';
import { percentEncode } from '../export/iri.js';
import { LIMITS } from '../domain/limits.js';
import { graphqlErrorBody, sendJson } from './send-json.js';

export const EXPORT_PATH = '/export';

/**
 * Serves the graph's exports: GET or HEAD /export/<file> for graph.graphml, nodes.csv, edges.csv,
 * indicators.csv and graph.jsonld, with `entity` (name or alias), `depth` (1 or 2) and `plan` as query
 * parameters. The answer is an attachment named after the file (and the entity); errors are JSON in the
 * GraphQL shape: 400 BAD_USER_INPUT, 404 NOT_FOUND, 503 SERVICE_UNAVAILABLE, 504 DEADLINE_EXCEEDED. Every
 * read ends by the request's deadline, as GraphQL requests' do.
 */
export function createExportRoute(db: Db, deadlineMs: number = LIMITS.deadlineMs) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(
        res,
        405,
        graphqlErrorBody(`${req.method ?? '?'} is not allowed here.`, 'METHOD_NOT_ALLOWED'),
        { allow: 'GET, HEAD' },
      );
      return;
    }
    try {
      const name = url.pathname.slice(EXPORT_PATH.length + 1);
      if (!Object.hasOwn(EXPORT_FILES, name)) {
        throw new ExportError(
          'BAD_USER_INPUT',
          `There is no export named "${name.slice(0, 100)}"; ask for one of ${Object.keys(EXPORT_FILES).join(', ')}.`,
        );
      }
      const fileName = name as ExportFileName;
      const entity = single(url, 'entity');
      const depth = single(url, 'depth');
      const plan = single(url, 'plan');
      if (depth !== undefined && depth !== '1' && depth !== '2') {
        throw new ExportError('BAD_USER_INPUT', 'depth must be 1 or 2.');
      }
      const files = await exportGraph(db.until(Date.now() + deadlineMs), {
        format: EXPORT_FILES[fileName].format,
        ...(entity === undefined ? {} : { entity }),
        ...(depth === undefined ? {} : { depth: depth === '2' ? 2 : 1 }),
        ...(plan === undefined ? {} : { plan }),
      });
      const file = files.find((f) => f.name === fileName);
      if (file === undefined) throw new Error(`the ${fileName} export wrote no ${fileName}`);
      const body = Buffer.from(file.body, 'utf8');
      res.writeHead(200, {
        'content-type': file.contentType,
        'content-length': body.length,
        'content-disposition': attachment(downloadName(fileName, plan, entity)),
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'content-disposition',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error instanceof ExportError) {
        sendJson(res, error.code === 'NOT_FOUND' ? 404 : 400, graphqlErrorBody(error.message, error.code));
        return;
      }
      const kind = classifyDatabaseError(error);
      if (kind === 'unavailable') {
        sendJson(
          res,
          503,
          graphqlErrorBody('The database is unavailable; try again shortly.', ErrorCode.SERVICE_UNAVAILABLE),
          { 'retry-after': '1' },
        );
        return;
      }
      if (kind === 'deadline') {
        sendJson(
          res,
          504,
          graphqlErrorBody(
            'The database did not answer within the request deadline; try again shortly.',
            ErrorCode.DEADLINE_EXCEEDED,
          ),
        );
        return;
      }
      // Note: anything else is a bug: the server's handler logs it and answers 500 without the details.
      throw error;
    }
  };
}

/** A query parameter given at most once; repeating it is the caller's mistake, not a choice to guess at. */
function single(url: URL, parameter: string): string | undefined {
  const values = url.searchParams.getAll(parameter);
  if (values.length > 1) throw new ExportError('BAD_USER_INPUT', `${parameter} is given more than once.`);
  return values[0];
}

/** e.g. `nodes.csv`, `zhuji-2021-graph.graphml`, `美丽珍珠-edges.csv`. */
function downloadName(fileName: string, plan: string | undefined, entity: string | undefined): string {
  const stem = [plan, entity]
    .filter((part): part is string => part !== undefined)
    .map((part) => part.normalize('NFKC').trim())
    .join('-')
    // Note: characters no file system accepts in a name, and controls, become `_`.
    .replace(/[\p{Cc}/\\:*?"<>|]/gu, '_');
  return stem === '' ? fileName : `${stem}-${fileName}`;
}

/**
 * `attachment; filename="…"`, plus RFC 5987's `filename*` (UTF-8, percent-encoded) when the name is not plain
 * ASCII; `filename` then holds the name's ASCII parts, for clients that know only that.
 */
export function attachment(name: string): string {
  const quoted = (text: string) => `"${text.replace(/["\\]/g, '_')}"`;
  if (/^[\u0020-\u007E]*$/.test(name)) return `attachment; filename=${quoted(name)}`;
  const ascii = name
    .replace(/[^\u0020-\u007E]+/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-+/, '');
  // RFC 5987 attr-char: letters, digits and !#$&+-.^_`|~; everything else is percent-encoded UTF-8.
  const encoded = name.replace(/[^A-Za-z0-9!#$&+\-.^_`|~]/gu, percentEncode);
  return `attachment; filename=${quoted(ascii === '' ? 'export' : ascii)}; filename*=UTF-8''${encoded}`;
}
