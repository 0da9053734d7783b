// Versioned migrations for SQLite, in order. Generated with `npm run -s pde -- migrate --generate <Nombre>`, then reviewed.
import { Inicial1795478217642 } from './1795478217642-Inicial';
export const SQLITE_MIGRATIONS: Function[] = [Inicial1795478217642];
