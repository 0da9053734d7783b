import type { TipoSancionClave } from '../catalogs/v2';
import { MSG } from '../schema/messages';
import { validate } from '../schema/validate';
import { S3_COLLECTIONS, S3_MAX_LIST_ITEMS, TIPO_SANCION_BLOCK_FIELD, type S3Collection } from './s3-collections';
import {
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  s3TipoSancionFixture,
  S3_FIXTURES,
} from './s3-fixtures';
import { S3_MSG } from './s3-messages';
import { S3_SCHEMAS, type S3DataByCollection, S3_TIPO_SANCION_CATALOGS } from './s3-schemas';

/** SPEC §3.8 conditional rules: valor iff OTRO, exactly the matching sub-object, unique claves, lists, dates. */

const TODAY = '2026-06-30';
const check = <C extends S3Collection>(collection: C, record: unknown) =>
  validate<S3DataByCollection[C]>(S3_SCHEMAS[collection], record, { today: TODAY });
const errors = (collection: S3Collection, record: unknown) => check(collection, record).errors.map((e) => [e.path, e.code]);
const withSanciones = (collection: S3Collection, items: unknown[]) => ({ ...S3_FIXTURES[collection](), tipoSancion: items });

describe('valor present if and only if clave is OTRO', () => {
  it('origenProcedimiento: requires valor with OTRO and rejects it otherwise', () => {
    const missing = check('faltas_administrativas_graves', makeFaltasAdministrativasGraves({ origenProcedimiento: { clave: 'OTRO' } }));
    expect(missing.errors).toEqual([
      { path: 'origenProcedimiento.valor', code: 'required', message: S3_MSG.valorRequired, severity: 'error' },
    ]);
    const extra = check('faltas_administrativas_graves', makeFaltasAdministrativasGraves({ origenProcedimiento: { valor: 'Queja' } }));
    expect(extra.errors).toEqual([
      { path: 'origenProcedimiento.valor', code: 'notApplicable', message: S3_MSG.valorNotApplicable, severity: 'error' },
    ]);
    expect(errors('faltas_administrativas_graves', makeFaltasAdministrativasGraves({ origenProcedimiento: { clave: 'OTRO', valor: 'Queja' } }))).toEqual([]);
  });

  it('nivelJerarquico: same rule, also inside the optional empleo of faltas no graves', () => {
    const graves = makeFaltasAdministrativasGraves({ empleoCargoComision: { nivelJerarquico: { clave: 'OTRO' } } });
    expect(errors('faltas_administrativas_graves', graves)).toEqual([['empleoCargoComision.nivelJerarquico.valor', 'required']]);
    const noGraves = makeFaltasAdministrativasNoGraves({ empleoCargoComision: { nivelJerarquico: { valor: 'Asesor' } } });
    expect(errors('faltas_administrativas_no_graves', noGraves)).toEqual([['empleoCargoComision.nivelJerarquico.valor', 'notApplicable']]);
  });

  it.each(S3_COLLECTIONS)('%s faltaCometida: OTRO needs valor (suggested key or free text); other claves reject it', (collection) => {
    const base = S3_FIXTURES[collection]().faltaCometida[0];
    const withFalta = (falta: object) => ({ ...S3_FIXTURES[collection](), faltaCometida: [{ ...base, ...falta }] });
    expect(errors(collection, withFalta({ clave: 'OTRO' }))).toEqual([['faltaCometida[0].valor', 'required']]);
    expect(errors(collection, withFalta({ clave: 'OTRO', valor: 'Falta prevista en la ley estatal' }))).toEqual([]);
    expect(errors(collection, withFalta({ valor: 'Texto que sobra' }))).toEqual([['faltaCometida[0].valor', 'notApplicable']]);
  });

  it('accepts the suggested keys as valor', () => {
    const falta = makeFaltasAdministrativasGraves().faltaCometida[0];
    const record = makeFaltasAdministrativasGraves({ faltaCometida: [{ ...falta, clave: 'OTRO', valor: 'ACOSO_SEXUAL' }] });
    expect(check('faltas_administrativas_graves', record).value.faltaCometida[0].valor).toBe('ACOSO_SEXUAL');
  });
});

