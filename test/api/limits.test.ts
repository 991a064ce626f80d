import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits.js';
import { useHttpApi } from '../helpers/http-api.js';

/**
 * Every limit, exceeded over real HTTP: refused with 4xx and a stable code before any database call; a page size
 * out of range is its field's error alone (200).
 */
describe('operation limits', () => {
  const api = useHttpApi();

  const refused = async (
    body: Parameters<typeof api.post>[0],
    status: number,
    code: string,
    message: RegExp,
  ) => {
    api.db.reset();
    const response = await api.post(body);
    expect(response.status).toBe(status);
    const { errors } = response.json() as { errors: { message: string; extensions: { code: string } }[] };
    expect(errors[0]?.extensions.code).toBe(code);
    expect(errors[0]?.message).toMatch(message);
    expect(api.db.calls).toEqual([]);
  };

  // industry → category → industries → category → … : one more field per level, a name at the bottom.
  const nest = (levels: number) => {
    let selection = 'name';
    for (let level = levels - 1; level >= 2; level -= 1)
      selection = `${level % 2 === 0 ? 'category' : 'industries'} { ${selection} }`;
    return `{ industry(name: "精密制造") { ${selection} } }`;
  };

  it(`admits depth ${LIMITS.depth} and refuses ${LIMITS.depth + 1}`, async () => {
    const ok = await api.post({ query: nest(LIMITS.depth) });
    expect([ok.status, ok.text]).toEqual([200, expect.not.stringContaining('"errors"') as unknown]);
    await refused(
      { query: nest(LIMITS.depth + 1) },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query depth limit of 8 exceeded, found 9\.$/,
    );
  });

  it(`refuses more than ${LIMITS.aliases} aliases`, async () => {
    const fields = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: plans { id }`).join(' ');
    await refused(
      { query: `{ ${fields} }` },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^Aliases limit of 15 exceeded/,
    );
  });

  it(`refuses more than ${LIMITS.tokens} tokens while parsing`, async () => {
    const fields = Array.from({ length: 350 }, () => 'plans { id }').join(' ');
    await refused({ query: `{ ${fields} }` }, 400, 'GRAPHQL_PARSE_FAILED', /more that 1000 tokens/);
  });

  it(`refuses more than ${LIMITS.directives} directives`, async () => {
    const fields = Array.from(
      { length: 26 },
      (_, i) => `t${i}: __typename @include(if: true) @skip(if: false)`,
    ).join(' ');
    await refused(
      { query: `{ ${fields} }` },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^Directives limit of 50 exceeded/,
    );
  });

  it(`refuses a cost over ${LIMITS.cost}, counting pages passed as variables`, async () => {
    const query = `query($n: Int) {
      platforms(first: $n) { edges { node { industries { platforms { industries { platforms { name } } } } } } }
    }`;
    const ok = await api.post({ query, variables: { n: 10 } });
    expect(ok.status).toBe(200);
    await refused(
      { query, variables: { n: 100 } },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query cost limit of 5000 exceeded, found \d+/,
    );
  });

  it(`refuses a page over ${LIMITS.pageSize} on its field alone, inline or as a variable: 200, no database call`, async () => {
    // An argument out of range is the field's error, as every bad argument is (docs/api.md: Unknown names and
    // out-of-range arguments): not priced as if it ran, not the whole operation refused.
    for (const [body, field, argumentName, max] of [
      [{ query: '{ platforms(first: 1000000) { totalCount } __typename }' }, 'platforms', 'first', 100],
      [
        {
          query: 'query($n: Int) { search(text: "袜", first: $n) { score } __typename }',
          variables: { n: 101 },
        },
        'search',
        'first',
        100,
      ],
      [
        { query: '{ neighborhood(name: "精密制造", limit: 201) { nodes { name } } __typename }' },
        'neighborhood',
        'limit',
        200,
      ],
    ] as const) {
      api.db.reset();
      const response = await api.post(body);
      expect([response.status, response.json()]).toEqual([
        200,
        {
          data: { [field]: null, __typename: 'Query' },
          errors: [
            {
              message: `${argumentName} must be an integer from 1 to ${max}.`,
              locations: [expect.anything() as unknown],
              path: [field],
              extensions: { code: 'BAD_USER_INPUT', argumentName, range: { min: 1, max } },
            },
          ],
        },
      ]);
      expect(api.db.calls).toEqual([]);
    }
  });

  it('cuts off a fragment cycle and a fragment bomb before executing', async () => {
    await refused(
      { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot spread fragment "A" within itself via "B"/,
    );
    const bomb = [
      'query { ...F5 }',
      'fragment F0 on Query { plans { id } }',
      ...Array.from({ length: 5 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} ...F${i} }`),
    ].join('\n');
    api.db.reset();
    const response = await api.post({ query: bomb });
    // Spread fragments merge into one field, so this one is harmless; it must still answer without a blow-up.
    expect(response.status).toBe(200);
    expect(api.db.calls.length).toBeLessThanOrEqual(1);
  });

  it('refuses batched requests', async () => {
    await refused(
      [{ query: '{ __typename }' }, { query: '{ __typename }' }],
      400,
      'BAD_REQUEST',
      /^Operation batching disabled\.$/,
    );
  });

  it('refuses wrong variable types with 400 BAD_USER_INPUT', async () => {
    await refused(
      { query: 'query($n: Int) { platforms(first: $n) { totalCount } }', variables: { n: 'ten' } },
      400,
      'BAD_USER_INPUT',
      /Variable "\$n" got invalid value "ten"/,
    );
  });

  it('refuses a 1 MB string argument with 413 before parsing it', async () => {
    api.db.reset();
    const response = await api.post({
      query: 'query($t: String!) { search(text: $t) { score } }',
      variables: { t: '袜'.repeat(350_000) },
    });
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(api.db.calls).toEqual([]);
  });

  it('refuses simple cross-site requests (CSRF): text/plain POST and GET without a preflight header', async () => {
    api.db.reset();
    const plain = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ plans { id } }' }),
    });
    expect(plain.status).toBe(400);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ plans { id } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(
      /This operation has been blocked as a potential Cross-Site Request Forgery/,
    );
    expect(api.db.calls).toEqual([]);
  });
});

describe('in production', () => {
  const api = useHttpApi({ production: true });

  it('hides field suggestions', async () => {
    const response = await api.post({ query: '{ industri(name: "x") { name } }' });
    expect(response.status).toBe(400);
    expect(response.text).toContain('Cannot query field');
    expect(response.text).not.toContain('Did you mean');
  });

  it('keeps introspection on: the data is public and analysts use Sandbox', async () => {
    const response = await api.post({ query: '{ __schema { queryType { name } } }' });
    expect(response.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});

describe('when introspection is switched off (GRAPHQL_INTROSPECTION=false)', () => {
  const api = useHttpApi({ introspection: false });

  it('refuses introspection and serves no Sandbox page', async () => {
    const response = await api.post({ query: '{ __schema { queryType { name } } }' });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/introspection is not allowed/i);
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('embeddable-sandbox');
    expect((await fetch(api.url.replace(/\/graphql$/, '/graphiql'))).status).toBe(404);
    const answer = await api.post({ query: '{ plans { id } }' });
    expect(answer.json()).toEqual({ data: { plans: [{ id: 'zhuji-2021' }] } });
  });
});
