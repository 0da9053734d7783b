import fc from 'fast-check';
import { S3_FIXTURES, type S3ApiRecord, type S3Collection } from '@pde/shared/contracts';
import { projectS3P } from './s3p-projection';
import { projectS3S } from './s3s-projection';
import { TEST_CONTEXT, arbPublished, published } from './v1-arbitraries.spec-helper';
import { convertS3P, convertS3S, draftS3P, draftS3S, isConversionFailure } from './v1-to-v2';
import type { S3PCollection, S3SCollection } from './v1-types';

/**
 * v2 → v1 → v2: what v1 can carry survives the trip. Two checks: the draft (v1 alone) holds the
 * carried fields exactly; and with the original record as complement for the rest, the converted
 * record equals the original, so no carried field comes back changed and nothing is added.
 */

const TODAY = { today: '2026-12-31' };
const isS3S = (c: S3Collection): c is S3SCollection => c === 'faltas_administrativas_graves' || c === 'faltas_administrativas_no_graves';

const content = ({ id: _id, date_created: _c, date_updated: _u, ...data }: S3ApiRecord) => data;

function toV1(collection: S3Collection, record: S3ApiRecord): unknown {
  return isS3S(collection)
    ? projectS3S(collection, record as S3ApiRecord<S3SCollection>, TEST_CONTEXT, 'confidencial')
    : projectS3P(collection, record as S3ApiRecord<S3PCollection>, TEST_CONTEXT, 'confidencial');
}

function back(collection: S3Collection, v1: unknown, complement?: object) {
  const options = { ...TODAY, ...(complement ? { complement: { [collection]: complement } } : {}) };
  return isS3S(collection) ? convertS3S(v1, options) : convertS3P(v1, options);
}

type Json = Record<string, unknown>;
const pick = (value: unknown, paths: string[]) =>
  Object.fromEntries(paths.map((path) => [path, path.split('.').reduce<unknown>((v, k) => (v as Json | undefined)?.[k], value)]));

/** Fields every collection carries through v1 (besides faltas and sanciones). */
const CARRIED: Record<S3Collection, string[]> = {
  faltas_administrativas_graves: [
    'expediente',
    'observaciones',
    'datosGenerales',
    'empleoCargoComision.nombreEntePublico',
    'empleoCargoComision.siglasEntePublico',
    'empleoCargoComision.nivelJerarquico',
    'empleoCargoComision.denominacion',
    'resolucion.tituloResolucion',
    'resolucion.fechaResolucion',
    'resolucion.urlResolucion',
    'resolucion.fechaResolucionFirme',
    'resolucion.urlResolucionFirme',
    'resolucion.autoridadResolutora',
  ],
  faltas_administrativas_no_graves: ['expediente', 'observaciones', 'datosGenerales', 'resolucion.fechaResolucion', 'resolucion.autoridadResolutora'],
  faltas_graves_personas_fisicas: [
    'expediente',
    'observaciones',
    'datosGenerales.nombres',
    'datosGenerales.primerApellido',
    'datosGenerales.segundoApellido',
    'datosGenerales.rfc',
    'datosGenerales.tipoDomicilio',
    'datosGenerales.domicilioMexico',
    'datosGenerales.domicilioExtranjero',
    'dondeCometioLaFalta.nombreEntePublico',
    'dondeCometioLaFalta.siglasEntePublico',
    'resolucion.tituloResolucion',
    'resolucion.fechaNotificacion',
    'resolucion.urlResolucion',
    'resolucion.urlResolucionFirme',
  ],
  faltas_graves_personas_morales: [
    'expediente',
    'observaciones',
    'datosGenerales',
    'dondeCometioLaFalta.nombreEntePublico',
    'resolucion.tituloResolucion',
    'resolucion.urlResolucion',
    'resolucion.autoridadResolutora',
  ],
};

describe.each(Object.keys(CARRIED) as S3Collection[])('round trip of %s', (collection) => {
  it('carries the fields v1 can hold, in the draft made from v1 alone', () => {
    const original = content(published(S3_FIXTURES[collection]()));
    const v1 = toV1(collection, published(S3_FIXTURES[collection]()));
    const draft = isS3S(collection) ? draftS3S(v1) : draftS3P(v1);
    if (isConversionFailure(draft)) throw new Error(draft.error);
    expect(draft.collection).toBe(collection);
    expect(pick(draft.data, CARRIED[collection])).toEqual(pick(original, CARRIED[collection]));
    const faltas = (data: unknown) => ((data as Json)['faltaCometida'] as Json[]).map(({ normatividadInfringida: _n, ...falta }) => falta);
    expect(faltas(draft.data)).toEqual(faltas(original));
    expect(((draft.data as Json)['tipoSancion'] as Json[]).map((s) => s['clave'])).toEqual((original as Json as { tipoSancion: Json[] }).tipoSancion.map((s) => s['clave']));
  });

  it('gives back the original record when the complement supplies what v1 lacks (random records)', () => {
    fc.assert(
      fc.property(arbPublished(collection), (record) => {
        const original = content(record);
        const result = back(collection, toV1(collection, record), original);
        if (isConversionFailure(result)) throw new Error(result.error);
        expect(result.collection).toBe(collection);
        expect(result.data).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });
});
