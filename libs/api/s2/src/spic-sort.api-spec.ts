import type { IssuedCredentials } from '@pde/api/interconnection';
import { createConsumer, createEnte, expectSpicPage, pdnClient, publishS2, spic, startTestApp, type HttpClient, type TestApp } from '@pde/api/testing';
import { compareSpanish, type S2ApiRecord, type S2RecordData } from '@pde/shared/contracts';
import fc from 'fast-check';

/**
 * S2 v1.1 sort (SPEC §2.4, §5.3; checklist §7.8 item 12): default order, every key in both
 * directions, priority by key order, ignored junk, missing values last both ways, `id` as final
 * tie-breaker, and the Spanish order of the checklist's fixed list — compared with a reference
 * sort built on `compareSpanish` (UCA + CLDR `es`).
 */
const SORT_FIELDS = ['nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia', 'puesto'] as const;
type SortField = (typeof SORT_FIELDS)[number];

const SPANISH_LIST = ['Oropeza', 'Ñandú', 'Núñez', 'Nuñez', 'Nava', 'Ángel', 'Angel', 'angel', 'Chávez', 'Cruz', 'Llamas', 'Luna', 'Lopez', 'López'];
const SPANISH_ORDER = ['angel', 'Angel', 'Ángel', 'Chávez', 'Cruz', 'Llamas', 'Lopez', 'López', 'Luna', 'Nava', 'Nuñez', 'Núñez', 'Ñandú', 'Oropeza'];

const GIVEN = ['Ángel', 'Angel', 'angel', 'José', 'Jose', 'María José', 'Ñeco', 'Nicolás', 'Luz', 'Lluvia', 'Chelo', 'Carmen'];
const SURNAMES = ['Núñez', 'Nuñez', 'Nunez', 'Ñandú', 'Nava', 'Chávez', 'Cruz', 'Llamas', 'Luna', 'López', 'Lopez', 'de la Cruz', 'DEL RÍO', 'Oropeza', 'Zúñiga', 'Álvarez', 'Alvarez'];
const INSTITUTIONS = ['Secretaría de Salud', 'Secretaria de Salud', 'Ayuntamiento de Álamos', 'Ayuntamiento de Alamos', 'Órgano Interno de Control', 'Comisión Estatal del Agua', 'Ñuu Savi, Instituto'];
const POSITIONS = ['Director', 'Directora', 'Jefe de Departamento', 'Jefa de departamento', 'Analista', 'Ángel de la Guarda', 'Chofer'];

const fieldOf = (r: S2ApiRecord, field: SortField): string | undefined =>
  field === 'institucionDependencia' ? r.institucionDependencia.nombre : field === 'puesto' ? r.puesto.nombre : r[field];

