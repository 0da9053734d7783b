import type { UserRole } from '@pde/shared/contracts';

/**
 * Demo credentials, published in the README. Created only on an empty database in the
 * «pruebas» environment and never when PDE_DEMO=0 or PDE_ENTORNO=produccion.
 */
export interface DemoUser {
  email: string;
  nombre: string;
  rol: UserRole;
  ente?: string;
  password: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@pde.demo', nombre: 'Administración de la plataforma (demo)', rol: 'ADMIN', password: 'Plataforma-PDE-2026' },
  { email: 'capturista@pde.demo', nombre: 'Laura Núñez Ibáñez (capturista demo)', rol: 'CAPTURISTA', ente: 'SEFIN', password: 'Captura-PDE-2026' },
  { email: 'capturista.salud@pde.demo', nombre: 'Óscar Peña Zúñiga (capturista demo)', rol: 'CAPTURISTA', ente: 'SSA', password: 'Captura-PDE-2026' },
  { email: 'revisor@pde.demo', nombre: 'Jorge Muñoz Ávila (revisor demo)', rol: 'REVISOR', password: 'Revision-PDE-2026' },
  { email: 'consulta@pde.demo', nombre: 'Ana Luisa Orta (consulta demo)', rol: 'CONSULTA', password: 'Lectura-PDE-2026' },
];

export interface DemoConsumer {
  name: string;
  role: 'publico' | 'confidencial';
  legalBasis: string | null;
  client_id: string;
  client_secret: string;
  username: string;
  password: string;
  /** Static bearer token of the S3 v2 API. */
  token: string;
}

export const DEMO_CONSUMER: DemoConsumer = {
  name: 'PDN (demostración)',
  role: 'publico',
  legalBasis: null,
  client_id: 'pde-demo-pdn',
  client_secret: 'demo-secreto-del-cliente-pdn-0123456789',
  username: 'pdn-demo',
  password: 'demo-contrasena-de-la-api-pdn-0123456789',
  token: 'pde_s3_demo-publico-0123456789abcdefghijklmnopqrstuv',
};

export const DEMO_CONFIDENTIAL_CONSUMER: DemoConsumer = {
  name: 'Autoridad autorizada (demostración)',
  role: 'confidencial',
  legalBasis: 'Datos de demostración: sin validez legal.',
  client_id: 'pde-demo-autoridad',
  client_secret: 'demo-secreto-de-la-autoridad-0123456789',
  username: 'autoridad-demo',
  password: 'demo-contrasena-de-la-autoridad-0123456789',
  token: 'pde_s3_demo-confidencial-0123456789abcdefghijklmnop',
};

export const DEMO_S2_RECORDS = 1000;
export const DEMO_S3_RECORDS = 400;
