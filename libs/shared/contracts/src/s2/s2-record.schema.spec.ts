import { curpCheckDigit, rfcCheckDigit } from '../identity';
import { MSG } from '../schema/messages';
import type { Issue } from '../schema/types';
import { validate } from '../schema/validate';
import { S2_RECORD_SCHEMA, type S2RecordData } from './s2-record.schema';

/** CURP / RFC with a correct check digit, built from their first characters. */
const curp = (first17: string) => `${first17}${curpCheckDigit(first17)}`;
const rfc = (first12: string) => `${first12}${rfcCheckDigit(first12)}`;
/** Same identifier with a wrong (but well-formed) check digit. */
const wrongDigit = (valid: string) => `${valid.slice(0, -1)}${valid.endsWith('1') ? '2' : '1'}`;

/** Factory: a complete, valid S2 record; each test overrides only what it is about. */
function s2Record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const base: S2RecordData = {
    ejercicioFiscal: '2025',
    ramo: { clave: 5, valor: 'Finanzas y Administración' },
    rfc: rfc('GODE561231GR'),
    curp: curp('HEGG560427MVZRRL0'),
    nombres: 'María José',
    primerApellido: 'Núñez',
    segundoApellido: 'Peña',
    genero: { clave: 'F', valor: 'FEMENINO' },
    institucionDependencia: { nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', clave: 'SEFIN' },
    puesto: { nombre: 'Jefa de Departamento de Adquisiciones', nivel: 'O11' },
    tipoArea: [{ clave: 'RC', valor: 'RESPONSABLE DE LA CONTRATACIÓN' }],
    nivelResponsabilidad: [{ clave: 'A', valor: 'ATENCIÓN' }],
    tipoProcedimiento: [{ clave: 1, valor: 'CONTRATACIONES PÚBLICAS' }],
    superiorInmediato: {
      nombres: 'Juan',
      primerApellido: 'Pérez',
      curp: curp('PEGJ850101HDFRRN0'),
      rfc: rfc('PEGJ850101AB'),
      puesto: { nombre: 'Director de Administración', nivel: 'K11' },
    },
  };
  return { ...base, ...overrides };
}

const check = (data: unknown) => validate<Record<string, unknown>>(S2_RECORD_SCHEMA, data, { today: '2026-03-01' });
const at = (issues: Issue[], path: string) => issues.filter((i) => i.path === path);
const codes = (issues: Issue[]) => issues.map((i) => `${i.path}:${i.code}`).sort();