describe('tipoSancion: exactly the sub-object that matches the clave', () => {
  const cases = S3_COLLECTIONS.flatMap((collection) =>
    S3_TIPO_SANCION_CATALOGS[collection].entries.map((e) => [collection, e.clave] as [S3Collection, TipoSancionClave]),
  );

  it.each(cases)('%s %s: the sub-object is accepted, and any other admitted sub-object is rejected', (collection, clave) => {
    const item = s3TipoSancionFixture(clave);
    expect(errors(collection, withSanciones(collection, [item]))).toEqual([]);
    const other = S3_TIPO_SANCION_CATALOGS[collection].entries.map((e) => e.clave).find((c) => c !== clave && c !== 'DESTITUCION') as TipoSancionClave;
    const otherField = TIPO_SANCION_BLOCK_FIELD[other];
    const mixed = { ...item, [otherField]: s3TipoSancionFixture(other)[otherField] };
    expect(errors(collection, withSanciones(collection, [mixed]))).toEqual([[`tipoSancion[0].${otherField}`, 'notApplicable']]);
  });

  it.each(cases.filter(([, clave]) => clave !== 'DESTITUCION'))('%s %s: the clave alone misses its sub-object', (collection, clave) => {
    const result = check(collection, withSanciones(collection, [{ clave }]));
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([[`tipoSancion[0].${TIPO_SANCION_BLOCK_FIELD[clave]}`, 'required']]);
    expect(result.errors[0].message).toMatch(/^Capture los datos de la /);
  });

  it('DESTITUCION may go without its date (the block has no required field)', () => {
    expect(errors('faltas_administrativas_graves', withSanciones('faltas_administrativas_graves', [{ clave: 'DESTITUCION' }]))).toEqual([]);
  });

  it('names the chosen sanción in the Spanish message', () => {
    const item = { ...s3TipoSancionFixture('INHABILITACION'), otro: { denominacionSancion: 'Apercibimiento' } };
    const [issue] = check('faltas_administrativas_graves', withSanciones('faltas_administrativas_graves', [item])).errors;
    expect(issue.message).toBe(S3_MSG.blockNotApplicable('la otra sanción', 'INHABILITACION'));
  });

  it('rejects claves and sub-objects that the collection does not have', () => {
    const graves = (item: unknown) => errors('faltas_administrativas_graves', withSanciones('faltas_administrativas_graves', [item]));
    expect(graves(s3TipoSancionFixture('AMONESTACION'))).toEqual([
      ['tipoSancion[0].amonestacion', 'unknownField'],
      ['tipoSancion[0].clave', 'catalog'],
    ]);
    const noGraves = (item: unknown) => errors('faltas_administrativas_no_graves', withSanciones('faltas_administrativas_no_graves', [item]));
    expect(noGraves(s3TipoSancionFixture('SANCION_ECONOMICA'))).toEqual([
      ['tipoSancion[0].sancionEconomica', 'unknownField'],
      ['tipoSancion[0].clave', 'catalog'],
    ]);
  });

  it('does not accept the same clave twice in one record', () => {
    const twice = [s3TipoSancionFixture('INHABILITACION'), s3TipoSancionFixture('OTRO'), s3TipoSancionFixture('INHABILITACION')];
    const result = check('faltas_administrativas_graves', withSanciones('faltas_administrativas_graves', twice));
    expect(result.errors).toEqual([{ path: 'tipoSancion[2]', code: 'duplicate', message: S3_MSG.duplicateSancion, severity: 'error' }]);
  });

  it('morales: lower-case otro is stored as OTRO, needs the otro block and counts as a duplicate of OTRO', () => {
    const lower = { clave: 'otro', otro: { denominacionSancion: 'Publicación de la sanción' } };
    const result = check('faltas_graves_personas_morales', withSanciones('faltas_graves_personas_morales', [lower]));
    expect(result.errors).toEqual([]);
    expect(result.value.tipoSancion).toEqual([{ clave: 'OTRO', otro: { denominacionSancion: 'Publicación de la sanción' } }]);
    expect(errors('faltas_graves_personas_morales', withSanciones('faltas_graves_personas_morales', [{ clave: 'otro' }]))).toEqual([
      ['tipoSancion[0].otro', 'required'],
    ]);
    const both = withSanciones('faltas_graves_personas_morales', [s3TipoSancionFixture('OTRO'), lower]);
    expect(errors('faltas_graves_personas_morales', both)).toEqual([['tipoSancion[1]', 'duplicate']]);
    // Only morales accept the lower-case spelling.
    expect(errors('faltas_graves_personas_fisicas', withSanciones('faltas_graves_personas_fisicas', [lower]))).toEqual([
      ['tipoSancion[0].clave', 'catalog'],
      ['tipoSancion[0].otro', 'notApplicable'],
    ]);
  });
});

