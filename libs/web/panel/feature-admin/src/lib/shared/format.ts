import { CONSUMER_ROLE_CATALOG, USER_ROLE_CATALOG, catalogValor, type Catalog, type ConsumerRole, type UserRole } from '@pde/shared/contracts';

const DATE_TIME = new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'short' });

/** «12 mar 2026, 14:35» in the person's time zone; a dash when there is no date. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('es-MX');
}

export function userRoleLabel(role: UserRole): string {
  return catalogValor(USER_ROLE_CATALOG, role);
}

export function consumerRoleLabel(role: ConsumerRole): string {
  return catalogValor(CONSUMER_ROLE_CATALOG, role);
}

/** Label of a catalog key, or a dash when the field is empty. */
export function catalogLabel<K extends string>(catalog: Catalog<K>, clave: K | null | undefined): string {
  return clave ? catalogValor(catalog, clave) : '—';
}
