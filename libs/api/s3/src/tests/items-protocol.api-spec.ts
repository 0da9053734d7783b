import { CaptureService } from '@pde/api/capture';
import { createConsumer, createEnte, HttpClient, JSON_UTF8, startTestApp, type HttpResponse, type TestApp } from '@pde/api/testing';
import {
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  S3_COLLECTIONS,
  S3_FIXTURES,
  S3_ROOT_FIELDS,
  s3TipoSancionFixture,
  type S3Collection,
} from '@pde/shared/contracts';
import { evaluate, withKeysMatched } from './reference-evaluator';
import { isDirectusError, itemsQuery, publishS3, SYSTEM, type StoredDoc } from './s3-api-support';

/**
 * The Directus protocol of `/items` (SPEC §3.2–§3.4, §3.9–§3.11, §5.5, §6.3; §7.6 C21–C27;
 * checklist §7.8 item 13): the PDN wrapper's own call on every collection, every parameter form
 * the PDN or a Directus client may send, limits, pages and metas, record-by-id, write methods and
 * unknown routes, and the output rules (integer money, relation keys by depth, capture order,
 * every selected field present).
 */
const WRAPPER = 'fields=*.*.*&meta=*&limit=50&offset=0';
const BULK = 1003;

interface Page {
  data: Record<string, unknown>[];
  meta?: Record<string, number>;
}

const SANCION = (monto: number, clave: 'SANCION_ECONOMICA' | 'INDEMNIZACION' = 'SANCION_ECONOMICA') => {
  const base = s3TipoSancionFixture(clave);
  const field = clave === 'SANCION_ECONOMICA' ? 'sancionEconomica' : 'indemnizacion';
  return { ...base, [field]: { ...(base[field] as object), monto, efectivamenteCobrado: { monto, moneda: 'MXN' } } };
};

/** A filter the PDN portal builds for each collection (§7.6 C26), public for `publico`. */
const PDN_FILTER: Record<S3Collection, unknown> = {
  faltas_administrativas_graves: { datosGenerales: { primerApellido: { _icontains: 'lopez' } } },
  faltas_administrativas_no_graves: { empleoCargoComision: { nombreEntePublico: { _icontains: 'secretaria de finanzas' } } },
  faltas_graves_personas_fisicas: { datosGenerales: { primerApellido: { _icontains: 'núñez' } } },
  faltas_graves_personas_morales: { datosGenerales: { nombreRazonSocial: { _icontains: 'construcciones' } } },
};

