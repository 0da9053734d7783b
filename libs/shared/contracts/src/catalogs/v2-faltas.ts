import { defineCatalog } from './catalog';

/**
 * SPEC §8.2.7–§8.2.9 and §8.2.13 — `faltaCometida` (one list per kind of falta, with the values
 * suggested for `valor` when the clave is OTRO) and `normatividadInfringida.nombreNormatividad`.
 */

/** §8.2.7 `faltaCometida.clave` of faltas graves (servidores públicos). */
export const FALTA_COMETIDA_GRAVES = defineCatalog('faltaCometidaGraves', 'faltas graves', [
  { clave: 'ABUSO_FUNCIONES', valor: 'Abuso de funciones' },
  { clave: 'COHECHO', valor: 'Cohecho' },
  { clave: 'PECULADO', valor: 'Peculado' },
  { clave: 'DESVIO_RECURSOS_PUBLICOS', valor: 'Desvío de recursos públicos' },
  { clave: 'UTILIZACION_INDEBIDA_INFORMACION', valor: 'Utilización indebida de información' },
  { clave: 'CONFLICTO_INTERES', valor: 'Actuación bajo conflicto de interés' },
  { clave: 'CONTRATACION_INDEBIDA', valor: 'Contratación indebida' },
  { clave: 'ENRIQUECIMIENTO_OCULTO', valor: 'Enriquecimiento oculto' },
  { clave: 'TRAFICO_INFLUENCIAS', valor: 'Tráfico de influencias' },
  { clave: 'SIMULACION_ACTO_JURIDICO', valor: 'Simulación de acto jurídico' },
  { clave: 'ENCUBRIMIENTO', valor: 'Encubrimiento' },
  { clave: 'DESACATO', valor: 'Desacato' },
  { clave: 'NEPOTISMO', valor: 'Nepotismo' },
  { clave: 'OBSTRUCCION', valor: 'Obstrucción de la justicia' },
  { clave: 'OTRO', valor: 'Otro (especifique en valor)' },
]);

/** §8.2.7 values suggested for `faltaCometida.valor` of faltas graves (free text also allowed). */
export const FALTA_COMETIDA_GRAVES_VALOR = defineCatalog('faltaCometidaGravesValor', 'otras faltas graves', [
  { clave: 'ACOSO_SEXUAL', valor: 'Acoso sexual' },
  { clave: 'HOSTIGAMIENTO_SEXUAL', valor: 'Hostigamiento sexual' },
  { clave: 'OMISION_ENTERAR_CUOTAS', valor: 'Omisión de enterar cuotas, aportaciones, cuotas sociales, descuentos' },
  { clave: 'ENTREGA_RECEPCION', valor: 'Proceso de entrega-recepción' },
  { clave: 'RECURSOS_PUBLICOS_SIN_DERECHO', valor: 'Recursos públicos sin tener derecho' },
  { clave: 'REMUNERACION_ILICITA', valor: 'Remuneración ilícita' },
]);

/**
 * §8.2.8 `faltaCometida.clave` of faltas no graves. The canonical clave is the short value of the
 * OAS and the PDN portal; labels are ours (the herramienta de captura shows the full legal text).
 */
export const FALTA_COMETIDA_NO_GRAVES = defineCatalog('faltaCometidaNoGraves', 'faltas no graves', [
  { clave: 'CUMPLIR_FUNCIONES', valor: 'Cumplir funciones, atribuciones y comisiones con disciplina y respeto (art. 49 fr. I LGRA)' },
  { clave: 'DENUNCIAR_FALTAS', valor: 'Denunciar actos u omisiones que puedan constituir faltas administrativas (art. 49 fr. II LGRA)' },
  {
    clave: 'ATENDER_INSTRUCCIONES',
    valor: 'Atender instrucciones de superiores acordes con la ley y denunciar las contrarias (art. 49 fr. III LGRA)',
  },
  { clave: 'DECLARACIONES', valor: 'Presentar en tiempo y forma las declaraciones patrimonial y de intereses (art. 49 fr. IV LGRA)' },
  {
    clave: 'CUSTODIAR_DOCUMENTACION',
    valor: 'Registrar, custodiar y cuidar la documentación e información a su cargo (art. 49 fr. V LGRA)',
  },
  { clave: 'SUPERVISAR_ART_49_LGRA', valor: 'Supervisar que sus subordinados cumplan el art. 49 (art. 49 fr. VI LGRA)' },
  { clave: 'RENDIR_CUENTAS', valor: 'Rendir cuentas sobre el ejercicio de las funciones (art. 49 fr. VII LGRA)' },
  {
    clave: 'COLABORAR_PROCEDIMIENTOS',
    valor: 'Colaborar en los procedimientos judiciales y administrativos en que sea parte (art. 49 fr. VIII LGRA)',
  },
  { clave: 'CAUSAR_DANOS', valor: 'Causar daños y perjuicios a la hacienda pública (art. 50 LGRA)' },
  { clave: 'OTRO', valor: 'Otro (especifique en valor)' },
]);

