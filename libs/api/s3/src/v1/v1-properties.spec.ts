import fc from 'fast-check';
import { S3_SCHEMAS, TIPO_FALTA_S3S, validate, type S3ApiRecord, type S3Collection } from '@pde/shared/contracts';
import { projectS3P } from './s3p-projection';
import { projectS3S } from './s3s-projection';
import { TEST_CONTEXT, arbPublished } from './v1-arbitraries.spec-helper';
import type { S3PCollection, S3SCollection, V1Role } from './v1-types';

/**
 * Properties of the projections over random valid records (the fixtures with their claves and
 * optional blocks varied): the keys PDN consumers read unchecked are always there with the right
 * types, the OAS constraints hold, and no confidential value reaches the `publico` role (§1.3.4).
 * The expectations are written from the SPEC here, not taken from the implementation.
 */

const role = fc.constantFrom<V1Role>('publico', 'confidencial');
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FECHA_CAPTURA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const S3S_EMITTED_SANCIONES = ['I', 'S', 'D', 'SE', 'O'];
const S3P_EMITTED_SANCIONES = ['I', 'S', 'D', 'A', 'IND', 'SE', 'O'];
const S3S_FALTAS = TIPO_FALTA_S3S.entries.map((e) => e.clave);

type Json = Record<string, unknown>;

/** The captured content of a published record (what the schemas validate). */
const content = ({ id: _id, date_created: _c, date_updated: _u, ...data }: S3ApiRecord) => data;
const at = (value: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v as Json | undefined)?.[key], value);

/** Every string leaf of a JSON value. */
function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out));
  return out;
}

/** No `null`, no `undefined`: v1 omits what it has no value for. */
function noEmptyKeys(value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => noEmptyKeys(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => noEmptyKeys(v, path ? `${path}.${k}` : k));
  return [];
}

/** v2 paths confidential in v1 per collection (SPEC §1.3.4, §1.3.3): their values must not leak. */
const CONFIDENTIAL_SOURCES: Record<S3Collection, string[]> = {
  faltas_administrativas_graves: ['datosGenerales.curp', 'datosGenerales.rfc', 'observaciones'],
  faltas_administrativas_no_graves: [
    'datosGenerales.nombres',
    'datosGenerales.primerApellido',
    'datosGenerales.segundoApellido',
    'datosGenerales.curp',
    'datosGenerales.rfc',
    'empleoCargoComision.denominacion',
    'empleoCargoComision.nivelJerarquico.clave',
    'empleoCargoComision.nivelJerarquico.valor',
  ],
  faltas_graves_personas_fisicas: ['datosGenerales.curp', 'datosGenerales.rfc', 'datosGenerales.domicilioMexico', 'datosGenerales.domicilioExtranjero', 'observaciones'],
  faltas_graves_personas_morales: ['datosDirGeneralReprLegal', 'observaciones'],
};

function confidentialValues(collection: S3Collection, record: S3ApiRecord): string[] {
  return CONFIDENTIAL_SOURCES[collection].flatMap((path) => leaves(at(record, path))).filter((v) => v.length >= 2);
}

function checkCommon(out: Json, record: S3ApiRecord) {
  expect(out['id']).toBe(record.id);
  expect(out['fechaCaptura']).toMatch(FECHA_CAPTURA);
  expect(typeof at(out, 'institucionDependencia.nombre')).toBe('string');
  expect(at(out, 'institucionDependencia.nombre')).not.toBe('');
  expect(typeof out['causaMotivoHechos']).toBe('string');
  expect(Array.isArray(out['tipoSancion'])).toBe(true);
  for (const item of out['tipoSancion'] as Json[]) {
    expect(typeof item['valor']).toBe('string');
    expect(item['valor']).not.toBe('');
  }
  expect(Array.isArray(out['documentos'])).toBe(true);
  for (const doc of out['documentos'] as Json[]) {
    for (const key of ['id', 'titulo', 'descripcion', 'url']) expect(typeof doc[key]).toBe('string');
    expect(doc['tipo']).toBe('RESOLUCION');
    expect(doc['fecha']).toMatch(DATE);
  }
  for (const path of ['resolucion.fechaResolucion', 'resolucion.fechaNotificacion', 'inhabilitacion.fechaInicial', 'inhabilitacion.fechaFinal']) {
    if (at(out, path) !== undefined) expect(at(out, path)).toMatch(DATE);
  }
  if (out['multa'] !== undefined) {
    expect(typeof at(out, 'multa.monto')).toBe('number');
    expect(at(out, 'multa.monto') as number).toBeGreaterThanOrEqual(0);
    expect(typeof at(out, 'multa.moneda.valor')).toBe('string');
  }
  expect(noEmptyKeys(out)).toEqual([]);
}