describe('GET /items — Directus protocol (SPEC §3, §6.3)', () => {
  let t: TestApp;
  let client: HttpClient;
  let confidencial: HttpClient;
  let enteId: number;
  const docs = {} as Record<S3Collection, StoredDoc[]>;
  const NOW = new Date('2026-03-01T12:00:00.000Z');

  const get = (path: string) => client.get<Page>(path);
  const expected = (collection: S3Collection, query: Parameters<typeof evaluate>[2], role: 'publico' | 'confidencial' = 'publico') => evaluate(collection, docs[collection], query, role, NOW);

  function expectError(response: HttpResponse, status: number, code: string, message?: string) {
    const context = { status: response.status, text: response.text };
    expect(context).toEqual({ status, text: expect.any(String) });
    expect(isDirectusError(response.body, code)).toBe(true);
    expect(response.headers.get('content-type')).toBe(JSON_UTF8);
    if (message) expect((response.body as { errors: { message: string }[] }).errors[0].message).toBe(message);
  }

  beforeAll(async () => {
    t = await startTestApp();
    enteId = (await createEnte(t)).id;
    const surnames = ['López', 'LOPEZ', 'Lopez', 'Pérez', 'Ñúñez'];
    docs.faltas_administrativas_graves = await publishS3(
      t,
      enteId,
      'faltas_administrativas_graves',
      Array.from({ length: BULK }, (_, i) =>
        makeFaltasAdministrativasGraves({ expediente: `OIC/PRA/${i}/2025`, fecha: `2025-${String((i % 12) + 1).padStart(2, '0')}-15`, datosGenerales: { primerApellido: surnames[i % surnames.length] } }),
      ),
      { at: (i) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)) },
    );
    docs.faltas_administrativas_no_graves = await publishS3(t, enteId, 'faltas_administrativas_no_graves', [
      makeFaltasAdministrativasNoGraves(),
      makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined, observaciones: undefined, datosGenerales: { segundoApellido: undefined } }),
    ]);
    docs.faltas_graves_personas_fisicas = await publishS3(t, enteId, 'faltas_graves_personas_fisicas', [
      makeFaltasGravesPersonasFisicas(),
      makeFaltasGravesPersonasFisicas({ tipoSancion: [SANCION(2.5), SANCION(0.5, 'INDEMNIZACION')] as never }),
      makeFaltasGravesPersonasFisicas({ tipoSancion: [SANCION(2.49), SANCION(1.5, 'INDEMNIZACION')] as never, datosGenerales: { segundoApellido: undefined } }),
    ]);
    docs.faltas_graves_personas_morales = await publishS3(t, enteId, 'faltas_graves_personas_morales', [
      makeFaltasGravesPersonasMorales(),
      makeFaltasGravesPersonasMorales({ faltaCometida: [1, 2, 3].map((n) => ({ clave: 'COLUSION', descripcionHechos: `Hecho ${n}`, normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: String(n) }] })) }),
    ]);
    t.setNow(NOW);
    client = new HttpClient(t.baseUrl, { authorization: `Bearer ${(await createConsumer(t, 'publico')).token}` });
    confidencial = new HttpClient(t.baseUrl, { authorization: `Bearer ${(await createConsumer(t, 'confidencial')).token}` });
  });
  afterAll(() => t.close());

  it.each(S3_COLLECTIONS)('%s: the PDN wrapper call (§3.11), without and with the portal filter', async (collection) => {
    for (const filter of [undefined, PDN_FILTER[collection]]) {
      const path = `/items/${collection}?${WRAPPER}${filter ? `&filter=${encodeURIComponent(JSON.stringify(filter))}` : ''}`;
      const response = await get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.headers.get('content-type')).toBe(JSON_UTF8);
      const reference = expected(collection, { fields: ['*.*.*'], meta: ['*'], limit: 50, offset: 0, filter });
      if (reference.status !== 200) throw new Error('la referencia no esperaba un error');
      expect(Object.keys(response.body).sort()).toEqual(['data', 'meta']);
      expect(response.body.meta).toEqual(reference.meta);
      expect(response.body.data.length).toBe(Math.min(50, reference.meta?.filter_count ?? 0));
      expect(withKeysMatched(response.body.data, reference.data)).toEqual(reference.data);
      if (filter) expect(reference.meta?.filter_count).toBeGreaterThan(0);
      // Keys in the order of the OAS schema of the collection (§3.10).
      for (const record of response.body.data) expect(Object.keys(record)).toEqual(S3_ROOT_FIELDS[collection].filter((k) => k in record));
    }
  });

  it('filter={}, filter=, filter=null and no filter are the same; fields=*,!*.{null} is tolerated as *', async () => {
    const bodies = await Promise.all(['', '&filter={}', '&filter=', '&filter=null', '&filter=%7B%7D', '&filter=%20null%20'].map((f) => get(`/items/faltas_graves_personas_fisicas?meta=*${f}`)));
    for (const b of bodies) expect(b.body).toEqual(bodies[0].body);
    expect(bodies[0].body.meta).toEqual({ total_count: 3, filter_count: 3 });
    const star = await get('/items/faltas_graves_personas_fisicas?fields=*');
    expect((await get('/items/faltas_graves_personas_fisicas?fields=*,!*.{null}')).body).toEqual(star.body);
    expect((await get('/items/faltas_graves_personas_fisicas?fields=!*.{null}')).body).toEqual(star.body);
    expect((await get('/items/faltas_graves_personas_fisicas')).body).toEqual(star.body);
  });

  it('the bracket form (plain and percent-encoded), $and/$or and repeated list parameters mean the same as JSON', async () => {
    const json = { _and: [{ datosGenerales: { primerApellido: { _eq: 'López' } } }, { fecha: { _gte: '2025-06-01' } }] };
    const reference = await get(`/items/faltas_administrativas_graves${itemsQuery({ filter: json, meta: ['filter_count'], fields: ['id'], limit: -1 })}`);
    expect(reference.body.meta?.filter_count).toBeGreaterThan(0);
    const forms = [
      'filter[_and][0][datosGenerales][primerApellido][_eq]=L%C3%B3pez&filter[_and][1][fecha][_gte]=2025-06-01',
      'filter%5B_and%5D%5B0%5D%5BdatosGenerales%5D%5BprimerApellido%5D%5B_eq%5D=L%C3%B3pez&filter%5B_and%5D%5B1%5D%5Bfecha%5D%5B_gte%5D=2025-06-01',
      'filter[datosGenerales][primerApellido][_eq]=L%C3%B3pez&filter[fecha][_gte]=2025-06-01',
      `filter=${encodeURIComponent(JSON.stringify({ $and: json._and }))}`,
      `filter=${encodeURIComponent(JSON.stringify({ 'datosGenerales.primerApellido': { _eq: 'López' }, fecha: { _gte: '2025-06-01' } }))}`,
    ];
    for (const form of forms) {
      const r = await get(`/items/faltas_administrativas_graves?${form}&meta=filter_count&fields[]=id&limit=-1`);
      expect({ form, body: r.body }).toEqual({ form, body: reference.body });
    }
    const or = await get(`/items/faltas_administrativas_graves${itemsQuery({ filter: { $or: [{ expediente: { _eq: 'OIC/PRA/1/2025' } }, { expediente: { _eq: 'OIC/PRA/2/2025' } }] }, meta: ['filter_count'], fields: ['expediente'] })}`);
    expect(or.body.meta).toEqual({ filter_count: 2 });
    const sorted = await get('/items/faltas_administrativas_graves?fields=expediente&sort[]=-datosGenerales.primerApellido&sort[]=expediente&limit=3');
    expect(sorted.body).toEqual((await get('/items/faltas_administrativas_graves?fields=expediente&sort=-datosGenerales.primerApellido,expediente&limit=3')).body);
    const order = expected('faltas_administrativas_graves', { fields: ['expediente'], sort: ['-datosGenerales.primerApellido', 'expediente'], limit: 3 });
    expect(order.status === 200 && order.data).toEqual(sorted.body.data);
  });

  it('limit, offset, page (§3.3, §5.5)', async () => {
    const c = '/items/faltas_administrativas_graves';
    const all = await get(`${c}?limit=-1&fields=id&meta=*`);
    expect(all.body.data).toHaveLength(1000);
    expect(all.body.meta).toEqual({ total_count: BULK, filter_count: BULK });
    expect((await get(`${c}?fields=id`)).body.data).toHaveLength(100);
    expect((await get(`${c}?limit=1000&fields=id`)).body.data).toHaveLength(1000);
    expect(await get(`${c}?limit=0&meta=filter_count`).then((r) => r.body)).toEqual({ data: [], meta: { filter_count: BULK } });
    const ids = all.body.data.map((d) => d['id']);
    expect((await get(`${c}?limit=10&offset=5&fields=id`)).body.data.map((d) => d['id'])).toEqual(ids.slice(5, 15));
    expect((await get(`${c}?limit=10&page=3&offset=999&fields=id`)).body.data.map((d) => d['id'])).toEqual(ids.slice(20, 30));
    expect((await get(`${c}?limit=10&offset=${BULK}&fields=id`)).body.data).toEqual([]);
    expect((await get(`${c}?limit=50&page=1000&fields=id`)).body.data).toEqual([]);
    const limitMessage = 'Consulta inválida: el parámetro limit debe ser un entero entre -1 y 1000.';
    for (const limit of ['1001', '-2', '100000']) expectError(await get(`${c}?limit=${limit}`), 400, 'INVALID_QUERY', limitMessage);
    for (const query of ['limit=x', 'limit=1.5', 'limit=1e3', 'offset=-1', 'offset=x', 'offset=1.0', 'page=0', 'page=-1', 'page=x', 'page=1.5']) {
      expectError(await get(`${c}?${query}`), 400, 'INVALID_QUERY');
    }
  });

  it('meta (§3.9): only the requested known counts, unknown tokens ignored, no key when none is requested', async () => {
    const c = '/items/faltas_graves_personas_morales?limit=1';
    expect((await get(`${c}&meta=total_count`)).body.meta).toEqual({ total_count: 2 });
    expect((await get(`${c}&meta=filter_count&filter={"fecha":{"_null":true}}`)).body.meta).toEqual({ filter_count: 0 });
    expect((await get(`${c}&meta=*&filter={"fecha":{"_null":true}}`)).body.meta).toEqual({ total_count: 2, filter_count: 0 });
    expect((await get(`${c}&meta=total_count,desconocido`)).body.meta).toEqual({ total_count: 2 });
    expect((await get(`${c}&meta[]=filter_count&meta[]=total_count`)).body.meta).toEqual({ total_count: 2, filter_count: 2 });
    for (const meta of ['', '&meta=', '&meta=desconocido', '&meta=count']) expect(Object.keys((await get(`${c}${meta}`)).body)).toEqual(['data']);
  });

  it('aggregate, groupBy, deep and alias are refused; export, version, backlink and unknown parameters are ignored', async () => {
    const c = '/items/faltas_administrativas_no_graves';
    for (const query of ['aggregate[count]=*', 'aggregate=count', 'groupBy=fecha', 'groupBy[]=fecha', 'deep[tipoSancion][_limit]=1', 'alias[x]=fecha', 'alias=x']) {
      expectError(await get(`${c}?${query}`), 400, 'INVALID_QUERY');
    }
    const plain = await get(c);
    for (const query of ['export=json', 'version=main', 'backlink=true', 'otro=1', 'access_token=abc']) expect((await get(`${c}?${query}`)).body).toEqual(plain.body);
  });

  it('filters: operators, $NOW, variables, o2m any-element and same-element, _some/_none', async () => {
    const count = async (collection: S3Collection, filter: unknown) => {
      const r = await get(`/items/${collection}${itemsQuery({ filter, meta: ['filter_count'], limit: 0 })}`);
      expect({ filter, status: r.status }).toEqual({ filter, status: 200 });
      return r.body.meta?.filter_count;
    };
    const ref = (collection: S3Collection, filter: unknown) => {
      const out = expected(collection, { filter, meta: ['filter_count'], limit: 0 });
      return out.status === 200 ? out.meta?.filter_count : out.codes;
    };
    const cases: [S3Collection, unknown][] = [
      ['faltas_administrativas_graves', { fecha: { _lte: '$NOW' } }],
      ['faltas_administrativas_graves', { fecha: { _gte: '$NOW(-1 year)' } }],
      ['faltas_administrativas_graves', { date_created: { _gte: '2026-01-01T00:05:00Z' } }],
      ['faltas_graves_personas_morales', { faltaCometida: { clave: { _in: ['COLUSION', 'SOBORNO'] } } }],
      ['faltas_graves_personas_morales', { faltaCometida: { descripcionHechos: { _eq: 'Hecho 2' }, normatividadInfringida: { articulo: { _eq: '2' } } } }],
      ['faltas_graves_personas_morales', { faltaCometida: { descripcionHechos: { _eq: 'Hecho 2' }, normatividadInfringida: { articulo: { _eq: '3' } } } }],
      ['faltas_graves_personas_morales', { tipoSancion: { _some: { clave: { _eq: 'otro' } } } }],
      ['faltas_graves_personas_morales', { tipoSancion: { _none: { clave: { _eq: 'INHABILITACION' } } } }],
      ['faltas_administrativas_no_graves', { faltaCometida: { clave: { _eq: 'RENDIR_CUENTAS_FUNCIONES' } } }],
      ['faltas_administrativas_no_graves', { empleoCargoComision: { _null: true } }],
      ['faltas_graves_personas_fisicas', { tipoSancion: { sancionEconomica: { monto: { _eq: 3 } } } }],
      ['faltas_graves_personas_fisicas', { tipoSancion: { indemnizacion: { monto: { _between: [1, 2] } } } }],
    ];
    for (const [collection, filter] of cases) expect({ filter, count: await count(collection, filter) }).toEqual({ filter, count: ref(collection, filter) });
    expect(await count('faltas_graves_personas_morales', { faltaCometida: { descripcionHechos: { _eq: 'Hecho 2' }, normatividadInfringida: { articulo: { _eq: '3' } } } })).toBe(0);
    expect(await count('faltas_administrativas_no_graves', { faltaCometida: { clave: { _eq: 'RENDIR_CUENTAS_FUNCIONES' } } })).toBe(2);
    for (const filter of [{ fecha: { _eq: '$CURRENT_USER' } }, { fecha: { _regex: '2025' } }, { 'year(fecha)': { _eq: 2025 } }, { fecha: { _intersects: 'x' } }, { _and: { fecha: { _null: true } } }, { tipoSancion: { _some: [] } }]) {
      expectError(await get(`/items/faltas_administrativas_graves${itemsQuery({ filter })}`), 400, 'INVALID_QUERY');
    }
    expectError(await get(`/items/faltas_administrativas_no_graves${itemsQuery({ filter: { datosGenerales: { nombres: { _icontains: 'ana' } } } })}`), 403, 'FORBIDDEN');
  });

  it('money is emitted as integers rounded half up (§3.10)', async () => {
    // Stored 125430.5/48000, 2.5/0.5 and 2.49/1.5 (sanción económica / indemnización).
    const expectedMontos = [[125431, 48000], [3, 1], [2, 2]];
    for (const [i, doc] of docs.faltas_graves_personas_fisicas.entries()) {
      const r = await client.get<{ data: { tipoSancion: Record<string, { monto: number; efectivamenteCobrado: { monto: number } } | null>[] } }>(
        `/items/faltas_graves_personas_fisicas/${doc.id}?fields=tipoSancion.sancionEconomica.monto,tipoSancion.indemnizacion.monto,tipoSancion.*.efectivamenteCobrado.monto`,
      );
      const items = r.body.data.tipoSancion.map((s) => s['sancionEconomica'] ?? s['indemnizacion']);
      expect(items.map((s) => s?.monto)).toEqual(expectedMontos[i]);
      expect(items.map((s) => s?.efectivamenteCobrado.monto)).toEqual(expectedMontos[i]);
      expect(r.text).not.toMatch(/\.\d/);
    }
  });

  it('relations by depth: keys at *.*.* for plazoPago/efectivamenteCobrado, objects at *.*.*.* or by explicit path; stable unique keys', async () => {
    const c = '/items/faltas_graves_personas_fisicas?sort=id&limit=-1';
    const economica = (body: Page, i = 0) => (body.data[i]['tipoSancion'] as Record<string, Record<string, unknown>>[])[0]['sancionEconomica'];
    const three = (await get(`${c}&fields=*.*.*`)).body;
    expect(economica(three)).toEqual({ monto: expect.any(Number), moneda: 'MXN', plazoPago: expect.any(Number), efectivamenteCobrado: expect.any(Number) });
    const four = (await get(`${c}&fields=*.*.*.*`)).body;
    expect(economica(four)).toMatchObject({ plazoPago: { anios: 0, meses: 3, dias: 0 }, efectivamenteCobrado: { moneda: 'MXN' } });
    expect(Object.keys(economica(four)['efectivamenteCobrado'] as object).sort()).toEqual(['fechaCobro', 'moneda', 'monto']);
    const explicit = (await get(`${c}&fields=tipoSancion.sancionEconomica.plazoPago.*`)).body;
    expect(explicit.data[0]).toEqual({ tipoSancion: [{ sancionEconomica: { plazoPago: { anios: 0, meses: 3, dias: 0 } } }, { sancionEconomica: null }] });
    // `*`: relations as keys, lists as arrays of keys; the same keys on every call; unique per kind.
    const star = (await get(`${c}&fields=*`)).body;
    expect((await get(`${c}&fields=*`)).body).toEqual(star);
    for (const record of star.data) {
      for (const name of ['datosGenerales', 'dondeCometioLaFalta', 'origenProcedimiento', 'resolucion']) expect(Number.isSafeInteger(record[name])).toBe(true);
      const sanciones = record['tipoSancion'] as number[];
      expect(sanciones.every(Number.isSafeInteger)).toBe(true);
      expect([...sanciones].sort((a, b) => a - b)).toEqual(sanciones);
    }
    const allSanciones = star.data.flatMap((d) => d['tipoSancion'] as number[]);
    expect(new Set(allSanciones).size).toBe(allSanciones.length);
    expect(new Set(star.data.map((d) => d['resolucion'])).size).toBe(star.data.length);
    expect((await get(`${c}&fields=*.*.*`)).body).toEqual(three);
  });

  it('lists keep capture order; every selected field is present (null, []), sub-objects that do not exist are null', async () => {
    const morales = await get('/items/faltas_graves_personas_morales?fields=faltaCometida.descripcionHechos,faltaCometida.normatividadInfringida.articulo&sort=id&limit=-1');
    const withThree = morales.body.data.find((d) => (d['faltaCometida'] as unknown[]).length === 3);
    expect(withThree).toEqual({ faltaCometida: [1, 2, 3].map((n) => ({ descripcionHechos: `Hecho ${n}`, normatividadInfringida: [{ articulo: String(n) }] })) });
    const noGraves = await get('/items/faltas_administrativas_no_graves?fields=*.*&sort=id');
    const bare = noGraves.body.data.find((d) => d['empleoCargoComision'] === null) as Record<string, unknown>;
    expect(bare).toMatchObject({ observaciones: null, empleoCargoComision: null, datosGenerales: { sexo: 'MUJER' } });
    expect(Object.keys(bare).sort()).toEqual([...S3_ROOT_FIELDS.faltas_administrativas_no_graves].sort());
    const resolucion = bare['resolucion'] as Record<string, unknown>;
    expect(Object.keys(resolucion).sort()).toEqual(Object.keys(S3_FIXTURES.faltas_administrativas_no_graves().resolucion).sort());
    const fisica = await get('/items/faltas_graves_personas_fisicas?fields=datosGenerales.segundoApellido&filter={"datosGenerales":{"segundoApellido":{"_null":true}}}');
    expect(fisica.body.data).toEqual([{ datosGenerales: { segundoApellido: null } }]);
    const timestamps = await get('/items/faltas_administrativas_graves?fields=date_created,date_updated&limit=1');
    expect(timestamps.body.data[0]).toEqual({ date_created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), date_updated: null });
  });

  it('GET /items/{collection}/{id} (§3.2): fields only; unknown, malformed or unpublished ids are 403', async () => {
    const doc = docs.faltas_graves_personas_morales[0];
    const one = await client.get<{ data: Record<string, unknown> }>(`/items/faltas_graves_personas_morales/${doc.id}?fields=*.*.*&filter={"fecha":{"_null":true}}&limit=0`);
    expect(one.status).toBe(200);
    expect(Object.keys(one.body)).toEqual(['data']);
    const list = await get(`/items/faltas_graves_personas_morales?fields=*.*.*&filter={"id":{"_eq":"${doc.id}"}}`);
    expect(one.body.data).toEqual(list.body.data[0]);
    expect((await client.get<{ data: unknown }>(`/items/faltas_graves_personas_morales/${doc.id.toUpperCase()}?fields=id`)).body).toEqual({ data: { id: doc.id } });
    expectError(await client.get(`/items/faltas_graves_personas_morales/${doc.id}?fields=datosDirGeneralReprLegal`), 403, 'FORBIDDEN');
    expect((await confidencial.get(`/items/faltas_graves_personas_morales/${doc.id}?fields=datosDirGeneralReprLegal.*`)).status).toBe(200);
    const draft = await t.get(CaptureService).create('faltas_graves_personas_morales', SYSTEM, { enteId, datos: makeFaltasGravesPersonasMorales() });
    for (const id of ['00000000-0000-4000-8000-000000000000', 'no-es-un-uuid', draft.id, docs.faltas_graves_personas_fisicas[0].id]) {
      expectError(await client.get(`/items/faltas_graves_personas_morales/${id}`), 403, 'FORBIDDEN', 'No tiene permiso para acceder a este recurso.');
    }
  });

  it('writes are 403, unknown collections 403, other routes 404 ROUTE_NOT_FOUND (§1.2, §3.1, §3.2)', async () => {
    const id = docs.faltas_administrativas_graves[0].id;
    for (const [method, path] of [
      ['POST', '/items/faltas_administrativas_graves'],
      ['PATCH', '/items/faltas_administrativas_graves'],
      ['DELETE', '/items/faltas_administrativas_graves'],
      ['PATCH', `/items/faltas_administrativas_graves/${id}`],
      ['DELETE', `/items/faltas_administrativas_graves/${id}`],
      ['POST', `/items/faltas_administrativas_graves/${id}`],
    ] as const) {
      expectError(await client.request(method, path, { fecha: '2025-01-01' }), 403, 'FORBIDDEN');
    }
    expect((await client.get(`/items/faltas_administrativas_graves/${id}`)).status).toBe(200);
    for (const path of ['/items/directus_users', '/items/s3_graves', '/items/FALTAS_ADMINISTRATIVAS_GRAVES', '/items/__proto__']) expectError(await client.get(path), 403, 'FORBIDDEN');
    for (const path of ['/auth/login', '/auth/refresh', '/auth/logout', '/items', '/items/faltas_administrativas_graves/x/y']) {
      for (const method of ['GET', 'POST']) expectError(await client.request(method, path, method === 'GET' ? undefined : {}), 404, 'ROUTE_NOT_FOUND', 'Ruta no encontrada.');
    }
    expectError(await t.anonymous().post('/auth/login', { email: 'a@b.c', password: 'x' }), 404, 'ROUTE_NOT_FOUND');
  });

});
