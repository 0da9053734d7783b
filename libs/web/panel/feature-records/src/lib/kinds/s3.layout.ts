import { S3_SCHEMAS, TIPO_SANCION_BLOCK_FIELD, type S3Collection } from '@pde/shared/contracts';
import { nodeAt, type FieldLayout, type FormLayout, type FormSection } from '@pde/web/panel/ui-record-form';

/** The clave that asks for free text in `valor` (SPEC §3.8). */
const OTRO = 'OTRO';
const whenOtro: FieldLayout = { visibleWhen: (parent) => parent['clave'] === OTRO };

/**
 * Each `tipoSancion` item shows only the sub-form of its clave (`TIPO_SANCION_BLOCK_FIELD`): the
 * API rejects any other, and the form empties a sub-form as soon as it hides.
 */
function sancionBlocks(collection: S3Collection): Record<string, FieldLayout> {
  const list = S3_SCHEMAS[collection].fields['tipoSancion'];
  const item = list?.kind === 'array' && list.of.kind === 'object' ? list.of : null;
  const blocks = Object.keys(item?.fields ?? {}).filter((field) => field !== 'clave');
  return Object.fromEntries(
    blocks.map((block) => [
      `tipoSancion[].${block}`,
      {
        visibleWhen: (parent: Readonly<Record<string, unknown>>) =>
          TIPO_SANCION_BLOCK_FIELD[parent['clave'] as keyof typeof TIPO_SANCION_BLOCK_FIELD] === block,
      },
    ]),
  );
}

const domicilio: Record<string, FieldLayout> = {
  'datosGenerales.domicilioMexico': { visibleWhen: (parent) => parent['tipoDomicilio'] === 'DOMICILIO_MEXICO' },
  'datosGenerales.domicilioExtranjero': { visibleWhen: (parent) => parent['tipoDomicilio'] === 'DOMICILIO_EXTRANJERO' },
};

const PERSON_SECTION: Record<S3Collection, FormSection> = {
  faltas_administrativas_graves: { id: 'persona', title: 'Persona servidora pública', fields: ['datosGenerales'] },
  faltas_administrativas_no_graves: {
    id: 'persona',
    title: 'Persona servidora pública',
    description: 'En faltas no graves, el nombre y los datos del empleo se registran pero no se publican.',
    fields: ['datosGenerales'],
  },
  faltas_graves_personas_fisicas: {
    id: 'persona',
    title: 'Persona física sancionada',
    description: 'CURP, RFC y domicilio no se publican.',
    fields: ['datosGenerales'],
  },
  faltas_graves_personas_morales: { id: 'persona', title: 'Persona moral sancionada', fields: ['datosGenerales'] },
};

function sections(collection: S3Collection): FormSection[] {
  const servidores = collection === 'faltas_administrativas_graves' || collection === 'faltas_administrativas_no_graves';
  return [
    {
      id: 'expediente',
      title: 'Expediente',
      description: 'Datos del registro y del expediente en el que recae la resolución.',
      fields: ['fecha', 'expediente'],
    },
    PERSON_SECTION[collection],
    ...(collection === 'faltas_graves_personas_morales'
      ? [
          {
            id: 'representantes',
            title: 'Director general y representante legal',
            description: 'Estos datos no se publican.',
            fields: ['datosDirGeneralReprLegal'],
          },
        ]
      : []),
    servidores
      ? { id: 'empleo', title: 'Empleo, cargo o comisión', fields: ['empleoCargoComision'] }
      : { id: 'ente', title: 'Ente público donde se cometió la falta', fields: ['dondeCometioLaFalta'] },
    { id: 'faltas', title: 'Origen del procedimiento y faltas cometidas', fields: ['origenProcedimiento', 'faltaCometida'] },
    { id: 'resolucion', title: 'Resolución', fields: ['resolucion'] },
    {
      id: 'sanciones',
      title: 'Sanciones impuestas',
      description: 'Agregue cada tipo de sanción una sola vez; al elegir el tipo aparecen los datos que le corresponden.',
      fields: ['tipoSancion'],
    },
    { id: 'observaciones', title: 'Observaciones', fields: ['observaciones'] },
  ];
}

/** Presentation of the form of each S3 collection (`S3_SCHEMAS`): steps, flattened groups and conditional fields. */
export function s3Layout(collection: S3Collection): FormLayout {
  const fields: Record<string, FieldLayout> = {
    datosGenerales: { flatten: true },
    datosDirGeneralReprLegal: { flatten: true },
    empleoCargoComision: { flatten: true },
    dondeCometioLaFalta: { flatten: true },
    resolucion: { flatten: true },
    'origenProcedimiento.valor': whenOtro,
    'empleoCargoComision.nivelJerarquico.valor': whenOtro,
    'faltaCometida[].valor': whenOtro,
    'faltaCometida[].descripcionHechos': { wide: true },
    ...domicilio,
    ...sancionBlocks(collection),
  };
  // The declarations above cover the four collections; each keeps those of its own fields.
  const schema = S3_SCHEMAS[collection];
  const own = Object.entries(fields).filter(([key]) => nodeAt(schema, key.replace(/\[\]/g, '[0]')) !== null);
  return { sections: sections(collection), fields: Object.fromEntries(own) };
}
