import { CaptureService } from '@pde/api/capture';
import type { IssuedCredentials } from '@pde/api/interconnection';
import {
  captureAndPublishS2,
  countRows,
  createConsumer,
  createEnte,
  expectSpicPage,
  harvestIds,
  JSON_UTF8,
  pdnClient,
  publishS2,
  spic,
  startTestApp,
  TEST_ACTOR,
  withdrawS2,
  type HttpClient,
  type TestApp,
} from '@pde/api/testing';
import { compareSpanish, foldedContains } from '@pde/shared/contracts';
import type { EnteEntity } from '@pde/api/entes';
import { s2RecordFactory } from './s2-synthetic';

/**
 * `GET /v1/spic/dependencias` (SPEC §2.7, §7.1 C6, §7.4 C18; checklist §7.8 item 8) and what the
 * PDN may see at all (SPEC G3; checklist §7.8 item 16): only published versions; a withdrawal
 * removes the record from data, counts and dependencias at once; an edit in progress does not show.
 */
interface Dependencia {
  nombre: string;
  siglas: string;
  clave: string;
}

describe('GET /v1/spic/dependencias and publication state (SPEC §2.7, G3)', () => {
  let t: TestApp;
  let publico: IssuedCredentials;
  let confidencial: IssuedCredentials;
  let client: HttpClient;
  let ente: EnteEntity;
  const institutions: string[] = []; // institucionDependencia.nombre of every record published here

  async function dependencias(c: HttpClient = client): Promise<Dependencia[]> {
    const response = await c.get<Dependencia[]>('/v1/spic/dependencias');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(JSON_UTF8);
    expect(Array.isArray(response.body)).toBe(true);
    return response.body;
  }

  async function publish(list: { nombre: string; siglas?: string; clave?: string }[]) {
    const records = await publishS2(
      t,
      ente,
      list.map((inst) => ({ institucionDependencia: inst })),
    );
    institutions.push(...list.map((i) => i.nombre));
    return records;
  }

  beforeAll(async () => {
    t = await startTestApp();
    publico = await createConsumer(t, 'publico');
    confidencial = await createConsumer(t, 'confidencial');
    ente = await createEnte(t, { nombre: 'Secretaría de Salud', siglas: 'SS', clave: 'SS-01' });
    client = await pdnClient(t, publico);
  });
  afterAll(() => t.close());

  it('with nothing published: 200 and [] (an array, never an error)', async () => {
    expect(await dependencias()).toEqual([]);
  });

  describe('with records of several institutions', () => {
    beforeAll(async () => {
      const repeat = (n: number, inst: { nombre: string; siglas?: string; clave?: string }) => Array.from({ length: n }, () => inst);
      await publish([
        ...repeat(3, { nombre: 'Secretaría de Salud', siglas: 'SS', clave: 'SS-01' }),
        // Conflicting siglas/clave: majority wins; ties go to the smallest in Spanish order.
        ...repeat(2, { nombre: 'Instituto Estatal Electoral', siglas: 'IEE', clave: 'IEE-2' }),
        ...repeat(1, { nombre: 'Instituto Estatal Electoral', siglas: 'IEE', clave: 'IEE-1' }),
        ...repeat(1, { nombre: 'Instituto Estatal Electoral', siglas: 'IEEQ', clave: 'IEE-1' }),
        ...repeat(1, { nombre: 'Fiscalía General', siglas: 'FGE', clave: 'B' }),
        ...repeat(1, { nombre: 'Fiscalía General', siglas: 'FG', clave: 'A' }),
        // No siglas, no clave: "" for both, keys still present.
        ...repeat(2, { nombre: 'Órgano Interno de Control' }),
        // Whitespace variants of one name are one entry (§2.7, §5.1 step 5).
        ...repeat(2, { nombre: 'Secretaría de Obras', siglas: 'SOP', clave: 'SOP-1' }),
        ...repeat(1, { nombre: 'Secretaría  de Obras ', siglas: 'SO', clave: 'SO-9' }),
        // Spanish order: ñ after n, accents next to their letter, ch/ll not letters.
        { nombre: 'Ñuu Savi, Instituto', siglas: 'NSI', clave: 'N-1' },
        { nombre: 'Nuevo Hospital Civil', siglas: 'NHC', clave: 'N-2' },
        { nombre: 'Ayuntamiento de Álamos', siglas: 'AA', clave: 'A-1' },
        { nombre: 'Agua Potable, Comisión', siglas: 'CAP', clave: 'A-2' },
        { nombre: 'Chihuahua, Oficina de Enlace', siglas: 'OE', clave: 'C-1' },
        { nombre: 'Llano Grande, Municipio', siglas: 'LG', clave: 'L-1' },
        // Names with LIKE wildcards: the invariant must hold for them too.
        { nombre: 'Fondo 50% Municipal', siglas: 'F50', clave: 'F-50' },
        { nombre: 'Comité_Técnico de Obras', siglas: 'CT', clave: 'C_T' },
      ]);
    });

    it('§7.8.8: every item has exactly nombre, siglas and clave (strings; "" when missing), one per name', async () => {
      const list = await dependencias();
      for (const item of list) {
        expect(Object.keys(item).sort()).toEqual(['clave', 'nombre', 'siglas']);
        expect([typeof item.nombre, typeof item.siglas, typeof item.clave]).toEqual(['string', 'string', 'string']);
        expect(item.nombre.trim()).not.toBe('');
      }
      expect(new Set(list.map((d) => d.nombre)).size).toBe(list.length);
      expect(list.find((d) => d.nombre === 'Órgano Interno de Control')).toEqual({ nombre: 'Órgano Interno de Control', siglas: '', clave: '' });
    });

    it('siglas and clave: the value on most records; ties → the smallest in Spanish order', async () => {
      const byName = new Map((await dependencias()).map((d) => [d.nombre, d]));
      expect(byName.get('Instituto Estatal Electoral')).toEqual({ nombre: 'Instituto Estatal Electoral', siglas: 'IEE', clave: 'IEE-1' });
      expect(byName.get('Fiscalía General')).toEqual({ nombre: 'Fiscalía General', siglas: 'FG', clave: 'A' });
      expect(byName.get('Secretaría de Salud')).toEqual({ nombre: 'Secretaría de Salud', siglas: 'SS', clave: 'SS-01' });
    });

    it('names that differ only in spaces are one entry, majority counted over all of them', async () => {
      const obras = (await dependencias()).filter((d) => foldedContains(d.nombre, 'secretaría de obras'));
      expect(obras).toEqual([{ nombre: 'Secretaría de Obras', siglas: 'SOP', clave: 'SOP-1' }]);
    });

    it('order: nombre ascending in Spanish collation', async () => {
      const names = (await dependencias()).map((d) => d.nombre);
      expect(names).toEqual([...names].sort(compareSpanish));
      expect(names).toEqual([
        'Agua Potable, Comisión',
        'Ayuntamiento de Álamos',
        'Chihuahua, Oficina de Enlace',
        'Comité_Técnico de Obras',
        'Fiscalía General',
        'Fondo 50% Municipal',
        'Instituto Estatal Electoral',
        'Llano Grande, Municipio',
        'Nuevo Hospital Civil',
        'Ñuu Savi, Instituto',
        'Órgano Interno de Control',
        'Secretaría de Obras',
        'Secretaría de Salud',
      ]);
    });

    it('§7.8.8 invariant: every name → POST with it as institucionDependencia and pageSize 1 → totalRows ≥ 1 (both roles)', async () => {
      const other = await pdnClient(t, confidencial);
      for (const c of [client, other]) {
        for (const { nombre } of await dependencias(c)) {
          const totalRows = await countRows(c, { institucionDependencia: nombre });
          expect({ nombre, atLeastOne: totalRows >= 1 }).toEqual({ nombre, atLeastOne: true });
          expect({ nombre, totalRows }).toEqual({ nombre, totalRows: institutions.filter((i) => foldedContains(i, nombre)).length });
        }
      }
    });

    it('is the same list for both roles', async () => {
      expect(await dependencias(await pdnClient(t, confidencial))).toEqual(await dependencias());
    });
  });

  describe('only published records are served (G3; §7.8.16)', () => {
    it('drafts, records under review and rejected records never appear', async () => {
      const capture = t.get(CaptureService);
      const { institucionDependencia: _i, ...datos } = s2RecordFactory({ primerApellido: 'BORRADORIO' });
      const draft = await capture.create('s2', TEST_ACTOR, { enteId: ente.id, datos });
      expect(await countRows(client, { primerApellido: 'borradorio' })).toBe(0);
      const submitted = await capture.submit('s2', draft.id, TEST_ACTOR, { version: draft.version });
      expect(await countRows(client, { primerApellido: 'borradorio' })).toBe(0);
      await capture.reject('s2', draft.id, TEST_ACTOR, { version: submitted.version, comentario: 'Faltan datos del puesto.' });
      expect(await countRows(client, { primerApellido: 'borradorio' })).toBe(0);
      expect(await countRows(client, { id: draft.id })).toBe(0);
    });

    it('a withdrawn record disappears at once from data, counts and dependencias; restored, it comes back', async () => {
      const unique = await createEnte(t, { nombre: 'Instituto Único de Pruebas', siglas: 'IUP', clave: 'IUP-1' });
      const id = await captureAndPublishS2(t, unique, { primerApellido: 'RETIRADO' });
      const totalBefore = await countRows(client, {});
      expect(await countRows(client, { id })).toBe(1);
      expect((await dependencias()).map((d) => d.nombre)).toContain('Instituto Único de Pruebas');

      await withdrawS2(t, id);
      expect(await countRows(client, { id })).toBe(0);
      expect(await countRows(client, { primerApellido: 'retirado' })).toBe(0);
      expect(await countRows(client, { institucionDependencia: 'Instituto Único de Pruebas' })).toBe(0);
      expect(await countRows(client, {})).toBe(totalBefore - 1);
      expect(expectSpicPage(await spic(client, { page: 1, pageSize: 1 })).pagination.totalRows).toBe(totalBefore - 1);
      expect(await harvestIds(client)).not.toContain(id);
      expect((await dependencias()).map((d) => d.nombre)).not.toContain('Instituto Único de Pruebas');

      const capture = t.get(CaptureService);
      await capture.restore('s2', id, TEST_ACTOR, { version: (await capture.get('s2', id, TEST_ACTOR)).version });
      expect(await countRows(client, { id })).toBe(1);
      expect((await dependencias()).map((d) => d.nombre)).toContain('Instituto Único de Pruebas');
    });

    it('withdrawing one of several records of an institution updates its majority siglas/clave', async () => {
      const records = await publish([
        { nombre: 'Junta de Caminos', siglas: 'JC', clave: 'JC-1' },
        { nombre: 'Junta de Caminos', siglas: 'JEC', clave: 'JEC-1' },
        { nombre: 'Junta de Caminos', siglas: 'JEC', clave: 'JEC-1' },
      ]);
      const find = async () => (await dependencias()).find((d) => d.nombre === 'Junta de Caminos');
      expect(await find()).toEqual({ nombre: 'Junta de Caminos', siglas: 'JEC', clave: 'JEC-1' });
      await withdrawS2(t, records[1].id);
      await withdrawS2(t, records[2].id);
      expect(await find()).toEqual({ nombre: 'Junta de Caminos', siglas: 'JC', clave: 'JC-1' });
      expect(await countRows(client, { institucionDependencia: 'junta de caminos' })).toBe(1);
    });

    it('a published record being edited keeps serving its published version until the new one is approved', async () => {
      const capture = t.get(CaptureService);
      const id = await captureAndPublishS2(t, ente, { primerApellido: 'EDITADO', puesto: { nombre: 'Analista de Compras', nivel: 'P11' } });
      const served = async () => expectSpicPage(await spic(client, { query: { id } }), { totalRows: 1 }).results[0];
      const before = await served();
      expect(before.puesto).toEqual({ nombre: 'Analista de Compras', nivel: 'P11' });

      const view = await capture.get('s2', id, TEST_ACTOR);
      const datos = { ...(view.publicado?.datos as Record<string, unknown>), puesto: { nombre: 'Jefa de Adquisiciones', nivel: 'O31' } };
      const edited = await capture.update('s2', id, TEST_ACTOR, { datos, version: view.version });
      expect(await served()).toEqual(before);
      const submitted = await capture.submit('s2', id, TEST_ACTOR, { version: edited.version });
      expect(await served()).toEqual(before);
      expect(await countRows(client, { id })).toBe(1);

      const approvedAt = new Date('2027-01-15T16:30:45.123Z');
      t.setNow(approvedAt);
      try {
        await capture.approve('s2', id, TEST_ACTOR, { version: submitted.version });
      } finally {
        t.setNow(null);
      }
      const after = await served();
      expect(after.puesto).toEqual({ nombre: 'Jefa de Adquisiciones', nivel: 'O31' });
      expect(after.fechaCaptura).toBe('2027-01-15T16:30:45Z');
      expect(await countRows(client, { primerApellido: 'editado' })).toBe(1); // replaced, not duplicated
    });
  });
});
