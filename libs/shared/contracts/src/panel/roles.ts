/** Roles of people in the panel (issue «foundation» §3). PDN credentials have their own roles (SPEC §1.3). */
export const USER_ROLES = ['ADMIN', 'CAPTURISTA', 'REVISOR', 'CONSULTA'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const USER_ROLE_LABELS: Readonly<Record<UserRole, string>> = {
  ADMIN: 'Administración de la plataforma',
  CAPTURISTA: 'Captura',
  REVISOR: 'Revisión',
  CONSULTA: 'Consulta',
};

export const CONSUMER_ROLES = ['publico', 'confidencial'] as const;
export type ConsumerRole = (typeof CONSUMER_ROLES)[number];

/** Systems an OAuth API user may be allowed (SPEC §1.1.1). */
export const PDN_SYSTEMS = ['S2', 'S3S', 'S3P'] as const;
export type PdnSystem = (typeof PDN_SYSTEMS)[number];
