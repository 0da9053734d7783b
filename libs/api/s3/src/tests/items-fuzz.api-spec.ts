import { createConsumer, createEnte, HttpClient, JSON_UTF8, startTestApp, type HttpResponse, type TestApp } from '@pde/api/testing';
import { S3_COLLECTIONS, type S3Collection } from '@pde/shared/contracts';
import fc from 'fast-check';
import { referenceModel, type RefNode } from './reference-evaluator';
import { sampleS3Data } from './s3-arbitraries';
import { isDirectusError, publishS3, STATUS_OF_CODE } from './s3-api-support';

/**
 * Malformed and hostile `/items` queries (SPEC G9, §6.3; checklist §7.8 item 17): bad JSON, unknown
 * operators, `_regex`, functions, wrong value types, logical operators without arrays, unknown,
 * hidden and prototype-named fields, deep nesting, huge numbers and limits, random text and broken
 * percent-escapes in every parameter, lone surrogates. Whatever arrives, the answer is a 200 with
 * `data`, or a 4xx in the Directus shape — never a 5xx. URLs stay under Node's 16 KB header limit
 * (beyond it Node itself answers 431 before the application sees the request).
 */
const MAX_URL = 15_000;

const segments = [...new Set(S3_COLLECTIONS.flatMap((c) => namesOf(referenceModel(c))))];
function namesOf(fields: Record<string, RefNode>): string[] {
  return Object.entries(fields).flatMap(([name, node]) => [name, ...(node.kind === 'scalar' ? [] : namesOf(node.fields))]);
}
const PROTOTYPE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const OPERATORS = [
  '_eq', '_neq', '_lt', '_lte', '_gt', '_gte', '_in', '_nin', '_null', '_nnull', '_contains', '_ncontains', '_icontains', '_nicontains',
  '_starts_with', '_nstarts_with', '_istarts_with', '_nistarts_with', '_ends_with', '_nends_with', '_iends_with', '_niends_with',
  '_between', '_nbetween', '_empty', '_nempty', '_some', '_none', '_and', '_or', '$and', '$or',
  '_regex', '_intersects', '_nintersects', '_intersects_bbox', '_submitted', '_foo', '_EQ', 'eq', '$eq', '$NOW', '_',
];

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', '%', '_', '\\', "'", '"', "' OR 1=1 --", 'ñ', 'NÚÑEZ', '\u0000', '\u0301', '\u0085', '\ufeff', '\ud83d\ude00', 'a'.repeat(300), '2025-02-30', '2025-13-01', '9999-12-31T23:59:59Z'),
);
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e21, -1e21, 1e308, Number.MAX_SAFE_INTEGER, '1', '5,6', 'a,b,c', '$NOW', '$NOW(-1 year)', '$NOW(+999999 years)', '$NOW(-99999999 days)', '$CURRENT_USER', '$CURRENT_ROLE', '$NOW(1 year)'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...segments) },
  { weight: 5, arbitrary: fc.constantFrom(...OPERATORS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...segments), { minLength: 2, maxLength: 4 }).map((s) => s.join('.')) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE, 'year(fecha)', 'count(tipoSancion)', 'fecha.', '.fecha', 'a..b', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const filterValue: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'filtro' },
    { weight: 4, arbitrary: scalar },
    { weight: 4, arbitrary: fc.dictionary(key, tie('node'), { maxKeys: 3 }) },
    { weight: 2, arbitrary: fc.array(tie('node'), { maxLength: 3 }) },
  ),
})).node;

