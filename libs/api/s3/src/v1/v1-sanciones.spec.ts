import {
  makeFaltasAdministrativasGraves,
  makeFaltasAdministrativasNoGraves,
  makeFaltasGravesPersonasFisicas,
  makeFaltasGravesPersonasMorales,
  s3TipoSancionFixture,
  type TipoSancionClave,
} from '@pde/shared/contracts';
import { projectS3P } from './s3p-projection';
import { projectS3S } from './s3s-projection';
import { TEST_CONTEXT, published } from './v1-arbitraries.spec-helper';
import { plazoText, sumMontos, v1Multa, v1SancionItem, v1TipoSancion } from './v1-sanciones';

const IND_VALOR =
  'INDEMNIZACIÓN POR LOS DAÑOS Y PERJUICIOS OCASIONADOS A LA HACIENDA PÚBLICA FEDERAL, LOCAL O MUNICIPAL, O AL PATRIMONIO DE LOS ENTES PÚBLICOS.';

/** A fixture sanción with its block replaced. */
const sancion = (clave: TipoSancionClave, block?: Record<string, unknown>) => ({ ...s3TipoSancionFixture(clave), ...block });

describe('plazo text (SPEC §4.7.6)', () => {
  it.each([
    [2, 6, 0, '2 años, 6 meses'],
    [1, 1, 1, '1 año, 1 mes, 1 día'],
    [0, 0, 0, '0 días'],
    [0, 0, 15, '15 días'],
    [3, 0, 2, '3 años, 2 días'],
    [0, 12, 0, '12 meses'],
    [undefined, 1, undefined, '1 mes'],
  ])('años %p, meses %p, días %p → «%s»', (a, m, d, expected) => {
    expect(plazoText(a, m, d)).toBe(expected);
  });
});

describe('tipoSancion rows (SPEC §4.7.1)', () => {
  it.each([
    ['INHABILITACION', 'S3S', { clave: 'I', valor: 'INHABILITADO' }],
    ['INHABILITACION', 'S3P', { clave: 'I', valor: 'INHABILITADO' }],
    ['SANCION_ECONOMICA', 'S3S', { clave: 'SE', valor: 'SANCIÓN ECONÓMICA' }],
    ['SANCION_ECONOMICA', 'S3P', { clave: 'SE', valor: 'SANCIÓN ECONÓMICA' }],
    [
      'SUSPENSION',
      'S3S',
      { clave: 'S', valor: 'SUSPENSIÓN DEL EMPLEO, CARGO O COMISIÓN', descripcion: 'Plazo: 1 mes; del 2025-11-25 al 2025-12-25' },
    ],
    ['DESTITUCION', 'S3S', { clave: 'D', valor: 'DESTITUCIÓN DEL EMPLEO, CARGO O COMISIÓN', descripcion: 'Fecha de destitución: 2025-11-25' }],
    ['AMONESTACION', 'S3S', { clave: 'O', valor: 'AMONESTACIÓN', descripcion: 'PÚBLICA' }],
    ['AMONESTACION', 'S3P', { clave: 'A', valor: 'AMONESTACIÓN', descripcion: 'PÚBLICA' }],
    ['OTRO', 'S3S', { clave: 'O', valor: 'Publicación de la sanción en el periódico oficial' }],
    ['OTRO', 'S3P', { clave: 'O', valor: 'Publicación de la sanción en el periódico oficial' }],
    ['INDEMNIZACION', 'S3P', { clave: 'IND', valor: IND_VALOR, descripcion: 'Monto: 48000 MXN' }],
    ['SUSPENSION_ACTIVIDADES', 'S3P', { clave: 'S', valor: 'SUSPENSIÓN DE ACTIVIDADES', descripcion: 'Plazo: 1 año, 6 meses; del 2025-12-01 al 2027-06-01' }],
    ['DISOLUCION_SOCIEDAD', 'S3P', { clave: 'D', valor: 'DISOLUCIÓN DE LA SOCIEDAD', descripcion: 'Fecha de disolución: 2025-12-01' }],
  ] as const)('%s in %s', (clave, api, expected) => {
    expect(v1SancionItem(s3TipoSancionFixture(clave), api)).toEqual(expected);
  });

  it('writes the suspension plazo with months and days only, and «0 días» when both are zero', () => {
    const item = sancion('SUSPENSION', { suspensionEmpleo: { plazoMeses: 14, plazoDias: 3, fechaInicial: '2025-01-01', fechaFinal: '2026-03-04' } });
    expect(v1SancionItem(item, 'S3S')?.descripcion).toBe('Plazo: 14 meses, 3 días; del 2025-01-01 al 2026-03-04');
    const zero = sancion('SUSPENSION', { suspensionEmpleo: { plazoMeses: 0, plazoDias: 0, fechaInicial: '2025-01-01', fechaFinal: '2025-01-01' } });
    expect(v1SancionItem(zero, 'S3S')?.descripcion).toBe('Plazo: 0 días; del 2025-01-01 al 2025-01-01');
  });

  it('omits the descripcion of a destitución whose date is unknown', () => {
    expect(v1SancionItem({ clave: 'DESTITUCION' }, 'S3S')).toEqual({ clave: 'D', valor: 'DESTITUCIÓN DEL EMPLEO, CARGO O COMISIÓN' });
  });

  it('writes PRIVADA for an amonestación privada', () => {
    expect(v1SancionItem(sancion('AMONESTACION', { amonestacion: { tipo: 'PRIVADA' } }), 'S3S')?.descripcion).toBe('PRIVADA');
  });

  it('writes «OTRO» when the otra sanción has no name, and reads the lower-case «otro» of morales', () => {
    expect(v1SancionItem({ clave: 'OTRO' }, 'S3P')).toEqual({ clave: 'O', valor: 'OTRO' });
    expect(v1SancionItem({ clave: 'otro', otro: { denominacionSancion: 'Apercibimiento' } } as never, 'S3P')).toEqual({
      clave: 'O',
      valor: 'Apercibimiento',
    });
  });

  it('writes the exact decimal of an indemnización', () => {
    const item = sancion('INDEMNIZACION', { indemnizacion: { monto: 1234.56, moneda: 'USD' } });
    expect(v1SancionItem(item, 'S3P')?.descripcion).toBe('Monto: 1234.56 USD');
  });

  it('has no v1 item for claves foreign to the API', () => {
    for (const clave of ['SUSPENSION', 'DESTITUCION'] as const) expect(v1SancionItem(s3TipoSancionFixture(clave), 'S3P')).toBeUndefined();
    for (const clave of ['INDEMNIZACION', 'SUSPENSION_ACTIVIDADES', 'DISOLUCION_SOCIEDAD'] as const) {
      expect(v1SancionItem(s3TipoSancionFixture(clave), 'S3S')).toBeUndefined();
    }
  });

  it('keeps capture order and removes identical items', () => {
    const items = [s3TipoSancionFixture('OTRO'), s3TipoSancionFixture('INHABILITACION'), s3TipoSancionFixture('OTRO')];
    expect(v1TipoSancion(items, 'S3S').map((i) => i.clave)).toEqual(['O', 'I']);
    const two = [sancion('OTRO', { otro: { denominacionSancion: 'A' } }), sancion('OTRO', { otro: { denominacionSancion: 'B' } })];
    expect(v1TipoSancion(two, 'S3S')).toHaveLength(2);
  });

  it('projects every sanción of a record, with one item each', () => {
    const record = published(makeFaltasGravesPersonasMorales({ tipoSancion: [sancion('DISOLUCION_SOCIEDAD'), sancion('SUSPENSION_ACTIVIDADES')] as never }));
    expect(projectS3P('faltas_graves_personas_morales', record, TEST_CONTEXT, 'publico').tipoSancion.map((i) => i.valor)).toEqual([
      'DISOLUCIÓN DE LA SOCIEDAD',
      'SUSPENSIÓN DE ACTIVIDADES',
    ]);
  });
});

