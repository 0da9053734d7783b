/** Validation messages of the S3 v2 rules (SPEC §3.8), in Spanish (es-MX), for people to read. */
export const S3_MSG = {
  valorRequired: 'Especifique el valor: es obligatorio cuando la clave es «OTRO».',
  valorNotApplicable: 'Este dato solo se captura cuando la clave es «OTRO»; bórrelo o elija «OTRO».',
  blockRequired: (what: string) => `Capture los datos de ${what}: la sanción seleccionada los requiere.`,
  blockNotApplicable: (what: string, clave: unknown) =>
    `Los datos de ${what} no corresponden a la sanción «${String(clave)}»; bórrelos o cambie el tipo de sanción.`,
  duplicateSancion: 'Este tipo de sanción ya está en la lista; registre cada tipo de sanción una sola vez.',
  fechaFinal: 'La fecha final no puede ser anterior a la fecha inicial.',
  fechaResolucionFirme: 'La fecha en que quedó firme la resolución no puede ser anterior a la fecha de la resolución.',
  domicilioNotMatching: (tipo: unknown) =>
    `Este domicilio no corresponde al tipo de domicilio seleccionado («${String(tipo)}»); revise cuál de los dos se debe conservar.`,
} as const;