/**
 * §8.2.8 / §3.10 / §9 D19: the long claves stored by the PDN's herramienta de captura, accepted on
 * input (import, capture, filters) and rewritten to the short canonical clave. Long values that are
 * equal to their short form (`SUPERVISAR_ART_49_LGRA`, `COLABORAR_PROCEDIMIENTOS`, `OTRO`) need no
 * entry.
 */
export const FALTA_COMETIDA_NO_GRAVES_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  CUMPLIR_FUNCIONES_DISCIPLINA_RESPETO: 'CUMPLIR_FUNCIONES',
  DENUNCIAR_FALTAS_ADMINISTRATIVAS: 'DENUNCIAR_FALTAS',
  ATENDER_INSTRUCCIONES_SUPERIORES_DENUNCIAR_IRREGULARIDADES: 'ATENDER_INSTRUCCIONES',
  DECLARACIONES_PATRIMONIALES_INTERESES: 'DECLARACIONES',
  CUSTODIAR_DOCUMENTACION_EVITAR_DIVULGACION: 'CUSTODIAR_DOCUMENTACION',
  RENDIR_CUENTAS_FUNCIONES: 'RENDIR_CUENTAS',
  CAUSAR_DANOS_HACIENDA: 'CAUSAR_DANOS',
});

/**
 * §8.2.8 keys suggested for `faltaCometida.valor` of faltas no graves (obligations of state laws),
 * in the model's order and spelling (`CECIORARSE…` and `…DESEMPEÑAR…` included).
 */
