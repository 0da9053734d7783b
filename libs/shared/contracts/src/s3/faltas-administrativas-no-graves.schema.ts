import { FALTA_COMETIDA_NO_GRAVES, FALTA_COMETIDA_NO_GRAVES_ALIASES, FALTA_COMETIDA_NO_GRAVES_VALOR, TIPO_SANCION_NO_GRAVES } from '../catalogs/v2';
import { obj } from '../schema/builders';
import type { ObjectNode } from '../schema/types';
import { empleoCargoComision, expediente, faltaCometida, fecha, observaciones, origenProcedimiento, resolucion } from './s3-blocks';
import { datosGeneralesServidor } from './s3-personas';
import { tipoSancion } from './s3-sanciones';
import type {
  S3ClaveValor,
  S3DatosGeneralesServidor,
  S3EmpleoCargoComision,
  S3FaltaCometida,
  S3ResolucionNoGraves,
  S3TipoSancionNoGraves,
} from './s3-types';

/**
 * `faltas_administrativas_no_graves` (SPEC §3.7.2). The LGRA registers these sanctions without
 * publishing who received them: names, CURP, RFC and the personal parts of the empleo are
 * confidential, while `observaciones` is public here (and only here). The long faltaCometida
 * claves of the herramienta de captura are accepted and stored as the short ones (§3.10).
 */
export const FALTAS_ADMINISTRATIVAS_NO_GRAVES_SCHEMA: ObjectNode = obj({
  label: 'Servidor público sancionado por falta administrativa no grave',
  fields: {
    fecha: fecha(),
    expediente: expediente(),
    datosGenerales: datosGeneralesServidor({ names: 'confidencial' }),
    empleoCargoComision: empleoCargoComision({ required: false, personal: 'confidencial' }),
    origenProcedimiento: origenProcedimiento(),
    faltaCometida: faltaCometida({
      catalog: FALTA_COMETIDA_NO_GRAVES,
      aliases: FALTA_COMETIDA_NO_GRAVES_ALIASES,
      valorSuggestions: FALTA_COMETIDA_NO_GRAVES_VALOR,
      normatividadVisibility: 'confidencial',
    }),
    resolucion: resolucion({ noGraves: true }),
    tipoSancion: tipoSancion({
      catalog: TIPO_SANCION_NO_GRAVES,
      blocks: ['amonestacion', 'suspensionEmpleo', 'destitucionEmpleo', 'inhabilitacion', 'otro'],
    }),
    observaciones: observaciones('publico'),
  },
});

/** Captured content of a `faltas_administrativas_no_graves` record (normalised). */
export interface FaltasAdministrativasNoGravesData {
  fecha: string;
  expediente: string;
  datosGenerales: S3DatosGeneralesServidor;
  empleoCargoComision?: S3EmpleoCargoComision;
  origenProcedimiento: S3ClaveValor;
  faltaCometida: S3FaltaCometida[];
  resolucion: S3ResolucionNoGraves;
  tipoSancion: S3TipoSancionNoGraves[];
  observaciones?: string;
}
