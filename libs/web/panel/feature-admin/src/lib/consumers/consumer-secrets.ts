import type { IssuedCredentials } from '@pde/web/panel/data-access-admin';
import type { OneTimeSecret } from '../shared/one-time-secrets-dialog';

/** The credentials of a new consumer, in the order the PDN configures them. */
export function credentialSecrets(issued: IssuedCredentials): OneTimeSecret[] {
  return [
    { label: 'Identificador del cliente OAuth (client_id)', key: 'client_id', value: issued.client_id },
    { label: 'Secreto del cliente OAuth (client_secret)', key: 'client_secret', value: issued.client_secret },
    { label: 'Usuario de API (username)', key: 'username', value: issued.username },
    { label: 'Contraseña del usuario de API (password)', key: 'password', value: issued.password },
    { label: 'Token de la API S3 v2 (Bearer)', key: 'token', value: issued.token },
  ];
}

/** A file name without spaces or accents for the downloaded credentials. */
export function credentialsFileName(name: string): string {
  const slug = name.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 40);
  return `credenciales-pde-${slug || 'consumidor'}.json`;
}
