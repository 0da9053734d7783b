import { defineCatalog } from './catalog';

/**
 * SPEC §8.2 — catalogs of the S3 v2 model. Only the clave travels in the v2 API; `valor` is the
 * label shown to people (and used by the v1 projection texts). This file holds the catalogs of
 * persons, entes públicos and domicilios; the faltas, sanciones and monedas live in the files
 * re-exported at the end, so that `catalogs/v2` stays the single entry point of §8.2.
 */

/** §8.2.1 `datosGenerales.sexo` (servidores públicos, graves and no graves). */
export const SEXO = defineCatalog('sexo', 'sexo', [
  { clave: 'HOMBRE', valor: 'Hombre' },
  { clave: 'MUJER', valor: 'Mujer' },
]);

export const NIVEL_ORDEN_GOBIERNO = defineCatalog('nivelOrdenGobierno', 'orden de gobierno', [
  { clave: 'FEDERAL', valor: 'Federal' },
  { clave: 'ESTATAL', valor: 'Estatal' },
  { clave: 'MUNICIPAL_ALCALDIA', valor: 'Municipal / Alcaldía' },
]);

export const AMBITO_PUBLICO = defineCatalog('ambitoPublico', 'ámbito público', [
  { clave: 'EJECUTIVO', valor: 'Ejecutivo' },
  { clave: 'LEGISLATIVO', valor: 'Legislativo' },
  { clave: 'JUDICIAL', valor: 'Judicial' },
  { clave: 'ORGANO_AUTONOMO', valor: 'Órgano autónomo' },
]);

export const ENTIDAD_FEDERATIVA = defineCatalog('entidadFederativa', 'entidad federativa', [
  { clave: '01', valor: 'Aguascalientes' },
  { clave: '02', valor: 'Baja California' },
  { clave: '03', valor: 'Baja California Sur' },
  { clave: '04', valor: 'Campeche' },
  { clave: '05', valor: 'Coahuila de Zaragoza' },
  { clave: '06', valor: 'Colima' },
  { clave: '07', valor: 'Chiapas' },
  { clave: '08', valor: 'Chihuahua' },
  { clave: '09', valor: 'Ciudad de México' },
  { clave: '10', valor: 'Durango' },
  { clave: '11', valor: 'Guanajuato' },
  { clave: '12', valor: 'Guerrero' },
  { clave: '13', valor: 'Hidalgo' },
  { clave: '14', valor: 'Jalisco' },
  { clave: '15', valor: 'Estado de México' },
  { clave: '16', valor: 'Michoacán de Ocampo' },
  { clave: '17', valor: 'Morelos' },
  { clave: '18', valor: 'Nayarit' },
  { clave: '19', valor: 'Nuevo León' },
  { clave: '20', valor: 'Oaxaca' },
  { clave: '21', valor: 'Puebla' },
  { clave: '22', valor: 'Querétaro' },
  { clave: '23', valor: 'Quintana Roo' },
  { clave: '24', valor: 'San Luis Potosí' },
  { clave: '25', valor: 'Sinaloa' },
  { clave: '26', valor: 'Sonora' },
  { clave: '27', valor: 'Tabasco' },
  { clave: '28', valor: 'Tamaulipas' },
  { clave: '29', valor: 'Tlaxcala' },
  { clave: '30', valor: 'Veracruz de Ignacio de la Llave' },
  { clave: '31', valor: 'Yucatán' },
  { clave: '32', valor: 'Zacatecas' },
]);

/** §8.2.5 `empleoCargoComision.nivelJerarquico.clave`. */
export const NIVEL_JERARQUICO = defineCatalog('nivelJerarquico', 'nivel jerárquico', [
  { clave: 'OPERATIVO_HOMOLOGO', valor: 'Operativo u homólogo' },
  { clave: 'ENLACE_HOMOLOGO', valor: 'Enlace u homólogo' },
  { clave: 'JEFATURA_DEPTO_HOMOLOGO', valor: 'Jefatura de departamento u homólogo' },
  { clave: 'SUBDIRECCION_HOMOLOGO', valor: 'Subdirección de área u homólogo' },
  { clave: 'DIRECCION_HOMOLOGO', valor: 'Dirección de área u homólogo' },
  { clave: 'DG_HOMOLOGO', valor: 'Dirección general u homólogo' },
  { clave: 'JEFATURA_UNIDAD_HOMOLOGO', valor: 'Jefatura de unidad u homólogo' },
  { clave: 'SUBSECRETARIA_HOMOLOGO', valor: 'Subsecretaría de estado, oficialía mayor u homólogo' },
  { clave: 'SECRETARIA_HOMOLOGO', valor: 'Secretaría de estado u homólogo' },
  { clave: 'OTRO', valor: 'Otro (especifique en valor)' },
]);