export const FALTA_COMETIDA_NO_GRAVES_VALOR_KEYS = [
  'CECIORARSE_ANTES_CELEBRACION_CONTRATOS',
  'REVISION_CONSTITUCION_PERSONAS_JURIDICAS',
  'SOMETIMIENTO_EXAMEN_TOXICOLOGICO',
  'CUMPLIR_RECOMENDACIONES_COMITE_ANTICORRUPCION',
  'CONDUCCION_RESPETO_SIN_DISCRIMINACION',
  'ATIENDE_SOLICITUDES_DERECHOS_HUMANOS',
  'ATIENDE_SOLICITUDES_AUTORIDADES_JUDICIALES',
  'ATIENDE_SOLICITUDES_CONTROL_TRIBUNAL',
  'EJECUTAR_SANCIONES_CONTROL_TRIBUNAL',
  'VERIFICAR_CONSTANCIA_NO_INHABILITADO',
  'NO_SOLICITAR_TRATO_PRIVILEGIADO',
  'ABSTENERSE_INFRACCIONES_NO_GRAVES',
  'ENTREGA_RECEPCION_RECURSOS_FUNCIONES',
  'CUMPLIR_ARTICULO7_EXCEPTO_GRAVES',
  'SERVICIO_DILIGENTE_SIN_ABUSO',
  'OBTENER_BUENA_CONDUCTA_FUNCIONES',
  'TRATO_RESPETO_INFERIORES_JERARQUICOS',
  'OBEDIENCIA_SUPERIORES_JERARQUICOS',
  'INFORMAR_CONFLICTO_INTERES_SUPERIOR',
  'NO_AUTORIZAR_AUSENCIA_INJUSTIFICADA',
  'NO_DESEMPEÑAR_OTRO_EMPLEO_PROHIBIDO',
  'CUMPLIR_DISPOSICIONES_SERVICIO_PUBLICO',
  'DENUNCIAR_ACTOS_IRREGULARES_SUPERIOR',
  'ENTREGA_FORMAL_RECURSOS_AL_SUSTITUTO',
  'RECIBIR_ACTA_ENTREGA_RECEPCION',
  'RESPETO_DERECHO_PETICION_CONSTITUCION',
  'NO_IMPONER_CONDICIONES_INJUSTIFICADAS',
  'VERIFICACION_VEHICULO_OFICIAL',
  'USO_CORRECTO_VEHICULO_ENTE_PUBLICO',
  'ATIENDE_REQUERIMIENTOS_ENTIDADES',
  'RESPETA_QUEJAS_Y_DENUNCIAS',
  'RESPONDER_RECOMENDACIONES_DERECHOS_HUMANOS',
  'AHORRO_EFICIENTE_RECURSOS_PUBLICOS',
  'CUMPLIR_CODIGO_ETICA_CONTROL_INTERNO',
  'NO_COMETE_VIOLENCIA_GENERO',
  'NO_ACOSO_HOSTIGAMIENTO_LABORAL',
  'CUMPLIR_PLANES_Y_OBJETIVOS',
  'CUSTODIA_DOCUMENTACION_FUNCION_PUBLICA',
  'BUENA_CONDUCTA_CON_RESPETO',
  'RESPETO_SUBALTERNOS',
  'ENTREGA_DOCUMENTOS_ADMINISTRATIVOS',
  'PROPORCIONAR_DOCUMENTOS_RECURSOS_APLICADOS',
  'NO_SOLICITAR_CONDICIONES_ADICIONALES',
  'CUMPLIR_DISPOSICIONES_GOBIERNO_DIGITAL',
  'MEDIDAS_SEGURIDAD_INFORMATICA',
  'CUMPLIR_LAUDOS_Y_PAGOS_TRIBUNAL',
  'ENTREGA_INFORMES_TRIMESTRALES',
  'NO_PROPAGANDA_PERSONALIZADA',
  'NO_AUTORIZAR_AUSENCIAS_INJUSTIFICADAS',
  'NO_APROBAR_SUELDO_SUPERIOR',
  'GARANTIZAR_FUNCIONES_SERVIDOR_PUBLICO',
  'INTEGRAR_COMISIONES_Y_ASISTIR',
  'NO_IMPONER_ESTEREOTIPOS_GENERO',
  'GARANTIZAR_RETRIBUCIONES_FUNCIONARIOS',
  'CUSTODIA_DOCUMENTOS_FUNCION_PUBLICA',
  'CUMPLIR_PARIDAD_GENERO_NOMBRAMIENTOS',
  'CONDUCE_RESPETO_SIN_DISCRIMINACION',
  'NO_DIFUNDIR_EXPRESIONES_ODIO',
  'CUMPLIR_LEY_VIOLENCIA_MUJERES',
  'OPINION_SIN_PREJUZGAR',
  'OMITIR_IMPULSO_PROCESAL',
  'CUMPLIR_FUNCIONES_ASIGNADAS',
  'NO_DEJAR_CADUCAR_PROCEDIMIENTOS',
  'CUMPLIR_COMISIONES_ENCOMENDADAS',
] as const;

/**
 * Labels derived from the key itself (underscores to spaces, sentence case). The data model's
 * labels for the last keys are shifted against their keys (SPEC §9 D28), so they are never used.
 */
