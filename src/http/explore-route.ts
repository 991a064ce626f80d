import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fromRoot } from '../paths.js';
import { graphqlErrorBody, sendJson } from './send-json.js';

export const EXPLORE_PATH = '/explore';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves the explorer's built files (dist/explore, from `npm run build`) at /explore, with no network access
 * needed: everything it loads is in that folder. Unknown paths under /explore get index.html, so a bookmarked
 * view (/explore/entity/…) opens the app; hashed assets are cached for a year, index.html never.
 */
export function createExploreRoute(distDir = fromRoot('dist', 'explore')) {
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    if (!existsSync(join(distDir, 'index.html'))) {
      sendJson(
        res,
        503,
        graphqlErrorBody(
          'The explorer is not built: run `npm run build` (npm start does).',
          'SERVICE_UNAVAILABLE',
        ),
      );
      return;
    }
    const relative = safeDecode(pathname.slice(EXPLORE_PATH.length)).replace(/^\/+/, '');
    const file = normalize(join(distDir, relative));
    // Note: normalize() resolves `..`; a path that leaves distDir is treated as unknown, never read.
    const inside = file.startsWith(distDir + sep);
    const asset = inside && existsSync(file) && statSync(file).isFile() ? file : join(distDir, 'index.html');
    const hashed = asset.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      'content-type': TYPES[extname(asset)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(asset).pipe(res);
  };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
}