function checkLeaks(collection: S3Collection, out: unknown, record: S3ApiRecord, role: V1Role) {
  const emitted = new Set(leaves(out));
  const secrets = confidentialValues(collection, record);
  if (role === 'publico') for (const secret of secrets) expect(emitted.has(secret) ? secret : null).toBeNull();
}

describe.each(['faltas_administrativas_graves', 'faltas_administrativas_no_graves'] as const)('S3S projection of %s (properties)', (collection: S3SCollection) => {
  it('produces valid source records (sanity of the generator)', () => {
    fc.assert(fc.property(arbPublished(collection), (record) => expect(validate(S3_SCHEMAS[collection], content(record)).errors).toEqual([])));
  });

  it('always has the keys PDN consumers read, with the right types, and never leaks a confidential value', () => {
    fc.assert(
      fc.property(arbPublished(collection), role, (record, r) => {
        const out = projectS3S(collection, record as S3ApiRecord<S3SCollection>, TEST_CONTEXT, r) as unknown as Json;
        checkCommon(out, record);
        const servidor = out['servidorPublicoSancionado'] as Json;
        for (const key of ['nombres', 'primerApellido', 'puesto']) expect(typeof servidor[key]).toBe('string');
        expect(S3S_FALTAS).toContain(at(out, 'tipoFalta.clave'));
        expect(typeof at(out, 'tipoFalta.valor')).toBe('string');
        for (const item of out['tipoSancion'] as Json[]) expect(S3S_EMITTED_SANCIONES).toContain(item['clave']);
        if (r === 'publico') {
          for (const key of ['rfc', 'curp']) expect(servidor).not.toHaveProperty(key);
          if (collection === 'faltas_administrativas_graves') expect(out).not.toHaveProperty('observaciones');
          else {
            expect([servidor['nombres'], servidor['primerApellido'], servidor['puesto']]).toEqual(['', '', '']);
            for (const key of ['segundoApellido', 'nivel']) expect(servidor).not.toHaveProperty(key);
          }
        } else {
          const datos = record.datosGenerales as { curp: string; nombres: string };
          expect(servidor['curp']).toBe(datos.curp);
          expect(servidor['nombres']).toBe(datos.nombres);
        }
        checkLeaks(collection, out, record, r);
      }),
      { numRuns: 300 },
    );
  });
});

describe.each(['faltas_graves_personas_fisicas', 'faltas_graves_personas_morales'] as const)('S3P projection of %s (properties)', (collection: S3PCollection) => {
  it('produces valid source records (sanity of the generator)', () => {
    fc.assert(fc.property(arbPublished(collection), (record) => expect(validate(S3_SCHEMAS[collection], content(record)).errors).toEqual([])));
  });

  it('always has the keys PDN consumers read, satisfies the OAS limits and never leaks a confidential value', () => {
    fc.assert(
      fc.property(arbPublished(collection), role, (record, r) => {
        const out = projectS3P(collection, record as S3ApiRecord<S3PCollection>, TEST_CONTEXT, r) as unknown as Json;
        checkCommon(out, record);
        const particular = out['particularSancionado'] as Json;
        expect(typeof particular['nombreRazonSocial']).toBe('string');
        expect(particular['nombreRazonSocial']).not.toBe('');
        expect(particular['tipoPersona']).toBe(collection === 'faltas_graves_personas_fisicas' ? 'F' : 'M');
        expect(typeof out['autoridadSancionadora']).toBe('string');
        expect(typeof out['tipoFalta']).toBe('string');
        const claves = (out['tipoSancion'] as Json[]).map((item) => JSON.stringify(item));
        expect(new Set(claves).size).toBe(claves.length);
        for (const item of out['tipoSancion'] as Json[]) expect(S3P_EMITTED_SANCIONES).toContain(item['clave']);
        for (const path of ['domicilioMexico.pais.clave', 'domicilioExtranjero.pais.clave']) {
          const clave = at(particular, path);
          if (clave !== undefined) expect(String(clave).length).toBeLessThanOrEqual(2);
        }
        const cp = at(particular, 'domicilioMexico.codigoPostal');
        if (cp !== undefined) expect(String(cp).length).toBeLessThanOrEqual(5);
        for (const key of ['directorGeneral', 'apoderadoLegal']) {
          const curp = at(particular, `${key}.curp`);
          if (curp !== undefined) expect(String(curp).length).toBeLessThanOrEqual(18);
        }
        if (r === 'publico') {
          expect(out).not.toHaveProperty('observaciones');
          if (collection === 'faltas_graves_personas_fisicas') {
            for (const key of ['rfc', 'domicilioMexico', 'domicilioExtranjero']) expect(particular).not.toHaveProperty(key);
          } else {
            for (const key of ['directorGeneral', 'apoderadoLegal']) expect(particular).not.toHaveProperty(key);
            expect(particular['rfc']).toBe((record.datosGenerales as { rfc: string }).rfc);
          }
        }
        checkLeaks(collection, out, record, r);
      }),
      { numRuns: 300 },
    );
  });
});
