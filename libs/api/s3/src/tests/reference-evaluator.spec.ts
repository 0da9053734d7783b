import { makeFaltasAdministrativasGraves, makeFaltasAdministrativasNoGraves, s3TipoSancionFixture, type S3Collection } from '@pde/shared/contracts';
import { evaluate, KEY, withKeysMatched, type RefQuery } from './reference-evaluator';

/**
 * The reference evaluator itself, on hand-computed cases (so that the property tests compare the
 * API with something that is known to read the SPEC right, not with a copy of the implementation).
 */
const NOW = new Date('2026-03-01T12:00:00Z');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const doc = (n: number, data: object, created = '2026-01-01T00:00:00.000Z') => ({ id: id(n), date_created: created, date_updated: null, ...data });

const graves = [
  doc(1, makeFaltasAdministrativasGraves({ fecha: '2025-01-10', datosGenerales: { primerApellido: 'NÚÑEZ', segundoApellido: undefined } })),
  doc(2, makeFaltasAdministrativasGraves({ fecha: '2025-03-01', datosGenerales: { primerApellido: 'Nunez' }, observaciones: undefined })),
  doc(
    3,
    makeFaltasAdministrativasGraves({
      fecha: '2025-03-01',
      datosGenerales: { primerApellido: 'Ñandú' },
      tipoSancion: [
        { clave: 'SUSPENSION', suspensionEmpleo: { plazoMeses: 1, plazoDias: 0, fechaInicial: '2025-01-01', fechaFinal: '2025-02-01' } },
        { clave: 'INHABILITACION', inhabilitacion: { plazoAnios: 1, plazoMeses: 0, plazoDias: 0, fechaInicial: '2026-02-01', fechaFinal: '2027-02-01' } },
      ] as never,
    }),
  ),
  doc(4, makeFaltasAdministrativasGraves({ fecha: '2024-12-31', datosGenerales: { primerApellido: 'Nava', nombres: 'Ángel' } })),
];

function run(query: RefQuery, role: 'publico' | 'confidencial' = 'publico', collection: S3Collection = 'faltas_administrativas_graves', docs = graves) {
  return evaluate(collection, docs, query, role, NOW);
}
const ids = (query: RefQuery, role: 'publico' | 'confidencial' = 'publico') => {
  const out = run({ ...query, fields: ['id'] }, role);
  if (out.status !== 200) throw new Error(`error ${out.codes.join()}`);
  return out.ids.map((i) => Number(i.slice(-3)));
};

