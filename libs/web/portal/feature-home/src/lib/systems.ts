import type { S3Collection } from '@pde/shared/contracts';

/**
 * Plain-language descriptions of the public systems, shared by the home page and the search pages.
 * Written for the general public: no legal references, no acronyms without explanation. Types only
 * from `@pde/shared/contracts`: the home page is the first page most people open.
 */
export type PortalSystemId = 's2' | 's3' | 's3-servidores' | 's3-particulares';

export interface PortalSystem {
  id: PortalSystemId;
  /** Short code people see on the PDN (S2, S3). */
  code: string;
  title: string;
  path: string;
  summary: string;
  /** What a person can do with the information. */
  purpose: string;
}

export const PORTAL_SYSTEMS: Readonly<Record<PortalSystemId, PortalSystem>> = {
  s2: {
    id: 's2',
    code: 'S2',
    title: 'Servidores públicos que intervienen en contrataciones',
    path: '/s2',
    summary:
      'Personas del servicio público estatal y municipal que participan en contrataciones públicas, en el otorgamiento de licencias, permisos, concesiones y autorizaciones, en la venta de bienes públicos y en la emisión de avalúos.',
    purpose: 'Sirve para saber quién toma parte en esos procedimientos y en qué institución trabaja, y así detectar posibles conflictos de interés.',
  },
  s3: {
    id: 's3',
    code: 'S3',
    title: 'Servidores públicos y particulares sancionados',
    path: '/s3',
    summary:
      'Sanciones definitivas por faltas administrativas o hechos de corrupción, impuestas a personas del servicio público (por ejemplo, suspensión, destitución, inhabilitación o multa) y a particulares, sean personas o empresas (por ejemplo, inhabilitación para contratar con el gobierno).',
    purpose: 'Sirve para comprobar, antes de contratar a una empresa o de nombrar a alguien, si tiene una sanción vigente.',
  },
  's3-servidores': {
    id: 's3-servidores',
    code: 'S3',
    title: 'Servidores públicos sancionados',
    path: '/s3/servidores',
    summary: 'Personas del servicio público que recibieron una sanción definitiva por una falta administrativa.',
    purpose: 'Consulte el tipo de sanción, la institución que la impuso y el periodo en que está vigente.',
  },
  's3-particulares': {
    id: 's3-particulares',
    code: 'S3',
    title: 'Particulares sancionados',
    path: '/s3/particulares',
    summary: 'Personas físicas y empresas que recibieron una sanción definitiva, por ejemplo por participar en actos de corrupción.',
    purpose: 'Consulte si una persona o empresa tiene prohibido contratar con el gobierno y hasta cuándo.',
  },
};

/** The four S3 searches as the home page lists them (the search pages use the contracts' labels). */
export interface PortalS3Search {
  collection: S3Collection;
  group: 'Servidores públicos' | 'Particulares';
  label: string;
  path: string;
}

export const PORTAL_S3_SEARCHES: readonly PortalS3Search[] = [
  { collection: 'faltas_administrativas_graves', group: 'Servidores públicos', label: 'Faltas administrativas graves', path: '/s3/faltas_administrativas_graves' },
  { collection: 'faltas_administrativas_no_graves', group: 'Servidores públicos', label: 'Faltas administrativas no graves', path: '/s3/faltas_administrativas_no_graves' },
  { collection: 'faltas_graves_personas_fisicas', group: 'Particulares', label: 'Personas físicas', path: '/s3/faltas_graves_personas_fisicas' },
  { collection: 'faltas_graves_personas_morales', group: 'Particulares', label: 'Personas morales (empresas)', path: '/s3/faltas_graves_personas_morales' },
];
