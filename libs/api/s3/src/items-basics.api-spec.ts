import { createConsumer, startTestApp, type TestApp } from '@pde/api/testing';
import { S3LoaderService } from './s3-loader.service';
import { HttpClient } from '@pde/api/testing';

describe('GET /items/{collection} — basics', () => {
  let t: TestApp;
  let publico: HttpClient;
  let confidencial: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    await t.get(S3LoaderService).loadSynthetic(60, { seed: 11 });
    publico = new HttpClient(t.baseUrl, { authorization: `Bearer ${(await createConsumer(t, 'publico')).token}` });
    confidencial = new HttpClient(t.baseUrl, { authorization: `Bearer ${(await createConsumer(t, 'confidencial')).token}` });
  });
  afterAll(() => t.close());

  it('answers the PDN wrapper call with data and exact counts', async () => {
    const r = await publico.get<{ data: Record<string, unknown>[]; meta: { total_count: number; filter_count: number } }>('/items/faltas_administrativas_graves?fields=*.*.*&meta=*&limit=50&offset=0');
    expect(r.status).toBe(200);
    expect(r.body.meta.total_count).toBe(r.body.meta.filter_count);
    expect(r.body.data.length).toBe(Math.min(50, r.body.meta.total_count));
    const first = r.body.data[0];
    expect(first).not.toHaveProperty('observaciones');
    expect(first['datosGenerales']).not.toHaveProperty('curp');
    expect(typeof (first['tipoSancion'] as Record<string, unknown>[])[0]).toBe('object');
  });

  it('filters with _icontains through one-to-one and any-element through lists', async () => {
    const all = await publico.get<{ data: { datosGenerales: { primerApellido: string } }[] }>('/items/faltas_administrativas_graves?fields=datosGenerales.primerApellido&limit=-1');
    const surname = all.body.data[0].datosGenerales.primerApellido;
    const filter = encodeURIComponent(JSON.stringify({ datosGenerales: { primerApellido: { _icontains: surname.toUpperCase() } } }));
    const r = await publico.get<{ data: { datosGenerales: { primerApellido: string } }[] }>(`/items/faltas_administrativas_graves?fields=datosGenerales.primerApellido&filter=${filter}&limit=-1`);
    expect(r.status).toBe(200);
    expect(r.body.data.length).toBeGreaterThan(0);
    expect(r.body.data.every((d) => d.datosGenerales.primerApellido.toLowerCase().includes(surname.toLowerCase()))).toBe(true);
    const sanction = encodeURIComponent(JSON.stringify({ tipoSancion: { clave: { _in: ['INHABILITACION'] } } }));
    const s = await publico.get<{ data: { tipoSancion: { clave: string }[] }[] }>(`/items/faltas_administrativas_graves?fields=tipoSancion.clave&filter=${sanction}&limit=-1`);
    expect(s.body.data.every((d) => d.tipoSancion.some((x) => x.clave === 'INHABILITACION'))).toBe(true);
  });

  it('refuses confidential fields to publico with 403, serves them to confidencial', async () => {
    expect((await publico.get('/items/faltas_administrativas_graves?fields=datosGenerales.curp')).status).toBe(403);
    const filter = encodeURIComponent(JSON.stringify({ datosGenerales: { curp: { _nnull: true } } }));
    expect((await publico.get(`/items/faltas_administrativas_graves?filter=${filter}`)).status).toBe(403);
    const c = await confidencial.get<{ data: { datosGenerales: { curp: string } }[] }>('/items/faltas_administrativas_graves?fields=datosGenerales.curp&limit=1');
    expect(c.status).toBe(200);
    expect(c.body.data[0].datosGenerales.curp).toMatch(/^[A-Z]{4}\d{6}/);
  });

  it('answers errors in the Directus shape', async () => {
    const bad = await publico.get<{ errors: { message: string; extensions: { code: string } }[] }>('/items/faltas_administrativas_graves?filter={bad');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe('INVALID_QUERY');
    expect((await publico.get('/items/otra_coleccion')).status).toBe(403);
    expect((await t.anonymous().get('/items/faltas_administrativas_graves')).status).toBe(401);
    expect((await t.anonymous().get('/auth/login')).status).toBe(404);
    expect((await publico.post('/items/faltas_administrativas_graves', {})).status).toBe(403);
  });
});
