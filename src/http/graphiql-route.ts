import { createReadStream, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { graphqlErrorBody, sendJson } from './send-json.js';
import { inlineJson } from '../graphql/inline-json.js';
import { fromRoot } from '../paths.js';

export const GRAPHIQL_PATH = '/graphiql';

const require = createRequire(import.meta.url);

// The prebuilt browser files GraphiQL 3 ships (it finds React and ReactDOM as globals), served from the
// installed packages: nothing is fetched from a CDN, so GraphiQL works on an intranet with no internet.
const ASSETS: Record<string, { readonly file: string; readonly type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript',
  },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/** A file of an installed package, found through its package.json (the UMD files are not in its exports). */
function packageFile(name: string, path: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), path);
}

/**
 * GraphiQL at /graphiql, served whole by this server: the docs explorer and history built in, a tab for each
 * file of schema/operations/ (the README's questions), and `?query=…&variables=…` opening an operation in a tab
 * of its own (the explorer's “open in GraphiQL” links). Assets below /graphiql/assets/ by name only.
 */
export function createGraphiqlRoute(graphqlPath: string) {
  const page = graphiqlPage(graphqlPath, operationTabs());
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    if (pathname === GRAPHIQL_PATH || pathname === `${GRAPHIQL_PATH}/`) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : page);
      return;
    }
    const asset = ASSETS[pathname.slice(`${GRAPHIQL_PATH}/assets/`.length)];
    if (!pathname.startsWith(`${GRAPHIQL_PATH}/assets/`) || asset === undefined) {
      sendJson(
        res,
        404,
        graphqlErrorBody(`Nothing at ${pathname}; GraphiQL is at ${GRAPHIQL_PATH}.`, 'NOT_FOUND'),
      );
      return;
    }
    res.writeHead(200, {
      'content-type': `${asset.type}; charset=utf-8`,
      // Note: the names carry no version, so a day's cache, not a year's: an upgrade shows by tomorrow.
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(asset.file).pipe(res);
  };
}

/** One tab per operations file, named after it, in file order. */
function operationTabs(): { readonly name: string; readonly query: string }[] {
  const dir = fromRoot('schema', 'operations');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({
      name: basename(file, '.graphql'),
      query: readFileSync(`${dir}/${file}`, 'utf8'),
    }));
}

function graphiqlPage(graphqlPath: string, tabs: readonly { name: string; query: string }[]): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>GraphiQL · 诸暨人才规划图谱 plan-graph</title>
    <link rel="stylesheet" href="${GRAPHIQL_PATH}/assets/graphiql.css" />
    <style>
      body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
      nav { padding: 4px 12px; font-size: 13px; border-bottom: 1px solid #ddd; }
      nav a { margin-right: 1em; }
      #graphiql { flex: 1; min-height: 0; }
    </style>
  </head>
  <body>
    <nav>
      <strong>plan-graph</strong>
      <a href="/explore/">浏览器 Explorer</a>
      <a href="${graphqlPath}">Apollo Sandbox（需联网 needs the internet）</a>
    </nav>
    <div id="graphiql">GraphiQL 加载中 Loading…</div>
    <script src="${GRAPHIQL_PATH}/assets/react.js"></script>
    <script src="${GRAPHIQL_PATH}/assets/react-dom.js"></script>
    <script src="${GRAPHIQL_PATH}/assets/graphiql.js"></script>
    <script>
      const tabs = ${inlineJson(tabs)};
      const params = new URLSearchParams(location.search);
      const query = params.get('query');
      const variables = params.get('variables');
      const fetcher = GraphiQL.createFetcher({ url: new URL(${inlineJson(graphqlPath)}, location.href).href });
      ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, {
          fetcher,
          // The operation in the URL first, then the questions; a returning analyst's saved tabs win over these.
          defaultTabs: [
            ...(query === null ? [] : [{ query, variables: variables ?? undefined }]),
            ...tabs.map((tab) => ({ query: tab.query })),
          ],
          // An operation in the URL opens in a tab of its own, beside whatever the analyst had open.
          query: query ?? undefined,
          variables: variables ?? undefined,
          defaultEditorToolsVisibility: variables !== null,
          isHeadersEditorEnabled: false,
        }),
      );
    </script>
  </body>
</html>
`;
}
