import { AuditEntryEntity } from '@pde/api/audit';
import { Db } from '@pde/api/core';
import { createUser, signedIn, startTestApp, type HttpClient, type TestApp } from '@pde/api/testing';
import { API_ERROR_CODES, type ApiErrorBody, type EnteView } from '@pde/shared/contracts';

let claveCounter = 0;
/** Factory: the body of a new ente; each test overrides what it is about. */
function enteBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  claveCounter++;
  return { clave: `ENTE-${claveCounter}-${Date.now()}`, nombre: `Secretaría de Prueba ${claveCounter}`, siglas: `SP${claveCounter}`, ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', ...overrides };
}

describe('Entes públicos (/api/entes)', () => {
  let t: TestApp;
  let admin: HttpClient;
  let capturista: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedIn(t, await createUser(t, 'ADMIN'));
  });
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>) => admin.post<EnteView & ApiErrorBody>('/api/entes', body);
  const update = (id: number, body: Record<string, unknown>) => admin.put<EnteView & ApiErrorBody>(`/api/entes/${id}`, body);
  const count = async () => Number((await t.get(Db).query<{ n: number }>('SELECT COUNT(*) AS n FROM entes'))[0].n);
  const auditOf = (id: number) => t.get(Db).run((em) => em.getRepository(AuditEntryEntity).find({ where: { entityType: 'ente', entityId: String(id) }, order: { id: 'ASC' } }));

  it('the administrator registers an ente; the creation is audited', async () => {
    const body = enteBody({ nombre: '  Secretaría   de  la Contraloría ', entidadFederativa: '24' });
    const response = await create(body);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(Number), clave: body['clave'], nombre: 'Secretaría de la Contraloría', siglas: body['siglas'], ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', entidadFederativa: '24', activo: true });
    const [entry] = await auditOf(response.body.id);
    expect(entry).toMatchObject({ action: 'ente.crear', actorType: 'user', enteId: response.body.id });
  });

  it.each([
    ['missing required fields', { clave: undefined, nombre: undefined, ordenGobierno: undefined, ambitoPublico: undefined }, ['ambitoPublico', 'clave', 'nombre', 'ordenGobierno']],
    ['a clave with spaces', { clave: 'CLAVE CON ESPACIOS' }, ['clave']],
    ['values outside the catalogs', { ordenGobierno: 'PROVINCIAL', ambitoPublico: 'OTRO', entidadFederativa: '33' }, ['ambitoPublico', 'entidadFederativa', 'ordenGobierno']],
    ['an unknown field', { activo: false, presupuesto: 10 }, ['activo', 'presupuesto']],
  ])('rejects %s with 422 by field, writing nothing', async (_, overrides, paths) => {
    const before = await count();
    const response = await create(enteBody(overrides));
    expect(response.status).toBe(422);
    expect(response.body.code).toBe(API_ERROR_CODES.VALIDATION);
    expect(response.body.errors?.map((e) => e.path).sort()).toEqual(paths);
    expect(await count()).toBe(before);
  });

  it('rejects a duplicate clave with 409', async () => {
    const first = (await create(enteBody())).body;
    const before = await count();
    const duplicate = await create(enteBody({ clave: first.clave }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: API_ERROR_CODES.CONFLICT, message: `Ya existe un ente público con la clave «${first.clave}».` });
    expect(await count()).toBe(before);
  });

  it('every role may list and search entes, without regard to accents or case; activos=1 leaves out inactive ones', async () => {
    const ente = (await create(enteBody({ nombre: 'Instituto Tecnológico Superior de Peñasco', siglas: 'ITSP' }))).body;
    const inactive = (await create(enteBody({ nombre: 'Instituto Tecnológico Extinto' }))).body;
    expect((await update(inactive.id, { ...enteBody({ clave: inactive.clave, nombre: inactive.nombre }), activo: false })).status).toBe(200);
    capturista = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: ente.id }));
    const consulta = await signedIn(t, await createUser(t, 'CONSULTA'));
    for (const client of [admin, capturista, consulta]) {
      const found = await client.get<EnteView[]>('/api/entes?q=tecnologico superior de penasco');
      expect(found.body.map((e) => e.id)).toEqual([]);
      const byName = await client.get<EnteView[]>('/api/entes?q=TECNOLÓGICO SUPERIOR DE PEÑASCO');
      expect(byName.body.map((e) => e.id)).toEqual([ente.id]);
    }
    expect((await admin.get<EnteView[]>('/api/entes?q=itsp')).body.map((e) => e.id)).toEqual([ente.id]);
    expect((await admin.get<EnteView[]>(`/api/entes?q=${encodeURIComponent(ente.clave.toLowerCase())}`)).body.map((e) => e.id)).toEqual([ente.id]);
    expect((await admin.get<EnteView[]>('/api/entes?q=instituto tecnologico')).body.map((e) => e.id)).toEqual(expect.arrayContaining([ente.id, inactive.id]));
    expect((await admin.get<EnteView[]>('/api/entes?q=instituto tecnologico&activos=1')).body.map((e) => e.id)).toEqual([ente.id]);
    expect((await admin.get<EnteView[]>('/api/entes?q=%25')).body).toEqual([]);
    expect((await capturista.get<EnteView>(`/api/entes/${ente.id}`)).body).toMatchObject({ id: ente.id, nombre: ente.nombre });
  });

  it('answers 404 in Spanish for an ente that does not exist and 400 for an id that is not a number', async () => {
    const missing = await admin.get<ApiErrorBody>('/api/entes/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('El ente público no existe.');
    expect((await update(999999, enteBody())).status).toBe(404);
    expect((await admin.get('/api/entes/uno')).status).toBe(400);
  });

  it('modifies an ente with a field-level diff in the audit log; a clave of another ente is refused', async () => {
    const ente = (await create(enteBody({ nombre: 'Secretaría de Turismo' }))).body;
    const other = (await create(enteBody())).body;
    const clash = await update(ente.id, enteBody({ clave: other.clave }));
    expect(clash.status).toBe(409);
    const changed = await update(ente.id, { ...enteBody({ clave: ente.clave, nombre: 'Secretaría de Turismo y Cultura', siglas: ente.siglas }) });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: ente.id, nombre: 'Secretaría de Turismo y Cultura', activo: true });
    expect((await admin.get<EnteView[]>('/api/entes?q=turismo y cultura')).body.map((e) => e.id)).toEqual([ente.id]);
    const modification = (await auditOf(ente.id)).find((e) => e.action === 'ente.modificar');
    expect(JSON.parse(modification?.details ?? '{}')).toEqual({ cambios: [{ path: 'nombre', before: 'Secretaría de Turismo', after: 'Secretaría de Turismo y Cultura' }] });
  });

  it('«activo» must be true or false; deactivating an ente stops new records for it', async () => {
    const ente = (await create(enteBody())).body;
    const invalid = await update(ente.id, { ...enteBody({ clave: ente.clave }), activo: 'no' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors).toEqual([{ path: 'activo', message: 'Debe ser verdadero o falso.' }]);
    expect((await admin.get<EnteView>(`/api/entes/${ente.id}`)).body.activo).toBe(true);

    const capturistaDelEnte = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: ente.id }));
    expect((await capturistaDelEnte.post('/api/s2/records', { datos: { nombres: 'Antes' } })).status).toBe(201);
    const off = await update(ente.id, { ...enteBody({ clave: ente.clave, nombre: ente.nombre }), activo: false });
    expect(off.body.activo).toBe(false);
    const refused = await capturistaDelEnte.post<ApiErrorBody>('/api/s2/records', { datos: { nombres: 'Después' } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ path: 'enteId', message: 'El ente público está inactivo.' }]);
  });

  it('only the administrator registers or modifies entes', async () => {
    const ente = (await create(enteBody())).body;
    for (const role of ['CAPTURISTA', 'REVISOR', 'CONSULTA'] as const) {
      const client = await signedIn(t, await createUser(t, role, role === 'CAPTURISTA' ? { enteId: ente.id } : {}));
      expect((await client.post('/api/entes', enteBody())).status).toBe(403);
      expect((await client.put(`/api/entes/${ente.id}`, enteBody({ clave: ente.clave }))).status).toBe(403);
    }
  });
});
