import {
  FALTA_COMETIDA_PARTICULARES,
  FALTA_COMETIDA_PARTICULARES_VALOR,
  TIPO_SANCION_PERSONAS_FISICAS,
  TIPO_VIALIDAD_FISICAS,
  TIPO_VIALIDAD_FISICAS_ALIASES,
} from '../catalogs/v2';
import { obj } from '../schema/builders';
import type { ObjectNode } from '../schema/types';
import { dondeCometioLaFalta, expediente, faltaCometida, fecha, observaciones, origenProcedimiento, resolucion } from './s3-blocks';
import { datosGeneralesPersonaFisica } from './s3-personas';
import { tipoSancion } from './s3-sanciones';
import type {
  S3ClaveValor,
  S3DatosGeneralesPersonaFisica,
  S3DondeCometioLaFalta,
  S3FaltaCometida,
  S3Resolucion,
  S3TipoSancionPersonasFisicas,
} from './s3-types';

/**
 * `faltas_graves_personas_fisicas` (SPEC §3.7.3): particulares, personas físicas. The name is
 * public; CURP, RFC, domicilio, the infringed norms, `fechaPagoTotal` and `observaciones` are
 * confidential (§1.3.3).
 */
export const FALTAS_GRAVES_PERSONAS_FISICAS_SCHEMA: ObjectNode = obj({
  label: 'Persona física sancionada por falta grave',
  fields: {
    fecha: fecha(),
    expediente: expediente(),
    datosGenerales: datosGeneralesPersonaFisica(TIPO_VIALIDAD_FISICAS, TIPO_VIALIDAD_FISICAS_ALIASES),
    dondeCometioLaFalta: dondeCometioLaFalta(),
    origenProcedimiento: origenProcedimiento(),
    faltaCometida: faltaCometida({
      catalog: FALTA_COMETIDA_PARTICULARES,
      valorSuggestions: FALTA_COMETIDA_PARTICULARES_VALOR,
      normatividadVisibility: 'confidencial',
    }),
    resolucion: resolucion({ noGraves: false }),
    tipoSancion: tipoSancion({
      catalog: TIPO_SANCION_PERSONAS_FISICAS,
      blocks: ['inhabilitacion', 'indemnizacion', 'sancionEconomica', 'otro'],
    }),
    observaciones: observaciones('confidencial'),
  },
});

/** Captured content of a `faltas_graves_personas_fisicas` record (normalised). */
export interface FaltasGravesPersonasFisicasData {
  fecha: string;
  expediente: string;
  datosGenerales: S3DatosGeneralesPersonaFisica;
  dondeCometioLaFalta: S3DondeCometioLaFalta;
  origenProcedimiento: S3ClaveValor;
  faltaCometida: S3FaltaCometida[];
  resolucion: S3Resolucion;
  tipoSancion: S3TipoSancionPersonasFisicas[];
  observaciones?: string;
}
