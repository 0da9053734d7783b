import type { IssuedCredentials } from '@pde/api/interconnection';
import { accessToken, createConsumer, createEnte, JSON_UTF8, publishS2, rawPost, startTestApp, type HttpResponse, type TestApp } from '@pde/api/testing';
import fc from 'fast-check';

/**
 * Fuzzing of the v1 data endpoints with the PDN request shapes and far worse (SPEC G9, §6.1;
 * checklist §7.8 item 17): whatever arrives, the answer is 200 with a complete envelope or a 4xx in
 * the exact `{code, message}` shape — never a 5xx.
 */
const TOTAL = 30;
const KNOWN_QUERY_KEYS = ['id', 'nombres', 'primerApellido', 'segundoApellido', 'curp', 'rfc', 'institucionDependencia', 'tipoProcedimiento', 'rfcSolicitante'];
const REQUIRED_RECORD_KEYS = ['id', 'fechaCaptura', 'nombres', 'primerApellido', 'institucionDependencia', 'puesto', 'tipoArea', 'nivelResponsabilidad', 'tipoProcedimiento'];

/** Values that stress the parsers: edge numbers, wrong types, odd strings. */
const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(0, -1, 1, 2, 10, 199, 200, 201, 1.5, -0.5, 1e21, -1e21, 1e308, Number.MAX_SAFE_INTEGER, '1', '0', '007', '1.5', 'x', '', ' ', null, true, false, [], {}, [1], ['1'], [1.5], ['a'], [null], { a: 1 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('%', '_', '!', '\\', "'", '"', '%_!\\', "' OR 1=1 --", 'ñ', 'Ñ', 'NÚÑEZ', 'de la Cruz', '\u0000', '\u0301', '\u0085', '\ufeff', 'a'.repeat(5000)),
);

const query: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_QUERY_KEYS), fc.string({ maxLength: 12 })), wild, { maxKeys: 6 }) },
  { weight: 1, arbitrary: wild },
);

const sort: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.constantFrom('nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia', 'puesto', 'rfc', 'curp', 'id'), fc.string({ maxLength: 8 })),
    fc.oneof(fc.constantFrom('asc', 'desc', 'ASC', 'Desc', ' asc ', 'up', ''), wild),
    { maxKeys: 6 },
  ),
  wild,
);

/** A body shaped like reqSpic, with any value in any known key. */
const reqSpic = fc
  .record({ page: wild, pageSize: wild, sort, query, rfcSolicitante: wild, extra: wild }, { requiredKeys: [] })
  .map((body) => JSON.stringify(body));

const numberLiteral = fc.constantFrom('1e400', '-1e400', '-0', '1E2', '2e0', '0.0', '1.0', '123456789012345678901234567890', '9007199254740993', '0.1e1', '00', '01', '1e-400');

