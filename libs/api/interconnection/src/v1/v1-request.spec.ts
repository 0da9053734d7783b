import { PdnV1Error } from '@pde/api/core';
import fc from 'fast-check';
import {
  bodyObject,
  checkPagingRanges,
  readClaveList,
  readPaging,
  readQueryObject,
  readRfcSolicitante,
  readSort,
  readTextFilter,
} from './v1-request';

/** The PdnV1Error thrown by `fn` (status and normative message, SPEC §6.1), or undefined. */
function errorOf(fn: () => unknown): { status: number; message: string } | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!(error instanceof PdnV1Error)) throw error;
    return { status: error.status, message: error.message };
  }
}

const FIELDS = ['nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia', 'puesto'] as const;

describe('v1 request parsing (SPEC §2.2–§2.4, §5.2, §5.4, §6.1)', () => {
  describe('bodyObject', () => {
    it('an absent or null body is {}; an object is itself', () => {
      expect(bodyObject(undefined)).toEqual({});
      expect(bodyObject(null)).toEqual({});
      expect(bodyObject({ page: 1 })).toEqual({ page: 1 });
    });

    it('any other JSON value is a 400', () => {
      for (const value of [[], [1], 'texto', 5, true, false, 0]) expect(errorOf(() => bodyObject(value))?.status).toBe(400);
    });
  });

  describe('readPaging / checkPagingRanges', () => {
    it('defaults 1 and 10 for absent or null values', () => {
      expect(readPaging({})).toEqual({ page: 1, pageSize: 10 });
      expect(readPaging({ page: null, pageSize: null })).toEqual({ page: 1, pageSize: 10 });
    });

    it('accepts integers and strings of digits', () => {
      expect(readPaging({ page: 3, pageSize: 200 })).toEqual({ page: 3, pageSize: 200 });
      expect(readPaging({ page: '3', pageSize: '007' })).toEqual({ page: 3, pageSize: 7 });
      expect(readPaging({ page: 2.0, pageSize: 1 })).toEqual({ page: 2, pageSize: 1 });
    });

    it('another type or a non-integral number is a 400 with the field name', () => {
      const cases: [string, unknown][] = [
        ['page', 1.5],
        ['page', 'x'],
        ['page', '1.5'],
        ['page', ''],
        ['page', ' 1'],
        ['page', '-1'],
        ['page', true],
        ['page', []],
        ['page', {}],
        ['page', Number.NaN],
        ['page', Number.POSITIVE_INFINITY],
        ['pageSize', 0.5],
        ['pageSize', 'diez'],
        ['pageSize', [10]],
      ];
      for (const [key, value] of cases) {
        expect(errorOf(() => readPaging({ [key]: value }))).toEqual({ status: 400, message: `El campo ${key} debe ser un número entero.` });
      }
    });

    it('ranges: page ≥ 1, pageSize 1..200, else 422 with the normative messages', () => {
      const pageMessage = { status: 422, message: 'El campo page debe ser un entero mayor o igual a 1.' };
      const sizeMessage = { status: 422, message: 'El campo pageSize debe ser un entero entre 1 y 200.' };
      expect(errorOf(() => checkPagingRanges(readPaging({ page: 0 })))).toEqual(pageMessage);
      expect(errorOf(() => checkPagingRanges(readPaging({ page: '0' })))).toEqual(pageMessage);
      expect(errorOf(() => checkPagingRanges(readPaging({ page: -3 })))).toEqual(pageMessage);
      expect(errorOf(() => checkPagingRanges(readPaging({ pageSize: 0 })))).toEqual(sizeMessage);
      expect(errorOf(() => checkPagingRanges(readPaging({ pageSize: 201 })))).toEqual(sizeMessage);
      expect(errorOf(() => checkPagingRanges(readPaging({ pageSize: '201' })))).toEqual(sizeMessage);
      expect(errorOf(() => checkPagingRanges(readPaging({ pageSize: 1e300 })))).toEqual(sizeMessage);
      for (const pageSize of [1, 200, '200']) expect(errorOf(() => checkPagingRanges(readPaging({ pageSize })))).toBeUndefined();
      expect(errorOf(() => checkPagingRanges(readPaging({ page: '99999999999999999999999' })))).toBeUndefined();
    });

    it('property: any JSON value either parses to safe integers or is a 400 (never another error)', () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), (page, pageSize) => {
          const result = errorOf(() => readPaging({ page, pageSize }));
          if (result) expect(result.status).toBe(400);
          else {
            const paging = readPaging({ page, pageSize });
            expect(Number.isSafeInteger(paging.page) && Number.isSafeInteger(paging.pageSize)).toBe(true);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('readSort', () => {
    it('keeps the key order as priority and compares directions case-insensitively', () => {
      expect(readSort({ nombres: 'DESC', primerApellido: 'Asc' }, FIELDS)).toEqual([
        { field: 'nombres', direction: 'desc' },
        { field: 'primerApellido', direction: 'asc' },
      ]);
      expect(readSort({ primerApellido: 'asc', nombres: 'desc' }, FIELDS).map((s) => s.field)).toEqual(['primerApellido', 'nombres']);
    });

    it('ignores unknown keys, invalid directions and non-object values (never an error)', () => {
      expect(readSort({ rfc: 'asc', curp: 'desc', foo: 'asc', nombres: 'arriba', puesto: 1, segundoApellido: null, institucionDependencia: 'desc' }, FIELDS)).toEqual([
        { field: 'institucionDependencia', direction: 'desc' },
      ]);
      for (const value of [undefined, null, 'nombres', ['nombres'], 5, true]) expect(readSort(value, FIELDS)).toEqual([]);
    });

    it('property: never throws and yields only allowed fields, each once', () => {
      fc.assert(
        fc.property(fc.anything(), (value) => {
          const sort = readSort(value, FIELDS);
          expect(sort.every((s) => (FIELDS as readonly string[]).includes(s.field) && (s.direction === 'asc' || s.direction === 'desc'))).toBe(true);
          expect(new Set(sort.map((s) => s.field)).size).toBe(sort.length);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('readQueryObject', () => {
    it('absent or null → {}; an object is itself; anything else → 400', () => {
      expect(readQueryObject({})).toEqual({});
      expect(readQueryObject({ query: null })).toEqual({});
      expect(readQueryObject({ query: { nombres: 'x' } })).toEqual({ nombres: 'x' });
      for (const query of [[], 'nombres', 3, true]) {
        expect(errorOf(() => readQueryObject({ query }))).toEqual({ status: 400, message: 'El campo query debe ser un objeto.' });
      }
    });
  });

  describe('readTextFilter', () => {
    it('absent, null, empty and blank values are absent; others are trimmed', () => {
      for (const value of [undefined, null, '', '   ', '\t\n', '\u00a0\u3000', '\u0085', '\u2028 ']) expect(readTextFilter({ nombres: value }, 'nombres')).toBeUndefined();
      expect(readTextFilter({ nombres: '  José  ' }, 'nombres')).toBe('José');
    });

    it('a non-string is a 400 naming the path', () => {
      for (const value of [1, 0, true, {}, ['a'], []]) {
        expect(errorOf(() => readTextFilter({ nombres: value }, 'nombres'))).toEqual({ status: 400, message: 'El campo query.nombres debe ser una cadena de texto.' });
      }
    });
  });

  describe('readClaveList (tipoProcedimiento: any-of integers)', () => {
    const read = (value: unknown) => readClaveList({ tipoProcedimiento: value }, 'tipoProcedimiento', 'integer');

    it('accepts a list, a single integer, digit strings; [] and null are absent', () => {
      expect(read([1, 3])).toEqual([1, 3]);
      expect(read(2)).toEqual([2]);
      expect(read(['4', ' 5 '])).toEqual([4, 5]);
      expect(read('1')).toEqual([1]);
      expect(read([])).toBeUndefined();
      expect(read(null)).toBeUndefined();
      expect(read(undefined)).toBeUndefined();
      expect(read([0, 6, 99, -1])).toEqual([0, 6, 99, -1]); // outside 1..5: they simply match nothing
    });

    it('non-integers are a 400 with the normative message', () => {
      for (const value of [[1.5], ['a'], {}, [{}], [null], [true], 'x', 1.5, [[1]], ['1.0'], ['-1']]) {
        expect(errorOf(() => read(value))).toEqual({ status: 400, message: 'El campo query.tipoProcedimiento debe ser una lista de números enteros.' });
      }
    });
  });

  describe('readRfcSolicitante', () => {
    it('is taken from query or top level, trimmed; a non-string is ignored', () => {
      expect(readRfcSolicitante({}, { rfcSolicitante: ' GODE561231GR8 ' })).toBe('GODE561231GR8');
      expect(readRfcSolicitante({ rfcSolicitante: 'GODE561231GR8' }, {})).toBe('GODE561231GR8');
      expect(readRfcSolicitante({ rfcSolicitante: 'TOPE561231GR8' }, { rfcSolicitante: 'QUERY561231GR' })).toBe('QUERY561231GR');
      expect(readRfcSolicitante({ rfcSolicitante: 'TOPE561231GR8' }, { rfcSolicitante: 12 })).toBe('TOPE561231GR8');
      expect(readRfcSolicitante({ rfcSolicitante: 5 }, { rfcSolicitante: ['x'] })).toBeUndefined();
      expect(readRfcSolicitante({ rfcSolicitante: '   ' }, {})).toBeUndefined();
    });
  });
});
