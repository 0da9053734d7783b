import { FALTA_COMETIDA_GRAVES, FALTA_COMETIDA_GRAVES_VALOR, TIPO_SANCION_GRAVES } from '../catalogs/v2';
import { obj } from '../schema/builders';
import type { ObjectNode } from '../schema/types';
import { empleoCargoComision, expediente, faltaCometida, fecha, observaciones, origenProcedimiento, resolucion } from './s3-blocks';
import { datosGeneralesServidor } from './s3-personas';
import { tipoSancion } from './s3-sanciones';
import type { S3ClaveValor, S3DatosGeneralesServidor, S3EmpleoCargoComision, S3FaltaCometida, S3Resolucion, S3TipoSancionGraves } from './s3-types';

/**
 * `faltas_administrativas_graves` (SPEC §3.7.1): servidores públicos sanctioned for faltas graves.
 * Public except CURP, RFC, the infringed norms, `fechaPagoTotal` and `observaciones` (§1.3.3).
 */
export const FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA: ObjectNode = obj({
  label: 'Servidor público sancionado por falta administrativa grave',
  fields: {
    fecha: fecha(),
    expediente: expediente(),
    datosGenerales: datosGeneralesServidor({ names: 'publico' }),
    empleoCargoComision: empleoCargoComision({ required: true, personal: 'publico' }),
    origenProcedimiento: origenProcedimiento(),
    faltaCometida: faltaCometida({
      catalog: FALTA_COMETIDA_GRAVES,
      valorSuggestions: FALTA_COMETIDA_GRAVES_VALOR,
      normatividadVisibility: 'confidencial',
    }),
    resolucion: resolucion({ noGraves: false }),
    tipoSancion: tipoSancion({
      catalog: TIPO_SANCION_GRAVES,
      blocks: ['suspensionEmpleo', 'destitucionEmpleo', 'sancionEconomica', 'inhabilitacion', 'otro'],
    }),
    observaciones: observaciones('confidencial'),
  },
});

/** Captured content of a `faltas_administrativas_graves` record (normalised). */
export interface FaltasAdministrativasGravesData {
  fecha: string;
  expediente: string;
  datosGenerales: S3DatosGeneralesServidor;
  empleoCargoComision: S3EmpleoCargoComision;
  origenProcedimiento: S3ClaveValor;
  faltaCometida: S3FaltaCometida[];
  resolucion: S3Resolucion;
  tipoSancion: S3TipoSancionGraves[];
  observaciones?: string;
}
