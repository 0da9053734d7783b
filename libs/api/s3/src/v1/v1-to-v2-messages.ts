import { S3_COLLECTION_SHORT_LABELS, type S3Collection } from '@pde/shared/contracts';

/**
 * Texts of the v1 → v2 conversion, in Spanish (es-MX): the importer shows them per record index,
 * so each one says what is wrong and what to do.
 */
export const V1_TO_V2_MSG = {
  notAnObject: 'El registro no es un objeto JSON.',
  notS3S: 'El registro no tiene «servidorPublicoSancionado»: no es un registro S3S v1.1.',
  notS3P: 'El registro no tiene «particularSancionado»: no es un registro S3P v1.1.',
  unclassified: (clave: string, valor: string | undefined) =>
    `No se puede clasificar el registro como falta grave o no grave: el tipo de falta «${clave}»${valor ? ` (${valor})` : ''} ` +
    'no corresponde a ninguna de las dos. Clasifíquelo según su normatividad e indique la clasificación al importar.',
  missingTipoFalta: 'El registro no tiene «tipoFalta»: sin él no se puede clasificar como falta grave o no grave.',
  tipoPersona: (value: unknown) =>
    `No se puede determinar si el particular es persona física o moral: «tipoPersona» debe ser «F» o «M»` +
    `${typeof value === 'string' && value.trim() !== '' ? ` y es «${value.trim()}»` : ' y no viene'}.`,
  unknownSancion: (clave: string, api: string) => `La sanción «${clave}» no está en el catálogo de tipos de sanción de ${api} v1.1.`,
  sancionNotInCollection: (clave: string, collection: S3Collection) =>
    `La sanción «${clave}» no existe en «${S3_COLLECTION_SHORT_LABELS[collection]}» del estándar S3 v2; revise la clasificación del registro.`,
  invalid: (collection: S3Collection) => `El registro convertido a «${S3_COLLECTION_SHORT_LABELS[collection]}» no cumple el estándar S3 v2.`,
  missingFields: (paths: readonly string[]) =>
    `Faltan datos obligatorios que el registro v1 no contiene: ${paths.join(', ')}. ` +
    'Proporciónelos como complemento de la importación o capture el registro en el formato v2.',
  invalidFields: (items: readonly string[]) => `Datos no válidos: ${items.join('; ')}.`,

  // Warnings: the record is imported, but someone should look at what is said.
  nameSplit: (full: string, parts: string) =>
    `El nombre «${full}» se separó en ${parts}; verifique que nombre(s) y apellidos quedaron correctos.`,
  montoRounded: (given: string, stored: number) => `El monto ${given} se redondeó a centavos: ${stored}.`,
  plazoFromDates: (what: string) => `El plazo de ${what} se calculó a partir de sus fechas inicial y final.`,
  generoSinEquivalente: (valor: string) => `El género «${valor}» no tiene equivalente en el estándar v2 (sexo: HOMBRE o MUJER).`,
  dropped: (fields: readonly string[]) => `Se omitieron datos que no tienen lugar en el estándar S3 v2: ${fields.join(', ')}.`,
  multaSinSancion: 'Se omitió «multa»: el registro no tiene una sanción SE, M o IRSC a la que corresponda.',
  empleoIncompleto:
    'Se omitió «empleoCargoComision» (ente, puesto y nivel del v1): en faltas no graves el bloque es opcional, pero si se incluye ' +
    'exige entidad federativa, orden de gobierno, ámbito público, nivel jerárquico, denominación y área de adscripción, que el registro v1 no trae.',
  amonestacionParticular:
    'La amonestación no existe para particulares en el estándar S3 v2; se registró como «otra sanción» con su denominación.',
  sancionComoOtro: (valor: string) =>
    `La sanción «${valor}» no existe para personas físicas en el estándar S3 v2; se registró como «otra sanción» con su denominación.`,
  vialidadDesconocida: (value: string) => `El tipo de vialidad «${value}» no está en el catálogo; se omitió.`,
  entidadDesconocida: (value: string) => `La entidad federativa «${value}» no está en el catálogo; se omitió.`,
} as const;
