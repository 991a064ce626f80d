import { describe, expect, it } from 'vitest';
import { ResponseCache, type CachedResponse } from '../../src/http/response-cache.js';

/** A response whose body is `bytes` bytes long (UTF-8): with a one-character key it costs `bytes + 1`. */
const answer = (bytes: number, char = 'x'): CachedResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: char.repeat(bytes / Buffer.byteLength(char)),
});

const keys = (cache: ResponseCache, candidates: readonly string[]) =>
  candidates.filter((key) => cache.get(key) !== undefined);

describe('ResponseCache', () => {
  it('keeps nothing until it knows the data version', () => {
    const cache = new ResponseCache(1_000, 100);
    cache.set('a', answer(10));
    expect([cache.size, cache.get('a')]).toEqual([0, undefined]);
    cache.setVersion('v1');
    cache.set('a', answer(10));
    expect([cache.size, cache.get('a')]).toEqual([1, answer(10)]);
  });

  it('drops the least recently used answers when the bytes (body in UTF-8 and key) exceed the budget', () => {
    const cache = new ResponseCache(33, 100);
    cache.setVersion('v1');
    cache.set('a', answer(10));
    cache.set('b', answer(9, '袜'));
    cache.get('a');
    cache.set('c', answer(10));
    // a, b and c would cost 11 + 10 + 11 = 32 bytes; d brings it to 43, so b (least recently used) goes.
    cache.set('d', answer(10));
    expect(keys(cache, ['a', 'b', 'c', 'd'])).toEqual(['a', 'c', 'd']);
    expect(cache.size).toBe(3);
  });

  it('replaces an answer under the same key without counting it twice', () => {
    const cache = new ResponseCache(24, 100);
    cache.setVersion('v1');
    cache.set('a', answer(10));
    cache.set('b', answer(10));
    cache.set('a', answer(12));
    expect([cache.size, cache.get('a')?.body.length, cache.get('b')?.body.length]).toEqual([2, 12, 10]);
  });

  it('does not keep an answer bigger than the entry limit', () => {
    const cache = new ResponseCache(1_000, 100);
    cache.setVersion('v1');
    cache.set('small', answer(10));
    cache.set('big', answer(100));
    expect(keys(cache, ['small', 'big'])).toEqual(['small']);
  });

  it('empties when the data version changes, and only then', () => {
    const cache = new ResponseCache(1_000, 100);
    cache.setVersion('v1');
    cache.set('a', answer(10));
    cache.setVersion('v1');
    expect(cache.size).toBe(1);
    cache.setVersion('v2');
    expect([cache.size, cache.get('a')]).toEqual([0, undefined]);
  });

  it('keys a request by method, accept header, query string and body', () => {
    const key = ResponseCache.keyOf('POST', 'application/json', '', '{"query":"{ plans { id } }"}');
    expect(key).toMatch(/^[\w-]{43}$/);
    expect(ResponseCache.keyOf('GET', 'application/json', '', '{"query":"{ plans { id } }"}')).not.toBe(key);
    expect(ResponseCache.keyOf('POST', 'application/json', '', '{"query":"{ plans { id } }"}')).toBe(key);
  });
});