describe('multa (SPEC §4.7.5)', () => {
  it('carries the exact stored decimal and the currency label of the model', () => {
    const record = published(makeFaltasAdministrativasGraves());
    expect(projectS3S('faltas_administrativas_graves', record, TEST_CONTEXT, 'publico').multa).toEqual({
      monto: 125430.5,
      moneda: { clave: 'MXN', valor: 'Peso mexicano' },
    });
    const usd = published(makeFaltasAdministrativasGraves({ tipoSancion: [sancion('SANCION_ECONOMICA', { sancionEconomica: { monto: 99.99, moneda: 'USD' } })] as never }));
    expect(projectS3S('faltas_administrativas_graves', usd, TEST_CONTEXT, 'publico').multa).toEqual({
      monto: 99.99,
      moneda: { clave: 'USD', valor: 'Dólar estadounidense' },
    });
  });

  it('sums amounts of one currency exactly, and takes the first one when currencies differ', () => {
    const se = (monto: number, moneda: string) => ({ clave: 'SANCION_ECONOMICA', sancionEconomica: { monto, moneda } });
    expect(v1Multa([se(0.1, 'MXN'), se(0.2, 'MXN')])).toEqual({ monto: 0.3, moneda: { clave: 'MXN', valor: 'Peso mexicano' } });
    expect(v1Multa([se(10.5, 'EUR'), se(3, 'MXN')])).toEqual({ monto: 10.5, moneda: { clave: 'EUR', valor: 'Euro' } });
    expect(sumMontos([125430.5, 0.01, 0.02])).toBe(125430.53);
  });

  it('never takes an indemnización, and is absent without sanción económica', () => {
    const fisicas = published(makeFaltasGravesPersonasFisicas({ tipoSancion: [s3TipoSancionFixture('INDEMNIZACION')] as never }));
    expect(projectS3P('faltas_graves_personas_fisicas', fisicas, TEST_CONTEXT, 'confidencial')).not.toHaveProperty('multa');
    const morales = published(makeFaltasGravesPersonasMorales());
    expect(projectS3P('faltas_graves_personas_morales', morales, TEST_CONTEXT, 'publico').multa?.monto).toBe(125430.5);
  });

  it('is never emitted for faltas no graves', () => {
    const record = published(makeFaltasAdministrativasNoGraves());
    expect(projectS3S('faltas_administrativas_no_graves', record, TEST_CONTEXT, 'confidencial')).not.toHaveProperty('multa');
  });
});

describe('inhabilitacion (SPEC §4.7.6)', () => {
  it('takes plazo and dates of the first inhabilitación', () => {
    const record = published(
      makeFaltasAdministrativasNoGraves({
        tipoSancion: [
          sancion('INHABILITACION', { inhabilitacion: { plazoAnios: 2, plazoMeses: 6, plazoDias: 0, fechaInicial: '2025-01-10', fechaFinal: '2027-07-10' } }),
        ] as never,
      }),
    );
    expect(projectS3S('faltas_administrativas_no_graves', record, TEST_CONTEXT, 'publico').inhabilitacion).toEqual({
      plazo: '2 años, 6 meses',
      fechaInicial: '2025-01-10',
      fechaFinal: '2027-07-10',
    });
  });

  it('is absent without inhabilitación', () => {
    const record = published(makeFaltasGravesPersonasFisicas());
    expect(projectS3P('faltas_graves_personas_fisicas', record, TEST_CONTEXT, 'publico')).not.toHaveProperty('inhabilitacion');
  });
});
