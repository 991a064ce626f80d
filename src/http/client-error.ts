import type { Duplex } from 'node:stream';
import { graphqlErrorBody } from './send-json.js';

/**
 * Answers a request Node's HTTP parser refused before the app saw it (raw UTF-8 in the URL, a malformed header,
 * headers too large, a request too slow to arrive) with the same JSON error body as every other failure, where
 * Node would send an empty `400`. The server's `clientError` listener; there is no response object here, so the
 * response is written to the socket.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A client that went away, or a socket already answered, has nobody to read an answer.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] = describe(error.code);
  const body = JSON.stringify(graphqlErrorBody(message, 'BAD_REQUEST'));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\n` +
      'content-type: application/json; charset=utf-8\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      'cache-control: no-store\r\n' +
      'connection: close\r\n\r\n' +
      body,
  );
}

function describe(code: string | undefined): [number, string, string] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'Request Header Fields Too Large', 'The request headers are too large.'];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'Request Timeout', 'The request did not arrive in time.'];
    case 'HPE_INVALID_URL':
    case 'HPE_INVALID_METHOD':
      return [
        400,
        'Bad Request',
        'The request line is not valid HTTP: percent-encode the URL (non-ASCII characters such as 美丽珍珠 and ' +
          'spaces); with curl, `-G --data-urlencode "entity=美丽珍珠"`.',
      ];
    default:
      return [400, 'Bad Request', `The request is not valid HTTP (${code ?? 'unparsable'}).`];
  }
}