describe('S2 record schema — validate()', () => {
  it('accepts the factory record without errors or warnings', () => {
    const result = check(s2Record());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  describe('required fields', () => {
    it.each(['nombres', 'primerApellido', 'institucionDependencia', 'puesto', 'tipoProcedimiento'])('%s is required', (field) => {
      const result = check(s2Record({ [field]: undefined }));
      expect(codes(result.errors)).toEqual([`${field}:required`]);
    });

    it('requires the name of the position when the position is given', () => {
      const result = check(s2Record({ puesto: { nivel: 'O11' } }));
      expect(codes(result.errors)).toEqual(['puesto.nombre:required']);
      expect(at(result.errors, 'puesto.nombre')[0].message).toBe(MSG.required);
    });

    it('optional fields may be absent', () => {
      const result = check(s2Record({ ejercicioFiscal: undefined, ramo: undefined, rfc: undefined, curp: undefined, segundoApellido: undefined, genero: undefined, superiorInmediato: undefined, tipoArea: undefined, nivelResponsabilidad: undefined }));
      expect(result.errors).toEqual([]);
      expect(result.value['tipoArea']).toEqual([]);
    });

    it('tipoProcedimiento needs at least one element: an empty list is reported with the minimum', () => {
      const result = check(s2Record({ tipoProcedimiento: [] }));
      expect(result.errors).toEqual([{ path: 'tipoProcedimiento', code: 'required', message: MSG.minItems(1), severity: 'error' }]);
    });

    it('an empty document lists every required field', () => {
      expect(codes(check({}).errors)).toEqual(['institucionDependencia:required', 'nombres:required', 'primerApellido:required', 'puesto:required', 'tipoProcedimiento:required']);
    });
  });

  describe('CURP and RFC', () => {
    it.each([
      ['curp', 'HEGG560427MVZRRL0'],
      ['superiorInmediato.curp', 'HEGG560427XVZRRL0'],
      ['curp', 'HEGG561327MVZRRL0'],
      ['curp', 'HEGG560427MXXRRL0'],
    ])('%s with a malformed value %s is an error with the official-format message', (path, value) => {
      const data = path === 'curp' ? s2Record({ curp: value }) : s2Record({ superiorInmediato: { nombres: 'Juan', curp: value } });
      const result = check(data);
      expect(at(result.errors, path)).toEqual([{ path, code: 'curp', message: MSG.curp, severity: 'error' }]);
    });

    it('a CURP with a wrong check digit is only a warning', () => {
      const result = check(s2Record({ curp: wrongDigit(curp('HEGG560427MVZRRL0')) }));
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([{ path: 'curp', code: 'curpCheckDigit', message: MSG.curpCheckDigit, severity: 'warning' }]);
    });

    it('CURP and RFC are stored in upper case (and then validated)', () => {
      const result = check(s2Record({ curp: ` ${curp('HEGG560427MVZRRL0').toLowerCase()} `, rfc: rfc('GODE561231GR').toLowerCase() }));
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.value['curp']).toBe(curp('HEGG560427MVZRRL0'));
      expect(result.value['rfc']).toBe(rfc('GODE561231GR'));
    });

    it.each([
      ['a persona moral RFC (12 characters)', rfc('ABC850101AB')],
      ['an impossible date', 'GODE561331GR8'],
      ['a missing homoclave', 'GODE561231'],
    ])('RFC of a persona física rejects %s', (_, value) => {
      const result = check(s2Record({ rfc: value }));
      expect(at(result.errors, 'rfc')).toEqual([{ path: 'rfc', code: 'rfc', message: MSG.rfcFisica, severity: 'error' }]);
    });

    it('an RFC with a wrong check digit is only a warning', () => {
      const result = check(s2Record({ superiorInmediato: { nombres: 'Juan', rfc: wrongDigit(rfc('PEGJ850101AB')) } }));
      expect(result.errors).toEqual([]);
      expect(codes(result.warnings)).toEqual(['superiorInmediato.rfc:rfcCheckDigit']);
    });
  });

  describe('catalogs', () => {
    it('replaces a valor that does not match the catalog with the canonical one, with a warning', () => {
      const result = check(s2Record({ genero: { clave: 'F', valor: 'Mujer' } }));
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([{ path: 'genero.valor', code: 'catalogValor', message: MSG.catalogValorReplaced('Mujer', 'FEMENINO'), severity: 'warning' }]);
      expect(result.value['genero']).toEqual({ clave: 'F', valor: 'FEMENINO' });
    });

    it('accepts a valor that differs only in case and accents, and a known alias, without a warning', () => {
      const result = check(
        s2Record({
          genero: { clave: 'M', valor: 'masculino' },
          tipoArea: [{ clave: 'T', valor: 'tecnica' }],
          tipoProcedimiento: [{ clave: 2, valor: 'CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y PRÓRROGAS' }],
        }),
      );
      expect(result.warnings).toEqual([]);
      expect(result.value['genero']).toEqual({ clave: 'M', valor: 'MASCULINO' });
      expect(result.value['tipoArea']).toEqual([{ clave: 'T', valor: 'TÉCNICA' }]);
      expect(result.value['tipoProcedimiento']).toEqual([{ clave: 2, valor: 'CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y SUS PRÓRROGAS' }]);
    });

    it('fills in the valor when only the clave is given, and accepts a numeric clave written as text', () => {
      const result = check(s2Record({ genero: { clave: 'O' }, tipoProcedimiento: [{ clave: '3' }] }));
      expect(result.errors).toEqual([]);
      expect(result.value['genero']).toEqual({ clave: 'O', valor: 'OTRO' });
      expect(result.value['tipoProcedimiento']).toEqual([{ clave: 3, valor: 'ENAJENACIÓN DE BIENES MUEBLES' }]);
    });

    it.each([
      ['genero', { clave: 'X', valor: 'OTRO' }, 'genero.clave', MSG.notInCatalog('X', 'género')],
      ['tipoProcedimiento', [{ clave: 9, valor: 'OTRO' }], 'tipoProcedimiento[0].clave', MSG.notInCatalog(9, 'tipo de procedimiento')],
      ['nivelResponsabilidad', [{ clave: 'Z' }], 'nivelResponsabilidad[0].clave', MSG.notInCatalog('Z', 'nivel de responsabilidad')],
    ])('%s with a clave outside the catalog is an error', (field, value, path, message) => {
      const result = check(s2Record({ [field]: value }));
      expect(result.errors).toEqual([{ path, code: 'catalog', message, severity: 'error' }]);
    });

    it.each([
      ['genero', { clave: {} }, 'genero.clave', MSG.notString],
      ['genero', { clave: ['F'] }, 'genero.clave', MSG.notString],
      ['tipoProcedimiento', [{ clave: true }], 'tipoProcedimiento[0].clave', MSG.notInteger],
    ])('%s with a clave that is neither text nor number is a type error', (field, value, path, message) => {
      expect(check(s2Record({ [field]: value })).errors).toEqual([{ path, code: 'type', message, severity: 'error' }]);
    });

    it('a catalog entry with a valor but no clave asks for the clave', () => {
      expect(codes(check(s2Record({ genero: { valor: 'FEMENINO' } })).errors)).toEqual(['genero.clave:required']);
    });

    it.each([
      ['tipoArea', [{ clave: 'T' }, { clave: 'RC' }, { clave: 'T', valor: 'TÉCNICA' }], 'tipoArea[2]'],
      ['nivelResponsabilidad', [{ clave: 'A' }, { clave: 'A' }], 'nivelResponsabilidad[1]'],
      ['tipoProcedimiento', [{ clave: 1 }, { clave: '1' }], 'tipoProcedimiento[1]'],
    ])('%s items must be unique by clave', (field, value, path) => {
      const result = check(s2Record({ [field]: value }));
      expect(result.errors).toEqual([{ path, code: 'duplicate', message: MSG.duplicate, severity: 'error' }]);
    });
  });

  describe('lengths and ranges', () => {
    it('puesto.nivel has at most 12 characters', () => {
      expect(check(s2Record({ puesto: { nombre: 'Analista', nivel: 'A'.repeat(12) } })).errors).toEqual([]);
      expect(check(s2Record({ puesto: { nombre: 'Analista', nivel: 'A'.repeat(13) } })).errors).toEqual([
        { path: 'puesto.nivel', code: 'maxLength', message: MSG.maxLength(12), severity: 'error' },
      ]);
      expect(codes(check(s2Record({ superiorInmediato: { puesto: { nivel: 'B'.repeat(13) } } })).errors)).toEqual(['superiorInmediato.puesto.nivel:maxLength']);
    });

    it('short texts have 255 characters by default; observaciones have no limit', () => {
      expect(codes(check(s2Record({ nombres: 'a'.repeat(256) })).errors)).toEqual(['nombres:maxLength']);
      expect(check(s2Record({ observaciones: 'texto '.repeat(200) })).errors).toEqual([]);
    });

    it('ejercicioFiscal is a four-digit year and ramo.clave is at least 1', () => {
      expect(codes(check(s2Record({ ejercicioFiscal: '25', ramo: { clave: 0, valor: 'Ramo' } })).errors)).toEqual(['ejercicioFiscal:year', 'ramo.clave:min']);
    });
  });

  describe('shape', () => {
    it('reports unknown fields at every level with their paths', () => {
      const result = check(s2Record({ campoExtra: 1, puesto: { nombre: 'Analista', sueldo: 10 }, genero: { clave: 'F', extra: true } }));
      expect(codes(result.errors)).toEqual(['campoExtra:unknownField', 'genero.extra:unknownField', 'puesto.sueldo:unknownField']);
      expect(at(result.errors, 'campoExtra')[0].message).toBe(MSG.unknownField);
    });

    it('reports wrong types and keeps the value given (a draft never loses what was typed)', () => {
      const result = check(s2Record({ nombres: 42, tipoArea: 'T', ramo: { clave: 'cinco', valor: 'Finanzas' }, puesto: 'Analista' }));
      expect(codes(result.errors)).toEqual(['nombres:type', 'puesto:type', 'ramo.clave:type', 'tipoArea:type']);
      expect(result.value['nombres']).toBe(42);
      expect(result.value['puesto']).toBe('Analista');
    });
  });

  describe('normalisation', () => {
    it('trims, collapses runs of white space and composes accents (NFC)', () => {
      const result = check(s2Record({ nombres: '  Jose\u0301 \t  Luis ', primerApellido: 'Nu\u0301n\u0303ez\u00a0 ', puesto: { nombre: ' Jefe   de  área ' } }));
      expect(result.value['nombres']).toBe('José Luis');
      expect(result.value['primerApellido']).toBe('N\u00fa\u00f1ez');
      expect(result.value['puesto']).toEqual({ nombre: 'Jefe de área' });
    });

    it('keeps paragraphs of observaciones but trims each line and limits blank lines', () => {
      const result = check(s2Record({ observaciones: '  Primera   línea \r\n\r\n\r\n\r\n  segunda\tlínea  ' }));
      expect(result.value['observaciones']).toBe('Primera línea\n\nsegunda línea');
    });

    it('treats blank texts, empty objects and objects with only blank fields as absent', () => {
      const result = check(s2Record({ segundoApellido: '   ', ramo: {}, superiorInmediato: { nombres: ' ', puesto: {} }, observaciones: '\n \n' }));
      expect(result.errors).toEqual([]);
      for (const key of ['segundoApellido', 'ramo', 'superiorInmediato', 'observaciones']) expect(result.value).not.toHaveProperty(key);
    });

    it('an empty required object is reported as missing, not as missing its fields', () => {
      expect(codes(check(s2Record({ puesto: {} })).errors)).toEqual(['puesto:required']);
    });

    it('an object with an unknown field is not "empty": the unknown field and the missing ones are reported', () => {
      expect(codes(check(s2Record({ ramo: { otro: 1 } })).errors)).toEqual(['ramo.clave:required', 'ramo.otro:unknownField', 'ramo.valor:required']);
    });
  });
});