describe('reference evaluator (test support)', () => {
  it('folds _icontains (case and accents, ñ ≠ n) and keeps _contains exact', () => {
    expect(ids({ filter: { datosGenerales: { primerApellido: { _icontains: 'nuñez' } } } })).toEqual([1]);
    expect(ids({ filter: { datosGenerales: { primerApellido: { _icontains: 'nunez' } } } })).toEqual([2]);
    expect(ids({ filter: { 'datosGenerales.primerApellido': { _contains: 'Ñ' } } })).toEqual([3, 1]);
    expect(ids({ filter: { datosGenerales: { primerApellido: { _nicontains: 'nu' } } } })).toEqual([3, 4]);
  });

  it('applies every condition under one list key to the same element; _some/_none explicit', () => {
    const same = { tipoSancion: { clave: { _eq: 'SUSPENSION' }, suspensionEmpleo: { fechaFinal: { _gte: '2026-01-01' } } } };
    expect(ids({ filter: same })).toEqual([]);
    const split = { _and: [{ tipoSancion: { clave: { _eq: 'SUSPENSION' } } }, { tipoSancion: { inhabilitacion: { fechaFinal: { _gte: '2026-01-01' } } } }] };
    expect(ids({ filter: split })).toEqual([3]);
    expect(ids({ filter: { tipoSancion: { _none: { clave: { _eq: 'SANCION_ECONOMICA' } } } } })).toEqual([3]);
    expect(ids({ filter: { tipoSancion: { _some: {} } } })).toHaveLength(4);
  });

  it('treats a missing sub-object as nulls, and negations as non-null only', () => {
    const noGraves = [doc(1, makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined })), doc(2, makeFaltasAdministrativasNoGraves())];
    const q = (filter: unknown) => {
      const out = evaluate('faltas_administrativas_no_graves', noGraves, { filter, fields: ['id'] }, 'publico', NOW);
      return out.status === 200 ? out.ids.map((i) => Number(i.slice(-3))) : out.codes;
    };
    expect(q({ empleoCargoComision: { siglasEntePublico: { _null: true } } })).toEqual([1]);
    expect(q({ empleoCargoComision: { siglasEntePublico: { _neq: 'X' } } })).toEqual([2]);
    expect(q({ empleoCargoComision: { _null: true } })).toEqual([1]);
    expect(q({ observaciones: { _nnull: true } })).toEqual([1, 2]);
    expect(q({ datosGenerales: { nombres: { _eq: 'Ana María' } } })).toEqual(['FORBIDDEN']);
  });

  it('canonicalises aliases, converts loosely typed numbers and compares money as emitted', () => {
    const aliased = [doc(1, makeFaltasAdministrativasNoGraves({ faltaCometida: [{ clave: 'CUMPLIR_FUNCIONES', descripcionHechos: 'x', normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: '1' }] }] }))];
    const out = evaluate('faltas_administrativas_no_graves', aliased, { filter: { faltaCometida: { clave: { _eq: 'CUMPLIR_FUNCIONES_DISCIPLINA_RESPETO' } } } }, 'publico', NOW);
    expect(out.status === 200 && out.ids).toEqual([id(1)]);
    // 125430.5 is emitted (and compared) as 125431.
    expect(ids({ filter: { tipoSancion: { sancionEconomica: { monto: { _eq: '125431' } } } } })).toEqual([2, 3, 1, 4].filter((n) => n !== 3).sort((a, b) => [2, 1, 4].indexOf(a) - [2, 1, 4].indexOf(b)));
    expect(ids({ filter: { tipoSancion: { inhabilitacion: { plazoAnios: { _in: '1,2' } } } } })).toEqual([2, 3, 1, 4]);
  });

  it('sorts in Spanish order with missing values last both ways and id as tie-breaker', () => {
    expect(ids({ sort: ['datosGenerales.primerApellido'] })).toEqual([4, 2, 1, 3]);
    expect(ids({ sort: ['-datosGenerales.primerApellido'] })).toEqual([3, 1, 2, 4]);
    expect(ids({ sort: ['datosGenerales.segundoApellido', 'id'] })).toEqual([2, 3, 4, 1]);
    expect(ids({ sort: ['-datosGenerales.segundoApellido'] })).toEqual([2, 3, 4, 1]);
    expect(ids({})).toEqual([2, 3, 1, 4]);
  });

  it('searches only visible one-to-one text fields, and ids given as UUIDs', () => {
    expect(ids({ search: 'ÁNGEL' })).toEqual([4]);
    expect(ids({ search: 'segunda instancia' })).toEqual([]);
    expect(ids({ search: 'segunda instancia' }, 'confidencial')).toEqual([3, 1, 4]);
    expect(ids({ search: id(3).toUpperCase() })).toEqual([3]);
    expect(ids({ search: ' \u0085 ' })).toHaveLength(4);
    expect(ids({ search: 'Adjudicó' })).toEqual([]); // lists are not searched
  });

  it('reports the errors of the first failing stage', () => {
    expect(run({ fields: ['datosGenerales.curp'], filter: { x: { _regex: '.' } } })).toEqual({ status: 'error', codes: ['FORBIDDEN'] });
    expect(run({ filter: { fecha: { _regex: '.' } } })).toEqual({ status: 'error', codes: ['INVALID_QUERY'] });
    expect(run({ filter: { constructor: { _eq: 1 } } }, 'confidencial')).toEqual({ status: 'error', codes: ['FORBIDDEN'] });
    expect(run({ filter: { tipoSancion: { _some: 'x' } } })).toEqual({ status: 'error', codes: ['INVALID_QUERY'] });
    expect(run({ sort: ['tipoSancion.clave'] })).toEqual({ status: 'error', codes: ['INVALID_QUERY'] });
    expect(run({ sort: ['observaciones'] })).toEqual({ status: 'error', codes: ['FORBIDDEN'] });
    expect(run({ sort: ['observaciones'] }, 'confidencial').status).toBe(200);
  });

  it('pages and counts', () => {
    const out = run({ fields: ['id'], limit: 2, page: 2, meta: ['filter_count', 'x'], filter: { fecha: { _gte: '2025-01-01' } } });
    expect(out).toEqual({ status: 200, ids: [id(1)], data: [{ id: id(1) }], meta: { filter_count: 3 } });
    expect(run({ limit: 0, meta: ['*'] })).toEqual({ status: 200, ids: [], data: [], meta: { total_count: 4, filter_count: 4 } });
  });

  it('renders keys for unexpanded relations and hides confidential fields at any depth', () => {
    const out = run({ fields: ['*.*.*'], filter: { id: { _eq: id(1) } } });
    if (out.status !== 200) throw new Error('error');
    const [record] = out.data as Record<string, Record<string, unknown>[]>[];
    expect(record['observaciones']).toBeUndefined();
    expect(record['datosGenerales']).toEqual({ nombres: 'Jorge', primerApellido: 'NÚÑEZ', segundoApellido: null, sexo: 'HOMBRE' });
    const economica = record['tipoSancion'][1]['sancionEconomica'] as Record<string, unknown>;
    expect(economica).toEqual({ monto: 125431, moneda: 'MXN', plazoPago: KEY, efectivamenteCobrado: KEY });
    expect(record['faltaCometida'][0]).not.toHaveProperty('normatividadInfringida');
    expect(withKeysMatched({ a: 7, b: [1, 2] }, { a: KEY, b: [KEY, KEY] })).toEqual({ a: KEY, b: [KEY, KEY] });
    expect(withKeysMatched({ a: 'x' }, { a: KEY })).toEqual({ a: 'x' });
    expect(s3TipoSancionFixture('SANCION_ECONOMICA')).toHaveProperty('sancionEconomica.monto', 125430.5);
  });
});