/** Filter text: JSON of a random structure, sometimes broken or with escaped lone surrogates. */
const filterText = fc.oneof(
  { weight: 8, arbitrary: filterValue.map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  {
    weight: 2,
    arbitrary: fc.tuple(filterValue.map((v) => JSON.stringify(v) ?? ''), fc.nat(), fc.constantFrom('', '{', '}', '"', '\\', ',', ':', '[', '\\ud800', '\\udc00x', 'NaN', 'undefined')).map(([json, at, insert]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + insert + json.slice(i + 1);
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('{bad', '{"fecha":{"_eq":"\\ud800"}}', '{"a":', '"texto"', '[]', '5', 'true', '{}', 'null', '', '{"_and":{}}', '{"_or":"x"}', '{"fecha":{"_in":{"a":1}}}') },
);

/** Lone surrogates cannot be percent-encoded as UTF-8: they become U+FFFD (JSON escapes carry them instead). */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A query-string value: percent-encoded, sometimes with broken or invalid-UTF-8 escapes. */
const encoded = (arb: fc.Arbitrary<string>) =>
  fc.tuple(arb, fc.option(fc.constantFrom('%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%80', '%00', '%FF', '%%', '+', '&', '='), { freq: 5 })).map(([value, junk]) => {
    const safe = encodeURIComponent(wellFormed(value));
    return junk ? `${safe}${junk}` : safe;
  });

const fieldsText = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom('*', '*.*', '*.*.*', '*.*.*.*', '!*.{null}', '{}', '!', 'id'), key, fc.array(fc.oneof(key, fc.constant('*')), { maxLength: 5 }).map((p) => p.join('.'))), { maxLength: 4 }).map((f) => f.join(',')),
  text,
);
const sortText = fc.oneof(fc.array(fc.oneof(key, key.map((k) => `-${k}`), fc.constantFrom('?', '-', '--fecha', '-?')), { maxLength: 4 }).map((s) => s.join(',')), text);
const numberText = fc.oneof(
  fc.integer({ min: -5, max: 2000 }).map(String),
  fc.constantFrom('-1', '0', '1000', '1001', '-2', '1e3', '1.5', '01', '+5', ' 5 ', '999999999999999', '9999999999999999999999', '0x10', 'NaN', 'Infinity', '', '٣'),
  text,
);
const metaText = fc.oneof(fc.subarray(['*', 'total_count', 'filter_count', 'otra', '']).map((m) => m.join(',')), text);

/** Bracket-form filters: `filter[a][b][_eq]=x`, keys and values random. */
const bracketFilter = fc.array(fc.tuple(fc.array(key, { minLength: 1, maxLength: 5 }), text), { minLength: 1, maxLength: 3 }).map((entries) =>
  entries.map(([path, value]) => `filter${path.map((k) => `[${encodeURIComponent(wellFormed(k))}]`).join('')}=${encodeURIComponent(wellFormed(value))}`).join('&'),
);

/** Present in one query out of `every`. */
const sometimes = (arb: fc.Arbitrary<string>, every: number) => fc.oneof({ weight: every - 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: arb });

const query = fc
  .record(
    {
      fields: sometimes(encoded(fieldsText).map((v) => `fields=${v}`), 3),
      filter: sometimes(fc.oneof(encoded(filterText).map((v) => `filter=${v}`), bracketFilter), 2),
      search: sometimes(encoded(text).map((v) => `search=${v}`), 4),
      sort: sometimes(encoded(sortText).map((v) => `sort=${v}`), 3),
      limit: sometimes(encoded(numberText).map((v) => `limit=${v}`), 4),
      offset: sometimes(encoded(numberText).map((v) => `offset=${v}`), 5),
      page: sometimes(encoded(numberText).map((v) => `page=${v}`), 5),
      meta: sometimes(encoded(metaText).map((v) => `meta=${v}`), 3),
      other: sometimes(fc.constantFrom('aggregate[count]=*', 'groupBy=fecha', 'deep[x][_limit]=1', 'alias[a]=fecha', 'export=csv', 'fields[]=id', 'sort[]=-fecha', 'meta[]=*', 'access_token=x', 'x=%E0%A4%A', '%=%', 'filter'), 4),
    },
    { requiredKeys: [] },
  )
  .map((parts) => Object.values(parts).filter(Boolean).join('&'));

