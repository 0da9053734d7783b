import { compareSpanish } from '@pde/shared/contracts';
import fc from 'fast-check';
import { masksIntersecting, procedureMask, toFechaCaptura } from './s2-document';
import { orderBy, pickDependencias } from './s2-search.service';
import { parseSpicRequest } from './spic-request';

/** Pure pieces of the S2 search (SPEC §2.3, §2.4, §2.7, §5.3). */
describe('pickDependencias (SPEC §2.7)', () => {
  const row = (nombre: string, siglas: string, clave: string, count = 1) => ({ nombre, siglas, clave, count });

  it('one entry per nombre, all three keys, "" when missing, sorted in Spanish order', () => {
    expect(
      pickDependencias([row('Órgano Interno de Control', '', ''), row('Ñuu Savi', 'NS', 'N'), row('Nuevo León', 'NL', 'L'), row('Agua', 'A', 'A1'), row('Ayuntamiento de Álamos', 'AA', '')]),
    ).toEqual([
      { nombre: 'Agua', siglas: 'A', clave: 'A1' },
      { nombre: 'Ayuntamiento de Álamos', siglas: 'AA', clave: '' },
      { nombre: 'Nuevo León', siglas: 'NL', clave: 'L' },
      { nombre: 'Ñuu Savi', siglas: 'NS', clave: 'N' },
      { nombre: 'Órgano Interno de Control', siglas: '', clave: '' },
    ]);
  });

  it('siglas and clave each by majority of records; ties → the smallest in Spanish order', () => {
    expect(pickDependencias([row('X', 'B', 'k2', 2), row('X', 'A', 'k1', 1), row('X', 'B', 'k1', 2)])).toEqual([{ nombre: 'X', siglas: 'B', clave: 'k1' }]);
    expect(pickDependencias([row('X', 'Ñ', 'b', 1), row('X', 'N', 'a', 1), row('X', 'O', 'c', 1)])).toEqual([{ nombre: 'X', siglas: 'N', clave: 'a' }]);
    // An empty value can win by majority too (what most records say).
    expect(pickDependencias([row('X', '', '', 3), row('X', 'S', 'C', 2)])).toEqual([{ nombre: 'X', siglas: '', clave: '' }]);
  });

  it('names are compared after trimming and collapsing white space; blank names are dropped', () => {
    expect(pickDependencias([row('Secretaría de Obras', 'SOP', '1', 2), row(' Secretaría  de\tObras ', 'SO', '2', 1), row('   ', 'Z', 'Z', 9)])).toEqual([
      { nombre: 'Secretaría de Obras', siglas: 'SOP', clave: '1' },
    ]);
  });

  it('property: unique names, Spanish-sorted, each with siglas and clave taken from its rows', () => {
    const text = fc.constantFrom('Salud', 'salud', 'Sálud', 'Ñandú', 'Nandu', 'Chile', 'Cuba', 'Llano', 'Luna', ' Salud ', 'Agua  Potable', 'Agua Potable');
    fc.assert(
      fc.property(fc.array(fc.record({ nombre: text, siglas: fc.constantFrom('', 'A', 'B', 'Á'), clave: fc.constantFrom('', '1', '2'), count: fc.integer({ min: 1, max: 5 }) })), (rows) => {
        const out = pickDependencias(rows);
        const names = out.map((d) => d.nombre);
        expect(new Set(names).size).toBe(names.length);
        expect(names).toEqual([...names].sort(compareSpanish));
        for (const d of out) {
          const mine = rows.filter((r) => r.nombre.replace(/\s+/g, ' ').trim() === d.nombre);
          expect(mine.length).toBeGreaterThan(0);
          const total = (key: 'siglas' | 'clave', v: string) => mine.filter((r) => r[key] === v).reduce((n, r) => n + r.count, 0);
          for (const key of ['siglas', 'clave'] as const) {
            expect(mine.every((r) => total(key, r[key]) <= total(key, d[key]))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('orderBy (SPEC §2.4, §5.3)', () => {
  it('default order: primerApellido, segundoApellido, nombres, id', () => {
    expect(orderBy([])).toBe('rPrimer ASC, rSegundo ASC, rNombres ASC, id ASC');
  });

  it('keeps the priority of the entries, puts missing values last when descending, and appends id', () => {
    const sql = orderBy([
      { field: 'puesto', direction: 'desc' },
      { field: 'nombres', direction: 'asc' },
    ]);
    expect(sql).toMatch(/^CASE WHEN rPuesto = \d+ THEN 1 ELSE 0 END ASC, rPuesto DESC, rNombres ASC, id ASC$/);
    expect(orderBy([{ field: 'institucionDependencia', direction: 'asc' }])).toBe('rInst ASC, id ASC');
    expect(orderBy([{ field: 'segundoApellido', direction: 'desc' }])).toContain('rSegundo DESC');
  });
});

describe('procedure masks (any-of tipoProcedimiento, SPEC §2.3)', () => {
  it('only claves 1..5 set bits; intersecting masks are exactly those sharing a bit', () => {
    expect(procedureMask([1, 3])).toBe(0b101);
    expect(procedureMask([0, 6, 99, -1, 2])).toBe(0b10);
    expect(procedureMask([])).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), (mask) => {
        const masks = masksIntersecting(mask);
        for (let m = 1; m < 32; m++) expect(masks.includes(m)).toBe((m & mask) !== 0);
      }),
    );
  });
});

describe('toFechaCaptura (SPEC §2.6, G7)', () => {
  it('is UTC, YYYY-MM-DDTHH:MM:SSZ, without milliseconds', () => {
    expect(toFechaCaptura(new Date('2026-03-02T18:04:11.999Z'))).toBe('2026-03-02T18:04:11Z');
    expect(toFechaCaptura(new Date('2026-03-02T12:04:11-06:00'))).toBe('2026-03-02T18:04:11Z');
    fc.assert(fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (d) => expect(toFechaCaptura(d)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)));
  });
});

describe('parseSpicRequest (SPEC §2.2–§2.4)', () => {
  it('collects filters, sort, paging and rfcSolicitante; lists ignored keys', () => {
    expect(
      parseSpicRequest({
        page: '2',
        pageSize: 50,
        sort: { nombres: 'DESC', rfc: 'asc' },
        query: { nombres: ' ana ', curp: '', tipoProcedimiento: ['1', 3], rfcSolicitante: 'GODE561231GR8', otra: 1 },
        extra: true,
      }),
    ).toEqual({
      page: 2,
      pageSize: 50,
      sort: [{ field: 'nombres', direction: 'desc' }],
      filters: { nombres: 'ana', tipoProcedimiento: [1, 3] },
      rfcSolicitante: 'GODE561231GR8',
      ignoredKeys: ['extra', 'query.otra'],
    });
  });

  it('property: any JSON body parses or throws a 400 (types are checked before ranges)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        try {
          const parsed = parseSpicRequest(body);
          expect(Number.isSafeInteger(parsed.page) && Number.isSafeInteger(parsed.pageSize)).toBe(true);
        } catch (error) {
          expect((error as { status?: number }).status).toBe(400);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