/** The order SPEC §2.4/§5.3 prescribes for `sort` entries (already validated). */
function referenceOrder(records: S2ApiRecord[], sort: { field: SortField; direction: 'asc' | 'desc' }[]): string[] {
  const keys = sort.length ? sort : (['primerApellido', 'segundoApellido', 'nombres'] as const).map((field) => ({ field, direction: 'asc' as const }));
  return [...records]
    .sort((a, b) => {
      for (const { field, direction } of keys) {
        const va = fieldOf(a, field);
        const vb = fieldOf(b, field);
        if (va === undefined || vb === undefined) {
          if (va !== vb) return va === undefined ? 1 : -1; // missing last, in both directions
          continue;
        }
        const c = compareSpanish(va, vb);
        if (c !== 0) return direction === 'asc' ? c : -c;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    })
    .map((r) => r.id);
}

/** `readSort` as the SPEC words it: allowed keys, directions case-insensitive, everything else ignored. */
function validEntries(sort: Record<string, unknown>): { field: SortField; direction: 'asc' | 'desc' }[] {
  return Object.entries(sort).flatMap(([key, direction]) => {
    if (!(SORT_FIELDS as readonly string[]).includes(key) || typeof direction !== 'string') return [];
    const d = direction.toLowerCase();
    return d === 'asc' || d === 'desc' ? [{ field: key as SortField, direction: d }] : [];
  });
}

describe('POST /v1/spic — sort (SPEC §2.4, §5.3)', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;
  let client: HttpClient;
  let records: S2ApiRecord[];

  async function order(sort: unknown, query: Record<string, unknown> = { nombres: '', primerApellido: '' }): Promise<string[]> {
    const page = expectSpicPage(await spic(client, { page: 1, pageSize: 200, sort, query }));
    return page.results.map((r) => r.id);
  }

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t);
    const ente = await createEnte(t, { nombre: 'Secretaría de Hacienda', siglas: 'SH', clave: 'SH-01' });
    const rows: Partial<S2RecordData>[] = [];
    for (let i = 0; i < 48; i++) {
      rows.push({
        nombres: GIVEN[(i * 5) % GIVEN.length],
        primerApellido: SURNAMES[(i * 7) % SURNAMES.length],
        segundoApellido: i % 4 === 3 ? undefined : SURNAMES[(i * 3 + 1) % SURNAMES.length],
        institucionDependencia: { nombre: INSTITUTIONS[i % INSTITUTIONS.length], siglas: 'X' },
        puesto: { nombre: POSITIONS[(i * 2) % POSITIONS.length], nivel: 'K11' },
      });
    }
    // Exact duplicates: only `id` can order them.
    rows.push(rows[0], rows[0], rows[1]);
    await publishS2(t, ente, rows);
    client = await pdnClient(t, consumer);
    records = expectSpicPage(await spic(client, { pageSize: 200 })).results;
    expect(records).toHaveLength(rows.length);
  });
  afterAll(() => t.close());

  it('default order: primerApellido, segundoApellido, nombres ascending (missing last), then id', async () => {
    const expected = referenceOrder(records, []);
    expect(await order(undefined)).toEqual(expected);
    for (const junk of [null, {}, 'nombres', ['nombres'], 5, { rfc: 'asc', curp: 'desc', id: 'desc', foo: 'asc' }, { nombres: 'up', primerApellido: '' }]) {
      expect(await order(junk)).toEqual(expected);
    }
  });

  it.each(SORT_FIELDS.flatMap((field) => (['asc', 'desc'] as const).map((direction) => ({ field, direction }))))(
    'sort by $field $direction matches the Spanish reference order',
    async ({ field, direction }) => {
      const ids = await order({ [field]: direction });
      expect(ids).toEqual(referenceOrder(records, [{ field, direction }]));
      expect(await order({ [field]: direction.toUpperCase() })).toEqual(ids);
    },
  );

  it('priority follows the key order of the received object', async () => {
    const ab = await order({ primerApellido: 'asc', nombres: 'desc' });
    const ba = await order({ nombres: 'desc', primerApellido: 'asc' });
    expect(ab).toEqual(referenceOrder(records, [{ field: 'primerApellido', direction: 'asc' }, { field: 'nombres', direction: 'desc' }]));
    expect(ba).toEqual(referenceOrder(records, [{ field: 'nombres', direction: 'desc' }, { field: 'primerApellido', direction: 'asc' }]));
    expect(ab).not.toEqual(ba);
  });

  it('unknown keys and invalid directions are ignored, never an error', async () => {
    expect(await order({ foo: 'asc', nombres: 'up', primerApellido: 'DESC', rfc: 'asc' })).toEqual(await order({ primerApellido: 'desc' }));
    expect(await order({ segundoApellido: 1, puesto: 'Desc', institucionDependencia: null })).toEqual(await order({ puesto: 'desc' }));
  });

  it('missing segundoApellido sorts last in both directions', async () => {
    const missing = new Set(records.filter((r) => r.segundoApellido === undefined).map((r) => r.id));
    expect(missing.size).toBeGreaterThan(5);
    for (const direction of ['asc', 'desc']) {
      const ids = await order({ segundoApellido: direction });
      expect(ids.slice(ids.length - missing.size).every((id) => missing.has(id))).toBe(true);
      expect(ids.slice(0, ids.length - missing.size).some((id) => missing.has(id))).toBe(false);
    }
  });

  it('property: any sort object (valid, junk or mixed) gives the reference order', async () => {
    const direction = fc.constantFrom<unknown>('asc', 'desc', 'ASC', 'DESC', 'Asc', 'dEsC', 'up', 'ascending', '', 1, null, true, { asc: 1 });
    const key = fc.constantFrom(...SORT_FIELDS, 'rfc', 'curp', 'id', 'fechaCaptura', 'foo', 'nombre');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(key, direction), { maxLength: 6, selector: ([k]) => k }), async (entries) => {
        const sort = Object.fromEntries(entries);
        expect(await order(sort)).toEqual(referenceOrder(records, validEntries(sort)));
      }),
      { numRuns: 120 },
    );
  });

  it('§7.8.12: the fixed list of the checklist sorts exactly in Spanish order (ch and ll are not letters; ñ after n)', async () => {
    const ente = await createEnte(t, { nombre: 'Comisión de Orden Alfabético', siglas: 'COA', clave: 'COA-01' });
    // The same list as primerApellido, as nombres and as institution name, each in its own set of records.
    await publishS2(t, ente, SPANISH_LIST.map((primerApellido) => ({ nombres: 'LISTAPRIMERO', primerApellido, segundoApellido: 'IGUAL' })));
    await publishS2(t, ente, SPANISH_LIST.map((nombres) => ({ nombres, primerApellido: 'LISTANOMBRES', segundoApellido: 'IGUAL' })));
    await publishS2(
      t,
      ente,
      SPANISH_LIST.map((nombre) => ({ nombres: 'LISTAINSTITUCION', primerApellido: 'IGUAL', institucionDependencia: { nombre, siglas: 'L' } })),
    );
    const values = async (query: Record<string, string>, sort: unknown, field: SortField) => {
      const page = expectSpicPage(await spic(client, { page: 1, pageSize: 200, query, sort }));
      return page.results.map((r) => fieldOf(r, field));
    };
    expect(await values({ nombres: 'LISTAPRIMERO' }, undefined, 'primerApellido')).toEqual(SPANISH_ORDER);
    expect(await values({ nombres: 'LISTAPRIMERO' }, { primerApellido: 'asc' }, 'primerApellido')).toEqual(SPANISH_ORDER);
    expect(await values({ nombres: 'LISTAPRIMERO' }, { primerApellido: 'desc' }, 'primerApellido')).toEqual([...SPANISH_ORDER].reverse());
    expect(await values({ primerApellido: 'LISTANOMBRES' }, undefined, 'nombres')).toEqual(SPANISH_ORDER);
    expect(await values({ primerApellido: 'LISTANOMBRES' }, { nombres: 'desc' }, 'nombres')).toEqual([...SPANISH_ORDER].reverse());
    expect(await values({ nombres: 'LISTAINSTITUCION' }, { institucionDependencia: 'asc' }, 'institucionDependencia')).toEqual(SPANISH_ORDER);
  });
});
