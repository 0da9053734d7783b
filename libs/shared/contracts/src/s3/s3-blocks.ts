import type { Catalog } from '../catalogs/catalog';
import {
  AMBITO_PUBLICO,
  ENTIDAD_FEDERATIVA,
  NIVEL_JERARQUICO,
  NIVEL_ORDEN_GOBIERNO,
  NOMBRE_NORMATIVIDAD,
  ORDEN_JURISDICCIONAL,
  ORIGEN_PROCEDIMIENTO,
} from '../catalogs/v2';
import { date, list, obj, str, text } from '../schema/builders';
import { allowedOnlyWhen, dateNotBefore, whenSibling } from '../schema/rules';
import type { ArrayNode, DateNode, ObjectNode, StringNode, Visibility } from '../schema/types';
import { S3_MAX_LIST_ITEMS } from './s3-collections';
import { S3_MSG } from './s3-messages';

/**
 * Building blocks shared by the four S3 v2 collections (SPEC §3.7): root fields, `{clave, valor}`
 * pairs, faltas, normatividad, resolución and the ente público blocks. Field names and order follow
 * the SPEC tables; the differences between collections are parameters.
 */

export const OTRO = 'OTRO';

/** `valor` of a `{clave, valor}` pair: required when `clave` is OTRO, rejected otherwise (§3.8). */
export function valorIfOtro(label: string, help: string, suggestions?: Catalog<string>): StringNode {
  return str({
    label,
    help,
    required: whenSibling('clave', OTRO),
    requiredMessage: S3_MSG.valorRequired,
    ...(suggestions ? { suggestions } : {}),
  });
}

/** The rule half of "valor iff clave is OTRO". */
export const valorOnlyWithOtro = allowedOnlyWhen('clave', { valor: [OTRO] }, () => S3_MSG.valorNotApplicable);

/** `nivelJerarquico`, `origenProcedimiento`: a catalog clave, and free text when it is OTRO. */
function claveConOtro(options: {
  label: string;
  help: string;
  catalog: Catalog<string>;
  valorLabel: string;
  visibility?: Visibility;
}): ObjectNode {
  return obj({
    label: options.label,
    help: options.help,
    required: true,
    ...(options.visibility ? { visibility: options.visibility } : {}),
    fields: {
      clave: str({ label: options.label, required: true, catalog: options.catalog }),
      valor: valorIfOtro(options.valorLabel, 'Solo cuando la clave es «Otro».'),
    },
    rules: [valorOnlyWithOtro],
  });
}

export const fecha = (): DateNode =>
  date({ label: 'Fecha de registro', required: true, notInFuture: true, help: 'Fecha en la que se registra la información.' });

export const expediente = (): StringNode =>
  str({ label: 'Expediente', required: true, help: 'Número de expediente en el que recae la resolución.' });

export const observaciones = (visibility: Visibility): StringNode =>
  text({ label: 'Observaciones', visibility, help: 'Aclaraciones u observaciones que se consideren pertinentes.' });

export const origenProcedimiento = (): ObjectNode =>
  claveConOtro({
    label: 'Origen del procedimiento',
    help: 'Motivo que dio origen a la investigación.',
    catalog: ORIGEN_PROCEDIMIENTO,
    valorLabel: 'Otro origen del procedimiento',
  });

export const nivelJerarquico = (visibility?: Visibility): ObjectNode =>
  claveConOtro({
    label: 'Nivel jerárquico',
    help: 'Nivel del empleo, cargo o comisión.',
    catalog: NIVEL_JERARQUICO,
    valorLabel: 'Otro nivel jerárquico',
    visibility,
  });

const entePublicoFields = (required: { ambitoPublico: boolean; nombreEntePublico: boolean }) => ({
  entidadFederativa: str({ label: 'Entidad federativa', required: true, catalog: ENTIDAD_FEDERATIVA }),
  nivelOrdenGobierno: str({ label: 'Nivel u orden de gobierno', required: true, catalog: NIVEL_ORDEN_GOBIERNO }),
  ambitoPublico: str({ label: 'Ámbito público', required: required.ambitoPublico, catalog: AMBITO_PUBLICO }),
  nombreEntePublico: str({
    label: 'Nombre del ente público',
    required: required.nombreEntePublico,
    help: 'Nombre completo, sin abreviaturas.',
  }),
  siglasEntePublico: str({ label: 'Siglas del ente público' }),
});

/**
 * `empleoCargoComision` of servidores públicos. In faltas no graves the block is optional and the
 * person-identifying parts (nivel, denominación, área) are confidential (SPEC §1.3.3, §3.7.2).
 */
