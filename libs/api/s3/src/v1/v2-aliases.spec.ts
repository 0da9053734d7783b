import {
  S3_SCHEMAS,
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  s3TipoSancionFixture,
  validate,
  type S3Collection,
} from '@pde/shared/contracts';
import { normalizeV2Aliases } from './v2-aliases';

type Json = Record<string, unknown>;

/** Renames a key of a nested object of a deep copy, as the PDN migration writes it (SPEC §9 D31). */
function renamed(source: unknown, path: string, alias: string): Json {
  const copy = structuredClone(source) as Json;
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Json>((node, key) => node[key] as Json, copy);
  parent[alias] = parent[last];
  delete parent[last];
  return copy;
}

const valid = (collection: S3Collection, item: unknown) => validate(S3_SCHEMAS[collection], item);

describe('normalizeV2Aliases (SPEC §9 D31)', () => {
  it('renames tituloDocumento and autoridadSubstanciadora of the resolución', () => {
    const fixture = makeFaltasAdministrativasGraves();
    const pdn = renamed(renamed(fixture, 'resolucion.tituloResolucion', 'tituloDocumento'), 'resolucion.autoridadSusbstanciadora', 'autoridadSubstanciadora');
    expect(valid('faltas_administrativas_graves', pdn).errors.map((e) => e.code)).toContain('unknownField');
    const out = normalizeV2Aliases('faltas_administrativas_graves', pdn);
    expect(valid('faltas_administrativas_graves', out)).toMatchObject({ errors: [], value: fixture });
  });

  it.each(['sancionEfectivamenteCobrada', 'efectivamenteCobrada'])('renames %s to efectivamenteCobrado', (alias) => {
    const fixture = makeFaltasGravesPersonasFisicas();
    const pdn = renamed(renamed(fixture, 'tipoSancion.0.sancionEconomica.efectivamenteCobrado', alias), 'tipoSancion.1.indemnizacion.efectivamenteCobrado', alias);
    expect(valid('faltas_graves_personas_fisicas', normalizeV2Aliases('faltas_graves_personas_fisicas', pdn))).toMatchObject({ errors: [], value: fixture });
  });

  it('renames plazoFechaInicial and plazoFechaFinal of an inhabilitación', () => {
    const fixture = makeFaltasAdministrativasNoGraves({ tipoSancion: [s3TipoSancionFixture('INHABILITACION')] as never });
    const pdn = renamed(renamed(fixture, 'tipoSancion.0.inhabilitacion.fechaInicial', 'plazoFechaInicial'), 'tipoSancion.0.inhabilitacion.fechaFinal', 'plazoFechaFinal');
    expect(valid('faltas_administrativas_no_graves', normalizeV2Aliases('faltas_administrativas_no_graves', pdn))).toMatchObject({ errors: [], value: fixture });
  });

  it('renames plazoSuspensionAnios of personas morales to the official plazoSuspensioAnios', () => {
    const fixture = makeFaltasGravesPersonasMorales({ tipoSancion: [s3TipoSancionFixture('SUSPENSION_ACTIVIDADES')] as never });
    const pdn = renamed(fixture, 'tipoSancion.0.suspensionActividades.plazoSuspensioAnios', 'plazoSuspensionAnios');
    const out = normalizeV2Aliases('faltas_graves_personas_morales', pdn) as Json;
    expect(valid('faltas_graves_personas_morales', out)).toMatchObject({ errors: [], value: fixture });
  });

  it('moves a denominacionSancion written beside an empty otro into otro', () => {
    const fixture = makeFaltasGravesPersonasFisicas({ tipoSancion: [s3TipoSancionFixture('OTRO')] as never });
    const pdn = structuredClone(fixture) as unknown as Json;
    (pdn['tipoSancion'] as Json[])[0] = { clave: 'OTRO', otro: null, denominacionSancion: 'Publicación de la sanción en el periódico oficial' };
    expect(valid('faltas_graves_personas_fisicas', normalizeV2Aliases('faltas_graves_personas_fisicas', pdn))).toMatchObject({ errors: [], value: fixture });
  });

  it('accepts the migration output with its nulls and the value aliases that the schemas rewrite', () => {
    const fixture = makeFaltasAdministrativasNoGraves({ resolucion: { fechaEjecucion: undefined } });
    expect(fixture.faltaCometida[0].clave).toBe('RENDIR_CUENTAS');
    const pdn = structuredClone(fixture) as unknown as Json;
    (pdn['faltaCometida'] as Json[])[0]['clave'] = 'RENDIR_CUENTAS_FUNCIONES';
    (pdn['resolucion'] as Json)['fechaEjecucion'] = null;
    expect(valid('faltas_administrativas_no_graves', normalizeV2Aliases('faltas_administrativas_no_graves', pdn)).value).toEqual(fixture);
    const morales = makeFaltasGravesPersonasMorales({ tipoSancion: [s3TipoSancionFixture('OTRO')] as never });
    const lower = structuredClone(morales) as unknown as Json;
    (lower['tipoSancion'] as Json[])[0]['clave'] = 'otro';
    expect(valid('faltas_graves_personas_morales', normalizeV2Aliases('faltas_graves_personas_morales', lower))).toMatchObject({ errors: [], value: morales });
  });

  it('keeps the OAS name when both spellings carry a value, and does not modify its input', () => {
    const fixture = makeFaltasAdministrativasGraves();
    const both = structuredClone(fixture) as unknown as Json;
    (both['resolucion'] as Json)['tituloDocumento'] = 'Otro título';
    const snapshot = structuredClone(both);
    const out = normalizeV2Aliases('faltas_administrativas_graves', both) as Json;
    expect((out['resolucion'] as Json)['tituloResolucion']).toBe(fixture.resolucion.tituloResolucion);
    expect(out['resolucion']).not.toHaveProperty('tituloDocumento');
    expect(both).toEqual(snapshot);
  });

  it('leaves anything that is not an object alone', () => {
    expect(normalizeV2Aliases('faltas_administrativas_graves', null)).toBeNull();
    expect(normalizeV2Aliases('faltas_administrativas_graves', [1])).toEqual([1]);
  });
});
