import { convertToParamMap } from '@angular/router';
import { readS3Url, s3UrlParams } from './s3-url';

describe('S3 search address', () => {
  it('reads repeated and comma lists, keeps catalog order and drops unknown claves', () => {
    const state = readS3Url('faltas_administrativas_graves', convertToParamMap({ entidad: ['20', '09,99'], sancion: 'INHABILITACION,AMONESTACION' }));
    expect(state.criteria.entidad).toEqual(['09', '20']);
    expect(state.criteria.sancion).toEqual(['INHABILITACION']);
  });

  it('accepts the other spellings the API accepts (long no graves faltas, morales «otro»)', () => {
    expect(readS3Url('faltas_administrativas_no_graves', convertToParamMap({ falta: 'DECLARACIONES_PATRIMONIALES_INTERESES' })).criteria.falta).toEqual(['DECLARACIONES']);
    expect(readS3Url('faltas_graves_personas_morales', convertToParamMap({ sancion: 'otro' })).criteria.sancion).toEqual(['OTRO']);
  });

  it('keeps only the text filters of each collection', () => {
    const params = convertToParamMap({ nombres: 'Ana', razonSocial: 'SA', rfc: 'ABC', ente: 'Salud' });
    expect(s3UrlParams(readS3Url('faltas_administrativas_graves', params))).toEqual({ nombres: 'Ana', ente: 'Salud' });
    expect(s3UrlParams(readS3Url('faltas_administrativas_no_graves', params))).toEqual({ ente: 'Salud' });
    expect(s3UrlParams(readS3Url('faltas_graves_personas_fisicas', params))).toEqual({ nombres: 'Ana', ente: 'Salud' });
    expect(s3UrlParams(readS3Url('faltas_graves_personas_morales', params))).toEqual({ razonSocial: 'SA', rfc: 'ABC', ente: 'Salud' });
  });

  it('round-trips a full search', () => {
    const params = { primerApellido: 'Núñez', ente: 'Salud', entidad: '09,20', ordenGobierno: 'ESTATAL', ambito: 'EJECUTIVO', falta: 'COHECHO', sancion: 'OTRO', pagina: '3', tamano: '50' };
    const state = readS3Url('faltas_administrativas_graves', convertToParamMap(params));
    expect(s3UrlParams(state)).toEqual(params);
  });
});
