import type { Catalog } from '../catalogs/catalog';
import { ENTIDAD_FEDERATIVA, SEXO, TIPO_DOMICILIO } from '../catalogs/v2';
import { obj, str } from '../schema/builders';
import { allowedOnlyWhen } from '../schema/rules';
import type { ObjectNode, ObjectRule, StringNode, Visibility } from '../schema/types';
import { S3_TEXT_NAME_MAX_LENGTH } from './s3-collections';
import { S3_MSG } from './s3-messages';

/**
 * `datosGenerales` of each kind of sanctioned person, their domicilios and the representatives of
 * personas morales (SPEC §3.7). Visibility follows §1.3.3 field by field.
 */

const NAME_HELP = 'Sin abreviaturas, tal como aparece en la identificación oficial.';
const confidencial = { visibility: 'confidencial' } as const;

const curp = (required: boolean, visibility?: Visibility): StringNode =>
  str({ label: 'CURP', required, format: 'curp', help: 'Clave Única de Registro de Población (18 caracteres).', ...(visibility ? { visibility } : {}) });

const rfcFisica = (visibility?: Visibility): StringNode =>
  str({ label: 'RFC', required: true, format: 'rfc-fisica', help: 'RFC con homoclave (13 caracteres).', ...(visibility ? { visibility } : {}) });

/**
 * Servidores públicos. In faltas no graves the identity is not public (LGRA: registered, not
 * published), so names are confidential there; CURP and RFC are confidential in both.
 */
export function datosGeneralesServidor(options: { names: Visibility }): ObjectNode {
  const names = options.names === 'confidencial' ? confidencial : {};
  return obj({
    label: 'Datos generales de la persona servidora pública',
    required: true,
    fields: {
      nombres: str({ label: 'Nombre(s)', required: true, help: NAME_HELP, ...names }),
      primerApellido: str({ label: 'Primer apellido', required: true, ...names }),
      segundoApellido: str({ label: 'Segundo apellido', ...names }),
      curp: curp(true, 'confidencial'),
      rfc: rfcFisica('confidencial'),
      sexo: str({ label: 'Sexo', required: true, catalog: SEXO }),
    },
  });
}

/** `domicilioMexico`; personas físicas and morales differ only in the `tipoVialidad` list (§8.2.12). */
function domicilioMexico(tipoVialidad: Catalog<string>, aliases: Readonly<Record<string, string>>, visibility?: Visibility): ObjectNode {
  return obj({
    label: 'Domicilio en México',
    ...(visibility ? { visibility } : {}),
    fields: {
      tipoVialidad: str({ label: 'Tipo de vialidad', catalog: tipoVialidad, aliases }),
      nombreVialidad: str({ label: 'Nombre de la vialidad' }),
      numeroExterior: str({ label: 'Número exterior' }),
      numeroInterior: str({ label: 'Número interior' }),
      coloniaLocalidad: str({ label: 'Colonia o localidad' }),
      municipioAlcaldia: str({ label: 'Municipio o alcaldía' }),
      codigoPostal: str({ label: 'Código postal', format: 'postal-code' }),
      entidadFederativa: str({ label: 'Entidad federativa', catalog: ENTIDAD_FEDERATIVA }),
    },
  });
}

function domicilioExtranjero(visibility?: Visibility): ObjectNode {
  return obj({
    label: 'Domicilio en el extranjero',
    ...(visibility ? { visibility } : {}),
    fields: {
      ciudad: str({ label: 'Ciudad o localidad' }),
      provincia: str({ label: 'Estado o provincia' }),
      calle: str({ label: 'Calle' }),
      numeroExterior: str({ label: 'Número exterior' }),
      numeroInterior: str({ label: 'Número interior' }),
      codigoPostal: str({ label: 'Código postal' }),
      pais: str({ label: 'País', help: 'Nombre corto del país en español (ISO 3166-1).' }),
    },
  });
}

