// Versioned migrations for SQLite, in order. Generated with `npm run -s pde -- migrate --generate <Nombre>`, then reviewed.
import { Inicial1795480782646 } from './1795480782646-Inicial';
export const SQLITE_MIGRATIONS: Function[] = [Inicial1795480782646];