describe('lists', () => {
  it.each(S3_COLLECTIONS)('%s: faltaCometida and tipoSancion need at least one element', (collection) => {
    const record = { ...S3_FIXTURES[collection](), faltaCometida: [], tipoSancion: undefined };
    const result = check(collection, record);
    expect(result.errors.map((e) => [e.path, e.code, e.message])).toEqual([
      ['faltaCometida', 'required', MSG.minItems(1)],
      ['tipoSancion', 'required', MSG.minItems(1)],
    ]);
  });

  it.each(S3_COLLECTIONS)('%s: each falta needs at least one norma infringida', (collection) => {
    const falta = { ...S3_FIXTURES[collection]().faltaCometida[0], normatividadInfringida: [] };
    expect(errors(collection, { ...S3_FIXTURES[collection](), faltaCometida: [falta] })).toEqual([['faltaCometida[0].normatividadInfringida', 'required']]);
  });

  it('bounds every list', () => {
    const falta = makeFaltasGravesPersonasFisicas().faltaCometida[0];
    const many = Array.from({ length: S3_MAX_LIST_ITEMS + 1 }, () => falta);
    expect(errors('faltas_graves_personas_fisicas', makeFaltasGravesPersonasFisicas({ faltaCometida: many }))).toEqual([['faltaCometida', 'maxItems']]);
    const normas = Array.from({ length: S3_MAX_LIST_ITEMS + 1 }, (_, i) => ({ nombreNormatividad: 'LGRA', articulo: String(i + 1) }));
    const record = makeFaltasGravesPersonasFisicas({ faltaCometida: [{ ...falta, normatividadInfringida: normas }] });
    expect(errors('faltas_graves_personas_fisicas', record)).toEqual([['faltaCometida[0].normatividadInfringida', 'maxItems']]);
  });
});

describe('dates', () => {
  it('fecha may not be in the future', () => {
    expect(errors('faltas_administrativas_graves', makeFaltasAdministrativasGraves({ fecha: '2026-07-01' }))).toEqual([['fecha', 'futureDate']]);
    expect(errors('faltas_administrativas_graves', makeFaltasAdministrativasGraves({ fecha: TODAY }))).toEqual([]);
  });

  it('fechaResolucionFirme may not precede fechaResolucion, in every collection', () => {
    for (const collection of S3_COLLECTIONS) {
      const record = S3_FIXTURES[collection]();
      const resolucion = { ...record.resolucion, fechaResolucionFirme: '2025-10-01' };
      const result = check(collection, { ...record, resolucion });
      expect(result.errors).toEqual([
        { path: 'resolucion.fechaResolucionFirme', code: 'dateOrder', message: S3_MSG.fechaResolucionFirme, severity: 'error' },
      ]);
      expect(errors(collection, { ...record, resolucion: { ...record.resolucion, fechaResolucionFirme: '2025-10-02' } })).toEqual([]);
    }
  });

  it.each([
    ['faltas_administrativas_no_graves', 'SUSPENSION'],
    ['faltas_administrativas_graves', 'INHABILITACION'],
    ['faltas_graves_personas_morales', 'SUSPENSION_ACTIVIDADES'],
  ] as const)('%s %s: fechaFinal may not precede fechaInicial', (collection, clave) => {
    const field = TIPO_SANCION_BLOCK_FIELD[clave];
    const item = s3TipoSancionFixture(clave);
    const block = { ...(item[field] as object), fechaInicial: '2025-11-25', fechaFinal: '2025-11-24' };
    const result = check(collection, withSanciones(collection, [{ clave, [field]: block }]));
    expect(result.errors.map((e) => [e.path, e.code, e.message])).toEqual([[`tipoSancion[0].${field}.fechaFinal`, 'dateOrder', S3_MSG.fechaFinal]]);
  });
});

describe('requiredness that differs by collection', () => {
  it('empleoCargoComision is required for graves, optional for no graves (its own fields apply when given)', () => {
    expect(errors('faltas_administrativas_graves', makeFaltasAdministrativasGraves({ empleoCargoComision: undefined }))).toEqual([['empleoCargoComision', 'required']]);
    expect(errors('faltas_administrativas_no_graves', makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined }))).toEqual([]);
    const partial = makeFaltasAdministrativasNoGraves({ empleoCargoComision: { denominacion: undefined } });
    expect(errors('faltas_administrativas_no_graves', partial)).toEqual([['empleoCargoComision.denominacion', 'required']]);
  });

  it('dondeCometioLaFalta needs only entidad and orden de gobierno', () => {
    const record = makeFaltasGravesPersonasFisicas({
      dondeCometioLaFalta: { ambitoPublico: undefined, nombreEntePublico: undefined, siglasEntePublico: undefined },
    });
    expect(errors('faltas_graves_personas_fisicas', record)).toEqual([]);
    const without = makeFaltasGravesPersonasMorales({ dondeCometioLaFalta: { nivelOrdenGobierno: undefined } });
    expect(errors('faltas_graves_personas_morales', without)).toEqual([['dondeCometioLaFalta.nivelOrdenGobierno', 'required']]);
  });

  it('morales need both representatives, each with nombre (singular), primerApellido and RFC; CURP optional', () => {
    const record = makeFaltasGravesPersonasMorales({
      datosDirGeneralReprLegal: { representanteLegal: undefined, directorGeneral: { curp: undefined, nombre: undefined } },
    });
    expect(errors('faltas_graves_personas_morales', record)).toEqual([
      ['datosDirGeneralReprLegal.directorGeneral.nombre', 'required'],
      ['datosDirGeneralReprLegal.representanteLegal', 'required'],
    ]);
  });
});
