import type { EnteEntity } from '@pde/api/entes';
import type { IssuedCredentials } from '@pde/api/interconnection';
import { createConsumer, createEnte, createUser, pdnClient, s2RecordFactory, signedIn, startTestApp, type HttpClient, type TestApp } from '@pde/api/testing';
import { API_ERROR_CODES, RECORD_STATES, type ApiErrorBody, type RecordHistory, type RecordState, type RecordView, type S2RecordData } from '@pde/shared/contracts';

type View = RecordView<S2RecordData> & Partial<ApiErrorBody>;
const RECORDS = '/api/s2/records';

interface Summary {
  tipos: { tipo: string; conteos: Record<RecordState, number> }[];
  pendientes: { tipo: string; estado: RecordState; total: number }[];
}

/** Baja and restore, history, the panel summary and the permissions shown with each record. */
describe('S2 capture: baja, restore, history, summary and permissions', () => {
  let t: TestApp;
  let enteA: EnteEntity;
  let capA: HttpClient;
  let revA: HttpClient;
  let revTodos: HttpClient;
  let admin: HttpClient;
  let consultaA: HttpClient;
  let consumer: IssuedCredentials;

  beforeAll(async () => {
    t = await startTestApp();
    enteA = await createEnte(t, { nombre: 'Comisión Estatal del Agua', siglas: 'CEA' });
    capA = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: enteA.id }));
    revA = await signedIn(t, await createUser(t, 'REVISOR', { entesRevision: [enteA.id] }));
    revTodos = await signedIn(t, await createUser(t, 'REVISOR'));
    admin = await signedIn(t, await createUser(t, 'ADMIN'));
    consultaA = await signedIn(t, await createUser(t, 'CONSULTA', { enteId: enteA.id }));
    consumer = await createConsumer(t);
  });
  afterAll(() => t.close());

  // ---- helpers ------------------------------------------------------------------------------

  const datos = (overrides: Partial<S2RecordData> = {}): Partial<S2RecordData> => {
    const { institucionDependencia: _ignored, ...rest } = s2RecordFactory(overrides);
    return rest;
  };
  /** The content a person read, with their changes. */
  const changed = (read: Partial<S2RecordData> | undefined, changes: Partial<S2RecordData>): Partial<S2RecordData> => ({ ...read, ...changes });
  const get = (client: HttpClient, id: string) => client.get<View>(`${RECORDS}/${id}`);
  const act = (client: HttpClient, id: string, action: string, body: Record<string, unknown>) => client.post<View>(`${RECORDS}/${id}/${action}`, body);
  async function ok(response: Promise<{ status: number; body: View; text: string }>, status = 200): Promise<View> {
    const r = await response;
    expect({ status: r.status, text: r.status === status ? '' : r.text }).toEqual({ status, text: '' });
    return r.body;
  }
  const draft = (client: HttpClient, overrides: Partial<S2RecordData> = {}, extra: Record<string, unknown> = {}) => ok(client.post<View>(RECORDS, { datos: datos(overrides), ...extra }), 201);
  const submitted = async (client: HttpClient, overrides: Partial<S2RecordData> = {}) => {
    const record = await draft(client, overrides);
    return ok(act(client, record.id, 'submit', { version: record.version }));
  };
  const published = async (capturista: HttpClient, revisor: HttpClient, overrides: Partial<S2RecordData> = {}) => {
    const record = await submitted(capturista, overrides);
    return ok(act(revisor, record.id, 'approve', { version: record.version }));
  };
  async function spic(query: Record<string, unknown> = {}): Promise<{ totalRows: number; ids: string[] }> {
    const client = await pdnClient(t, consumer);
    const response = await client.post<{ pagination: { totalRows: number }; results: { id: string }[] }>('/v1/spic', JSON.stringify({ page: 1, pageSize: 200, query }), { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
    return { totalRows: response.body.pagination.totalRows, ids: response.body.results.map((r) => r.id) };
  }
  async function dependencias(): Promise<string[]> {
    const response = await (await pdnClient(t, consumer)).get<{ nombre: string }[]>('/v1/spic/dependencias');
    expect(response.status).toBe(200);
    return response.body.map((d) => d.nombre);
  }

  // ---- baja and restore ----------------------------------------------------------------------

  describe('baja', () => {
    let enteBaja: EnteEntity;
    let capBaja: HttpClient;
    beforeAll(async () => {
      enteBaja = await createEnte(t, { nombre: 'Instituto Único de Bajas', siglas: 'IUB' });
      capBaja = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: enteBaja.id }));
    });

    it('requires a motivo; removes the record from /v1/spic (data, counts and dependencias); restore republishes it', async () => {
      const keep = await published(capBaja, revTodos, { nombres: 'Permanece' });
      const record = await published(capBaja, revTodos, { nombres: 'Se da de baja' });
      const total = (await spic()).totalRows;
      expect((await spic({ id: record.id })).totalRows).toBe(1);
      expect(await dependencias()).toContain(enteBaja.nombre);

      for (const motivo of [undefined, '', '   ']) {
        const response = await act(revTodos, record.id, 'withdraw', { version: record.version, ...(motivo === undefined ? {} : { motivo }) });
        expect(response.status).toBe(422);
        expect(response.body.errors?.map((e) => e.path)).toEqual(['motivo']);
      }
      const denied = await act(capBaja, record.id, 'withdraw', { version: record.version, motivo: 'Ya no labora aquí' });
      expect(denied.status).toBe(403);
      expect(denied.body.message).toBe('Solo revisión o administración pueden dar de baja un registro publicado.');
      expect((await spic({ id: record.id })).totalRows).toBe(1);

      const withdrawn = await ok(act(revTodos, record.id, 'withdraw', { version: record.version, motivo: '  Registro duplicado  ' }));
      expect(withdrawn).toMatchObject({ estado: 'BAJA', baja: { motivo: 'Registro duplicado' }, permisos: ['restore'] });
      expect(await spic({ id: record.id })).toEqual({ totalRows: 0, ids: [] });
      expect((await spic()).totalRows).toBe(total - 1);
      expect((await spic({ institucionDependencia: enteBaja.nombre })).ids).toEqual([keep.id]);

      // The last published record of the ente withdrawn: the ente leaves /dependencias too.
      await ok(act(revTodos, keep.id, 'withdraw', { version: keep.version, motivo: 'Ya no participa en contrataciones' }));
      expect(await dependencias()).not.toContain(enteBaja.nombre);
      expect((await spic()).totalRows).toBe(total - 2);

      expect((await act(capBaja, record.id, 'restore', { version: withdrawn.version })).status).toBe(403);
      const again = await act(revTodos, record.id, 'withdraw', { version: withdrawn.version, motivo: 'Otra vez' });
      expect(again.status).toBe(409);
      const restored = await ok(act(revTodos, record.id, 'restore', { version: withdrawn.version }));
      expect(restored).toMatchObject({ estado: 'PUBLICADO', publicado: { numero: 1 } });
      expect(restored).not.toHaveProperty('baja');
      expect((await spic({ id: record.id })).ids).toEqual([record.id]);
      expect((await spic()).totalRows).toBe(total - 1);
      expect(await dependencias()).toContain(enteBaja.nombre);
      expect((await act(revTodos, record.id, 'restore', { version: restored.version })).status).toBe(409);
    });

    it('a capturista may give de baja only records that were never published', async () => {
      const record = await draft(capA, { nombres: 'Borrador descartado' });
      const withdrawn = await ok(act(capA, record.id, 'withdraw', { version: record.version, motivo: 'Capturado por error' }));
      expect(withdrawn).toMatchObject({ estado: 'BAJA', baja: { motivo: 'Capturado por error' }, permisos: [] });
      const edit = await capA.put<View>(`${RECORDS}/${record.id}`, { datos: datos(), version: withdrawn.version });
      expect(edit.status).toBe(409);
      expect(edit.body.message).toBe('El registro está dado de baja; pida a revisión que lo restaure para modificarlo.');
      expect((await act(capA, record.id, 'submit', { version: withdrawn.version })).status).toBe(409);

      const pub = await published(capA, revA);
      const pending = await ok(capA.put<View>(`${RECORDS}/${pub.id}`, { datos: datos({ nombres: 'Cambio pendiente' }), version: pub.version }));
      expect(pending.permisos).not.toContain('baja');
      expect((await act(capA, pub.id, 'withdraw', { version: pending.version, motivo: 'Intento' })).status).toBe(403);
      expect((await ok(get(capA, pub.id))).estado).toBe('BORRADOR');
    });

    it('a restored draft that was never published goes back to BORRADOR, not to the PDN', async () => {
      const record = await draft(capA, { nombres: 'Nunca publicado' });
      const withdrawn = await ok(act(capA, record.id, 'withdraw', { version: record.version, motivo: 'Duplicado' }));
      const restored = await ok(act(revA, record.id, 'restore', { version: withdrawn.version }));
      expect(restored).toMatchObject({ estado: 'BORRADOR', permisos: ['baja'] });
      expect((await spic({ id: record.id })).totalRows).toBe(0);
    });

    it('a withdrawn record under review can be neither approved nor rejected', async () => {
      const record = await submitted(capA);
      const withdrawn = await ok(act(revA, record.id, 'withdraw', { version: record.version, motivo: 'Ente equivocado' }));
      for (const [action, body] of [
        ['approve', {}],
        ['reject', { comentario: 'Corrija' }],
      ] as const) {
        const response = await act(revA, record.id, action, { version: withdrawn.version, ...body });
        expect({ action, status: response.status, code: response.body.code }).toEqual({ action, status: 409, code: API_ERROR_CODES.CONFLICT });
      }
      expect(await ok(get(revA, record.id))).toMatchObject({ estado: 'BAJA', version: withdrawn.version, trabajo: { estado: 'EN_REVISION' } });
      expect((await spic({ id: record.id })).totalRows).toBe(0);
    });
  });

  // ---- history -------------------------------------------------------------------------------

  it('history lists every version and the audit events with field-level diffs', async () => {
    const first = await published(capA, revA, { nombres: 'Historia', puesto: { nombre: 'Analista', nivel: 'O11' }, observaciones: undefined });
    const edited = await ok(capA.put<View>(`${RECORDS}/${first.id}`, { datos: changed(first.publicado?.datos, { puesto: { nombre: 'Coordinadora', nivel: 'O11' } }), version: first.version }));
    const again = await ok(capA.put<View>(`${RECORDS}/${first.id}`, { datos: changed(edited.trabajo?.datos, { observaciones: 'Nota' }), version: edited.version }));
    const inReview = await ok(act(capA, first.id, 'submit', { version: again.version }));
    const rejected = await ok(act(revA, first.id, 'reject', { version: inReview.version, comentario: 'Revise el puesto' }));
    const withdrawn = await ok(act(revA, first.id, 'withdraw', { version: rejected.version, motivo: 'Prueba de historial' }));
    await ok(act(revA, first.id, 'restore', { version: withdrawn.version }));

    const response = await consultaA.get<RecordHistory>(`${RECORDS}/${first.id}/history`);
    expect(response.status).toBe(200);
    const { versiones, eventos } = response.body;
    expect(versiones.map((v) => [v.numero, v.estado])).toEqual([
      [1, 'PUBLICADO'],
      [2, 'RECHAZADO'],
    ]);
    expect(versiones[1]).toMatchObject({ comentarioRevision: 'Revise el puesto', datos: { puesto: { nombre: 'Coordinadora' }, observaciones: 'Nota' } });
    expect(eventos.map((e) => e.accion)).toEqual([
      'registro.crear',
      'registro.enviar_revision',
      'registro.aprobar',
      'registro.modificar',
      'registro.modificar',
      'registro.enviar_revision',
      'registro.rechazar',
      'registro.baja',
      'registro.restaurar',
    ]);
    const [edit1, edit2] = eventos.filter((e) => e.accion === 'registro.modificar');
    expect(edit1.detalles?.['cambios']).toEqual([{ path: 'puesto.nombre', before: 'Analista', after: 'Coordinadora' }]);
    expect(edit2.detalles?.['cambios']).toEqual([{ path: 'observaciones', after: 'Nota' }]);
    expect(eventos.find((e) => e.accion === 'registro.rechazar')?.detalles).toMatchObject({ comentario: 'Revise el puesto' });
    expect(eventos.find((e) => e.accion === 'registro.baja')?.detalles).toEqual({ motivo: 'Prueba de historial' });
    expect(new Set(eventos.map((e) => e.actor)).size).toBe(2);
  });

  // ---- summary -------------------------------------------------------------------------------

  it('/api/panel/summary counts by state within the scope and lists what awaits each person', async () => {
    const ente = await createEnte(t);
    const other = await createEnte(t);
    const cap = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: ente.id }));
    const capOther = await signedIn(t, await createUser(t, 'CAPTURISTA', { enteId: other.id }));
    const rev = await signedIn(t, await createUser(t, 'REVISOR', { entesRevision: [ente.id] }));
    const consulta = await signedIn(t, await createUser(t, 'CONSULTA', { enteId: ente.id }));

    await draft(cap);
    await draft(cap);
    await submitted(cap);
    const toReject = await submitted(cap);
    await ok(act(rev, toReject.id, 'reject', { version: toReject.version, comentario: 'Corregir' }));
    await published(cap, rev);
    const toWithdraw = await published(cap, rev);
    await ok(act(rev, toWithdraw.id, 'withdraw', { version: toWithdraw.version, motivo: 'Duplicado' }));
    await submitted(capOther);
    await draft(capOther);

    const summary = async (client: HttpClient) => {
      const response = await client.get<Summary>('/api/panel/summary');
      expect(response.status).toBe(200);
      return response.body;
    };
    const expected = { BORRADOR: 2, EN_REVISION: 1, RECHAZADO: 1, PUBLICADO: 1, BAJA: 1 };
    const capSummary = await summary(cap);
    expect(capSummary.tipos.find((k) => k.tipo === 's2')?.conteos).toEqual(expected);
    expect(Object.keys(capSummary.tipos[0].conteos).sort()).toEqual([...RECORD_STATES].sort());
    expect(capSummary.pendientes).toEqual([{ tipo: 's2', estado: 'RECHAZADO', total: 1 }]);

    const revSummary = await summary(rev);
    expect(revSummary.tipos.find((k) => k.tipo === 's2')?.conteos).toEqual(expected);
    expect(revSummary.pendientes).toEqual([{ tipo: 's2', estado: 'EN_REVISION', total: 1 }]);

    const consultaSummary = await summary(consulta);
    expect(consultaSummary.tipos.find((k) => k.tipo === 's2')?.conteos).toEqual(expected);
    expect(consultaSummary.pendientes).toEqual([]);

    expect((await summary(capOther)).tipos.find((k) => k.tipo === 's2')?.conteos).toEqual({ BORRADOR: 1, EN_REVISION: 1, RECHAZADO: 0, PUBLICADO: 0, BAJA: 0 });
    const adminCounts = (await summary(admin)).tipos.find((k) => k.tipo === 's2')?.conteos as Record<RecordState, number>;
    expect(adminCounts.EN_REVISION).toBeGreaterThanOrEqual(2);
  });

  // ---- permissions ---------------------------------------------------------------------------

  it('`permisos` in GET follow the policy for each person and state, and the service enforces them', async () => {
    const review = await submitted(capA);
    const expectations: [HttpClient, string[]][] = [
      [capA, ['baja']],
      [revA, ['approve', 'reject', 'baja']],
      [revTodos, ['approve', 'reject', 'baja']],
      [admin, ['approve', 'reject', 'baja']],
      [consultaA, []],
    ];
    for (const [client, permisos] of expectations) expect((await ok(get(client, review.id))).permisos).toEqual(permisos);

    const pub = await ok(act(revA, review.id, 'approve', { version: review.version }));
    const onPublished: [HttpClient, string[]][] = [
      [capA, ['edit']],
      [revA, ['baja']],
      [admin, ['edit', 'baja']],
      [consultaA, []],
    ];
    for (const [client, permisos] of onPublished) expect((await ok(get(client, review.id))).permisos).toEqual(permisos);
    // What is not offered is refused.
    expect((await act(capA, pub.id, 'withdraw', { version: pub.version, motivo: 'No permitido' })).status).toBe(403);
    expect((await capA.post(`${RECORDS}/${pub.id}/approve`, { version: pub.version })).status).toBe(403);
    expect((await consultaA.put(`${RECORDS}/${pub.id}`, { datos: datos(), version: pub.version })).status).toBe(403);
  });
});
