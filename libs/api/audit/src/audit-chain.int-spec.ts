import { CryptoService, Db, type Principal } from '@pde/api/core';
import { createUser, signedIn, startTestApp, TEST_ACTOR, type TestApp } from '@pde/api/testing';
import type { ApiErrorBody } from '@pde/shared/contracts';
import type { AuditEntryView } from './audit-query.service';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditVerifier } from './audit-verifier';
import { AuditService, GENESIS_HASH, hashedContent, type AuditInput } from './audit.service';

type Row = Record<string, unknown>;

/**
 * The audit log is append-only and hash-chained: each entry's hash covers the previous hash and
 * its own content, so editing, deleting or inserting rows by hand is detected by the verifier.
 */
describe('Audit log hash chain', () => {
  let t: TestApp;
  let db: Db;
  let audit: AuditService;
  let verifier: AuditVerifier;
  let entryCounter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.get(Db);
    audit = t.get(AuditService);
    verifier = t.get(AuditVerifier);
  });
  afterAll(() => t.close());

  const capturista: Principal = { kind: 'user', userId: 7, email: 'capturista@pruebas.gob.mx', name: 'Capturista', role: 'CAPTURISTA', enteId: 3, reviewScope: [], sessionId: 'x', mustChangePassword: false };

  /** Factory: an audit entry input, overridable. */
  function entry(overrides: Partial<AuditInput> = {}): AuditInput {
    entryCounter++;
    return { action: 'registro.modificar', entityType: 's2', entityId: `registro-${entryCounter}`, enteId: 3, details: { cambios: [{ path: 'nombres', before: 'Ana', after: `Ana ${entryCounter}` }] }, actor: capturista, ...overrides };
  }
  const rows = () => db.run((em) => em.getRepository(AuditEntryEntity).find({ order: { id: 'ASC' } }));
  const rawRow = async (id: number) => (await db.query<Row>('SELECT * FROM audit_log WHERE id = ?', [id]))[0];
  const lastId = async () => Number((await db.query<{ n: number }>('SELECT MAX(id) AS n FROM audit_log'))[0].n);
  async function reinsert(row: Row) {
    const columns = Object.keys(row);
    await db.query(`INSERT INTO audit_log (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`, columns.map((c) => row[c]));
  }
  async function expectIntact() {
    const result = await verifier.verify();
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    return result;
  }

  it('starts a chain from nothing even with concurrent writers, with sequential ids', async () => {
    expect(await rows()).toEqual([]);
    await Promise.all(Array.from({ length: 8 }, () => audit.record(entry())));
    expect((await rows()).map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await expectIntact()).entries).toBe(8);
  });

  it('chains every entry to the previous one: hash = SHA-256(previous hash, canonical content)', async () => {
    for (let i = 0; i < 4; i++) await audit.record(entry({ actor: i % 2 ? TEST_ACTOR : capturista, details: i === 3 ? undefined : { motivo: `motivo ${i}`, ñ: 'acentuación' } }));
    const all = await rows();
    const crypto = t.get(CryptoService);
    let previous = GENESIS_HASH;
    for (const row of all) {
      expect(row.prevHash).toBe(previous);
      expect(row.hash).toBe(crypto.sha256(`${previous}\n${hashedContent(row)}`));
      previous = row.hash;
    }
    const result = await expectIntact();
    expect(result).toEqual({ ok: true, entries: all.length, headHash: previous, problems: [] });
    expect(await verifier.verify(3)).toEqual(result);
  });

  it('records who, when, ente, entity, action and details as given', async () => {
    const written = await audit.record(entry({ action: 'registro.aprobar', entityId: 'abc', details: { version: 2 } }));
    expect(await rawRow(written.id)).toMatchObject({ actorType: 'user', actorId: '7', actorLabel: 'capturista@pruebas.gob.mx', enteId: 3, action: 'registro.aprobar', entityType: 's2', entityId: 'abc', details: '{"version":2}' });
  });

  it('shortens details too long for the column instead of failing, and the chain stays intact', async () => {
    const long = 'á'.repeat(70_000);
    const written = await audit.record(entry({ details: { cambios: [{ path: 'observaciones', before: long, after: `${long}!` }] } }));
    const details = JSON.parse((await rawRow(written.id))['details'] as string) as { recortado: boolean; cambios: { path: string; before: string; after: string }[] };
    expect(details.recortado).toBe(true);
    expect(details.cambios[0].path).toBe('observaciones');
    expect(details.cambios[0].before).toBe(`${'á'.repeat(500)}…`);
    const huge = await audit.record(entry({ details: { lista: Array.from({ length: 20_000 }, (_, i) => `elemento ${i}`) } }));
    expect(JSON.parse((await rawRow(huge.id))['details'] as string)).toMatchObject({ recortado: true, bytesOriginales: expect.any(Number) });
    await expectIntact();
  });

  describe('tampering by hand is detected', () => {
    beforeEach(async () => {
      for (let i = 0; i < 3; i++) await audit.record(entry());
      await expectIntact();
    });
    afterEach(expectIntact);

    it.each([
      ['details', JSON.stringify({ cambios: [] })],
      ['actorLabel', 'otra-persona@pruebas.gob.mx'],
      ['action', 'registro.crear'],
      ['enteId', 99],
    ])('UPDATE of %s in a middle row', async (column, value) => {
      const id = (await lastId()) - 1;
      const original = await rawRow(id);
      await db.query(`UPDATE audit_log SET ${column} = ? WHERE id = ?`, [value, id]);
      const result = await verifier.verify();
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([`El contenido de la entrada ${id} fue modificado.`]);
      await db.query(`UPDATE audit_log SET ${column} = ? WHERE id = ?`, [original[column], id]);
    });

    it('UPDATE of a row with its hash recomputed breaks the link with the next row', async () => {
      const id = (await lastId()) - 1;
      const original = await rawRow(id);
      const forged = Object.assign(new AuditEntryEntity(), (await rows()).find((r) => r.id === id), { details: '{"forjado":true}' });
      const forgedHash = t.get(CryptoService).sha256(`${forged.prevHash}\n${hashedContent(forged)}`);
      await db.query('UPDATE audit_log SET details = ?, hash = ? WHERE id = ?', [forged.details, forgedHash, id]);
      expect((await verifier.verify()).problems).toEqual([`La entrada ${id + 1} no encadena con la anterior (hash previo alterado).`]);
      await db.query('UPDATE audit_log SET details = ?, hash = ? WHERE id = ?', [original['details'], original['hash'], id]);
    });

    it('DELETE of a middle row', async () => {
      const id = (await lastId()) - 1;
      const original = await rawRow(id);
      await db.query('DELETE FROM audit_log WHERE id = ?', [id]);
      const result = await verifier.verify();
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([`Faltan las entradas ${id} a ${id} (fueron borradas).`, `La entrada ${id + 1} no encadena con la anterior (hash previo alterado).`]);
      expect(await verifier.verify(2)).toEqual(result);
      await reinsert(original);
    });

    it('DELETE of the last row', async () => {
      const id = await lastId();
      const original = await rawRow(id);
      await db.query('DELETE FROM audit_log WHERE id = ?', [id]);
      const result = await verifier.verify();
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([`El final de la cadena no coincide: se esperaba la entrada ${id}; las últimas entradas fueron borradas o alteradas.`]);
      await reinsert(original);
    });

    it('DELETE of the first row', async () => {
      const original = await rawRow(1);
      await db.query('DELETE FROM audit_log WHERE id = 1');
      expect((await verifier.verify()).problems).toEqual(['Faltan las entradas 1 a 1 (fueron borradas).', 'La entrada 2 no encadena con la anterior (hash previo alterado).']);
      await reinsert(original);
    });

    it('INSERT of a forged row, with a made-up hash or a correctly chained one', async () => {
      const last = await rawRow(await lastId());
      const forgedId = Number(last['id']) + 1;
      await reinsert({ ...last, id: forgedId, action: 'usuario.crear', details: '{"forjado":true}', prevHash: last['hash'], hash: 'f'.repeat(64) });
      const madeUp = await verifier.verify();
      expect(madeUp.ok).toBe(false);
      expect(madeUp.problems).toEqual([
        `El contenido de la entrada ${forgedId} fue modificado.`,
        `El final de la cadena no coincide: se esperaba la entrada ${forgedId - 1}; las últimas entradas fueron borradas o alteradas.`,
      ]);
      // An attacker who knows the algorithm chains the forged row correctly: the head still tells.
      const forged = (await rows()).at(-1) as AuditEntryEntity;
      await db.query('UPDATE audit_log SET hash = ? WHERE id = ?', [t.get(CryptoService).sha256(`${forged.prevHash}\n${hashedContent(forged)}`), forgedId]);
      const chained = await verifier.verify();
      expect(chained.problems).toEqual([`El final de la cadena no coincide: se esperaba la entrada ${forgedId - 1}; las últimas entradas fueron borradas o alteradas.`]);
      await db.query('DELETE FROM audit_log WHERE id = ?', [forgedId]);
    });

    it('UPDATE of the chain head', async () => {
      const [head] = await db.query<{ lastId: number; lastHash: string }>('SELECT lastId, lastHash FROM audit_chain_head WHERE id = 1');
      await db.query('UPDATE audit_chain_head SET lastHash = ? WHERE id = 1', ['0'.repeat(64)]);
      expect((await verifier.verify()).ok).toBe(false);
      await db.query('UPDATE audit_chain_head SET lastHash = ? WHERE id = 1', [head.lastHash]);
    });

    it('emptying the log entirely', async () => {
      const all = await db.query<Row>('SELECT * FROM audit_log ORDER BY id');
      await db.query('DELETE FROM audit_log');
      const result = await verifier.verify();
      expect(result.ok).toBe(false);
      expect(result.entries).toBe(0);
      for (const row of all) await reinsert(row);
    });
  });

  it('GET /api/audit lists newest first with filters, and refuses dates that do not exist', async () => {
    const admin = await signedIn(t, await createUser(t, 'ADMIN'));
    await audit.record(entry({ action: 'registro.baja', entityId: 'filtrado', details: { motivo: 'Duplicado' } }));
    const list = await admin.get<{ total: number; items: AuditEntryView[] }>('/api/audit?tamano=2');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0].id).toBeGreaterThan(list.body.items[1].id);
    const filtered = await admin.get<{ total: number; items: AuditEntryView[] }>('/api/audit?accion=registro.baja&tipo=s2&id=filtrado');
    expect(filtered.body).toMatchObject({ total: 1, items: [{ action: 'registro.baja', entityId: 'filtrado', actor: 'capturista@pruebas.gob.mx', details: { motivo: 'Duplicado' } }] });
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.get<{ total: number }>(`/api/audit?desde=${today}&hasta=${today}&accion=registro.baja`)).body.total).toBeGreaterThanOrEqual(1);
    expect((await admin.get<{ total: number }>('/api/audit?hasta=2000-01-01')).body.total).toBe(0);
    for (const query of ['desde=ayer', 'hasta=2026-02-30', 'pagina=0', 'tamano=501']) {
      const response = await admin.get<ApiErrorBody>(`/api/audit?${query}`);
      expect({ query, status: response.status, paths: response.body.errors?.map((e) => e.path) }).toEqual({ query, status: 422, paths: [query.split('=')[0]] });
    }
  });

  it('new entries keep chaining after the tamper checks were undone', async () => {
    const before = await lastId();
    await audit.record(entry());
    expect(await lastId()).toBe(before + 1);
    await expectIntact();
  });
});
