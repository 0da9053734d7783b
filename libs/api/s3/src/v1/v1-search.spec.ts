import {
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  s3TipoSancionFixture,
  FIXTURE_CURP,
  FIXTURE_RFC_FISICA,
  FIXTURE_RFC_MORAL,
} from '@pde/shared/contracts';
import { TEST_CONTEXT, published } from './v1-arbitraries.spec-helper';
import { expandTipoSancionFilter, matchesTipoSancion, v1SanctionClaves, v1SearchFields } from './v1-search';

describe('tipoSancion filter (SPEC §4.2, §4.3, §4.7.1)', () => {
  const se = new Set(['SE']);

  it.each([
    ['S3S', ['M'], true],
    ['S3S', ['IRSC'], true],
    ['S3S', ['SE'], true],
    ['S3S', ['I'], false],
    ['S3S', ['I', 'M'], true],
    ['S3P', ['M'], true],
    ['S3P', ['IRSC'], false],
    ['S3P', ['IND'], false],
    ['S3S', ['IND'], false],
    ['S3S', ['XYZ'], false],
    ['S3S', ['se'], false],
  ] as const)('%s requested %j against a record carrying SE → %s', (api, requested, expected) => {
    expect(matchesTipoSancion([...requested], se, api)).toBe(expected);
  });

  it('matches SE only with SE, M or IRSC: M and IRSC are never carried', () => {
    expect(matchesTipoSancion(['SE'], new Set(['M']), 'S3S')).toBe(false);
    expect(matchesTipoSancion(['SE'], new Set(['I']), 'S3S')).toBe(false);
  });

  it('treats [] as no filter', () => {
    expect(matchesTipoSancion([], new Set(), 'S3P')).toBe(true);
  });

  it('expands a request to the claves a SQL IN list needs', () => {
    expect([...expandTipoSancionFilter(['M', 'D', 'NOPE'], 'S3S')].sort()).toEqual(['D', 'M', 'SE']);
    expect([...expandTipoSancionFilter(['IRSC'], 'S3P')]).toEqual([]);
  });

  it('computes the claves each record carries', () => {
    expect(v1SanctionClaves('faltas_administrativas_graves', makeFaltasAdministrativasGraves())).toEqual(new Set(['I', 'SE']));
    expect(v1SanctionClaves('faltas_administrativas_no_graves', makeFaltasAdministrativasNoGraves())).toEqual(new Set(['O']));
    expect(v1SanctionClaves('faltas_graves_personas_fisicas', makeFaltasGravesPersonasFisicas())).toEqual(new Set(['SE', 'IND']));
    const morales = makeFaltasGravesPersonasMorales({ tipoSancion: [s3TipoSancionFixture('SUSPENSION_ACTIVIDADES'), s3TipoSancionFixture('DISOLUCION_SOCIEDAD')] as never });
    expect(v1SanctionClaves('faltas_graves_personas_morales', morales)).toEqual(new Set(['S', 'D']));
  });
});

describe('v1 search fields (SPEC §1.3.2, §5.2)', () => {
  it('gives graves names to publico but not rfc and curp', () => {
    const record = published(makeFaltasAdministrativasGraves());
    expect(v1SearchFields('faltas_administrativas_graves', record, TEST_CONTEXT, 'publico')).toEqual({
      id: record.id,
      nombres: 'Jorge',
      primerApellido: 'López',
      segundoApellido: 'Vargas',
      rfc: undefined,
      curp: undefined,
      institucion: 'Secretaría de Finanzas',
      tipoSancion: ['I', 'SE'],
    });
    expect(v1SearchFields('faltas_administrativas_graves', record, TEST_CONTEXT, 'confidencial')).toMatchObject({ rfc: FIXTURE_RFC_FISICA, curp: FIXTURE_CURP });
  });

  it('hides every name of no graves from publico: the "" of the output is no value for search', () => {
    const record = published(makeFaltasAdministrativasNoGraves());
    const fields = v1SearchFields('faltas_administrativas_no_graves', record, TEST_CONTEXT, 'publico');
    for (const key of ['nombres', 'primerApellido', 'segundoApellido', 'rfc', 'curp'] as const) expect(fields[key]).toBeUndefined();
    expect(v1SearchFields('faltas_administrativas_no_graves', record, TEST_CONTEXT, 'confidencial')).toMatchObject({
      nombres: 'Ana María',
      primerApellido: 'Ruiz',
      segundoApellido: 'Méndez',
    });
  });

  it('uses the owning ente as institución of a no graves record without empleo', () => {
    const record = published(makeFaltasAdministrativasNoGraves({ empleoCargoComision: undefined }));
    expect(v1SearchFields('faltas_administrativas_no_graves', record, TEST_CONTEXT, 'publico').institucion).toBe(TEST_CONTEXT.owner.nombre);
  });

  it('hides the rfc of personas físicas from publico, not that of personas morales', () => {
    const fisica = published(makeFaltasGravesPersonasFisicas());
    expect(v1SearchFields('faltas_graves_personas_fisicas', fisica, TEST_CONTEXT, 'publico')).toEqual({
      id: fisica.id,
      nombreRazonSocial: 'María José Núñez O’Higgins',
      rfc: undefined,
      institucion: 'Secretaría de Finanzas',
      expediente: 'TJA/PRA/102/2025',
      tipoPersona: 'F',
      tipoSancion: ['SE', 'IND'],
    });
    expect(v1SearchFields('faltas_graves_personas_fisicas', fisica, TEST_CONTEXT, 'confidencial').rfc).toBe(FIXTURE_RFC_FISICA);
    const moral = published(makeFaltasGravesPersonasMorales());
    expect(v1SearchFields('faltas_graves_personas_morales', moral, TEST_CONTEXT, 'publico')).toMatchObject({ rfc: FIXTURE_RFC_MORAL, tipoPersona: 'M' });
  });
});
