import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Whole GraphQL responses, least recently used first out, bounded in bytes (each answer costs its body in UTF-8
 * plus its key). The graph changes only on import, so an answer stays right until the data version changes;
 * `setVersion` with a new version empties the cache.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  private version: string | undefined;

  /** An answer bigger than maxEntryBytes is not worth the room and is not kept. */
  constructor(maxBytes: number, maxEntryBytes: number) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: maxEntryBytes,
      sizeCalculation: (response, key) => Buffer.byteLength(response.body) + key.length,
    });
  }

  /** The key of a request: its method, the accept header and the query string or body, hashed. */
  static keyOf(method: string, accept: string, search: string, body: string): string {
    return createHash('sha256').update(`${method}\0${accept}\0${search}\0${body}`).digest('base64url');
  }

  setVersion(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  /** Keeps a response once the data version is known. */
  set(key: string, response: CachedResponse): void {
    if (this.version !== undefined) this.entries.set(key, response);
  }

  get size(): number {
    return this.entries.size;
  }
}
