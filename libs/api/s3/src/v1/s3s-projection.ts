import type { FaltasAdministrativasGravesData, S3ApiRecord, S3EmpleoCargoComision } from '@pde/shared/contracts';
import { documentos, fechaCaptura, genero, institucionDependencia, orderKeys } from './v1-common';
import { causaMotivoHechos, v1TipoFaltaS3S } from './v1-faltas';
import { v1Inhabilitacion, v1Multa, v1TipoSancion, type V2SancionItem } from './v1-sanciones';
import type { S3SCollection, S3SRecord, S3SServidorPublicoSancionado, V1ProjectionContext, V1Role } from './v1-types';

/**
 * S3S v1.1 projection (SPEC §4.4) of one published record of faltas administrativas graves or no
 * graves, for one role (§1.3.4):
 *
 * - graves: `rfc`, `curp` and `observaciones` are confidential;
 * - no graves: the identity (`nombres`, apellidos, `rfc`, `curp`) and the personal parts of the
 *   empleo (`puesto`, `nivel`) are confidential; `observaciones` is public.
 *
 * Hidden optional keys are absent; hidden keys that the OAS requires (`nombres`,
 * `primerApellido`, `puesto`) are `""` (§1.3.2). `servidorPublicoSancionado`, `tipoFalta`,
 * `tipoSancion` and `documentos` are always present, because PDN consumers read them unchecked.
 */
export function projectS3S(
  collection: S3SCollection,
  record: S3ApiRecord<S3SCollection>,
  context: V1ProjectionContext,
  role: V1Role,
): S3SRecord {
  const graves = collection === 'faltas_administrativas_graves';
  const confidencial = role === 'confidencial';
  const empleo: S3EmpleoCargoComision | undefined = record.empleoCargoComision;
  // Personal data of the servidor: public for graves, confidential for no graves (§1.3.4).
  const personalVisible = graves || confidencial;
  const tipoSancion = record.tipoSancion satisfies readonly V2SancionItem[];

  const out: S3SRecord = {
    id: record.id,
    fechaCaptura: fechaCaptura(record),
    ...(record.expediente ? { expediente: record.expediente } : {}),
    institucionDependencia: institucionDependencia({ nombre: empleo?.nombreEntePublico, siglas: empleo?.siglasEntePublico }, context),
    servidorPublicoSancionado: servidor(record.datosGenerales, empleo, { personalVisible, confidencial }),
    tipoFalta: v1TipoFaltaS3S(collection, record.faltaCometida),
    tipoSancion: v1TipoSancion(tipoSancion, 'S3S'),
    causaMotivoHechos: causaMotivoHechos(record.faltaCometida),
    documentos: graves ? documentos((record as FaltasAdministrativasGravesData).resolucion) : [],
  };

  const autoridad = record.resolucion?.autoridadResolutora;
  if (autoridad) out.autoridadSancionadora = autoridad;

  const fechaResolucion = record.resolucion?.fechaResolucion;
  if (fechaResolucion) {
    const url = graves ? (record as FaltasAdministrativasGravesData).resolucion.urlResolucion : undefined;
    out.resolucion = url ? { url, fechaResolucion } : { fechaResolucion };
  }

  // Faltas no graves have no sanción económica, so `multa` comes only from graves (§4.4).
  const multa = graves ? v1Multa(tipoSancion) : undefined;
  if (multa) out.multa = multa;

  const inhabilitacion = v1Inhabilitacion(tipoSancion);
  if (inhabilitacion) out.inhabilitacion = inhabilitacion;

  const observacionesVisible = graves ? confidencial : true;
  if (observacionesVisible && record.observaciones) out.observaciones = record.observaciones;

  return orderKeys(out, S3S_KEY_ORDER);
}

function servidor(
  datos: S3ApiRecord<S3SCollection>['datosGenerales'],
  empleo: S3EmpleoCargoComision | undefined,
  visibility: { personalVisible: boolean; confidencial: boolean },
): S3SServidorPublicoSancionado {
  const { personalVisible, confidencial } = visibility;
  const g = genero(datos?.sexo);
  const nivel = empleo?.nivelJerarquico?.clave === 'OTRO' ? empleo.nivelJerarquico.valor : empleo?.nivelJerarquico?.clave;
  return {
    nombres: personalVisible ? (datos?.nombres ?? '') : '',
    primerApellido: personalVisible ? (datos?.primerApellido ?? '') : '',
    ...(personalVisible && datos?.segundoApellido ? { segundoApellido: datos.segundoApellido } : {}),
    // RFC and CURP are confidential in both collections.
    ...(confidencial && datos?.rfc ? { rfc: datos.rfc } : {}),
    ...(confidencial && datos?.curp ? { curp: datos.curp } : {}),
    ...(g ? { genero: g } : {}),
    // Required by the OAS: `""` when hidden or when no graves carries no empleo (§9 D42).
    puesto: personalVisible ? (empleo?.denominacion ?? '') : '',
    ...(personalVisible && nivel ? { nivel } : {}),
  };
}

/** Keys in the order of the SPEC table (§4.4), for stable and readable output. */
const S3S_KEY_ORDER: readonly (keyof S3SRecord)[] = [
  'id',
  'fechaCaptura',
  'expediente',
  'institucionDependencia',
  'servidorPublicoSancionado',
  'autoridadSancionadora',
  'tipoFalta',
  'tipoSancion',
  'causaMotivoHechos',
  'resolucion',
  'multa',
  'inhabilitacion',
  'observaciones',
  'documentos',
];
