import type { IssuedCredentials } from '@pde/api/interconnection';
import { createConsumer, createEnte, expectSpicPage, HttpClient, pdnClient, startTestApp, type HttpResponse, type TestApp } from '@pde/api/testing';
import {
  confidentialPaths,
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  S3_COLLECTIONS,
  S3_SCHEMAS,
  type ObjectNode,
  type S3Collection,
  type SchemaNode,
} from '@pde/shared/contracts';
import { sampleS3Data } from './s3-arbitraries';
import { FORBIDDEN_MESSAGE, isDirectusError, itemsQuery, publishS3, type StoredDoc } from './s3-api-support';

/**
 * Field visibility (SPEC §1.3, G5; checklist §7.8 items 14 and 15): for `publico` no confidential
 * field ever leaves the server — not with any wildcard depth, not through an explicit path, a
 * filter, a sort, a search or a count — while `confidencial` sees everything; and the same
 * guarantees for the v1 projections (§1.3.4).
 */

/** SPEC §1.3.3, written out from the tables (the contracts must agree with it). */
const SPEC_CONFIDENTIAL: Record<S3Collection, string[]> = {
  faltas_administrativas_graves: ['datosGenerales.curp', 'datosGenerales.rfc', 'faltaCometida.normatividadInfringida', 'tipoSancion.sancionEconomica.fechaPagoTotal', 'observaciones'],
  faltas_administrativas_no_graves: [
    'datosGenerales.nombres',
    'datosGenerales.primerApellido',
    'datosGenerales.segundoApellido',
    'datosGenerales.curp',
    'datosGenerales.rfc',
    'empleoCargoComision.nivelJerarquico',
    'empleoCargoComision.denominacion',
    'empleoCargoComision.areaAdscripcion',
    'faltaCometida.normatividadInfringida',
  ],
  faltas_graves_personas_fisicas: [
    'datosGenerales.curp',
    'datosGenerales.rfc',
    'datosGenerales.tipoDomicilio',
    'datosGenerales.domicilioMexico',
    'datosGenerales.domicilioExtranjero',
    'faltaCometida.normatividadInfringida',
    'tipoSancion.indemnizacion.fechaPagoTotal',
    'tipoSancion.sancionEconomica.fechaPagoTotal',
    'observaciones',
  ],
  faltas_graves_personas_morales: ['datosDirGeneralReprLegal', 'tipoSancion.indemnizacion.fechaPagoTotal', 'tipoSancion.sancionEconomica.fechaPagoTotal', 'observaciones'],
};

/** Schema node at a dotted path (lists are transparent). */
function nodeAt(collection: S3Collection, path: string): SchemaNode {
  let node: SchemaNode = S3_SCHEMAS[collection];
  for (const segment of path.split('.')) {
    if (node.kind === 'array') node = node.of;
    node = (node as ObjectNode).fields[segment];
  }
  return node.kind === 'array' ? node.of : node;
}

/** Every dotted path of the schema below (and including) `path`. */
function pathsBelow(collection: S3Collection, path: string): string[] {
  const node = nodeAt(collection, path);
  if (node.kind !== 'object') return [path];
  return [path, ...Object.keys(node.fields).flatMap((name) => pathsBelow(collection, `${path}.${name}`))];
}

/** A path is confidential when it or one of its ancestors is (inheritance, §1.3.3). */
const isConfidential = (collection: S3Collection, path: string) => confidentialPaths(S3_SCHEMAS[collection]).some((c) => path === c || path.startsWith(`${c}.`));

/** Dotted paths of every key present in a rendered record (lists transparent). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keysOf(v, prefix));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return [path, ...keysOf(v, path)];
  });
}

/** Replaces every confidential text value of a record by a unique marker; returns the markers by path. */
function markConfidential(collection: S3Collection, data: Record<string, unknown>, tag: string): { data: Record<string, unknown>; markers: Map<string, string> } {
  const markers = new Map<string, string>();
  let n = 0;
  const walk = (node: SchemaNode, value: unknown, path: string, hidden: boolean): unknown => {
    const confidential = hidden || node.visibility === 'confidencial';
    if (value === undefined || value === null) return value;
    if (node.kind === 'array') return (value as unknown[]).map((v) => walk(node.of, v, path, confidential));
    if (node.kind === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, node.fields[k] ? walk(node.fields[k], v, path ? `${path}.${k}` : k, confidential) : v]));
    }
    if (node.kind === 'string' && confidential) {
      const marker = markers.get(path) ?? `Reservado ${tag} ${String.fromCharCode(65 + (n++ % 26))}${n}`;
      markers.set(path, marker);
      return marker;
    }
    return value;
  };
  return { data: walk(S3_SCHEMAS[collection], data, '', false) as Record<string, unknown>, markers };
}