describe('Fuzzing /items (SPEC G9, §6.3, §7.8.17)', () => {
  let t: TestApp;
  let clients: HttpClient[];
  const ids: string[] = [];
  const seen = new Map<number, number>();

  beforeAll(async () => {
    t = await startTestApp();
    const ente = await createEnte(t);
    for (const [i, collection] of S3_COLLECTIONS.entries()) ids.push(...(await publishS3(t, ente.id, collection, sampleS3Data(collection, 8, 900 + i))).map((d) => d.id));
    clients = [
      new HttpClient(t.baseUrl, { authorization: `Bearer ${(await createConsumer(t, 'publico')).token}` }),
      new HttpClient(t.baseUrl, { authorization: `Bearer ${(await createConsumer(t, 'confidencial')).token}` }),
    ];
  });
  afterAll(() => t.close());

  /** 200 with `data` (and integer counts), or a 4xx in the Directus shape with its status; never 5xx. */
  function expectWellFormed(path: string, response: HttpResponse, allowed = [200, 400, 403]) {
    seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
    const context = { path: path.slice(0, 500), status: response.status, text: response.text.slice(0, 300) };
    expect({ ...context, allowed: allowed.includes(response.status) }).toEqual({ ...context, allowed: true });
    expect(response.headers.get('content-type')).toBe(JSON_UTF8);
    const body = response.body as Record<string, unknown>;
    if (response.status === 200) {
      expect(Object.keys(body).filter((k) => k !== 'data' && k !== 'meta')).toEqual([]);
      expect(typeof body['data']).toBe('object');
      const meta = (body['meta'] ?? {}) as Record<string, unknown>;
      expect(Object.values(meta).every((n) => Number.isInteger(n))).toBe(true);
      return;
    }
    const code = (body as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? '';
    expect({ ...context, shape: isDirectusError(body), status: STATUS_OF_CODE[code] }).toEqual({ ...context, shape: true, status: response.status });
  }

  it('thousands of random and malformed queries, with both roles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...S3_COLLECTIONS), query, fc.nat(1), async (collection: S3Collection, q, role) => {
        const path = `/items/${collection}?${q}`.slice(0, MAX_URL);
        expectWellFormed(path, await clients[role].get(path));
      }),
      { numRuns: 4000 },
    );
    // Not vacuous: data pages, invalid queries and forbidden paths all occurred.
    expect(seen.get(200)).toBeGreaterThan(150);
    expect(seen.get(400)).toBeGreaterThan(150);
    expect(seen.get(403)).toBeGreaterThan(150);
  });

  it('random paths, ids and methods under /items', async () => {
    const segment = fc.oneof(fc.constantFrom(...S3_COLLECTIONS, ...PROTOTYPE, 'items', '%00', '%E0%A4%A', 'directus_users'), fc.stringMatching(/^[A-Za-z0-9_~-]{0,20}$/));
    const id = fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_~%-]{0,40}$/), fc.constantFrom('%ED%A0%80', '%', 'null', '0', '-1'));
    await fc.assert(
      fc.asyncProperty(segment, fc.option(id, { nil: undefined }), fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT'), fc.option(query, { nil: undefined }), async (collection, recordId, method, q) => {
        const path = `/items/${collection}${recordId === undefined ? '' : `/${recordId}`}${q ? `?${q}` : ''}`.slice(0, MAX_URL);
        const response = await clients[0].request(method, path, method === 'GET' ? undefined : '{}', { 'content-type': 'application/json' });
        expectWellFormed(path, response, [200, 400, 403, 404]);
      }),
      { numRuns: 500 },
    );
  });

  it('the largest queries that fit in a request line: deep nesting, long chains, many sort keys and tokens', async () => {
    const c = '/items/faltas_administrativas_graves';
    const fill = (unit: string, budget = MAX_URL - 200) => Math.floor(budget / encodeURIComponent(unit).length);
    const cases = [
      `filter=${encodeURIComponent(`${'{"_and":['.repeat(fill('{"_and":[]}'))}${']}'.repeat(fill('{"_and":[]}'))}`)}`,
      `filter=${encodeURIComponent(`${'{"a":'.repeat(fill('{"a":}'))}1${'}'.repeat(fill('{"a":}'))}`)}`,
      `filter=${encodeURIComponent(`{"_or":[${Array(fill('{"id":{"_null":1}},')).fill('{"id":{"_null":1}}').join(',')}]}`)}`,
      `filter=${encodeURIComponent(`{"_and":[${Array(fill('{"tipoSancion":{"clave":{"_eq":"I"}}},')).fill('{"tipoSancion":{"clave":{"_eq":"I"}}}').join(',')}]}`)}`,
      `filter=${encodeURIComponent(`{"fecha":{"_in":[${Array(fill('"2025-01-01",')).fill('"2025-01-01"').join(',')}]}}`)}`,
      `filter=${encodeURIComponent(`{"expediente":{"_nin":"${Array(fill('a,')).fill('a').join(',')}"}}`)}`,
      `sort=${Array(fill('-fecha,')).fill('-fecha').join(',')}`,
      `sort=${Array(fill('datosGenerales.primerApellido,')).fill('datosGenerales.primerApellido').join(',')}`,
      `fields=${Array(fill('*.')).fill('*').join('.')}`,
      `fields=${Array(fill('id,')).fill('id').join(',')}`,
      `search=${'ñ'.repeat(fill('ñ'))}`,
      `limit=${'9'.repeat(5000)}`,
      `page=999999999999999&limit=1000&meta=*`,
      `offset=999999999999999&meta=*`,
      `filter=${encodeURIComponent(`{"fecha":{"_eq":"${'\\ud800'.repeat(500)}"}}`)}`,
    ];
    for (const q of cases) {
      const path = `${c}?${q}`;
      expect(path.length).toBeLessThan(16_000);
      for (const client of clients) {
        const started = Date.now();
        expectWellFormed(path, await client.get(path));
        expect({ q: q.slice(0, 80), slow: Date.now() - started > 5000 }).toEqual({ q: q.slice(0, 80), slow: false });
      }
    }
  });
});
