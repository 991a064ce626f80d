import type { ApolloServerPlugin } from '@apollo/server';
import { inlineJson } from './inline-json.js';

// Apollo's embeddable Sandbox, as its own local landing page loads it.
const SANDBOX_SCRIPT =
  'https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js';

// How long the page waits for the Sandbox script before saying it may be offline (an intranet that drops
// packets to the CDN never fails the request; it only never answers).
const SANDBOX_WAIT_MS = 8_000;

/**
 * The page a browser gets at /graphql: links to GraphiQL and the explorer, which this server serves whole, then
 * Apollo Sandbox below them. Sandbox comes from Apollo's CDN and needs the internet; when it cannot load, the
 * page says so and points to GraphiQL, carrying over an operation given in the URL. Replaces Apollo's local
 * landing page, whose offline message offers no way on. `?query=…&variables=…` opens that operation in Sandbox
 * (the explorer's “open in Sandbox” links); without it, Sandbox opens with the README's questions.
 */
export function landingPagePlugin(questions: string): ApolloServerPlugin {
  const html = landingPage(questions);
  return {
    serverWillStart() {
      return Promise.resolve({ renderLandingPage: () => Promise.resolve({ html }) });
    },
  };
}

function landingPage(questions: string): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>plan-graph GraphQL · 诸暨人才规划图谱</title>
    <style>
      body { margin: 0; height: 100vh; display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
      nav { padding: 6px 12px; font-size: 14px; border-bottom: 1px solid #ddd; }
      nav a { margin-left: 1em; }
      nav small { margin-left: 1em; color: #666; }
      #sandbox { flex: 1; min-height: 0; }
      #sandbox iframe { width: 100%; height: 100%; border: none; }
      #offline { padding: 2em; max-width: 42em; line-height: 1.6; }
    </style>
  </head>
  <body>
    <nav>
      <strong>plan-graph GraphQL</strong>
      <a id="graphiql-link" href="/graphiql">GraphiQL（离线可用 works offline）</a>
      <a href="/explore/">浏览器 Explorer</a>
      <small>下方 Apollo Sandbox 来自 Apollo 的服务器，需联网 · Sandbox below loads from Apollo’s CDN and needs the internet</small>
    </nav>
    <div id="sandbox"></div>
    <div id="offline" hidden>
      <h1>Apollo Sandbox 无法加载 could not load</h1>
      <p>Sandbox 由 Apollo 的服务器提供，需要联网；本机似乎无法访问。
        Sandbox is served from Apollo’s servers and needs the internet, which this browser cannot reach.</p>
      <p><a id="graphiql-offline" href="/graphiql">打开 GraphiQL（本服务器提供，离线可用）Open GraphiQL, served by this server, offline</a>
        · <a href="/explore/">浏览器 Explorer</a></p>
    </div>
    <script>
      const params = new URLSearchParams(location.search);
      const query = params.get('query');
      const variables = params.get('variables');
      if (query !== null) {
        const graphiql = '/graphiql?' + params.toString();
        document.getElementById('graphiql-link').href = graphiql;
        document.getElementById('graphiql-offline').href = graphiql;
      }
      let loaded = false;
      const offline = () => {
        if (loaded) return;
        document.getElementById('sandbox').hidden = true;
        document.getElementById('offline').hidden = false;
      };
      const timer = setTimeout(offline, ${SANDBOX_WAIT_MS});
      const script = document.createElement('script');
      script.src = ${inlineJson(SANDBOX_SCRIPT)};
      script.onerror = () => {
        clearTimeout(timer);
        offline();
      };
      script.onload = () => {
        loaded = true;
        clearTimeout(timer);
        document.getElementById('offline').hidden = true;
        document.getElementById('sandbox').hidden = false;
        let parsed;
        try {
          parsed = variables === null ? undefined : JSON.parse(variables);
        } catch {
          parsed = undefined;
        }
        new window.EmbeddedSandbox({
          target: '#sandbox',
          initialEndpoint: location.origin + location.pathname,
          initialState: { document: query ?? ${inlineJson(questions)}, variables: parsed, includeCookies: false },
          endpointIsEditable: false,
          hideCookieToggle: false,
          allowDynamicStyles: false,
        });
      };
      document.head.appendChild(script);
    </script>
  </body>
</html>
`;
}
