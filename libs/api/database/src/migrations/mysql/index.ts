// Versioned migrations for MySQL 8 / MariaDB ≥ 10.11, in order. Generated with `npm run -s pde -- migrate --generate <Nombre>`, then reviewed.
import { Inicial1795480783714 } from './1795480783714-Inicial';
export const MYSQL_MIGRATIONS: Function[] = [Inicial1795480783714];
