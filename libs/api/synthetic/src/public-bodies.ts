/**
 * Entes públicos of an illustrative state for demo and synthetic data (not a real catalog): the
 * administration registers the real ones, or they are created by an import.
 */
export interface SyntheticEnte {
  clave: string;
  nombre: string;
  siglas: string;
  ordenGobierno: 'ESTATAL' | 'MUNICIPAL_ALCALDIA';
  ambitoPublico: 'EJECUTIVO' | 'LEGISLATIVO' | 'JUDICIAL' | 'ORGANO_AUTONOMO';
}

export const SYNTHETIC_ENTES: readonly SyntheticEnte[] = [
  { clave: 'SEFIN', nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SA', nombre: 'Secretaría de Administración', siglas: 'SA', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SSA', nombre: 'Servicios de Salud del Estado', siglas: 'SSE', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SEP', nombre: 'Secretaría de Educación Pública del Estado', siglas: 'SEPE', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SIOP', nombre: 'Secretaría de Infraestructura y Obra Pública', siglas: 'SIOP', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SSPC', nombre: 'Secretaría de Seguridad Pública y Protección Ciudadana', siglas: 'SSPC', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SEMOV', nombre: 'Secretaría de Movilidad', siglas: 'SEMOV', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SEDECO', nombre: 'Secretaría de Desarrollo Económico', siglas: 'SEDECO', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SFP', nombre: 'Secretaría de la Función Pública del Estado', siglas: 'SFP', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'ISSSTE-E', nombre: 'Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado', siglas: 'ISSSTE-E', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'CEA', nombre: 'Comisión Estatal del Agua', siglas: 'CEA', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'DIF', nombre: 'Sistema para el Desarrollo Integral de la Familia del Estado', siglas: 'DIF', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO' },
  { clave: 'UAE', nombre: 'Universidad Autónoma del Estado', siglas: 'UAE', ordenGobierno: 'ESTATAL', ambitoPublico: 'ORGANO_AUTONOMO' },
  { clave: 'IEE', nombre: 'Instituto Electoral del Estado', siglas: 'IEE', ordenGobierno: 'ESTATAL', ambitoPublico: 'ORGANO_AUTONOMO' },
  { clave: 'CEDH', nombre: 'Comisión Estatal de los Derechos Humanos', siglas: 'CEDH', ordenGobierno: 'ESTATAL', ambitoPublico: 'ORGANO_AUTONOMO' },
  { clave: 'TSJ', nombre: 'Tribunal Superior de Justicia del Estado', siglas: 'TSJ', ordenGobierno: 'ESTATAL', ambitoPublico: 'JUDICIAL' },
  { clave: 'TJA', nombre: 'Tribunal de Justicia Administrativa', siglas: 'TJA', ordenGobierno: 'ESTATAL', ambitoPublico: 'JUDICIAL' },
  { clave: 'CONGRESO', nombre: 'Congreso del Estado', siglas: 'CE', ordenGobierno: 'ESTATAL', ambitoPublico: 'LEGISLATIVO' },
  { clave: 'ASE', nombre: 'Auditoría Superior del Estado', siglas: 'ASE', ordenGobierno: 'ESTATAL', ambitoPublico: 'LEGISLATIVO' },
  { clave: 'MUN-CAP', nombre: 'Municipio de la Capital', siglas: 'MC', ordenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO' },
  { clave: 'MUN-SJ', nombre: 'Municipio de San José del Río', siglas: 'MSJR', ordenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO' },
  { clave: 'MUN-SANTA', nombre: 'Municipio de Santa María Peñón', siglas: 'MSMP', ordenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO' },
  { clave: 'MUN-VALLE', nombre: 'Municipio de Valle de Bravo Nuñez', siglas: 'MVBN', ordenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO' },
  { clave: 'SAPAM', nombre: 'Sistema de Agua Potable y Alcantarillado Municipal', siglas: 'SAPAM', ordenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO' },
];

export const POSITIONS = [
  { nombre: 'Director de Adquisiciones', nivel: 'M33' },
  { nombre: 'Directora de Recursos Materiales', nivel: 'M33' },
  { nombre: 'Jefa de Departamento de Compras', nivel: 'O31' },
  { nombre: 'Jefe de Departamento de Licitaciones', nivel: 'O31' },
  { nombre: 'Subdirector de Servicios Generales', nivel: 'N22' },
  { nombre: 'Subdirectora de Obra Pública', nivel: 'N22' },
  { nombre: 'Coordinador de Contratos', nivel: 'N11' },
  { nombre: 'Analista de Adquisiciones', nivel: 'P13' },
  { nombre: 'Enlace de Contrataciones Públicas', nivel: 'P21' },
  { nombre: 'Residente de Obra', nivel: 'O11' },
  { nombre: 'Supervisora de Obra', nivel: 'O11' },
  { nombre: 'Titular de la Unidad Administrativa', nivel: 'K31' },
  { nombre: 'Director General de Administración', nivel: 'K11' },
  { nombre: 'Jefe de Almacén', nivel: 'P32' },
  { nombre: 'Responsable de Avalúos', nivel: 'O23' },
  { nombre: 'Coordinadora de Concesiones y Permisos', nivel: 'N11' },
] as const;
