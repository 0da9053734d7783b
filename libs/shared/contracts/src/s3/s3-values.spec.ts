import { validate } from '../schema/validate';
import { S3_COLLECTIONS, S3_TEXT_NAME_MAX_LENGTH, type S3Collection } from './s3-collections';
import {
  FIXTURE_CURP,
  FIXTURE_RFC_FISICA,
  FIXTURE_RFC_MORAL,
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  s3TipoSancionFixture,
  S3_FIXTURES,
} from './s3-fixtures';
import { S3_SCHEMAS, type S3DataByCollection } from './s3-schemas';

/** SPEC §3.8 / §3.10 value rules: aliases, formats, money, integers, lengths, official spellings. */

const TODAY = '2026-06-30';
const check = <C extends S3Collection>(collection: C, record: unknown) =>
  validate<S3DataByCollection[C]>(S3_SCHEMAS[collection], record, { today: TODAY });
const errors = (collection: S3Collection, record: unknown) => check(collection, record).errors.map((e) => [e.path, e.code]);

describe('aliases are stored as canonical values', () => {
  it('faltas no graves: long claves of the herramienta de captura become the short ones', () => {
    const falta = makeFaltasAdministrativasNoGraves().faltaCometida[0];
    const record = makeFaltasAdministrativasNoGraves({
      faltaCometida: [
        { ...falta, clave: 'CUMPLIR_FUNCIONES_DISCIPLINA_RESPETO' },
        { ...falta, clave: 'CAUSAR_DANOS_HACIENDA' },
        { ...falta, clave: 'SUPERVISAR_ART_49_LGRA' },
      ],
    });
    const result = check('faltas_administrativas_no_graves', record);
    expect(result.errors).toEqual([]);
    expect(result.value.faltaCometida.map((f) => f.clave)).toEqual(['CUMPLIR_FUNCIONES', 'CAUSAR_DANOS', 'SUPERVISAR_ART_49_LGRA']);
  });

  it('the long claves are not accepted in the other collections', () => {
    const falta = makeFaltasAdministrativasGraves().faltaCometida[0];
    const record = makeFaltasAdministrativasGraves({ faltaCometida: [{ ...falta, clave: 'CAUSAR_DANOS_HACIENDA' }] });
    expect(errors('faltas_administrativas_graves', record)).toEqual([['faltaCometida[0].clave', 'catalog']]);
  });

  it.each([
    ['faltas_graves_personas_fisicas', 'CALLEJÓN', 'CALLEJON'],
    ['faltas_graves_personas_fisicas', 'CIRCUNVALACION', 'CIRCUNVALACIÓN'],
    ['faltas_graves_personas_morales', 'CALLEJON', 'CALLEJÓN'],
    ['faltas_graves_personas_morales', 'PERIFÉRICO', 'PERIFERICO'],
    ['faltas_graves_personas_morales', 'EJE VIAL', 'EJE VIAL'],
  ] as const)('%s: tipoVialidad %s is stored as %s', (collection, given, stored) => {
    const record = S3_FIXTURES[collection]();
    const datosGenerales = { ...record.datosGenerales, domicilioMexico: { ...record.datosGenerales.domicilioMexico, tipoVialidad: given } };
    const result = check(collection, { ...record, datosGenerales });
    expect(result.errors).toEqual([]);
    expect(result.value.datosGenerales.domicilioMexico?.tipoVialidad).toBe(stored);
  });

  it('an unknown tipoVialidad is rejected', () => {
    const record = makeFaltasGravesPersonasFisicas({ datosGenerales: { domicilioMexico: { tipoVialidad: 'EJE_VIAL' } } });
    expect(errors('faltas_graves_personas_fisicas', record)).toEqual([['datosGenerales.domicilioMexico.tipoVialidad', 'catalog']]);
  });
});

