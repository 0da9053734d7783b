import { Db } from '@pde/api/core';
import type { IssuedCredentials } from '@pde/api/interconnection';
import {
  accessToken,
  captureAndPublishS2,
  createConsumer,
  createEnte,
  expectSpicPage,
  expectV1Error,
  JSON_UTF8,
  pdnClient,
  publishS2,
  rawPost,
  spic,
  startTestApp,
  type HttpClient,
  type TestApp,
} from '@pde/api/testing';
import { GENERO, NIVEL_RESPONSABILIDAD, TIPO_AREA, TIPO_PROCEDIMIENTO, type S2RecordData } from '@pde/shared/contracts';
import { EnteEntity } from '@pde/api/entes';
import fc from 'fast-check';

/**
 * The v1 protocol of `POST /v1/spic` (SPEC §2.1, §2.2, §2.5, §2.6, §5.4, §6.1; checklist §7.8
 * items 5 and 6): body parsing, paging, the envelope, error order and shapes, record shape.
 */
const INVALID_JSON = 'El cuerpo de la solicitud no es un JSON válido.';
const PAGE_422 = 'El campo page debe ser un entero mayor o igual a 1.';
const SIZE_422 = 'El campo pageSize debe ser un entero entre 1 y 200.';
const MISSING_TOKEN = 'Se requiere un token de acceso en el encabezado Authorization (Bearer).';
const TOTAL = 23;

