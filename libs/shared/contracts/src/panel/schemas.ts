import { AMBITO_PUBLICO, ENTIDAD_FEDERATIVA, NIVEL_ORDEN_GOBIERNO } from '../catalogs/v2';
import { defineCatalog } from '../catalogs/catalog';
import { bool, int, list, obj, str, text } from '../schema/builders';
import type { ObjectNode, StringNode } from '../schema/types';
import { CONSUMER_ROLES, USER_ROLES, USER_ROLE_LABELS, type ConsumerRole, type UserRole } from './roles';

/** Request bodies of the panel API, validated by the API and used by the web forms. */

export const USER_ROLE_CATALOG = defineCatalog(
  'rolUsuario',
  'roles de usuario',
  USER_ROLES.map((clave) => ({ clave, valor: USER_ROLE_LABELS[clave] })),
);

export const CONSUMER_ROLE_CATALOG = defineCatalog('rolConsumidor', 'roles de consumidor', [
  { clave: 'publico', valor: 'Público (campos públicos)' },
  { clave: 'confidencial', valor: 'Confidencial (autoridades autorizadas)' },
]);

export const PASSWORD_MIN_LENGTH = 12;

const password = (label: string): StringNode =>
  str({ label, required: true, maxLength: 128, help: `Al menos ${PASSWORD_MIN_LENGTH} caracteres.` });

export const LOGIN_SCHEMA: ObjectNode = obj({
  label: 'Inicio de sesión',
  fields: {
    email: str({ label: 'Correo electrónico', required: true, maxLength: 254 }),
    password: str({ label: 'Contraseña', required: true, maxLength: 128 }),
  },
});
export interface LoginRequest {
  email: string;
  password: string;
}

export const PASSWORD_CHANGE_SCHEMA: ObjectNode = obj({
  label: 'Cambio de contraseña',
  fields: {
    actual: str({ label: 'Contraseña actual', required: true, maxLength: 128 }),
    nueva: password('Contraseña nueva'),
  },
});
export interface PasswordChangeRequest {
  actual: string;
  nueva: string;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const USER_CREATE_SCHEMA: ObjectNode = obj({
  label: 'Usuario',
  fields: {
    email: str({ label: 'Correo electrónico', required: true, maxLength: 254, pattern: EMAIL_PATTERN, patternMessage: 'Escriba un correo electrónico válido.' }),
    nombre: str({ label: 'Nombre completo', required: true, maxLength: 200 }),
    rol: str({ label: 'Rol', required: true, catalog: USER_ROLE_CATALOG }),
    enteId: int({ label: 'Ente público', min: 1, help: 'Obligatorio para capturistas: el ente para el que captura.' }),
    revisaTodos: bool({ label: 'Revisa todos los entes' }),
    entesRevision: list({ label: 'Entes que revisa', of: int({ label: 'Ente', min: 1 }) }),
    password: str({ label: 'Contraseña inicial', maxLength: 128, help: 'Si la deja vacía se genera una y se muestra una sola vez.' }),
  },
});
export interface UserCreateRequest {
  email: string;
  nombre: string;
  rol: UserRole;
  enteId?: number;
  revisaTodos?: boolean;
  entesRevision: number[];
  password?: string;
}

export const USER_UPDATE_SCHEMA: ObjectNode = obj({
  label: 'Usuario',
  fields: {
    nombre: str({ label: 'Nombre completo', required: true, maxLength: 200 }),
    rol: str({ label: 'Rol', required: true, catalog: USER_ROLE_CATALOG }),
    enteId: int({ label: 'Ente público', min: 1 }),
    revisaTodos: bool({ label: 'Revisa todos los entes' }),
    entesRevision: list({ label: 'Entes que revisa', of: int({ label: 'Ente', min: 1 }) }),
    activo: bool({ label: 'Activo', required: true }),
  },
});
export interface UserUpdateRequest {
  nombre: string;
  rol: UserRole;
  enteId?: number;
  revisaTodos?: boolean;
  entesRevision: number[];
  activo: boolean;
}

export const ENTE_SCHEMA: ObjectNode = obj({
  label: 'Ente público',
  fields: {
    clave: str({
      label: 'Clave',
      required: true,
      maxLength: 50,
      pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      patternMessage: 'Use letras, números, punto, guion o guion bajo, sin espacios.',
    }),
    nombre: str({ label: 'Nombre', required: true, maxLength: 255 }),
    siglas: str({ label: 'Siglas', maxLength: 50 }),
    ordenGobierno: str({ label: 'Orden de gobierno', required: true, catalog: NIVEL_ORDEN_GOBIERNO }),
    ambitoPublico: str({ label: 'Ámbito público', required: true, catalog: AMBITO_PUBLICO }),
    entidadFederativa: str({ label: 'Entidad federativa', catalog: ENTIDAD_FEDERATIVA }),
  },
});
export interface EnteRequest {
  clave: string;
  nombre: string;
  siglas?: string;
  ordenGobierno: string;
  ambitoPublico: string;
  entidadFederativa?: string;
}

export interface EnteView extends EnteRequest {
  id: number;
  activo: boolean;
}

export interface UserView {
  id: number;
  email: string;
  nombre: string;
  rol: UserRole;
  enteId: number | null;
  revisaTodos: boolean;
  entesRevision: number[];
  activo: boolean;
  debeCambiarContrasena: boolean;
  bloqueadoHasta: string | null;
  ultimoAcceso: string | null;
}

export const CONSUMER_CREATE_SCHEMA: ObjectNode = obj({
  label: 'Consumidor de la PDN',
  fields: {
    nombre: str({ label: 'Nombre', required: true, maxLength: 120 }),
    rol: str({ label: 'Rol', catalog: CONSUMER_ROLE_CATALOG }),
    fundamento: str({ label: 'Fundamento legal', maxLength: 500, help: 'Obligatorio para el rol confidencial: oficio o acuerdo que autoriza el acceso.' }),
  },
});
export interface ConsumerCreateRequest {
  nombre: string;
  rol?: ConsumerRole;
  fundamento?: string;
}

export { CONSUMER_ROLES };

/** Bodies of the workflow actions (generic for every record kind). `version` is the optimistic-lock token. */
const lockToken = int({ label: 'Versión', required: true, min: 0, help: 'Valor «version» del registro tal como lo leyó.' });

export const RECORD_WRITE_SCHEMA: ObjectNode = obj({
  label: 'Registro',
  fields: {
    datos: obj({ label: 'Datos del registro', required: true, fields: {} }),
    enteId: int({ label: 'Ente público', min: 1, help: 'Solo la administración elige el ente; para capturistas es siempre el suyo.' }),
    version: int({ label: 'Versión', min: 0 }),
  },
});

export const WORKFLOW_ACTION_SCHEMA: ObjectNode = obj({ label: 'Acción', fields: { version: lockToken } });

export const REJECT_SCHEMA: ObjectNode = obj({
  label: 'Rechazo',
  fields: {
    version: lockToken,
    comentario: text({ label: 'Comentario para la persona capturista', required: true, maxLength: 4000, help: 'Explique qué debe corregirse.' }),
  },
});

export const WITHDRAW_SCHEMA: ObjectNode = obj({
  label: 'Baja',
  fields: {
    version: lockToken,
    motivo: text({ label: 'Motivo de la baja', required: true, maxLength: 4000 }),
  },
});
