import { S3_COLLECTIONS, type S3Collection } from '@pde/shared/contracts';
import { EMPTY_S3_CRITERIA, buildS3Filter, s3SearchParams, type S3Criteria } from './s3-query';

const criteria = (overrides: Partial<S3Criteria>): S3Criteria => ({ ...EMPTY_S3_CRITERIA, ...overrides });
const filterOf = (collection: S3Collection, overrides: Partial<S3Criteria>) => buildS3Filter(collection, criteria(overrides));

describe('S3 filter building (Directus query language, SPEC §3.5)', () => {
  it('no filter in use → no filter parameter at all', () => {
    for (const collection of S3_COLLECTIONS) expect(buildS3Filter(collection, EMPTY_S3_CRITERIA)).toBeNull();
    expect(s3SearchParams('faltas_administrativas_graves', { criteria: EMPTY_S3_CRITERIA, pagina: 1, tamano: 10 })).not.toHaveProperty('filter');
  });

  it('ente: _icontains on the ente of the employment (servidores) or of the falta (particulares)', () => {
    expect(filterOf('faltas_administrativas_graves', { ente: '  Secretaría   de Salud ' })).toEqual({
      _and: [{ empleoCargoComision: { nombreEntePublico: { _icontains: 'Secretaría de Salud' } } }],
    });
    expect(filterOf('faltas_administrativas_no_graves', { ente: 'salud' })).toEqual({
      _and: [{ empleoCargoComision: { nombreEntePublico: { _icontains: 'salud' } } }],
    });
    expect(filterOf('faltas_graves_personas_fisicas', { ente: 'salud' })).toEqual({
      _and: [{ dondeCometioLaFalta: { nombreEntePublico: { _icontains: 'salud' } } }],
    });
    expect(filterOf('faltas_graves_personas_morales', { ente: 'salud' })).toEqual({
      _and: [{ dondeCometioLaFalta: { nombreEntePublico: { _icontains: 'salud' } } }],
    });
  });

  it('entidad, orden de gobierno and ámbito: _in on the same sub-object', () => {
    expect(filterOf('faltas_administrativas_graves', { entidad: ['20', '09'], ordenGobierno: ['ESTATAL'], ambito: ['EJECUTIVO', 'JUDICIAL'] })).toEqual({
      _and: [
        { empleoCargoComision: { entidadFederativa: { _in: ['20', '09'] } } },
        { empleoCargoComision: { nivelOrdenGobierno: { _in: ['ESTATAL'] } } },
        { empleoCargoComision: { ambitoPublico: { _in: ['EJECUTIVO', 'JUDICIAL'] } } },
      ],
    });
    expect(filterOf('faltas_graves_personas_morales', { entidad: ['20'] })).toEqual({
      _and: [{ dondeCometioLaFalta: { entidadFederativa: { _in: ['20'] } } }],
    });
  });

  it('falta cometida and tipo de sanción: _in on the claves of the o2m lists, each on its own', () => {
    expect(filterOf('faltas_graves_personas_fisicas', { falta: ['SOBORNO', 'COLUSION'], sancion: ['INHABILITACION', 'INHABILITACION'] })).toEqual({
      _and: [{ faltaCometida: { clave: { _in: ['SOBORNO', 'COLUSION'] } } }, { tipoSancion: { clave: { _in: ['INHABILITACION'] } } }],
    });
  });

  it('names: _icontains on datosGenerales for faltas graves and personas físicas', () => {
    const names = { nombres: 'josé', primerApellido: 'Núñez', segundoApellido: 'o' };
    const expected = {
      _and: [
        { datosGenerales: { nombres: { _icontains: 'josé' } } },
        { datosGenerales: { primerApellido: { _icontains: 'Núñez' } } },
        { datosGenerales: { segundoApellido: { _icontains: 'o' } } },
      ],
    };
    expect(filterOf('faltas_administrativas_graves', names)).toEqual(expected);
    expect(filterOf('faltas_graves_personas_fisicas', names)).toEqual(expected);
  });

  it('names are never sent for faltas no graves (not public: the API would answer 403) nor for morales', () => {
    const names = { nombres: 'ana', primerApellido: 'ruiz', segundoApellido: 'x', ente: 'salud' };
    for (const collection of ['faltas_administrativas_no_graves', 'faltas_graves_personas_morales'] as const) {
      const json = JSON.stringify(filterOf(collection, names));
      expect(json).not.toContain('nombres');
      expect(json).not.toContain('primerApellido');
      expect(json).not.toContain('segundoApellido');
    }
    expect(filterOf('faltas_administrativas_no_graves', { nombres: 'ana' })).toBeNull();
  });

  it('razón social and RFC only for personas morales', () => {
    expect(filterOf('faltas_graves_personas_morales', { razonSocial: 'Transportes', rfc: 'TRA841225' })).toEqual({
      _and: [{ datosGenerales: { nombreRazonSocial: { _icontains: 'Transportes' } } }, { datosGenerales: { rfc: { _icontains: 'TRA841225' } } }],
    });
    for (const collection of ['faltas_administrativas_graves', 'faltas_administrativas_no_graves', 'faltas_graves_personas_fisicas'] as const) {
      expect(filterOf(collection, { razonSocial: 'x', rfc: 'y' })).toBeNull();
    }
  });

  it('asks for one page of public list fields, newest first, with filter_count as the total', () => {
    const params = s3SearchParams('faltas_administrativas_no_graves', { criteria: criteria({ sancion: ['AMONESTACION'] }), pagina: 3, tamano: 25 });
    expect(params).toEqual({
      fields: expect.any(String),
      filter: '{"_and":[{"tipoSancion":{"clave":{"_in":["AMONESTACION"]}}}]}',
      sort: '-fecha',
      limit: '25',
      page: '3',
      meta: 'filter_count',
    });
    expect(params['fields'].split(',')).not.toContain('datosGenerales.nombres');
    expect(s3SearchParams('faltas_administrativas_graves', { criteria: EMPTY_S3_CRITERIA, pagina: 1, tamano: 10 })['fields'].split(',')).toContain(
      'datosGenerales.primerApellido',
    );
  });
});
