import { accessToken, createConsumer, createEnte, pdnClient, publishS2, startTestApp, type TestApp } from '@pde/api/testing';
import type { IssuedCredentials } from '@pde/api/interconnection';

describe('POST /v1/spic — basics', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t);
    const ente = await createEnte(t, { nombre: 'Secretaría de Administración', siglas: 'SA', clave: 'SA-01' });
    await publishS2(t, ente, [
      { nombres: 'ANA LUISA', primerApellido: 'NUNEZ', segundoApellido: 'ORTA', tipoProcedimiento: [{ clave: 1, valor: 'CONTRATACIONES PÚBLICAS' }] },
      { nombres: 'José Luis', primerApellido: 'Núñez', segundoApellido: 'García' },
    ]);
  });
  afterAll(() => t.close());

  it('answers the example of SPEC §2.8: nunez matches NUNEZ but not Núñez, without rfc/curp for publico', async () => {
    const client = await pdnClient(t, consumer);
    const response = await client.post<{ pagination: { totalRows: number }; results: Record<string, unknown>[] }>(
      '/v1/spic',
      JSON.stringify({ page: 1, pageSize: 10, query: { primerApellido: 'nunez', tipoProcedimiento: [1, 3] } }),
      { 'content-type': 'application/json' },
    );
    expect(response.status).toBe(200);
    expect(response.body.pagination).toEqual({ pageSize: 10, page: 1, totalRows: 1, hasNextPage: false });
    expect(response.body.results[0]['primerApellido']).toBe('NUNEZ');
    expect(response.body.results[0]).not.toHaveProperty('rfc');
    expect(response.body.results[0]).not.toHaveProperty('curp');
  });

  it('rejects a request without a token with the v1 error shape', async () => {
    const response = await t.anonymous().post('/v1/spic', '{}');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: '401', message: 'Se requiere un token de acceso en el encabezado Authorization (Bearer).' });
  });

  it('issues tokens with Basic header and body credentials together', async () => {
    expect(await accessToken(t, consumer)).toMatch(/^eyJ/);
  });
});