/** Paths reached from the root through one-to-one objects only (what `search` may look into). */
const throughObjectsOnly = (collection: S3Collection, path: string) => {
  let node: SchemaNode = S3_SCHEMAS[collection];
  for (const segment of path.split('.')) {
    if (node.kind !== 'object') return false;
    node = node.fields[segment];
    if (node.kind === 'array') return false;
  }
  return true;
};

interface Page {
  data: Record<string, unknown>[];
  meta?: { total_count: number; filter_count: number };
}

describe('Visibility of confidential fields (SPEC §1.3, G5)', () => {
  let t: TestApp;
  let publico: HttpClient;
  let confidencial: HttpClient;
  let oauthPublico: IssuedCredentials;
  let oauthConfidencial: IssuedCredentials;
  const docs = {} as Record<S3Collection, StoredDoc[]>;
  const markers = {} as Record<S3Collection, Map<string, string>>;

  beforeAll(async () => {
    t = await startTestApp();
    const ente = await createEnte(t, { nombre: 'Secretaría de la Contraloría', siglas: 'SECONT', clave: 'SECONT-01' });
    for (const [i, collection] of S3_COLLECTIONS.entries()) {
      const marked = markConfidential(collection, sampleS3Data(collection, 1, 500 + i)[0], collection.slice(-6));
      markers[collection] = marked.markers;
      docs[collection] = await publishS3(t, ente.id, collection, [...sampleS3Data(collection, 12, 700 + i), marked.data]);
    }
    // A term that one record holds in a confidential field and another in a public one.
    docs.faltas_administrativas_graves.push(
      ...(await publishS3(t, ente.id, 'faltas_administrativas_graves', [
        makeFaltasAdministrativasGraves({ observaciones: 'Caso Xochiquetzal' }),
        makeFaltasAdministrativasGraves({ resolucion: { tituloResolucion: 'Resolución Xochiquetzal' } }),
      ])),
    );
    oauthPublico = await createConsumer(t, 'publico');
    oauthConfidencial = await createConsumer(t, 'confidencial');
    publico = new HttpClient(t.baseUrl, { authorization: `Bearer ${oauthPublico.token}` });
    confidencial = new HttpClient(t.baseUrl, { authorization: `Bearer ${oauthConfidencial.token}` });
  });
  afterAll(() => t.close());

  const items = (client: HttpClient, collection: string, params: Parameters<typeof itemsQuery>[0]) => client.get<Page>(`/items/${collection}${itemsQuery(params)}`);

  function expectForbidden(response: HttpResponse, context: unknown) {
    expect({ context, status: response.status, shape: isDirectusError(response.body, 'FORBIDDEN') }).toEqual({ context, status: 403, shape: true });
    expect(response.body).toEqual({ errors: [{ message: FORBIDDEN_MESSAGE, extensions: { code: 'FORBIDDEN' } }] });
  }

  it.each(S3_COLLECTIONS)('%s: the contracts mark exactly the confidential fields of SPEC §1.3.3', (collection) => {
    expect(confidentialPaths(S3_SCHEMAS[collection]).sort()).toEqual([...SPEC_CONFIDENTIAL[collection]].sort());
  });

  it.each(S3_COLLECTIONS)('%s: wildcards of every depth never return a confidential field to publico; confidencial gets them all', async (collection) => {
    // Public parents (an explicit path to a confidential one is a 403, tested below).
    const parents = Object.entries(S3_SCHEMAS[collection].fields)
      .filter(([name, n]) => (n.kind === 'object' || n.kind === 'array') && !isConfidential(collection, name))
      .map(([name]) => name);
    const selections = [['*'], ['*.*'], ['*.*.*'], ['*.*.*.*'], ['*.*.*.*.*'], ['*', '!*.{null}'], ...parents.flatMap((p) => [[`${p}.*`], [`${p}.*.*`], [`${p}.*.*.*`]])];
    for (const fields of selections) {
      const open = await items(publico, collection, { fields, limit: -1 });
      expect({ fields, status: open.status }).toEqual({ fields, status: 200 });
      const leaked = [...new Set(open.body.data.flatMap((d) => keysOf(d)))].filter((p) => isConfidential(collection, p));
      expect({ fields, leaked }).toEqual({ fields, leaked: [] });
      expect(open.body.data).toHaveLength(docs[collection].length);
    }
    // confidencial sees every confidential value of the marked record, at full depth.
    const all = await items(confidencial, collection, { fields: ['*.*.*.*'], limit: -1 });
    const seen = new Set(all.body.data.flatMap((d) => keysOf(d)));
    for (const path of SPEC_CONFIDENTIAL[collection]) expect({ path, seen: seen.has(path) }).toEqual({ path, seen: true });
    const text = JSON.stringify(all.body.data);
    for (const marker of markers[collection].values()) expect(text).toContain(marker);
    const publicText = JSON.stringify((await items(publico, collection, { fields: ['*.*.*.*'], limit: -1 })).body.data);
    for (const marker of markers[collection].values()) expect(publicText).not.toContain(marker);
  });

  it.each(S3_COLLECTIONS)('%s: an explicit path, filter or sort on a confidential field is 403 for publico, 200 for confidencial', async (collection) => {
    const explicit = SPEC_CONFIDENTIAL[collection].flatMap((p) => pathsBelow(collection, p));
    for (const path of explicit) {
      const node = nodeAt(collection, path);
      const scalar = node.kind !== 'object';
      const condition = scalar ? { _null: false } : path.endsWith('normatividadInfringida') ? { _nempty: true } : { _nnull: true };
      const filter = path.split('.').reduceRight<unknown>((acc, segment) => ({ [segment]: acc }), condition);
      const requests: [string, Parameters<typeof itemsQuery>[0]][] = [
        ['fields', { fields: [scalar ? path : `${path}.*`] }],
        ['fields', { fields: ['id', path] }],
        ['filter', { filter }],
        ['filter', { filter: { [path]: condition } }],
        ['filter', { filter: { _or: [{ id: { _nnull: true } }, filter] } }],
      ];
      if (scalar && throughObjectsOnly(collection, path)) requests.push(['sort', { sort: [path] }], ['sort', { sort: ['fecha', `-${path}`] }]);
      for (const [kind, params] of requests) {
        expectForbidden(await items(publico, collection, params), { path, kind });
        const allowed = await items(confidencial, collection, params);
        expect({ path, kind, status: allowed.status }).toEqual({ path, kind, status: 200 });
      }
    }
    // The same body as for a field that does not exist or a collection that does not exist.
    const unknown = await items(publico, collection, { fields: ['noExiste'] });
    const hidden = await items(publico, collection, { fields: [SPEC_CONFIDENTIAL[collection][0]] });
    expect(hidden.text).toBe(unknown.text);
    expect((await publico.get('/items/coleccion_inexistente')).text).toBe(unknown.text);
  });

  it.each(S3_COLLECTIONS)('%s: search never matches a confidential value for publico, and counts do not reveal one', async (collection) => {
    for (const [path, marker] of markers[collection]) {
      const forPublic = await items(publico, collection, { search: marker, meta: ['*'], fields: ['id'] });
      const none = await items(publico, collection, { search: 'término-que-no-existe', meta: ['*'], fields: ['id'] });
      expect({ path, body: forPublic.body }).toEqual({ path, body: none.body });
      expect(forPublic.body.meta?.filter_count).toBe(0);
      const forConfidential = await items(confidencial, collection, { search: marker, meta: ['filter_count'], fields: ['id'] });
      // §3.6: one-to-one fields are searched, lists are not.
      expect({ path, count: forConfidential.body.meta?.filter_count }).toEqual({ path, count: throughObjectsOnly(collection, path) ? 1 : 0 });
    }
    const totals = await Promise.all([publico, confidencial].map((c) => items(c, collection, { limit: 0, meta: ['*'] })));
    expect(totals[0].body).toEqual(totals[1].body);
    expect(totals[0].body.meta?.total_count).toBe(docs[collection].length);
  });

  it('a term held by one record in a confidential field and by another in a public one counts once for publico', async () => {
    const term = { search: 'xochiquetzal', meta: ['filter_count'], fields: ['id'] };
    const p = await items(publico, 'faltas_administrativas_graves', term);
    const c = await items(confidencial, 'faltas_administrativas_graves', term);
    const holder = docs.faltas_administrativas_graves.find((d) => JSON.stringify(d['resolucion']).includes('Xochiquetzal'));
    expect(p.body).toEqual({ data: [{ id: holder?.id }], meta: { filter_count: 1 } });
    expect(c.body.meta?.filter_count).toBe(2);
  });

  describe('v1 projections (§1.3.4)', () => {
    let v1: Record<'publico' | 'confidencial', HttpClient>;
    const noGravesName = 'Eufrosina';
    const fisicaRfc = 'MOEF800101AB1';

    beforeAll(async () => {
      const ente = await createEnte(t, { nombre: 'Servicios de Salud del Estado', siglas: 'SSE' });
      await publishS3(t, ente.id, 'faltas_administrativas_no_graves', [
        makeFaltasAdministrativasNoGraves({ datosGenerales: { nombres: noGravesName, primerApellido: 'Quintanilla', segundoApellido: 'Zamudio' }, observaciones: 'Observación pública de no graves' }),
      ]);
      await publishS3(t, ente.id, 'faltas_graves_personas_fisicas', [makeFaltasGravesPersonasFisicas({ datosGenerales: { rfc: fisicaRfc } })]);
      await publishS3(t, ente.id, 'faltas_graves_personas_morales', [makeFaltasGravesPersonasMorales({ datosGenerales: { rfc: 'MAR050101AB1', nombreRazonSocial: 'Materiales del Istmo, S.A.' } })]);
      v1 = { publico: await pdnClient(t, oauthPublico), confidencial: await pdnClient(t, oauthConfidencial) };
    });

    const post = (role: 'publico' | 'confidencial', api: 'ssancionados' | 'psancionados', body: unknown) =>
      v1[role].post(`/v1/${api}`, JSON.stringify(body), { 'content-type': 'application/json' });

    async function all(role: 'publico' | 'confidencial', api: 'ssancionados' | 'psancionados', query: Record<string, unknown> = {}, sort?: Record<string, string>) {
      return expectSpicPage(await post(role, api, { page: 1, pageSize: 200, query, ...(sort ? { sort } : {}) })).results as unknown as Record<string, Record<string, unknown>>[];
    }

    it('S3S: publico never reads rfc, curp, graves observaciones, nor the identity of no graves ("" when required)', async () => {
      const records = await all('publico', 'ssancionados');
      const sources = new Map([...docs.faltas_administrativas_graves.map((d) => [d.id, 'graves'] as const)]);
      for (const r of records) {
        const servidor = r['servidorPublicoSancionado'];
        expect(servidor).not.toHaveProperty('rfc');
        expect(servidor).not.toHaveProperty('curp');
        if (sources.get(r['id'] as unknown as string) === 'graves') {
          expect(r).not.toHaveProperty('observaciones');
          expect(servidor['nombres']).not.toBe('');
        }
      }
      const noGraves = records.filter((r) => !sources.has(r['id'] as unknown as string) && r['servidorPublicoSancionado']['puesto'] === '');
      expect(noGraves.length).toBeGreaterThan(0);
      for (const r of noGraves) {
        expect(r['servidorPublicoSancionado']).toEqual({ nombres: '', primerApellido: '', puesto: '', ...(r['servidorPublicoSancionado']['genero'] ? { genero: r['servidorPublicoSancionado']['genero'] } : {}) });
      }
      const marked = records.find((r) => r['observaciones'] === 'Observación pública de no graves' as unknown);
      expect(marked?.['servidorPublicoSancionado']).toEqual({ nombres: '', primerApellido: '', genero: { clave: 'F', valor: 'FEMENINO' }, puesto: '' });
      const full = (await all('confidencial', 'ssancionados', { nombres: noGravesName }))[0];
      expect(full['servidorPublicoSancionado']).toMatchObject({ nombres: noGravesName, primerApellido: 'Quintanilla', segundoApellido: 'Zamudio', rfc: expect.any(String), curp: expect.any(String), puesto: 'Jefa de Departamento de Informes', nivel: 'JEFATURA_DEPTO_HOMOLOGO' });
      expect(JSON.stringify(records)).not.toContain(noGravesName);
    });

    it('S3S: hidden values never match a filter and sort as missing', async () => {
      for (const query of [{ nombres: noGravesName }, { primerApellido: 'Quintanilla' }, { segundoApellido: 'Zamudio' }, { rfc: 'A' }, { curp: 'A' }]) {
        expect({ query, p: (await all('publico', 'ssancionados', query)).length }).toEqual({ query, p: 0 });
      }
      expect(await all('confidencial', 'ssancionados', { nombres: noGravesName })).toHaveLength(1);
      expect((await all('confidencial', 'ssancionados', { rfc: 'A' })).length).toBeGreaterThan(0);
      // rfc is hidden in every record for publico: the key has no effect, `id` decides.
      const byRfc = (await all('publico', 'ssancionados', {}, { rfc: 'asc' })).map((r) => r['id'] as unknown as string);
      expect(byRfc).toEqual([...byRfc].sort());
      // Hidden names (no graves) sort after every visible one, in both directions.
      for (const direction of ['asc', 'desc']) {
        const order = (await all('publico', 'ssancionados', {}, { nombres: direction })).map((r) => r['servidorPublicoSancionado']['nombres']);
        const firstHidden = order.indexOf('');
        expect(order.slice(firstHidden).every((n) => n === '')).toBe(true);
      }
      const counts = await Promise.all((['publico', 'confidencial'] as const).map(async (role) => expectSpicPage(await post(role, 'ssancionados', { page: 1, pageSize: 1 })).pagination.totalRows));
      expect(counts[0]).toBe(counts[1]);
    });

    it('S3P: físicas hide rfc, domicilios and observaciones; morales hide directorGeneral, apoderadoLegal and observaciones', async () => {
      const publicRecords = await all('publico', 'psancionados');
      const confidentialRecords = new Map((await all('confidencial', 'psancionados')).map((r) => [r['id'] as unknown as string, r]));
      for (const r of publicRecords) {
        const particular = r['particularSancionado'];
        expect(r).not.toHaveProperty('observaciones');
        expect(particular).not.toHaveProperty('directorGeneral');
        expect(particular).not.toHaveProperty('apoderadoLegal');
        const full = confidentialRecords.get(r['id'] as unknown as string) as Record<string, Record<string, unknown>>;
        if (particular['tipoPersona'] === 'F') {
          for (const key of ['rfc', 'domicilioMexico', 'domicilioExtranjero']) expect(particular).not.toHaveProperty(key);
          expect(full['particularSancionado']['rfc']).toEqual(expect.any(String));
        } else {
          expect(particular['rfc']).toBe(full['particularSancionado']['rfc']);
          expect(particular['domicilioMexico']).toEqual(full['particularSancionado']['domicilioMexico']);
          expect(full['particularSancionado']).toHaveProperty('directorGeneral');
        }
      }
      expect(await all('publico', 'psancionados', { rfc: fisicaRfc })).toHaveLength(0);
      expect(await all('confidencial', 'psancionados', { rfc: fisicaRfc })).toHaveLength(1);
      expect(await all('publico', 'psancionados', { rfc: 'MAR050101AB1' })).toHaveLength(1);
    });

    it('dependencias are the same for both roles', async () => {
      for (const api of ['ssancionados', 'psancionados']) {
        const [p, c] = await Promise.all([v1.publico.get(`/v1/${api}/dependencias`), v1.confidencial.get(`/v1/${api}/dependencias`)]);
        expect(p.status).toBe(200);
        expect(p.body).toEqual(c.body);
      }
    });
  });
});
