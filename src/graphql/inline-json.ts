/**
 * JSON safe inside an inline <script>: no `</script>` or `<!--` can end it early. For the Sandbox landing page
 * (landing-page.ts) and GraphiQL's page (src/http/graphiql-route.ts).
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
