import { toJsonSchema } from '../schema/json-schema';
import { validate } from '../schema/validate';
import { confidentialPaths, maskForRole } from '../schema/visibility';
import { S3_COLLECTIONS, S3_COLLECTION_LABELS, S3_ROOT_FIELDS, S3_SYSTEM_FIELDS, type S3Collection } from './s3-collections';
import { makeFaltasAdministrativasGraves, makeFaltasGravesPersonasMorales, S3_FIXTURES } from './s3-fixtures';
import { S3_SCHEMAS } from './s3-schemas';

const TODAY = '2026-06-30';

/** Whether a dotted path (lists traversed item by item) reaches a value somewhere in `value`. */
function reaches(value: unknown, path: string[]): boolean {
  if (path.length === 0) return value !== undefined;
  if (Array.isArray(value)) return value.some((item) => reaches(item, path));
  if (typeof value !== 'object' || value === null) return false;
  const [head, ...rest] = path;
  return head in value && reaches((value as Record<string, unknown>)[head], rest);
}

describe('S3 v2 collections', () => {
  it('are the four PDN collections in SPEC order, each with a schema and a Spanish label', () => {
    expect(S3_COLLECTIONS).toEqual([
      'faltas_administrativas_graves',
      'faltas_administrativas_no_graves',
      'faltas_graves_personas_fisicas',
      'faltas_graves_personas_morales',
    ]);
    for (const collection of S3_COLLECTIONS) {
      expect(S3_SCHEMAS[collection].kind).toBe('object');
      expect(S3_COLLECTION_LABELS[collection]).toMatch(/sancionad/);
    }
  });

  it.each(S3_COLLECTIONS)('%s: root fields are the captured fields plus the system fields, without entePublico', (collection) => {
    const root = S3_ROOT_FIELDS[collection];
    expect(root.slice(0, 3)).toEqual([...S3_SYSTEM_FIELDS]);
    expect(new Set(root).size).toBe(root.length);
    expect(root).not.toContain('entePublico');
    const captured = root.filter((f) => !(S3_SYSTEM_FIELDS as readonly string[]).includes(f));
    expect([...captured].sort()).toEqual(Object.keys(S3_SCHEMAS[collection].fields).sort());
  });

  it('keeps the OAS order of the root fields (e.g. morales start with datosGenerales)', () => {
    expect(S3_ROOT_FIELDS.faltas_graves_personas_morales.slice(3, 6)).toEqual(['datosGenerales', 'datosDirGeneralReprLegal', 'dondeCometioLaFalta']);
    expect(S3_ROOT_FIELDS.faltas_administrativas_graves.slice(3, 7)).toEqual(['fecha', 'expediente', 'observaciones', 'resolucion']);
  });

  it('documents every collection as JSON Schema without unknown properties', () => {
    for (const collection of S3_COLLECTIONS) {
      const json = toJsonSchema(S3_SCHEMAS[collection]);
      expect(json['additionalProperties']).toBe(false);
      expect(json['required']).toEqual(expect.arrayContaining(['fecha', 'expediente', 'faltaCometida', 'resolucion', 'tipoSancion']));
    }
  });
});

describe('S3 fixtures', () => {
  it.each(S3_COLLECTIONS)('%s: the fixture is valid, warning-free and already normalised', (collection) => {
    const record = S3_FIXTURES[collection]();
    const result = validate(S3_SCHEMAS[collection], record, { today: TODAY });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.value).toEqual(record);
  });

  it('merges overrides deeply, replaces lists and removes keys set to undefined', () => {
    const record = makeFaltasAdministrativasGraves({
      datosGenerales: { segundoApellido: undefined, nombres: 'Pedro' },
      faltaCometida: [],
    });
    expect(record.datosGenerales.nombres).toBe('Pedro');
    expect(record.datosGenerales.primerApellido).toBe('López');
    expect('segundoApellido' in record.datosGenerales).toBe(false);
    expect(record.faltaCometida).toEqual([]);
  });

  it('returns a fresh object on every call', () => {
    const first = makeFaltasGravesPersonasMorales();
    first.datosGenerales.nombreRazonSocial = 'Cambiada';
    expect(makeFaltasGravesPersonasMorales().datosGenerales.nombreRazonSocial).not.toBe('Cambiada');
  });
});

