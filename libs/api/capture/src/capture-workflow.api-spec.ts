import { AuditEntryEntity } from '@pde/api/audit';
import { Db } from '@pde/api/core';
import type { EnteEntity } from '@pde/api/entes';
import type { IssuedCredentials } from '@pde/api/interconnection';
import { createConsumer, createEnte, createUser, pdnClient, s2RecordFactory, signedIn, startTestApp, type HttpClient, type TestApp } from '@pde/api/testing';
import { API_ERROR_CODES, type ApiErrorBody, type Page, type RecordHistory, type RecordSummary, type RecordView, type S2ApiRecord, type S2RecordData } from '@pde/shared/contracts';

type View = RecordView<S2RecordData> & Partial<ApiErrorBody>;
const RECORDS = '/api/s2/records';

/**
 * The capture workflow over HTTP (issue «foundation»): drafts, scope by ente decided from the
 * session, submission, four-eyes approval, rejection with a comment, versions of published
 * records, optimistic locking — and that only approved versions reach /v1/spic.
 */
describe('S2 capture workflow (/api/s2/records)', () => {
  let t: TestApp;
  let enteA: EnteEntity;
  let enteB: EnteEntity;
  let capA: HttpClient;
  let capB: HttpClient;
  let revA: HttpClient;
  let revB: HttpClient;
  let admin: HttpClient;
  let consultaA: HttpClient;
  let consumer: IssuedCredentials;

  beforeAll(async () => {
    t = await startTestApp();
    enteA = await createEnte(t, { nombre: 'Secretaría de Obras Públicas', siglas: 'SOP' });
    enteB = await createEnte(t, { nombre: 'Instituto de Vivienda', siglas: 'IVI' });
    capA = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: enteA.id }));
    capB = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: enteB.id }));
    revA = await signedIn(t, await createUser(t, 'REVISOR', { entesRevision: [enteA.id] }));
    revB = await signedIn(t, await createUser(t, 'REVISOR', { entesRevision: [enteB.id] }));
    admin = await signedIn(t, await createUser(t, 'ADMIN'));
    consultaA = await signedIn(t, await createUser(t, 'CONSULTA', { enteId: enteA.id }));
    consumer = await createConsumer(t);
  });
  afterAll(() => t.close());

  // ---- helpers ------------------------------------------------------------------------------

  /** Factory: complete S2 content without the server-controlled institution. */
  const datos = (overrides: Partial<S2RecordData> = {}): Partial<S2RecordData> => {
    const { institucionDependencia: _ignored, ...rest } = s2RecordFactory(overrides);
    return rest;
  };
  /** The content a person read, with their changes. */
  const changed = (read: Partial<S2RecordData> | undefined, changes: Partial<S2RecordData>): Partial<S2RecordData> => ({ ...read, ...changes });
  const create = (client: HttpClient, body: Record<string, unknown>) => client.post<View>(RECORDS, body);
  async function draft(client: HttpClient, overrides: Partial<S2RecordData> = {}, extra: Record<string, unknown> = {}): Promise<View> {
    const response = await create(client, { datos: datos(overrides), ...extra });
    expect(response.status).toBe(201);
    return response.body;
  }
  const get = (client: HttpClient, id: string) => client.get<View>(`${RECORDS}/${id}`);
  const act = (client: HttpClient, id: string, action: string, body: Record<string, unknown>) => client.post<View>(`${RECORDS}/${id}/${action}`, body);
  const put = (client: HttpClient, id: string, body: Record<string, unknown>) => client.put<View>(`${RECORDS}/${id}`, body);
  async function ok(response: Promise<{ status: number; body: View; text: string }>, status = 200): Promise<View> {
    const r = await response;
    expect({ status: r.status, text: r.status === status ? '' : r.text }).toEqual({ status, text: '' });
    return r.body;
  }
  /** Capturista of ente A creates and submits; the revisor of ente A approves. */
  async function published(overrides: Partial<S2RecordData> = {}): Promise<View> {
    const record = await draft(capA, overrides);
    const submitted = await ok(act(capA, record.id, 'submit', { version: record.version }));
    return ok(act(revA, record.id, 'approve', { version: submitted.version }));
  }
  async function spicById(id: string): Promise<{ totalRows: number; results: S2ApiRecord[] }> {
    const client = await pdnClient(t, consumer);
    const response = await client.post<{ pagination: { totalRows: number }; results: S2ApiRecord[] }>('/v1/spic', JSON.stringify({ page: 1, pageSize: 10, query: { id } }), { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
    return { totalRows: response.body.pagination.totalRows, results: response.body.results };
  }
  const count = async (table: 'records' | 'record_versions' | 'audit_log') => Number((await t.get(Db).query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const snapshot = async () => ({ records: await count('records'), versions: await count('record_versions'), audit: await count('audit_log') });
  const institution = (ente: EnteEntity) => ({ nombre: ente.nombre, siglas: ente.siglas, clave: ente.clave });

  // ---- drafts --------------------------------------------------------------------------------

  describe('drafts', () => {
    it('a capturista creates an incomplete draft; the institution always comes from the ente', async () => {
      const response = await create(capA, { datos: { nombres: '  Ana   Luisa ', institucionDependencia: { nombre: 'Otra institución', clave: 'OTRA' } } });
      expect(response.status).toBe(201);
      const record = response.body;
      expect(record).toMatchObject({ tipo: 's2', estado: 'BORRADOR', ente: { id: enteA.id }, titulo: 'Ana Luisa', permisos: ['edit', 'submit', 'baja'] });
      expect(record.trabajo?.numero).toBe(1);
      expect(record.trabajo?.datos).toEqual({ nombres: 'Ana Luisa', institucionDependencia: institution(enteA), tipoArea: [], nivelResponsabilidad: [], tipoProcedimiento: [] });
      expect(record.trabajo?.errores.map((e) => e.path).sort()).toEqual(['primerApellido', 'puesto', 'tipoProcedimiento']);
      expect(record).not.toHaveProperty('publicado');
    });

    it.each([
      ['unknown fields', { datos: { nombres: 'Ana', campoNuevo: 1, puesto: { nombre: 'Analista', sueldo: 100 } } }, ['datos.campoNuevo', 'datos.puesto.sueldo']],
      ['wrong types', { datos: { nombres: 5, tipoProcedimiento: 'uno', ramo: { clave: 'cinco', valor: 'Finanzas' } } }, ['datos.nombres', 'datos.ramo.clave', 'datos.tipoProcedimiento']],
      ['datos that is not an object', { datos: ['Ana'] }, ['datos']],
      ['no datos at all', {}, ['datos']],
      ['unknown keys beside datos', { datos: {}, estado: 'PUBLICADO' }, ['estado']],
      ['an ente id that is not a number', { datos: {}, enteId: 'A' }, ['enteId']],
    ])('rejects %s with 422 naming the fields, and writes nothing', async (_, body, paths) => {
      const before = await snapshot();
      const response = await create(capA, body);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ status: 422, code: API_ERROR_CODES.VALIDATION, message: expect.any(String), requestId: expect.any(String) });
      expect(response.body.errors?.map((e) => e.path).sort()).toEqual(paths);
      expect(await snapshot()).toEqual(before);
    });

    it('rejects a body that is not an object, and a non-JSON body, with a 4xx', async () => {
      expect((await capA.post<ApiErrorBody>(RECORDS, ['datos'])).status).toBe(422);
      const notJson = await capA.post<ApiErrorBody>(RECORDS, '{"datos":', { 'content-type': 'application/json' });
      expect(notJson.status).toBe(400);
      expect(notJson.body.code).toBe(API_ERROR_CODES.BAD_REQUEST);
      expect((await capA.post(RECORDS, 'datos=1', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    });

    it('rejects a body with unpaired surrogates (not text) with 400, and writes nothing', async () => {
      const before = await snapshot();
      const response = await capA.post<ApiErrorBody>(RECORDS, '{"datos":{"nombres":"Ana \\ud800"}}', { 'content-type': 'application/json' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: API_ERROR_CODES.BAD_REQUEST, message: 'El cuerpo de la solicitud contiene caracteres Unicode inválidos (sustitutos sin pareja).' });
      expect(await snapshot()).toEqual(before);
      const pair = await create(capA, { datos: { nombres: 'Ana 😀' } });
      expect(pair.status).toBe(201);
    });

    it('rejects a catalog clave that is neither text nor number as malformed', async () => {
      const response = await create(capA, { datos: { nombres: 'Ana', genero: { clave: { F: true } } } });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([{ path: 'datos.genero.clave', message: 'Debe ser texto.' }]);
    });

    it('a very long draft is saved and audited (shortened), but cannot be submitted', async () => {
      const observaciones = 'Texto extenso de observaciones. '.repeat(2_500);
      const record = await draft(capA, { observaciones });
      const edited = await ok(put(capA, record.id, { datos: changed(record.trabajo?.datos, { observaciones: `${observaciones}Fin.` }), version: record.version }));
      const refused = await act(capA, record.id, 'submit', { version: edited.version });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([{ path: 'datos', message: 'El registro es demasiado extenso (más de 60 000 bytes); reduzca las observaciones.' }]);
      const [audit] = await t.get(Db).query<{ details: string }>("SELECT details FROM audit_log WHERE entityId = ? AND action = 'registro.modificar'", [record.id]);
      expect(JSON.parse(audit.details)).toMatchObject({ recortado: true });
    });

    it('list filters with a date that does not exist are refused with 422', async () => {
      for (const query of ['desde=2026-13-01', 'hasta=2026-02-30', 'desde=ayer']) {
        const response = await capA.get<ApiErrorBody>(`${RECORDS}?${query}`);
        expect({ query, status: response.status, paths: response.body.errors?.map((e) => e.path) }).toEqual({ query, status: 422, paths: [query.split('=')[0]] });
      }
      expect((await capA.get(`${RECORDS}?desde=2026-01-01&hasta=2026-12-31`)).status).toBe(200);
    });

    it('an update with wrong types is rejected and the draft keeps its content', async () => {
      const record = await draft(capA, { nombres: 'Original' });
      const before = await snapshot();
      const response = await put(capA, record.id, { datos: { nombres: ['x'], genero: 'F' }, version: record.version });
      expect(response.status).toBe(422);
      expect(response.body.errors?.map((e) => e.path).sort()).toEqual(['datos.genero', 'datos.nombres']);
      expect(await snapshot()).toEqual(before);
      const after = await ok(get(capA, record.id));
      expect(after.version).toBe(record.version);
      expect(after.trabajo?.datos.nombres).toBe('Original');
    });

    it('a capturista cannot choose another ente: enteId in the body is ignored, the session decides', async () => {
      const record = await draft(capA, { nombres: 'Ente decidido por la sesión' }, { enteId: enteB.id });
      expect(record.ente.id).toBe(enteA.id);
      expect(record.trabajo?.datos.institucionDependencia).toEqual(institution(enteA));
      expect((await get(capB, record.id)).status).toBe(404);
    });

    it('the validate endpoint also takes the ente of a capturista from the session', async () => {
      const response = await capA.post<{ datos: S2RecordData; errores: unknown[] }>(`${RECORDS}/validate`, { datos: datos(), enteId: enteB.id });
      expect(response.status).toBe(200);
      expect(response.body.errores).toEqual([]);
      expect(response.body.datos.institucionDependencia).toEqual(institution(enteA));
    });

    it('the administrator chooses the ente, which must exist and be active', async () => {
      const inactive = await createEnte(t, { activo: false });
      const before = await snapshot();
      for (const [enteId, status] of [[undefined, 422], [999_999, 422], [inactive.id, 422]] as const) {
        const response = await create(admin, { datos: datos(), ...(enteId ? { enteId } : {}) });
        expect({ enteId, status: response.status, paths: response.body.errors?.map((e) => e.path) }).toEqual({ enteId, status, paths: ['enteId'] });
      }
      expect(await snapshot()).toEqual(before);
      const record = await draft(admin, {}, { enteId: enteB.id });
      expect(record.ente.id).toBe(enteB.id);
    });
  });

  // ---- scope ---------------------------------------------------------------------------------

  describe('scope by ente', () => {
    let recordA: View;
    let recordB: View;
    beforeAll(async () => {
      recordA = await draft(capA, { primerApellido: 'Alcance' });
      recordB = await draft(capB, { primerApellido: 'Alcance' });
    });

    it("another ente's record is «not found» for every action of a capturista", async () => {
      const notFound = [
        await get(capB, recordA.id),
        await put(capB, recordA.id, { datos: datos(), version: recordA.version }),
        await act(capB, recordA.id, 'submit', { version: recordA.version }),
        await act(capB, recordA.id, 'withdraw', { version: recordA.version, motivo: 'Intento' }),
        await capB.get<View>(`${RECORDS}/${recordA.id}/history`),
      ];
      for (const response of notFound) {
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ code: API_ERROR_CODES.NOT_FOUND, message: 'El registro no existe.' });
      }
      expect((await ok(get(capA, recordA.id))).version).toBe(recordA.version);
    });

    it('lists only records of the entes in scope, whatever the filters say', async () => {
      const list = async (client: HttpClient, query = '') => (await client.get<Page<RecordSummary>>(`${RECORDS}?tamano=200${query}`)).body;
      const ofA = await list(capA);
      expect(ofA.elementos.map((r) => r.id)).toContain(recordA.id);
      expect(ofA.elementos.every((r) => r.ente.id === enteA.id)).toBe(true);
      expect(ofA.total).toBe(ofA.elementos.length);
      expect((await list(capA, `&enteId=${enteB.id}`)).total).toBe(0);
      const ofB = await list(capB);
      expect(ofB.elementos.map((r) => r.id)).toEqual(expect.arrayContaining([recordB.id]));
      expect(ofB.elementos.some((r) => r.ente.id !== enteB.id)).toBe(false);
      expect((await list(revA)).elementos.every((r) => r.ente.id === enteA.id)).toBe(true);
      expect((await list(consultaA)).elementos.every((r) => r.ente.id === enteA.id)).toBe(true);
      const all = await list(admin);
      expect(all.elementos.map((r) => r.id)).toEqual(expect.arrayContaining([recordA.id, recordB.id]));
    });

    it('a revisor outside the scope gets 404 on view and approval', async () => {
      const submitted = await ok(act(capA, recordA.id, 'submit', { version: recordA.version }));
      expect((await get(revB, recordA.id)).status).toBe(404);
      expect((await act(revB, recordA.id, 'approve', { version: submitted.version })).status).toBe(404);
      expect((await act(revB, recordA.id, 'reject', { version: submitted.version, comentario: 'No es mío' })).status).toBe(404);
      expect((await ok(get(capA, recordA.id))).estado).toBe('EN_REVISION');
    });
  });

  // ---- submit, approve, reject ---------------------------------------------------------------

  describe('review', () => {
    it('submitting requires a complete and valid record: 422 listing the fields, state unchanged', async () => {
      const incomplete = await ok(create(capA, { datos: { nombres: 'Incompleta', genero: { clave: 'X' } } }), 201);
      const response = await act(capA, incomplete.id, 'submit', { version: incomplete.version });
      expect(response.status).toBe(422);
      expect(response.body.message).toBe('El registro tiene datos faltantes o incorrectos; corríjalos antes de continuar.');
      expect(response.body.errors?.map((e) => e.path).sort()).toEqual(['datos.genero.clave', 'datos.primerApellido', 'datos.puesto', 'datos.tipoProcedimiento']);
      const missingVersion = await act(capA, incomplete.id, 'submit', {});
      expect(missingVersion.status).toBe(422);
      expect(missingVersion.body.errors?.map((e) => e.path)).toEqual(['version']);
      expect(await ok(get(capA, incomplete.id))).toMatchObject({ estado: 'BORRADOR', version: incomplete.version });
    });

    it('the revisor in scope approves: the record is PUBLICADO and served by /v1/spic, with the ente as institution', async () => {
      const record = await draft(capA, { nombres: 'Publicable', primerApellido: 'Aprobada' });
      expect(await spicById(record.id)).toEqual({ totalRows: 0, results: [] });
      const submitted = await ok(act(capA, record.id, 'submit', { version: record.version }));
      expect(submitted).toMatchObject({ estado: 'EN_REVISION', permisos: ['baja'] });
      expect(await spicById(record.id)).toEqual({ totalRows: 0, results: [] });
      expect((await act(capA, record.id, 'approve', { version: submitted.version })).status).toBe(403);
      const approved = await ok(act(revA, record.id, 'approve', { version: submitted.version }));
      expect(approved).toMatchObject({ estado: 'PUBLICADO', publicado: { numero: 1, estado: 'PUBLICADO' } });
      expect(approved).not.toHaveProperty('trabajo');
      expect(approved.fechaCaptura).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const served = await spicById(record.id);
      expect(served.totalRows).toBe(1);
      expect(served.results[0]).toMatchObject({ id: record.id, nombres: 'Publicable', primerApellido: 'Aprobada', institucionDependencia: institution(enteA), fechaCaptura: approved.fechaCaptura });
      expect(served.results[0]).not.toHaveProperty('curp');
    });

    it('the same person cannot approve a version they captured (administrator capturing and approving → 403)', async () => {
      const record = await draft(admin, {}, { enteId: enteA.id });
      const submitted = await ok(act(admin, record.id, 'submit', { version: record.version }));
      expect(submitted.permisos).not.toContain('approve');
      const response = await act(admin, record.id, 'approve', { version: submitted.version });
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('No puede aprobar una versión capturada por usted mismo; debe revisarla otra persona.');
      expect((await ok(get(admin, record.id))).estado).toBe('EN_REVISION');
      expect((await ok(act(revA, record.id, 'approve', { version: submitted.version }))).estado).toBe('PUBLICADO');
    });

    it('editing someone else\'s draft also counts as capturing it: the editor cannot approve that version', async () => {
      const record = await draft(capA, { nombres: 'Capturado por dos' });
      const edited = await ok(put(admin, record.id, { datos: changed(record.trabajo?.datos, { nombres: 'Corregido por administración' }), version: record.version }));
      expect(edited.trabajo?.numero).toBe(1);
      const submitted = await ok(act(capA, record.id, 'submit', { version: edited.version }));
      expect((await ok(get(admin, record.id))).permisos).toEqual(['baja']);
      const response = await act(admin, record.id, 'approve', { version: submitted.version });
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('No puede aprobar una versión capturada por usted mismo; debe revisarla otra persona.');
      expect((await ok(get(revA, record.id))).permisos).toEqual(['approve', 'reject', 'baja']);
      expect((await ok(act(revA, record.id, 'approve', { version: submitted.version }))).estado).toBe('PUBLICADO');
    });

    it('rejection needs a comment, which the capturista sees; the fix is a new version that is then approved', async () => {
      const record = await draft(capA, { puesto: { nombre: 'Analista', nivel: 'O11' } });
      const submitted = await ok(act(capA, record.id, 'submit', { version: record.version }));
      const noComment = await act(revA, record.id, 'reject', { version: submitted.version, comentario: '   ' });
      expect(noComment.status).toBe(422);
      expect(noComment.body.errors?.map((e) => e.path)).toEqual(['comentario']);

      const comentario = 'Falta el nivel correcto del puesto.';
      const rejected = await ok(act(revA, record.id, 'reject', { version: submitted.version, comentario: `  ${comentario} ` }));
      expect(rejected).toMatchObject({ estado: 'RECHAZADO', trabajo: { numero: 1, estado: 'RECHAZADO', comentarioRevision: comentario } });
      const seen = await ok(get(capA, record.id));
      expect(seen.trabajo?.comentarioRevision).toBe(comentario);
      expect(seen.permisos).toEqual(['edit', 'baja']);
      const listed = (await capA.get<Page<RecordSummary>>(`${RECORDS}?estado=RECHAZADO&tamano=200`)).body.elementos.find((r) => r.id === record.id);
      expect(listed).toMatchObject({ estado: 'RECHAZADO', comentarioRevision: comentario });

      const fixed = await ok(put(capA, record.id, { datos: changed(record.trabajo?.datos, { puesto: { nombre: 'Analista', nivel: 'O21' } }), version: seen.version }));
      expect(fixed).toMatchObject({ estado: 'BORRADOR', trabajo: { numero: 2, estado: 'BORRADOR' } });
      expect(fixed.trabajo).not.toHaveProperty('comentarioRevision');
      const resubmitted = await ok(act(capA, record.id, 'submit', { version: fixed.version }));
      const approved = await ok(act(revA, record.id, 'approve', { version: resubmitted.version }));
      expect(approved).toMatchObject({ estado: 'PUBLICADO', publicado: { numero: 2, datos: { puesto: { nombre: 'Analista', nivel: 'O21' } } } });
      const history = await capA.get<RecordHistory>(`${RECORDS}/${record.id}/history`);
      expect(history.body.versiones).toEqual([
        expect.objectContaining({ numero: 1, estado: 'RECHAZADO', comentarioRevision: comentario }),
        expect.objectContaining({ numero: 2, estado: 'PUBLICADO' }),
      ]);
    });

    it('a record can be changed neither while under review nor by a CONSULTA or another role', async () => {
      const record = await draft(capA);
      const submitted = await ok(act(capA, record.id, 'submit', { version: record.version }));
      const locked = await put(capA, record.id, { datos: datos(), version: submitted.version });
      expect(locked.status).toBe(409);
      expect(locked.body.message).toBe('El registro está en revisión y no puede modificarse hasta que se apruebe o se rechace.');
      expect((await put(consultaA, record.id, { datos: datos(), version: submitted.version })).status).toBe(403);
      expect((await act(consultaA, record.id, 'approve', { version: submitted.version })).status).toBe(403);
      expect((await act(revA, record.id, 'submit', { version: submitted.version })).status).toBe(403);
    });
  });

  // ---- versions of published records and optimistic locking ----------------------------------

  describe('versions', () => {
    it('editing a published record opens version N+1 while /v1/spic keeps serving the published one until approval', async () => {
      const record = await published({ puesto: { nombre: 'Analista de Compras', nivel: 'O11' } });
      const edited = await ok(put(capA, record.id, { datos: changed(record.publicado?.datos, { puesto: { nombre: 'Jefa de Compras', nivel: 'N11' } }), version: record.version }));
      expect(edited).toMatchObject({ estado: 'BORRADOR', trabajo: { numero: 2, estado: 'BORRADOR' }, publicado: { numero: 1, datos: { puesto: { nombre: 'Analista de Compras' } } } });
      expect(edited.permisos).toEqual(['edit', 'submit']);
      expect((await spicById(record.id)).results[0].puesto.nombre).toBe('Analista de Compras');

      const submitted = await ok(act(capA, record.id, 'submit', { version: edited.version }));
      expect(submitted.estado).toBe('EN_REVISION');
      expect((await spicById(record.id)).results[0].puesto.nombre).toBe('Analista de Compras');

      const approved = await ok(act(revA, record.id, 'approve', { version: submitted.version }));
      expect(approved).toMatchObject({ estado: 'PUBLICADO', publicado: { numero: 2 } });
      const served = await spicById(record.id);
      expect(served.totalRows).toBe(1);
      expect(served.results[0].puesto).toEqual({ nombre: 'Jefa de Compras', nivel: 'N11' });

      const history = (await capA.get<RecordHistory>(`${RECORDS}/${record.id}/history`)).body;
      expect(history.versiones.map((v) => [v.numero, v.estado])).toEqual([
        [1, 'REEMPLAZADO'],
        [2, 'PUBLICADO'],
      ]);
    });

    it('saving over a newer version answers 409 CONFLICTO_VERSION in Spanish and writes nothing', async () => {
      const record = await draft(capA, { nombres: 'Primera' });
      const saved = await ok(put(capA, record.id, { datos: datos({ nombres: 'Segunda' }), version: record.version }));
      expect(saved.version).toBe(record.version + 1);
      const before = await snapshot();
      const stale = await put(capA, record.id, { datos: datos({ nombres: 'Tercera' }), version: record.version });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        status: 409,
        code: API_ERROR_CODES.VERSION_CONFLICT,
        message: 'El registro fue modificado por otra persona después de que usted lo abrió. Recargue el registro para ver los cambios y vuelva a aplicar los suyos.',
      });
      for (const [client, action, body] of [
        [capA, 'submit', {}],
        [capA, 'withdraw', { motivo: 'Duplicado' }],
      ] as const) {
        expect((await act(client, record.id, action, { ...body, version: record.version })).body.code).toBe(API_ERROR_CODES.VERSION_CONFLICT);
      }
      expect(await snapshot()).toEqual(before);
      const current = await ok(get(capA, record.id));
      expect(current).toMatchObject({ version: saved.version, estado: 'BORRADOR', trabajo: { datos: { nombres: 'Segunda' } } });

      const submitted = await ok(act(capA, record.id, 'submit', { version: current.version }));
      expect((await act(revA, record.id, 'approve', { version: current.version })).body.code).toBe(API_ERROR_CODES.VERSION_CONFLICT);
      expect((await ok(get(revA, record.id))).estado).toBe('EN_REVISION');
      expect((await ok(act(revA, record.id, 'approve', { version: submitted.version }))).estado).toBe('PUBLICADO');
    });

    it('of two simultaneous saves or approvals of the same version, exactly one wins; the other gets 409', async () => {
      const record = await draft(capA, { nombres: 'Concurrente' });
      const saves = await Promise.all(['Uno', 'Dos', 'Tres'].map((nombres) => put(capA, record.id, { datos: datos({ nombres }), version: record.version })));
      expect(saves.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const winner = saves.find((r) => r.status === 200)?.body as View;
      expect((await ok(get(capA, record.id))).trabajo?.datos.nombres).toBe(winner.trabajo?.datos.nombres);
      const submitted = await ok(act(capA, record.id, 'submit', { version: winner.version }));
      const revA2 = await signedIn(t, await createUser(t, 'REVISOR', { entesRevision: [enteA.id] }));
      const decisions = await Promise.all([
        act(revA, record.id, 'approve', { version: submitted.version }),
        act(revA2, record.id, 'reject', { version: submitted.version, comentario: 'Simultáneo' }),
      ]);
      expect(decisions.map((r) => r.status).sort()).toEqual([200, 409]);
      const final = await ok(get(capA, record.id));
      expect(final.estado).toBe(decisions[0].status === 200 ? 'PUBLICADO' : 'RECHAZADO');
      expect((await spicById(record.id)).totalRows).toBe(final.estado === 'PUBLICADO' ? 1 : 0);
    });

    it('an update requires the version read', async () => {
      const record = await draft(capA);
      const response = await put(capA, record.id, { datos: datos() });
      expect(response.status).toBe(422);
      expect(response.body.errors?.map((e) => e.path)).toEqual(['version']);
    });

    it('audit entries of workflow actions carry who, ente, record, client IP and field-level diffs', async () => {
      const record = await published({ nombres: 'Auditada' });
      const entries = await t.get(Db).run((em) => em.getRepository(AuditEntryEntity).find({ where: { entityType: 's2', entityId: record.id }, order: { id: 'ASC' } }));
      expect(entries.map((e) => e.action)).toEqual(['registro.crear', 'registro.enviar_revision', 'registro.aprobar']);
      for (const entry of entries) expect(entry).toMatchObject({ actorType: 'user', enteId: enteA.id, ip: expect.stringMatching(/127\.0\.0\.1/), requestId: expect.any(String) });
      const created = JSON.parse(entries[0].details ?? '{}') as { cambios: { path: string; after?: unknown }[] };
      expect(created.cambios).toEqual(expect.arrayContaining([{ path: 'nombres', after: 'Auditada' }, { path: 'institucionDependencia.nombre', after: enteA.nombre }]));
      const approval = JSON.parse(entries[2].details ?? '{}') as { version: number; cambios: unknown[] };
      expect(approval.version).toBe(1);
      expect(approval.cambios).toEqual(expect.arrayContaining([{ path: 'nombres', after: 'Auditada' }]));
    });
  });
});