export function labelFromKey(key: string): string {
  const words = key.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const FALTA_COMETIDA_NO_GRAVES_VALOR = defineCatalog(
  'faltaCometidaNoGravesValor',
  'otras faltas no graves',
  FALTA_COMETIDA_NO_GRAVES_VALOR_KEYS.map((clave) => ({ clave, valor: labelFromKey(clave) })),
);

/** §8.2.9 `faltaCometida.clave` of particulares (personas físicas and morales). */
export const FALTA_COMETIDA_PARTICULARES = defineCatalog('faltaCometidaParticulares', 'faltas de particulares', [
  { clave: 'SOBORNO', valor: 'Soborno' },
  { clave: 'PARTICIPACION_ILICITA', valor: 'Participación ilícita' },
  { clave: 'TRAFICO_INFLUENCIAS', valor: 'Tráfico de influencias' },
  { clave: 'UTILIZACION_INFORMACION_FALSA', valor: 'Utilización de información falsa' },
  { clave: 'COLUSION', valor: 'Colusión' },
  { clave: 'OBSTRUCCION_FACULTADES', valor: 'Obstrucción de facultades' },
  { clave: 'CONTRATACION_INDEBIDA', valor: 'Contratación indebida' },
  { clave: 'USO_INDEBIDO_RECURSOS_PUBLICOS', valor: 'Uso indebido de recursos públicos' },
  { clave: 'OTRO', valor: 'Otro (especifique en valor)' },
]);

/** §8.2.9 the only value suggested for `faltaCometida.valor` of particulares. */
export const FALTAS_PARTICULARES_ESPECIAL = 'FALTAS_PARTICULARES_ESPECIAL';

export const FALTA_COMETIDA_PARTICULARES_VALOR = defineCatalog('faltaCometidaParticularesValor', 'otras faltas de particulares', [
  { clave: FALTAS_PARTICULARES_ESPECIAL, valor: 'Faltas de particulares en situación especial' },
]);

/**
 * §8.2.13 `normatividadInfringida.nombreNormatividad`: a key of this list or the full name of the
 * law as free text (states without a key), so it is offered as suggestions, never enforced.
 */
export const NOMBRE_NORMATIVIDAD = defineCatalog('nombreNormatividad', 'normatividad infringida', [
  { clave: 'LGRA', valor: 'Ley General de Responsabilidades Administrativas' },
  { clave: 'LRACDMX', valor: 'Ley de Responsabilidades Administrativas de la Ciudad de México' },
  { clave: 'LRAAGS', valor: 'Ley de Responsabilidades Administrativas del Estado de Aguascalientes' },
  { clave: 'LRABC', valor: 'Ley de Responsabilidades Administrativas del Estado de Baja California' },
  { clave: 'LRABCS', valor: 'Ley de Responsabilidades Administrativas del Estado de Baja California Sur' },
  { clave: 'LRACHP', valor: 'Ley de Responsabilidades Administrativas del Estado de Chiapas' },
  { clave: 'LRAHGO', valor: 'Ley de Responsabilidades Administrativas del Estado de Hidalgo' },
  { clave: 'LRAEMM', valor: 'Ley de Responsabilidades Administrativas del Estado de México y Municipios' },
  { clave: 'LRAEMOR', valor: 'Ley de Responsabilidades Administrativas del Estado de Morelos' },
  { clave: 'LRANAY', valor: 'Ley de Responsabilidades Administrativas del Estado de Nayarit' },
  { clave: 'LRAEMMOAX', valor: 'Ley de Responsabilidades Administrativas del Estado y Municipios de Oaxaca' },
  { clave: 'LRAQRO', valor: 'Ley de Responsabilidades Administrativas del Estado de Querétaro' },
  { clave: 'LRAQR', valor: 'Ley de Responsabilidades Administrativas del Estado de Quintana Roo' },
  { clave: 'LRASIN', valor: 'Ley de Responsabilidades Administrativas del Estado de Sinaloa' },
  { clave: 'LRASON', valor: 'Ley de Responsabilidades Administrativas del Estado de Sonora' },
  { clave: 'LRATAM', valor: 'Ley de Responsabilidades Administrativas del Estado de Tamaulipas' },
  { clave: 'LRAYUC', valor: 'Ley de Responsabilidades Administrativas del Estado de Yucatán' },
  { clave: 'LRAGTO', valor: 'Ley de Responsabilidades Administrativas para el Estado de Guanajuato' },
  { clave: 'LRAMICH', valor: 'Ley de Responsabilidades Administrativas para el Estado de Michoacán de Ocampo' },
  { clave: 'LRANL', valor: 'Ley de Responsabilidades Administrativas para el Estado de Nuevo León' },
  { clave: 'LRASLP', valor: 'Ley de Responsabilidades Administrativas para el Estado y Municipios de San Luis Potosí' },
  { clave: 'LRAVER', valor: 'Ley de Responsabilidades Administrativas para el Estado de Veracruz de Ignacio de la Llave' },
  { clave: 'LRPAEJ', valor: 'Ley de Responsabilidades Políticas y Administrativas del Estado de Jalisco' },
  { clave: 'LRAEGR465', valor: 'Ley Número 465 de Responsabilidades Administrativas para el Estado de Guerrero' },
]);