describe('formats', () => {
  it('CURP and RFC of servidores: official patterns, upper-cased; wrong check digit is only a warning', () => {
    const lower = check('faltas_administrativas_graves', makeFaltasAdministrativasGraves({ datosGenerales: { rfc: FIXTURE_RFC_FISICA.toLowerCase() } }));
    expect(lower.errors).toEqual([]);
    expect(lower.value.datosGenerales.rfc).toBe(FIXTURE_RFC_FISICA);
    const bad = makeFaltasAdministrativasGraves({ datosGenerales: { curp: 'LOVJ800101HOCPRR', rfc: FIXTURE_RFC_MORAL } });
    expect(errors('faltas_administrativas_graves', bad)).toEqual([
      ['datosGenerales.curp', 'curp'],
      ['datosGenerales.rfc', 'rfc'],
    ]);
    const wrongDigit = FIXTURE_CURP.slice(0, 17) + String((Number(FIXTURE_CURP[17]) + 1) % 10);
    const digit = check('faltas_administrativas_no_graves', makeFaltasAdministrativasNoGraves({ datosGenerales: { curp: wrongDigit } }));
    expect(digit.errors).toEqual([]);
    expect(digit.warnings.map((w) => [w.path, w.code])).toEqual([['datosGenerales.curp', 'curpCheckDigit']]);
  });

  it('personas morales: RFC of 12 characters; representatives: RFC of 13', () => {
    expect(errors('faltas_graves_personas_morales', makeFaltasGravesPersonasMorales({ datosGenerales: { rfc: FIXTURE_RFC_FISICA } }))).toEqual([
      ['datosGenerales.rfc', 'rfc'],
    ]);
    const record = makeFaltasGravesPersonasMorales({ datosDirGeneralReprLegal: { directorGeneral: { rfc: FIXTURE_RFC_MORAL } } });
    expect(errors('faltas_graves_personas_morales', record)).toEqual([['datosDirGeneralReprLegal.directorGeneral.rfc', 'rfc']]);
  });

  it('personas físicas: names follow the name pattern and are not limited to 255 characters', () => {
    const digits = makeFaltasGravesPersonasFisicas({ datosGenerales: { nombres: 'Ana 2', segundoApellido: 'Pérez.' } });
    expect(errors('faltas_graves_personas_fisicas', digits)).toEqual([
      ['datosGenerales.nombres', 'personName'],
      ['datosGenerales.segundoApellido', 'personName'],
    ]);
    const accented = makeFaltasGravesPersonasFisicas({ datosGenerales: { nombres: 'Zoë Ángeles', primerApellido: 'Müller-Ñúñez' } });
    expect(errors('faltas_graves_personas_fisicas', accented)).toEqual([]);
    const long = makeFaltasGravesPersonasFisicas({ datosGenerales: { primerApellido: 'a'.repeat(300) } });
    expect(errors('faltas_graves_personas_fisicas', long)).toEqual([]);
    const tooLong = makeFaltasGravesPersonasFisicas({ datosGenerales: { primerApellido: 'a'.repeat(S3_TEXT_NAME_MAX_LENGTH + 1) } });
    expect(errors('faltas_graves_personas_fisicas', tooLong)).toEqual([['datosGenerales.primerApellido', 'maxLength']]);
  });

  it('resolution URLs are absolute http(s) addresses', () => {
    const record = makeFaltasGravesPersonasFisicas({ resolucion: { urlResolucion: 'transparencia.gob.mx/r.pdf', urlResolucionFirme: 'ftp://x.mx/r.pdf' } });
    expect(errors('faltas_graves_personas_fisicas', record)).toEqual([
      ['resolucion.urlResolucion', 'url'],
      ['resolucion.urlResolucionFirme', 'url'],
    ]);
  });

  it('código postal in México has 5 digits; abroad it is free text', () => {
    const mx = makeFaltasGravesPersonasMorales({ datosGenerales: { domicilioMexico: { codigoPostal: '6805' } } });
    expect(errors('faltas_graves_personas_morales', mx)).toEqual([['datosGenerales.domicilioMexico.codigoPostal', 'postalCode']]);
    const abroad = makeFaltasGravesPersonasMorales({
      datosGenerales: { tipoDomicilio: 'DOMICILIO_EXTRANJERO', domicilioMexico: undefined, domicilioExtranjero: { codigoPostal: 'SW1A 1AA', pais: 'Reino Unido' } },
    });
    expect(check('faltas_graves_personas_morales', abroad).errors).toEqual([]);
    expect(check('faltas_graves_personas_morales', abroad).warnings).toEqual([]);
  });

  it('a domicilio that contradicts tipoDomicilio is a warning', () => {
    const record = makeFaltasGravesPersonasFisicas({ datosGenerales: { tipoDomicilio: 'DOMICILIO_EXTRANJERO' } });
    const result = check('faltas_graves_personas_fisicas', record);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([['datosGenerales.domicilioMexico', 'notApplicable']]);
  });

  it('strings are limited to 255 characters, long texts are not', () => {
    const record = makeFaltasAdministrativasGraves({ expediente: 'x'.repeat(256), observaciones: 'y'.repeat(5000) });
    expect(errors('faltas_administrativas_graves', record)).toEqual([['expediente', 'maxLength']]);
  });
});