const body: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: reqSpic },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.tuple(numberLiteral, numberLiteral).map(([a, b]) => `{"page":${a},"pageSize":${b},"query":{"tipoProcedimiento":[${a},${b}]}}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(reqSpic, fc.nat(), fc.string({ maxLength: 3 })).map(([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + 1)) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 60_000 }).map((n) => `{"query":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 60_000 }).map((n) => `{"sort":${'['.repeat(n)}${']'.repeat(n)},"query":{"nombres":${'['.repeat(n)}"x"${']'.repeat(n)}}}`) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const contentType = fc.option(
  fc.oneof(
    fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', '*/*', 'application/xml', ''),
    fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
  ),
  { nil: undefined },
);

const extraHeaders = fc.dictionary(
  fc.oneof(fc.constantFrom('accept', 'accept-encoding', 'accept-language', 'x-request-id', 'x-forwarded-for', 'origin', 'user-agent'), fc.stringMatching(/^x-[a-z0-9-]{1,16}$/)),
  fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,40}$/),
  { maxKeys: 4 },
);

describe('Fuzzing /v1/spic and /v1/spic/dependencias (SPEC G9, §6.1, §7.8.17)', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t, 'publico');
    const ente = await createEnte(t, { nombre: 'Secretaría de la Función Pública', siglas: 'SFP', clave: 'SFP-01' });
    await publishS2(t, ente, Array.from({ length: TOTAL }, (_, i) => (i % 5 === 0 ? { primerApellido: 'NÚÑEZ', segundoApellido: undefined } : {})));
    token = await accessToken(t, consumer);
  });
  afterAll(() => t.close());

  /** Every response: never 5xx; 200 with a complete envelope (or an array), or a 4xx in the v1 shape. */
  function expectWellFormed(response: HttpResponse, allowed: number[], kind: 'spic' | 'dependencias') {
    const context = { status: response.status, text: response.text.slice(0, 300) };
    expect({ ...context, allowed: allowed.includes(response.status) }).toEqual({ ...context, allowed: true });
    expect(response.headers.get('content-type')).toBe(JSON_UTF8);
    const body = response.body as Record<string, unknown>;
    if (response.status !== 200) {
      expect(body).toEqual({ code: String(response.status), message: expect.any(String) });
      expect(Object.keys(body)).toHaveLength(2);
      expect((body['message'] as string).length).toBeGreaterThan(0);
      return;
    }
    if (kind === 'dependencias') {
      expect(Array.isArray(body)).toBe(true);
      return;
    }
    expect(Object.keys(body).sort()).toEqual(['pagination', 'results']);
    const p = body['pagination'] as Record<string, unknown>;
    const results = body['results'] as Record<string, unknown>[];
    expect(Object.keys(p).sort()).toEqual(['hasNextPage', 'page', 'pageSize', 'totalRows']);
    const { page, pageSize, totalRows } = p as { page: number; pageSize: number; totalRows: number };
    expect(Number.isSafeInteger(page) && page >= 1 && Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 200).toBe(true);
    expect(Number.isInteger(totalRows) && totalRows >= 0 && totalRows <= TOTAL).toBe(true);
    expect(p['hasNextPage']).toBe(page * pageSize < totalRows);
    expect(Array.isArray(results)).toBe(true);
    expect(results.length).toBe(Math.max(0, Math.min(pageSize, totalRows - (page - 1) * pageSize)));
    for (const r of results) {
      expect(REQUIRED_RECORD_KEYS.filter((k) => !(k in r))).toEqual([]);
      expect('rfc' in r || 'curp' in r).toBe(false); // role publico
    }
  }

  it('POST /v1/spic: thousands of random and malformed bodies, content types and headers, with a valid token', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, contentType, extraHeaders, fc.constantFrom('Bearer', 'bearer', 'BEARER'), async (payload, type, headers, scheme) => {
        const response = await rawPost(t, '/v1/spic', payload, { ...headers, ...(type === undefined ? {} : { 'content-type': type }), authorization: `${scheme} ${token}` });
        expectWellFormed(response, [200, 400, 422], 'spic');
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
      }),
      { numRuns: 2000 },
    );
    // The run exercised every outcome, data pages included.
    expect([...seen.keys()].sort()).toEqual([200, 400, 422]);
    expect(seen.get(200)).toBeGreaterThan(100);
  });

  it('POST /v1/spic: random bodies without a token, or with a broken one, are 400 or 401 (never data)', async () => {
    const authorization = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('Bearer', 'Bearer ', 'Basic abc', `Bearer ${token}x`, `Bearer ${token.split('.').reverse().join('.')}`, 'Bearer a.b.c', `Token ${token}`),
      fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,80}$/),
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, authorization, async (payload, type, auth) => {
        const response = await rawPost(t, '/v1/spic', payload, { ...(type === undefined ? {} : { 'content-type': type }), ...(auth === undefined ? {} : { authorization: auth }) });
        expectWellFormed(response, [400, 401], 'spic');
      }),
      { numRuns: 1000 },
    );
  });

  it('GET /v1/spic/dependencias and other methods/paths under /v1: never 5xx, always the v1 shape', async () => {
    const path = fc.oneof(
      fc.constantFrom('/v1/spic/dependencias', '/v1/spic', '/v1/spic/', '/v1/spic/dependencias/', '/v1/x', '/v1/spic/dependencias?x=1', '/v1/spic?access_token=abc'),
      // (no "." or "%": the URL parser would resolve dot segments out of /v1)
      fc.stringMatching(/^[A-Za-z0-9_~-]{0,20}$/).map((s) => `/v1/${s}`),
    );
    await fc.assert(
      fc.asyncProperty(path, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), fc.boolean(), fc.option(body, { nil: undefined }), async (p, method, withToken, payload) => {
        const response = await rawPost(t, p, method === 'GET' ? undefined : payload, withToken ? { authorization: `Bearer ${token}` } : {}, method);
        expect(response.status).toBeLessThan(500);
        expectWellFormed(response, [200, 400, 401, 404, 405, 422], p.startsWith('/v1/spic/dependencias') && method === 'GET' ? 'dependencias' : 'spic');
      }),
      { numRuns: 500 },
    );
  });

  it('the largest and deepest bodies under the size limit are answered, never with a 5xx', async () => {
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const wide = `{"page":1,"pageSize":1,"query":{"ignorada":[${Array(450_000).fill('0').join(',')}]}}`;
    expectWellFormed(await rawPost(t, '/v1/spic', wide, auth), [200], 'spic');
    const wideStrings = `{"query":{"ignorada":[${Array(150_000).fill('"ñ"').join(',')}]}}`;
    expectWellFormed(await rawPost(t, '/v1/spic', wideStrings, auth), [200], 'spic');
    const deep = `{"page":1,"query":{"ignorada":${'['.repeat(400_000)}${']'.repeat(400_000)}}}`;
    expectWellFormed(await rawPost(t, '/v1/spic', deep, auth), [200], 'spic');
    const deepObject = `{"sort":${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}}`;
    expectWellFormed(await rawPost(t, '/v1/spic', deepObject, auth), [200], 'spic');
    const loneSurrogateDeep = `{"query":{"x":${'['.repeat(100_000)}"\\ud800"${']'.repeat(100_000)}}}`;
    expectWellFormed(await rawPost(t, '/v1/spic', loneSurrogateDeep, auth), [200, 400], 'spic');
  });

  it('bodies over the size limit get a 4xx in the v1 shape', async () => {
    const huge = JSON.stringify({ query: { nombres: 'x'.repeat(2 * 1024 * 1024) } });
    const response = await rawPost(t, '/v1/spic', huge, { authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    expectWellFormed(response, [413], 'spic');
  });
});