describe('POST /v1/spic — protocol (SPEC §2.1–§2.6, §5.4, §6.1)', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;
  let client: HttpClient;
  let token: string;
  let ente: EnteEntity;

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t);
    ente = await createEnte(t, { nombre: 'Secretaría de la Contraloría', siglas: 'SECOT', clave: 'SECOT-01' });
    await publishS2(t, ente, Array.from({ length: TOTAL }, () => ({})));
    token = await accessToken(t, consumer);
    client = await pdnClient(t, consumer);
  });
  afterAll(() => t.close());

  const post = (body: string | undefined, headers: Record<string, string> = {}) => rawPost(t, '/v1/spic', body, { authorization: `Bearer ${token}`, ...headers });

  it('§7.8.5: {"page":1,"pageSize":1} → complete envelope with the exact totalRows, also when it is 0', async () => {
    const page = expectSpicPage(await spic(client, { page: 1, pageSize: 1 }), { page: 1, pageSize: 1, totalRows: TOTAL, hasNextPage: true });
    expect(page.results).toHaveLength(1);
    const empty = expectSpicPage(await spic(client, { page: 1, pageSize: 1, query: { primerApellido: 'no-existe-nadie-asi' } }));
    expect(empty).toEqual({ pagination: { pageSize: 1, page: 1, totalRows: 0, hasNextPage: false }, results: [] });
  });

  it('defaults page 1 and pageSize 10 for an absent, empty or null body and for null values; the effective values are echoed', async () => {
    const expected = { page: 1, pageSize: 10, totalRows: TOTAL, hasNextPage: true };
    for (const body of [undefined, '', '   ', '{}', 'null', '{"page":null,"pageSize":null}', '{"query":null}', '{"sort":null,"query":{}}']) {
      expect(expectSpicPage(await post(body, { 'content-type': 'application/json' }), expected).results).toHaveLength(10);
    }
  });

  it('§7.8.6: pageSize 200 and 1 are accepted; 0 and 201 → 422; page 0 → 422; page beyond the end → 200 with []', async () => {
    expect(expectSpicPage(await spic(client, { pageSize: 200 }), { pageSize: 200, totalRows: TOTAL, hasNextPage: false }).results).toHaveLength(TOTAL);
    expect(expectSpicPage(await spic(client, { pageSize: 1, page: TOTAL }), { hasNextPage: false }).results).toHaveLength(1);
    expectV1Error(await spic(client, { pageSize: 0 }), 422, SIZE_422);
    expectV1Error(await spic(client, { pageSize: 201 }), 422, SIZE_422);
    expectV1Error(await spic(client, { pageSize: -1 }), 422, SIZE_422);
    expectV1Error(await spic(client, { pageSize: '0' }), 422, SIZE_422);
    expectV1Error(await spic(client, { page: 0 }), 422, PAGE_422);
    expectV1Error(await spic(client, { page: -7, pageSize: 10 }), 422, PAGE_422);
    expectV1Error(await spic(client, { page: '0' }), 422, PAGE_422);
    for (const page of [4, 5, 1000, 2 ** 40]) {
      expect(expectSpicPage(await spic(client, { page, pageSize: 10 }), { totalRows: TOTAL, hasNextPage: false, page })).toEqual(expect.objectContaining({ results: [] }));
    }
    expect(expectSpicPage(await spic(client, { page: 3, pageSize: 10 }), { totalRows: TOTAL, hasNextPage: false }).results).toHaveLength(3);
  });

  it('page/pageSize: digit strings are accepted; other types and non-integers → 400 naming the field', async () => {
    expect(expectSpicPage(await spic(client, { page: '2', pageSize: '005' }), { page: 2, pageSize: 5 }).results).toHaveLength(5);
    for (const [key, value] of [
      ['page', 1.5],
      ['page', 'x'],
      ['page', '1.0'],
      ['page', ''],
      ['page', true],
      ['page', [1]],
      ['page', { n: 1 }],
      ['pageSize', 10.25],
      ['pageSize', 'diez'],
      ['pageSize', '-5'],
    ] as [string, unknown][]) {
      expectV1Error(await spic(client, { [key]: value }), 400, `El campo ${key} debe ser un número entero.`);
    }
    expectV1Error(await post('{"page": 1e400}'), 400, 'El campo page debe ser un número entero.');
  });

  it('hasNextPage = page × pageSize < totalRows and the window of §5.4, for any page and pageSize', async () => {
    const all = expectSpicPage(await spic(client, { pageSize: 200 })).results.map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 200 }), async (page, pageSize) => {
        const body = expectSpicPage(await spic(client, { page, pageSize }), { page, pageSize, totalRows: TOTAL });
        expect(body.results.map((r) => r.id)).toEqual(all.slice((page - 1) * pageSize, page * pageSize));
      }),
      { numRuns: 60 },
    );
  });

  it('a body that is not JSON → 400, whatever its Content-Type; a JSON body is parsed whatever its Content-Type says', async () => {
    for (const body of ['{', 'page=1&pageSize=1', '{"page":1,}', "{'page':1}", 'undefined', '\u0000', '{"query":{"nombres":"x"}']) {
      expectV1Error(await post(body, { 'content-type': 'application/json' }), 400, INVALID_JSON);
    }
    const filtered = JSON.stringify({ page: 1, pageSize: 2, query: { primerApellido: 'no-existe-nadie-asi' } });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'application/octet-stream', undefined]) {
      const response = await post(filtered, type ? { 'content-type': type } : {});
      expectSpicPage(response, { page: 1, pageSize: 2, totalRows: 0 });
    }
  });

  it('query: null means {}; an array, a string or a number → 400', async () => {
    expectSpicPage(await spic(client, { pageSize: 1, query: null }), { totalRows: TOTAL });
    for (const query of [[], ['nombres'], 'nombres=ana', 7, true]) expectV1Error(await spic(client, { query }), 400, 'El campo query debe ser un objeto.');
  });

  it('a body that is JSON but not an object → 400 in the v1 shape', async () => {
    for (const body of ['[]', '[{"page":1}]', '"texto"', '42', 'true']) {
      const response = await post(body, { 'content-type': 'application/json' });
      expectV1Error(response, 400);
    }
  });

  it('errors are reported in the order of §6.1: bad JSON or bad types before the token, 422 after it', async () => {
    const anonymous = (body: string) => rawPost(t, '/v1/spic', body, { 'content-type': 'application/json' });
    expectV1Error(await anonymous('{'), 400, INVALID_JSON);
    expectV1Error(await anonymous('{"page":"x"}'), 400, 'El campo page debe ser un número entero.');
    expectV1Error(await anonymous('{"query":{"nombres":1}}'), 400, 'El campo query.nombres debe ser una cadena de texto.');
    expectV1Error(await anonymous('{"page":0}'), 401, MISSING_TOKEN);
    expectV1Error(await anonymous('{"pageSize":500}'), 401, MISSING_TOKEN);
    const bad = await rawPost(t, '/v1/spic', '{"page":0}', { authorization: 'Bearer a.b.c' });
    expectV1Error(bad, 401, 'El token de acceso no es válido.');
    // A type error and a range error in one body: the type error (400) wins.
    expectV1Error(await spic(client, { page: 0, pageSize: 'x' }), 400, 'El campo pageSize debe ser un número entero.');
    // 403 (system not allowed) comes before 422.
    const noS2 = await createConsumer(t);
    await t.get(Db).query('UPDATE api_consumers SET systems = ? WHERE id = ?', ['S3S', noS2.id]);
    expectV1Error(await spic(await pdnClient(t, noS2), { page: 0 }), 403, 'El usuario no tiene acceso a este sistema.');
  });

  it('GET (and other methods) on /v1/spic → 405; unknown /v1 paths → 404, in the v1 shape', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const response = await rawPost(t, '/v1/spic', method === 'GET' ? undefined : '{}', { authorization: `Bearer ${token}` }, method);
      expectV1Error(response, 405, 'Método no permitido.');
    }
    expectV1Error(await rawPost(t, '/v1/spic/dependencias', '{}', { authorization: `Bearer ${token}` }), 405, 'Método no permitido.');
    for (const path of ['/v1/x', '/v1/spic/otra', '/v1/spics', '/v1', '/v1/']) {
      expectV1Error(await rawPost(t, path, '{}', { authorization: `Bearer ${token}` }), 404, 'Recurso no encontrado.');
      expectV1Error(await rawPost(t, path, undefined, {}, 'GET'), 404, 'Recurso no encontrado.');
    }
  });

  it('a successful body never has a top-level `code` (G8), whatever the request carries', async () => {
    for (const body of [{}, { code: 500 }, { page: 1, pageSize: 1, query: { code: '500' } }, { page: 99 }]) {
      const page = expectSpicPage(await spic(client, body));
      expect(page).not.toHaveProperty('code');
    }
  });

  it('records: required keys always present, array keys always arrays, no null values, no internal keys (§2.6)', async () => {
    const { results } = expectSpicPage(await spic(client, { pageSize: 200 }));
    const allowed = [
      'id',
      'fechaCaptura',
      'ejercicioFiscal',
      'ramo',
      'nombres',
      'primerApellido',
      'segundoApellido',
      'genero',
      'institucionDependencia',
      'puesto',
      'tipoArea',
      'nivelResponsabilidad',
      'tipoProcedimiento',
      'superiorInmediato',
      'observaciones',
    ];
    for (const r of results) {
      expect(Object.keys(r).filter((k) => !allowed.includes(k))).toEqual([]);
      for (const key of ['id', 'fechaCaptura', 'nombres', 'primerApellido', 'institucionDependencia', 'puesto', 'tipoArea', 'nivelResponsabilidad', 'tipoProcedimiento']) {
        expect({ id: r.id, key, present: key in r }).toEqual({ id: r.id, key, present: true });
      }
      expect([r.tipoArea, r.nivelResponsabilidad, r.tipoProcedimiento].every(Array.isArray)).toBe(true);
      expect(r.tipoProcedimiento.length).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(r)).not.toMatch(/:null[,}\]]/);
      expect(r.institucionDependencia).toEqual({ nombre: 'Secretaría de la Contraloría', siglas: 'SECOT', clave: 'SECOT-01' });
    }
  });

  it('fechaCaptura is the approval moment in UTC, formatted YYYY-MM-DDTHH:MM:SSZ', async () => {
    const [record] = await publishS2(t, ente, [{ primerApellido: 'FECHADO' }], { at: new Date('2026-07-04T05:06:07.891Z') });
    const { results } = expectSpicPage(await spic(client, { query: { id: record.id } }), { totalRows: 1 });
    expect(results[0].fechaCaptura).toBe('2026-07-04T05:06:07Z');
    const { results: sample } = expectSpicPage(await spic(client, { pageSize: 50 }));
    for (const r of sample) expect(r.fechaCaptura).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('a record captured without optional lists still has tipoArea and nivelResponsabilidad as [] (screens iterate them)', async () => {
    const id = await captureAndPublishS2(t, ente, { primerApellido: 'SINLISTAS', tipoArea: [], nivelResponsabilidad: [] } as Partial<S2RecordData>);
    const { results } = expectSpicPage(await spic(client, { query: { id } }), { totalRows: 1 });
    expect(results[0].tipoArea).toEqual([]);
    expect(results[0].nivelResponsabilidad).toEqual([]);
    expect(results[0].tipoProcedimiento.length).toBeGreaterThan(0);
  });

  it('catalog valor strings are emitted exactly as in §8.1, even when captured with an accepted alias or other case', async () => {
    const id = await captureAndPublishS2(t, ente, {
      primerApellido: 'CATALOGOS',
      genero: { clave: 'F', valor: 'femenino' },
      tipoArea: [
        { clave: 'RC', valor: 'Responsable de la contratación' },
        { clave: 'T', valor: 'TECNICA' },
      ],
      nivelResponsabilidad: [{ clave: 'T', valor: 'tramitacion' }],
      tipoProcedimiento: [
        { clave: 2, valor: 'CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y PRÓRROGAS' },
        { clave: 4, valor: 'asignación y emisión de dictámenes de avalúos nacionales' },
      ],
    });
    const [r] = expectSpicPage(await spic(client, { query: { id } }), { totalRows: 1 }).results;
    expect(r.genero).toEqual({ clave: 'F', valor: 'FEMENINO' });
    expect(r.tipoArea).toEqual([
      { clave: 'RC', valor: 'RESPONSABLE DE LA CONTRATACIÓN' },
      { clave: 'T', valor: 'TÉCNICA' },
    ]);
    expect(r.nivelResponsabilidad).toEqual([{ clave: 'T', valor: 'TRAMITACIÓN' }]);
    expect(r.tipoProcedimiento).toEqual([
      { clave: 2, valor: 'CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y SUS PRÓRROGAS' },
      { clave: 4, valor: 'ASIGNACIÓN Y EMISIÓN DE DICTÁMENES DE AVALÚOS NACIONALES' },
    ]);
    // And every record served uses the catalogs' exact valor for its clave.
    const valorOf = (catalog: { entries: readonly { clave: string | number; valor: string }[] }, clave: string | number) => catalog.entries.find((e) => e.clave === clave)?.valor;
    for (const rec of expectSpicPage(await spic(client, { pageSize: 200 })).results) {
      for (const p of rec.tipoProcedimiento) expect(p.valor).toBe(valorOf(TIPO_PROCEDIMIENTO, p.clave));
      for (const a of rec.tipoArea) expect(a.valor).toBe(valorOf(TIPO_AREA, a.clave));
      for (const n of rec.nivelResponsabilidad) expect(n.valor).toBe(valorOf(NIVEL_RESPONSABILIDAD, n.clave));
      if (rec.genero) expect(rec.genero.valor).toBe(valorOf(GENERO, rec.genero.clave));
      expect(typeof rec.tipoProcedimiento[0].clave).toBe('number');
    }
  });

  it('responses carry Content-Type application/json; charset=utf-8 (G2), errors too', async () => {
    expect((await spic(client, {})).headers.get('content-type')).toBe(JSON_UTF8);
    expect((await post('{')).headers.get('content-type')).toBe(JSON_UTF8);
    expect((await rawPost(t, '/v1/spic', '{}')).headers.get('content-type')).toBe(JSON_UTF8);
  });
});
