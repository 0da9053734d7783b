import type { FormLayout } from '@pde/web/panel/ui-record-form';

/**
 * Presentation of the S2 form (`S2_RECORD_SCHEMA`). `institucionDependencia` is filled by the API
 * from the record's ente, so the form shows the ente's name instead of an input.
 */
export const S2_LAYOUT: FormLayout = {
  sections: [
    {
      id: 'persona',
      title: 'Persona servidora pública',
      description: 'Nombre e identificación tal como aparecen en el nombramiento o la identificación oficial.',
      fields: ['nombres', 'primerApellido', 'segundoApellido', 'curp', 'rfc', 'genero'],
    },
    {
      id: 'empleo',
      title: 'Empleo y ejercicio fiscal',
      fields: ['institucionDependencia', 'puesto', 'ramo', 'ejercicioFiscal'],
    },
    {
      id: 'contrataciones',
      title: 'Participación en contrataciones',
      description: 'Procedimientos, áreas y niveles de responsabilidad en los que interviene.',
      fields: ['tipoProcedimiento', 'tipoArea', 'nivelResponsabilidad'],
    },
    { id: 'superior', title: 'Superior inmediato', fields: ['superiorInmediato'] },
    { id: 'observaciones', title: 'Observaciones', fields: ['observaciones'] },
  ],
  fields: {
    institucionDependencia: {
      serverFilled: (context) =>
        `Institución o dependencia: ${context.enteNombre ?? 'el ente público del registro'}. Se toma del ente público del registro; no se captura.`,
    },
    superiorInmediato: { flatten: true },
  },
};
