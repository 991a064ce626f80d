import { createHash } from 'node:crypto';

export interface CachedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Whole GraphQL responses, least recently used first out, bounded in bytes. The graph changes only on import,
 * so an answer stays right until the data version changes; `setVersion` with a new version empties the cache.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private version: string | undefined;

  constructor(
    private readonly maxBytes: number,
    private readonly maxEntryBytes: number,
  ) {}

  /** The key of a request: its method, the accept header and the query string or body, hashed. */
  static keyOf(method: string, accept: string, search: string, body: string): string {
    return createHash('sha256').update(`${method}\0${accept}\0${search}\0${body}`).digest('base64url');
  }

  setVersion(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.entries.clear();
    this.bytes = 0;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps a response; an answer bigger than maxEntryBytes is not worth the room. */
  set(key: string, response: CachedResponse): void {
    const size = Buffer.byteLength(response.body) + key.length;
    if (this.version === undefined || size > this.maxEntryBytes) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.bytes -= Buffer.byteLength(previous.body) + key.length;
      this.entries.delete(key);
    }
    this.entries.set(key, response);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= Buffer.byteLength(entry.body) + oldest.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