/**
 * The domicilio is optional (SPEC §9 D30) and `tipoDomicilio` only decides which block a form
 * offers. A block that contradicts the chosen type is therefore a warning, not an error: the
 * capturista decides which one is right, and imports of old files are not blocked.
 */
const domicilioMatchesTipo: ObjectRule = (value, ctx) =>
  allowedOnlyWhen(
    'tipoDomicilio',
    { domicilioMexico: ['DOMICILIO_MEXICO'], domicilioExtranjero: ['DOMICILIO_EXTRANJERO'] },
    (_field, tipo) => S3_MSG.domicilioNotMatching(tipo),
  )(value, ctx).map((issue) => ({ ...issue, severity: 'warning' as const }));

const domicilioFields = (
  tipoVialidad: Catalog<string>,
  aliases: Readonly<Record<string, string>>,
  visibility?: Visibility,
) => ({
  tipoDomicilio: str({ label: 'Tipo de domicilio', catalog: TIPO_DOMICILIO, ...(visibility ? { visibility } : {}) }),
  domicilioMexico: domicilioMexico(tipoVialidad, aliases, visibility),
  domicilioExtranjero: domicilioExtranjero(visibility),
});

/** Personas físicas: names follow the name pattern of §3.8; identity data and domicilio are confidential. */
export function datosGeneralesPersonaFisica(tipoVialidad: Catalog<string>, aliases: Readonly<Record<string, string>>): ObjectNode {
  // The model types the names as `text` (no 255 limit) with a one-line input.
  const name = (label: string, required: boolean) =>
    str({ label, required, format: 'person-name', maxLength: S3_TEXT_NAME_MAX_LENGTH, ...(required ? { help: NAME_HELP } : {}) });
  return obj({
    label: 'Datos generales de la persona física',
    required: true,
    fields: {
      nombres: name('Nombre(s)', true),
      primerApellido: name('Primer apellido', true),
      segundoApellido: name('Segundo apellido', false),
      curp: curp(true, 'confidencial'),
      rfc: rfcFisica('confidencial'),
      ...domicilioFields(tipoVialidad, aliases, 'confidencial'),
    },
    rules: [domicilioMatchesTipo],
  });
}

/** Personas morales: every field public, RFC of 12 characters (§3.7.4). */
export function datosGeneralesPersonaMoral(tipoVialidad: Catalog<string>, aliases: Readonly<Record<string, string>>): ObjectNode {
  return obj({
    label: 'Datos generales de la persona moral',
    required: true,
    fields: {
      nombreRazonSocial: str({ label: 'Denominación o razón social', required: true, help: 'Tal como aparece en el acta constitutiva.' }),
      rfc: str({ label: 'RFC', required: true, format: 'rfc-moral', help: 'RFC con homoclave (12 caracteres).' }),
      objetoSocial: str({ label: 'Objeto social', help: 'Actividad o actividades que desarrolla la persona moral.' }),
      ...domicilioFields(tipoVialidad, aliases),
    },
    rules: [domicilioMatchesTipo],
  });
}

/**
 * Director general and representante legal of a persona moral. The model names the given name
 * `nombre` (singular) here, unlike every other person of the standard; names are `text`.
 */
function representante(label: string): ObjectNode {
  return obj({
    label,
    required: true,
    fields: {
      nombre: str({ label: 'Nombre(s)', required: true, maxLength: S3_TEXT_NAME_MAX_LENGTH, help: NAME_HELP }),
      primerApellido: str({ label: 'Primer apellido', required: true, maxLength: S3_TEXT_NAME_MAX_LENGTH }),
      segundoApellido: str({ label: 'Segundo apellido', maxLength: S3_TEXT_NAME_MAX_LENGTH }),
      rfc: rfcFisica(),
      curp: curp(false),
    },
  });
}

/** Confidential as a whole (SPEC §1.3.3). */
export const datosDirGeneralReprLegal = (): ObjectNode =>
  obj({
    label: 'Director general y representante legal',
    required: true,
    ...confidencial,
    fields: {
      directorGeneral: representante('Director general'),
      representanteLegal: representante('Representante legal'),
    },
  });
