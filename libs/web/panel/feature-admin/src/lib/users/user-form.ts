import { type AbstractControl, type FormControl, type FormGroup, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import type { EnteView, UserCreateRequest, UserRole, UserUpdateRequest } from '@pde/shared/contracts';
import { setRuleError } from '../shared/form-errors';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const INITIAL_PASSWORD_MIN_LENGTH = 12;

export type UserFormGroup = FormGroup<{
  email: FormControl<string>;
  nombre: FormControl<string>;
  rol: FormControl<UserRole | ''>;
  /** The chosen ente, or the text typed in the search field while nothing is chosen. */
  ente: FormControl<EnteView | string | null>;
  revisaTodos: FormControl<boolean>;
  entesRevision: FormControl<EnteView[]>;
  password: FormControl<string>;
  activo: FormControl<boolean>;
}>;

/** Roles tied to one ente: required for capture, optional for read-only access limited to one ente. */
export const usesEnte = (role: UserRole | '') => role === 'CAPTURISTA' || role === 'CONSULTA';

/** Optional initial password: when given, the API's minimum length and no spaces at the ends. */
export const initialPasswordValidator: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value) return null;
  if ([...value].length < INITIAL_PASSWORD_MIN_LENGTH) return { tooShort: { min: INITIAL_PASSWORD_MIN_LENGTH } };
  if (/^\s|\s$/.test(value)) return { edgeSpaces: true };
  return null;
};

/**
 * What each role needs (libs/api/auth/src/users.service.ts `checkScope`), reported on the field to
 * fix: a CAPTURISTA needs an ente chosen from the list; a REVISOR reviews all entes or some.
 * Fields the role does not use lose their errors, so they never block the form while hidden.
 */
export const scopeValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const { rol, ente, revisaTodos, entesRevision } = (group as UserFormGroup).controls;
  const value = ente.value;
  const typed = typeof value === 'string' && value.trim() !== '';
  const picked = value !== null && typeof value === 'object';
  setRuleError(ente, 'enteRequired', rol.value === 'CAPTURISTA' && !picked && !typed);
  setRuleError(ente, 'enteNotPicked', usesEnte(rol.value) && typed);
  if (!usesEnte(rol.value)) setRuleError(ente, 'server', false);
  const reviewsSome = rol.value === 'REVISOR' && !revisaTodos.value;
  setRuleError(entesRevision, 'reviewRequired', reviewsSome && entesRevision.value.length === 0);
  if (!reviewsSome) setRuleError(entesRevision, 'server', false);
  return null;
};

type FormValue = ReturnType<UserFormGroup['getRawValue']>;

function scopeOf(value: FormValue): Pick<UserCreateRequest, 'enteId' | 'revisaTodos' | 'entesRevision'> {
  const role = value.rol;
  const ente = value.ente;
  const enteId = usesEnte(role) && ente !== null && typeof ente === 'object' ? ente.id : undefined;
  const revisaTodos = role === 'REVISOR' ? value.revisaTodos : false;
  const entesRevision = role === 'REVISOR' && !revisaTodos ? value.entesRevision.map((e) => e.id) : [];
  return { ...(enteId ? { enteId } : {}), revisaTodos, entesRevision };
}

export function toCreateRequest(value: FormValue): UserCreateRequest {
  return {
    email: value.email.trim(),
    nombre: value.nombre.trim(),
    rol: value.rol as UserRole,
    ...scopeOf(value),
    ...(value.password ? { password: value.password } : {}),
  };
}

export function toUpdateRequest(value: FormValue): UserUpdateRequest {
  return { nombre: value.nombre.trim(), rol: value.rol as UserRole, ...scopeOf(value), activo: value.activo };
}
