import {
  FALTA_COMETIDA_PARTICULARES,
  FALTA_COMETIDA_PARTICULARES_VALOR,
  TIPO_SANCION_PERSONAS_MORALES,
  TIPO_SANCION_PERSONAS_MORALES_ALIASES,
  TIPO_VIALIDAD_MORALES,
  TIPO_VIALIDAD_MORALES_ALIASES,
} from '../catalogs/v2';
import { obj } from '../schema/builders';
import type { ObjectNode } from '../schema/types';
import { dondeCometioLaFalta, expediente, faltaCometida, fecha, observaciones, origenProcedimiento, resolucion } from './s3-blocks';
import { datosDirGeneralReprLegal, datosGeneralesPersonaMoral } from './s3-personas';
import { tipoSancion } from './s3-sanciones';
import type {
  S3ClaveValor,
  S3DatosDirGeneralReprLegal,
  S3DatosGeneralesPersonaMoral,
  S3DondeCometioLaFalta,
  S3FaltaCometida,
  S3Resolucion,
  S3TipoSancionPersonasMorales,
} from './s3-types';

/**
 * `faltas_graves_personas_morales` (SPEC §3.7.4): particulares, personas morales. Everything about
 * the company is public, the infringed norms included (the only collection where they are, §9 D21);
 * its director and representative, `fechaPagoTotal` and `observaciones` are confidential.
 */
export const FALTAS_GRAVES_PERSONAS_MORALES_SCHEMA: ObjectNode = obj({
  label: 'Persona moral sancionada por falta grave',
  fields: {
    fecha: fecha(),
    expediente: expediente(),
    datosGenerales: datosGeneralesPersonaMoral(TIPO_VIALIDAD_MORALES, TIPO_VIALIDAD_MORALES_ALIASES),
    datosDirGeneralReprLegal: datosDirGeneralReprLegal(),
    dondeCometioLaFalta: dondeCometioLaFalta(),
    origenProcedimiento: origenProcedimiento(),
    faltaCometida: faltaCometida({
      catalog: FALTA_COMETIDA_PARTICULARES,
      valorSuggestions: FALTA_COMETIDA_PARTICULARES_VALOR,
      normatividadVisibility: 'publico',
    }),
    resolucion: resolucion({ noGraves: false }),
    tipoSancion: tipoSancion({
      catalog: TIPO_SANCION_PERSONAS_MORALES,
      aliases: TIPO_SANCION_PERSONAS_MORALES_ALIASES,
      blocks: ['inhabilitacion', 'indemnizacion', 'sancionEconomica', 'suspensionActividades', 'disolucionSociedad', 'otro'],
    }),
    observaciones: observaciones('confidencial'),
  },
});

/** Captured content of a `faltas_graves_personas_morales` record (normalised). */
export interface FaltasGravesPersonasMoralesData {
  fecha: string;
  expediente: string;
  datosGenerales: S3DatosGeneralesPersonaMoral;
  datosDirGeneralReprLegal: S3DatosDirGeneralReprLegal;
  dondeCometioLaFalta: S3DondeCometioLaFalta;
  origenProcedimiento: S3ClaveValor;
  faltaCometida: S3FaltaCometida[];
  resolucion: S3Resolucion;
  tipoSancion: S3TipoSancionPersonasMorales[];
  observaciones?: string;
}