/** §8.2.6 `origenProcedimiento.clave`. */
export const ORIGEN_PROCEDIMIENTO = defineCatalog('origenProcedimiento', 'origen del procedimiento', [
  {
    clave: 'ASF_ENTIDADES_FISCALIZACION',
    valor: 'Auditoría Superior de la Federación o entidades de fiscalización superior de las entidades federativas',
  },
  { clave: 'AUDITORIA_OIC', valor: 'Auditoría del órgano interno de control del ente público' },
  { clave: 'DENUNCIA', valor: 'Denuncia' },
  { clave: 'DE_OFICIO', valor: 'De oficio' },
  { clave: 'OTRO', valor: 'Otro (especifique en valor)' },
]);

/** §8.2.11 `tipoSancion[].amonestacion.tipo` (faltas no graves). */
export const TIPO_AMONESTACION = defineCatalog('amonestacionTipo', 'tipo de amonestación', [
  { clave: 'PUBLICA', valor: 'Pública' },
  { clave: 'PRIVADA', valor: 'Privada' },
]);

/** §8.2.11 `resolucion.ordenJurisdiccional` (every kind but faltas no graves). */
export const ORDEN_JURISDICCIONAL = defineCatalog('ordenJurisdiccional', 'orden jurisdiccional', [
  { clave: 'FEDERAL', valor: 'Federal' },
  { clave: 'ESTATAL', valor: 'Estatal' },
]);

/** §8.2.11 `datosGenerales.tipoDomicilio` (particulares). */
export const TIPO_DOMICILIO = defineCatalog('tipoDomicilio', 'tipo de domicilio', [
  { clave: 'DOMICILIO_MEXICO', valor: 'Domicilio en la República Mexicana' },
  { clave: 'DOMICILIO_EXTRANJERO', valor: 'Domicilio en el extranjero' },
]);

/**
 * §8.2.12 `domicilioMexico.tipoVialidad`. The model keeps two lists that differ only in the
 * callejón (`CALLEJON` for personas físicas, `CALLEJÓN` for personas morales); each collection
 * emits exactly its own spelling (SPEC §3.10, §9 D25), so there is one catalog per collection.
 */
const vialidades = (callejon: 'CALLEJON' | 'CALLEJÓN') =>
  [
    ['AVENIDA', 'Avenida'],
    ['CALLE', 'Calle'],
    ['BOULEVARD', 'Boulevard'],
    ['VIADUCTO', 'Viaducto'],
    ['CALZADA', 'Calzada'],
    ['PRIVADA', 'Privada'],
    [callejon, 'Callejón'],
    ['PROLONGACION', 'Prolongación'],
    ['CERRADA', 'Cerrada'],
    ['CIRCUNVALACIÓN', 'Circunvalación'],
    ['CIRCUITO', 'Circuito'],
    ['CONTINUACIÓN', 'Continuación'],
    ['CORREDOR', 'Corredor'],
    ['DIAGONAL', 'Diagonal'],
    ['AMPLIACIÓN', 'Ampliación'],
    ['ANDADOR', 'Andador'],
    ['EJE VIAL', 'Eje vial'],
    ['PASAJE', 'Pasaje'],
    ['PEATONAL', 'Peatonal'],
    ['PERIFERICO', 'Periférico'],
    ['RETORNO', 'Retorno'],
    ['NINGUNO', 'Ninguno'],
  ].map(([clave, valor]) => ({ clave, valor }));

export const TIPO_VIALIDAD_FISICAS = defineCatalog('tipoVialidad', 'tipo de vialidad', vialidades('CALLEJON'));
export const TIPO_VIALIDAD_MORALES = defineCatalog('tipoVialidadMorales', 'tipo de vialidad', vialidades('CALLEJÓN'));

/**
 * Spellings accepted on input and rewritten to the list's own value (SPEC §9 D25): the callejón of
 * the other list, and the accented or unaccented twin of the values whose accents differ from
 * plain INEGI usage, because files exported by other tools carry either form.
 */
const ACCENT_TWINS: Readonly<Record<string, string>> = {
  CIRCUNVALACION: 'CIRCUNVALACIÓN',
  CONTINUACION: 'CONTINUACIÓN',
  AMPLIACION: 'AMPLIACIÓN',
  PROLONGACIÓN: 'PROLONGACION',
  PERIFÉRICO: 'PERIFERICO',
};
export const TIPO_VIALIDAD_FISICAS_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  ...ACCENT_TWINS,
  CALLEJÓN: 'CALLEJON',
});
export const TIPO_VIALIDAD_MORALES_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  ...ACCENT_TWINS,
  CALLEJON: 'CALLEJÓN',
});

export * from './v2-faltas';
export * from './v2-sanciones';
export * from './v2-moneda';
