import { PASSWORD_MIN_LENGTH } from '@pde/shared/contracts';

/** Problems with a new password, in Spanish; empty when acceptable. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`La contraseña debe tener al menos ${PASSWORD_MIN_LENGTH} caracteres.`);
  if (/^\s|\s$/.test(password)) problems.push('La contraseña no puede empezar ni terminar con espacios.');
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && password.toLowerCase().includes(local)) problems.push('La contraseña no debe contener su correo electrónico.');
  if (new Set(password).size < 5) problems.push('La contraseña es demasiado repetitiva.');
  return problems;
}