describe('S3 visibility (SPEC §1.3.3)', () => {
  const expected: Record<S3Collection, string[]> = {
    faltas_administrativas_graves: [
      'datosGenerales.curp',
      'datosGenerales.rfc',
      'faltaCometida.normatividadInfringida',
      'observaciones',
      'tipoSancion.sancionEconomica.fechaPagoTotal',
    ],
    faltas_administrativas_no_graves: [
      'datosGenerales.curp',
      'datosGenerales.nombres',
      'datosGenerales.primerApellido',
      'datosGenerales.rfc',
      'datosGenerales.segundoApellido',
      'empleoCargoComision.areaAdscripcion',
      'empleoCargoComision.denominacion',
      'empleoCargoComision.nivelJerarquico',
      'faltaCometida.normatividadInfringida',
    ],
    faltas_graves_personas_fisicas: [
      'datosGenerales.curp',
      'datosGenerales.domicilioExtranjero',
      'datosGenerales.domicilioMexico',
      'datosGenerales.rfc',
      'datosGenerales.tipoDomicilio',
      'faltaCometida.normatividadInfringida',
      'observaciones',
      'tipoSancion.indemnizacion.fechaPagoTotal',
      'tipoSancion.sancionEconomica.fechaPagoTotal',
    ],
    faltas_graves_personas_morales: [
      'datosDirGeneralReprLegal',
      'observaciones',
      'tipoSancion.indemnizacion.fechaPagoTotal',
      'tipoSancion.sancionEconomica.fechaPagoTotal',
    ],
  };

  it.each(S3_COLLECTIONS)('%s: exactly the confidential fields of §1.3.3', (collection) => {
    expect(confidentialPaths(S3_SCHEMAS[collection]).sort()).toEqual(expected[collection]);
  });

  it.each(S3_COLLECTIONS)('%s: publico never receives a confidential path; confidencial receives everything', (collection) => {
    const schema = S3_SCHEMAS[collection];
    const record = { ...S3_FIXTURES[collection]() } as Record<string, unknown>;
    if (collection === 'faltas_graves_personas_fisicas') {
      // The fixture has a Mexican domicilio only; the foreign one must be hidden as well.
      record['datosGenerales'] = { ...(record['datosGenerales'] as object), domicilioExtranjero: { ciudad: 'Madrid', pais: 'España' } };
    }
    const masked = maskForRole(schema, record, 'publico');
    for (const path of expected[collection]) {
      expect(reaches(record, path.split('.'))).toBe(true); // the fixture does fill it…
      expect(reaches(masked, path.split('.'))).toBe(false); // …and publico does not get it
    }
    expect(maskForRole(schema, record, 'confidencial')).toEqual(record);
  });

  it('graves: publico keeps the name and the sanción, loses the identifiers and the payment date', () => {
    const record = { id: '0b6f6d2e-8f5c-4b7e-a3c2-7d9e1c4a5b60', ...makeFaltasAdministrativasGraves() };
    const masked = maskForRole(S3_SCHEMAS.faltas_administrativas_graves, record, 'publico');
    expect(masked.id).toBe(record.id);
    expect(masked.datosGenerales).toEqual({ nombres: 'Jorge', primerApellido: 'López', segundoApellido: 'Vargas', sexo: 'HOMBRE' });
    const economica = masked.tipoSancion.find((s) => s.clave === 'SANCION_ECONOMICA')?.sancionEconomica;
    expect(economica?.efectivamenteCobrado?.fechaCobro).toBe('2025-12-15');
    expect(economica && 'fechaPagoTotal' in economica).toBe(false);
    expect(masked.faltaCometida[0]).toEqual({ clave: 'CONTRATACION_INDEBIDA', descripcionHechos: expect.any(String) });
  });

  it('no graves: publico sees sexo, the ente and observaciones, not who the person is', () => {
    const masked = maskForRole(S3_SCHEMAS.faltas_administrativas_no_graves, S3_FIXTURES.faltas_administrativas_no_graves(), 'publico');
    expect(masked.datosGenerales).toEqual({ sexo: 'MUJER' });
    expect(Object.keys(masked.empleoCargoComision ?? {}).sort()).toEqual([
      'ambitoPublico',
      'entidadFederativa',
      'nivelOrdenGobierno',
      'nombreEntePublico',
      'siglasEntePublico',
    ]);
    expect(masked.observaciones).toBe('Primera falta registrada.');
  });

  it('morales: the infringed norms and the domicilio are public, the representatives are not', () => {
    const masked = maskForRole(S3_SCHEMAS.faltas_graves_personas_morales, makeFaltasGravesPersonasMorales(), 'publico');
    expect(masked.faltaCometida[0].normatividadInfringida).toEqual([{ nombreNormatividad: 'LGRA', articulo: '70', fraccion: 'I' }]);
    expect(masked.datosGenerales.domicilioMexico?.tipoVialidad).toBe('CALLEJÓN');
    expect('datosDirGeneralReprLegal' in masked).toBe(false);
  });
});