describe('money and integers', () => {
  const economica = (overrides: object) => ({ ...s3TipoSancionFixture('SANCION_ECONOMICA'), ...overrides });
  const graves = (item: unknown) => errors('faltas_administrativas_graves', { ...makeFaltasAdministrativasGraves(), tipoSancion: [item] });
  const block = (overrides: object) => ({ ...(s3TipoSancionFixture('SANCION_ECONOMICA')['sancionEconomica'] as object), ...overrides });

  it('sanción económica ≥ 1 with at most 2 decimals; numeric strings are accepted', () => {
    expect(graves(economica({ sancionEconomica: block({ monto: 0.99 }) }))).toEqual([['tipoSancion[0].sancionEconomica.monto', 'min']]);
    expect(graves(economica({ sancionEconomica: block({ monto: 10.555 }) }))).toEqual([['tipoSancion[0].sancionEconomica.monto', 'scale']]);
    const result = check('faltas_administrativas_graves', {
      ...makeFaltasAdministrativasGraves(),
      tipoSancion: [economica({ sancionEconomica: block({ monto: '1234.50' }) })],
    });
    expect(result.errors).toEqual([]);
    expect(result.value.tipoSancion[0].sancionEconomica?.monto).toBe(1234.5);
  });

  it('indemnización and monto cobrado may be 0, never negative', () => {
    const item = s3TipoSancionFixture('INDEMNIZACION');
    const indemnizacion = { ...(item['indemnizacion'] as object), monto: 0, efectivamenteCobrado: { monto: -1 } };
    const record = { ...makeFaltasGravesPersonasFisicas(), tipoSancion: [{ clave: 'INDEMNIZACION', indemnizacion }] };
    expect(errors('faltas_graves_personas_fisicas', record)).toEqual([['tipoSancion[0].indemnizacion.efectivamenteCobrado.monto', 'min']]);
  });

  it('moneda: every ISO 4217 code of the model, nothing else', () => {
    expect(graves(economica({ sancionEconomica: block({ moneda: 'XXX' }) }))).toEqual([]);
    expect(graves(economica({ sancionEconomica: block({ moneda: 'MXP' }) }))).toEqual([['tipoSancion[0].sancionEconomica.moneda', 'catalog']]);
  });

  it('plazoPago parts are integers from 0 to 300', () => {
    const plazo = (plazoPago: object) => graves(economica({ sancionEconomica: block({ plazoPago }) }));
    expect(plazo({ anios: 0, meses: 300, dias: 0 })).toEqual([]);
    expect(plazo({ meses: 301, dias: -1, anios: 1.5 })).toEqual([
      ['tipoSancion[0].sancionEconomica.plazoPago.anios', 'type'],
      ['tipoSancion[0].sancionEconomica.plazoPago.meses', 'max'],
      ['tipoSancion[0].sancionEconomica.plazoPago.dias', 'min'],
    ]);
  });

  it('plazos of inhabilitación and suspensión are required integers ≥ 0', () => {
    const inhabilitacion = { ...(s3TipoSancionFixture('INHABILITACION')['inhabilitacion'] as object), plazoAnios: -1, plazoDias: undefined };
    expect(graves({ clave: 'INHABILITACION', inhabilitacion })).toEqual([
      ['tipoSancion[0].inhabilitacion.plazoAnios', 'min'],
      ['tipoSancion[0].inhabilitacion.plazoDias', 'required'],
    ]);
  });
});

describe('official field names, misspellings included (SPEC §9 D18)', () => {
  it.each(S3_COLLECTIONS)('%s: resolucion uses autoridadSusbstanciadora', (collection) => {
    const record = S3_FIXTURES[collection]();
    const { autoridadSusbstanciadora, ...rest } = record.resolucion;
    const renamed = { ...record, resolucion: { ...rest, autoridadSubstanciadora: autoridadSusbstanciadora } };
    expect(errors(collection, renamed)).toEqual([
      ['resolucion.autoridadSubstanciadora', 'unknownField'],
      ['resolucion.autoridadSusbstanciadora', 'required'],
    ]);
  });

  it('suspensionActividades uses plazoSuspensioAnios', () => {
    const item = s3TipoSancionFixture('SUSPENSION_ACTIVIDADES');
    const { plazoSuspensioAnios, ...rest } = item['suspensionActividades'] as Record<string, unknown>;
    const record = { ...makeFaltasGravesPersonasMorales(), tipoSancion: [{ clave: item.clave, suspensionActividades: { ...rest, plazoSuspensionAnios: plazoSuspensioAnios } }] };
    expect(errors('faltas_graves_personas_morales', record)).toEqual([
      ['tipoSancion[0].suspensionActividades.plazoSuspensionAnios', 'unknownField'],
      ['tipoSancion[0].suspensionActividades.plazoSuspensioAnios', 'required'],
    ]);
  });

  it('faltas no graves have no resolution URLs nor orden jurisdiccional', () => {
    const record = makeFaltasAdministrativasNoGraves();
    const resolucion = { ...record.resolucion, urlResolucion: 'https://x.gob.mx/r.pdf', ordenJurisdiccional: 'ESTATAL' };
    expect(errors('faltas_administrativas_no_graves', { ...record, resolucion })).toEqual([
      ['resolucion.urlResolucion', 'unknownField'],
      ['resolucion.ordenJurisdiccional', 'unknownField'],
    ]);
  });

  it('system fields are not part of the captured content', () => {
    const record = { id: '0b6f6d2e-8f5c-4b7e-a3c2-7d9e1c4a5b60', ...makeFaltasAdministrativasGraves() };
    expect(errors('faltas_administrativas_graves', record)).toEqual([['id', 'unknownField']]);
  });
});
