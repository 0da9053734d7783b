import { GENERO, NIVEL_RESPONSABILIDAD, TIPO_AREA, TIPO_PROCEDIMIENTO } from '../catalogs/v1';
import { byClave, catalogEntry, int, list, obj, str, text } from '../schema/builders';
import type { ObjectNode } from '../schema/types';

/**
 * S2 v1.1 record (SPEC §2.6; OAS `respSpic`), without the system fields `id` and `fechaCaptura`,
 * which belong to the record, not to its captured content. Field names as in the standard.
 */
const nombre = (label: string, required: boolean) =>
  str({ label, required, help: 'Tal como aparece en el nombramiento o identificación oficial.' });

const puesto = (required: boolean) =>
  obj({
    label: 'Puesto',
    required,
    fields: {
      nombre: str({ label: 'Nombre del puesto', required, help: 'Denominación del empleo, cargo o comisión.' }),
      nivel: str({ label: 'Nivel', maxLength: 12, help: 'Clave o nivel del puesto en el tabulador (máximo 12 caracteres).' }),
    },
  });

export const S2_RECORD_SCHEMA: ObjectNode = obj({
  label: 'Servidor público que interviene en contrataciones',
  fields: {
    ejercicioFiscal: str({ label: 'Ejercicio fiscal', format: 'year', help: 'Año del ejercicio fiscal, por ejemplo 2025.' }),
    ramo: obj({
      label: 'Ramo',
      help: 'Ramo presupuestario que identifica y clasifica los recursos en el presupuesto de egresos.',
      fields: {
        clave: int({ label: 'Clave del ramo', required: true, min: 1 }),
        valor: str({ label: 'Nombre del ramo', required: true }),
      },
    }),
    rfc: str({ label: 'RFC', format: 'rfc-fisica', visibility: 'confidencial', help: 'RFC con homoclave (13 caracteres).' }),
    curp: str({ label: 'CURP', format: 'curp', visibility: 'confidencial', help: 'Clave Única de Registro de Población (18 caracteres).' }),
    nombres: nombre('Nombre(s)', true),
    primerApellido: nombre('Primer apellido', true),
    segundoApellido: nombre('Segundo apellido', false),
    genero: catalogEntry({ label: 'Género', catalog: GENERO }),
    institucionDependencia: obj({
      label: 'Institución o dependencia',
      required: true,
      help: 'Ente público donde labora el servidor público (catálogo de entes públicos).',
      fields: {
        nombre: str({ label: 'Nombre de la institución', required: true }),
        siglas: str({ label: 'Siglas' }),
        clave: str({ label: 'Clave' }),
      },
    }),
    puesto: puesto(true),
    tipoArea: list({
      label: 'Tipo de área',
      help: 'Áreas en las que interviene en los procedimientos de contratación.',
      of: catalogEntry({ label: 'Tipo de área', catalog: TIPO_AREA }),
      uniqueBy: byClave,
    }),
    nivelResponsabilidad: list({
      label: 'Nivel de responsabilidad',
      of: catalogEntry({ label: 'Nivel de responsabilidad', catalog: NIVEL_RESPONSABILIDAD }),
      uniqueBy: byClave,
    }),
    tipoProcedimiento: list({
      label: 'Tipo de procedimiento',
      required: true,
      minItems: 1,
      help: 'Procedimientos en los que interviene; al menos uno.',
      of: catalogEntry({ label: 'Tipo de procedimiento', catalog: TIPO_PROCEDIMIENTO }),
      uniqueBy: byClave,
    }),
    superiorInmediato: obj({
      label: 'Superior inmediato',
      fields: {
        nombres: nombre('Nombre(s) del superior', false),
        primerApellido: nombre('Primer apellido del superior', false),
        segundoApellido: nombre('Segundo apellido del superior', false),
        curp: str({ label: 'CURP del superior', format: 'curp', visibility: 'confidencial' }),
        rfc: str({ label: 'RFC del superior', format: 'rfc-fisica', visibility: 'confidencial' }),
        puesto: puesto(false),
      },
    }),
    observaciones: text({ label: 'Observaciones' }),
  },
});

/** Captured content of an S2 record (normalised). */
export interface S2RecordData {
  ejercicioFiscal?: string;
  ramo?: { clave: number; valor: string };
  rfc?: string;
  curp?: string;
  nombres: string;
  primerApellido: string;
  segundoApellido?: string;
  genero?: { clave: string; valor: string };
  institucionDependencia: { nombre: string; siglas?: string; clave?: string };
  puesto: { nombre: string; nivel?: string };
  tipoArea: { clave: string; valor: string }[];
  nivelResponsabilidad: { clave: string; valor: string }[];
  tipoProcedimiento: { clave: number; valor: string }[];
  superiorInmediato?: {
    nombres?: string;
    primerApellido?: string;
    segundoApellido?: string;
    curp?: string;
    rfc?: string;
    puesto?: { nombre?: string; nivel?: string };
  };
  observaciones?: string;
}

/** A record as the S2 v1.1 API emits it (SPEC §2.6). */
export interface S2ApiRecord extends S2RecordData {
  id: string;
  fechaCaptura: string;
}
