import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors.js';

/**
 * GraphQL answers database trouble inside a 200 by default; proxies, load balancers and retrying clients read
 * the status line. A response with an unavailable database becomes 503 (with Retry-After), one that ran out of
 * time 504. Other errors keep their status: they are answers about the question, not the service.
 */
export function statusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response }) => {
          if (response.body.kind !== 'single') return Promise.resolve();
          const codes = new Set((response.body.singleResult.errors ?? []).map((e) => e.extensions?.['code']));
          if (codes.has(ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          } else if (codes.has(ErrorCode.DEADLINE_EXCEEDED)) {
            response.http.status = 504;
          }
          return Promise.resolve();
        },
      }),
  };
}