export function empleoCargoComision(options: { required: boolean; personal: Visibility }): ObjectNode {
  const visibility = options.personal === 'confidencial' ? { visibility: 'confidencial' as const } : {};
  return obj({
    label: 'Empleo, cargo o comisión',
    help: 'Datos del empleo, cargo o comisión que ocupaba la persona servidora pública cuando cometió la falta.',
    required: options.required,
    fields: {
      ...entePublicoFields({ ambitoPublico: true, nombreEntePublico: true }),
      nivelJerarquico: nivelJerarquico(options.personal),
      denominacion: str({
        label: 'Denominación del empleo, cargo o comisión',
        required: true,
        help: 'Tal como aparece en el nombramiento o en el recibo de pago.',
        ...visibility,
      }),
      areaAdscripcion: str({
        label: 'Área de adscripción',
        required: true,
        help: 'Unidad administrativa del ente público a la que estaba adscrita.',
        ...visibility,
      }),
    },
  });
}

/** `dondeCometioLaFalta` of particulares (SPEC §3.7.3): only entidad and orden are required. */
export const dondeCometioLaFalta = (): ObjectNode =>
  obj({
    label: 'Ente público donde se cometió la falta',
    required: true,
    fields: entePublicoFields({ ambitoPublico: false, nombreEntePublico: false }),
  });

const normatividadInfringida = (visibility: Visibility): ArrayNode =>
  list({
    label: 'Normatividad infringida',
    required: true,
    minItems: 1,
    maxItems: S3_MAX_LIST_ITEMS,
    visibility,
    of: obj({
      label: 'Norma infringida',
      fields: {
        nombreNormatividad: str({
          label: 'Nombre de la normatividad',
          required: true,
          suggestions: NOMBRE_NORMATIVIDAD,
          help: 'Clave de la ley del catálogo o, si no está, su nombre completo.',
        }),
        articulo: str({ label: 'Artículo(s)', required: true }),
        fraccion: str({ label: 'Fracción(es)' }),
      },
    }),
  });

/**
 * `faltaCometida`: at least one falta, each with its clave (valor iff OTRO), the facts and the
 * infringed norms. `normatividadInfringida` is public only for personas morales (SPEC §9 D21).
 */
export function faltaCometida(options: {
  catalog: Catalog<string>;
  aliases?: Readonly<Record<string, string>>;
  valorSuggestions: Catalog<string>;
  normatividadVisibility: Visibility;
}): ArrayNode {
  return list({
    label: 'Faltas cometidas',
    required: true,
    minItems: 1,
    maxItems: S3_MAX_LIST_ITEMS,
    of: obj({
      label: 'Falta cometida',
      fields: {
        clave: str({
          label: 'Tipo de falta',
          required: true,
          catalog: options.catalog,
          ...(options.aliases ? { aliases: options.aliases } : {}),
        }),
        valor: valorIfOtro('Otra falta', 'Solo cuando el tipo es «Otro»: una opción sugerida o texto libre.', options.valorSuggestions),
        descripcionHechos: text({
          label: 'Descripción de los hechos',
          required: true,
          help: 'Descripción breve, sin información reservada ni confidencial.',
        }),
        normatividadInfringida: normatividadInfringida(options.normatividadVisibility),
      },
      rules: [valorOnlyWithOtro],
    }),
  });
}

/**
 * `resolucion`. Faltas no graves have no URLs and no orden jurisdiccional (SPEC §3.7.2); the other
 * three collections have the same 12 fields.
 */
export function resolucion(options: { noGraves: boolean }): ObjectNode {
  const full = !options.noGraves;
  const url = (label: string, help: string) => str({ label, required: true, format: 'url', help });
  const fields = {
    tituloResolucion: str({ label: 'Título de la resolución', required: true }),
    fechaResolucion: date({ label: 'Fecha de la resolución', required: true }),
    fechaNotificacion: date({ label: 'Fecha de notificación de la resolución', required: true }),
    ...(full ? { urlResolucion: url('Enlace de la resolución', 'Dirección de la versión pública de la resolución.') } : {}),
    fechaResolucionFirme: date({ label: 'Fecha en que quedó firme la resolución', required: true }),
    fechaNotificacionFirme: date({ label: 'Fecha de notificación de la resolución firme', required: true }),
    ...(full
      ? { urlResolucionFirme: url('Enlace de la resolución firme', 'Dirección de la versión pública del acuerdo que declara firme la resolución.') }
      : {}),
    fechaEjecucion: date({ label: 'Fecha de ejecución de la sanción' }),
    ...(full ? { ordenJurisdiccional: str({ label: 'Orden jurisdiccional', required: true, catalog: ORDEN_JURISDICCIONAL }) } : {}),
    autoridadResolutora: str({ label: 'Autoridad resolutora', required: true }),
    autoridadInvestigadora: str({ label: 'Autoridad investigadora', required: true }),
    // Misspelled in the standard (SPEC §9 D18); the official name is kept everywhere.
    autoridadSusbstanciadora: str({ label: 'Autoridad substanciadora', required: true }),
  };
  return obj({
    label: 'Resolución',
    required: true,
    fields,
    rules: [dateNotBefore('fechaResolucionFirme', 'fechaResolucion', S3_MSG.fechaResolucionFirme)],
  });
}
