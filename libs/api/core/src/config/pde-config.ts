import { isAbsolute, resolve } from 'node:path';

export type DatabaseTarget =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; url: string; database: string };

export type Environment = 'pruebas' | 'produccion';

/**
 * Configuration read once from the environment (README «Configuración»). Every setting has a
 * safe default so that `npm start` works on a fresh clone with the embedded database.
 */
export class PdeConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  readonly dataDir: string;
  readonly demo: boolean;
  readonly environment: Environment;
  readonly trustProxy: string | false;
  readonly sessionIdleMinutes: number;
  readonly sessionMaxHours: number;
  readonly maxFailedLogins: number;
  readonly lockoutMinutes: number;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  readonly jwtSecret: string | undefined;
  readonly webRoot: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly requestBudgetMs: number;
  readonly tokenRatePerSecond: number;
  readonly tokenBurst: number;

  constructor(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) {
    this.port = integer(env['PORT'], 3000, 1, 65535, 'PORT');
    this.host = env['HOST'] ?? '0.0.0.0';
    this.dataDir = resolvePath(env['PDE_DATA_DIR'] ?? 'data', cwd);
    this.database = parseDatabaseUrl(env['DATABASE_URL'], this.dataDir, cwd);
    const demo = env['PDE_DEMO'] || '1';
    // Strict: `PDE_DEMO=false` must not silently mean "load demo data".
    if (demo !== '0' && demo !== '1') throw new Error(`PDE_DEMO debe ser 0 o 1 (se recibió «${demo}»).`);
    this.demo = demo === '1';
    const environment = env['PDE_ENTORNO'] ?? 'pruebas';
    if (environment !== 'pruebas' && environment !== 'produccion') {
      throw new Error(`PDE_ENTORNO debe ser «pruebas» o «produccion» (se recibió «${environment}»).`);
    }
    this.environment = environment;
    this.trustProxy = env['PDE_TRUST_PROXY'] ? env['PDE_TRUST_PROXY'] : false;
    this.sessionIdleMinutes = integer(env['PDE_SESION_INACTIVIDAD_MIN'], 30, 5, 24 * 60, 'PDE_SESION_INACTIVIDAD_MIN');
    this.sessionMaxHours = integer(env['PDE_SESION_MAX_HORAS'], 12, 1, 72, 'PDE_SESION_MAX_HORAS');
    this.maxFailedLogins = integer(env['PDE_INTENTOS_FALLIDOS_MAX'], 5, 3, 20, 'PDE_INTENTOS_FALLIDOS_MAX');
    this.lockoutMinutes = integer(env['PDE_BLOQUEO_MIN'], 15, 1, 24 * 60, 'PDE_BLOQUEO_MIN');
    this.accessTokenTtlSeconds = integer(env['PDE_TOKEN_TTL_S'], 300, 60, 3600, 'PDE_TOKEN_TTL_S');
    this.refreshTokenTtlSeconds = integer(
      env['PDE_REFRESH_TTL_S'],
      Math.max(600, this.accessTokenTtlSeconds),
      this.accessTokenTtlSeconds,
      30 * 24 * 3600,
      'PDE_REFRESH_TTL_S',
    );
    const secret = env['PDE_JWT_SECRET'];
    if (secret !== undefined && Buffer.byteLength(secret) < 32) {
      throw new Error('PDE_JWT_SECRET debe tener al menos 32 bytes (256 bits).');
    }
    this.jwtSecret = secret;
    this.webRoot = resolvePath(env['PDE_WEB_ROOT'] ?? 'dist/apps/web/browser', cwd);
    const level = env['PDE_LOG_LEVEL'] ?? 'info';
    this.logLevel = (['debug', 'info', 'warn', 'error'] as const).find((l) => l === level) ?? 'info';
    this.requestBudgetMs = integer(env['PDE_PRESUPUESTO_MS'], 10_000, 1000, 120_000, 'PDE_PRESUPUESTO_MS');
    // SPEC §1.1.2 asks for at least 20 tokens/s and bursts of 100 per client; the PDN's bulk harvest
    // (a new token for each page of 200, five at a time) needs more to reach 10,000 records/s.
    this.tokenRatePerSecond = integer(env['PDE_TOKEN_RPS'], 100, 20, 1_000_000, 'PDE_TOKEN_RPS');
    this.tokenBurst = integer(env['PDE_TOKEN_BURST'], 500, 100, 10_000_000, 'PDE_TOKEN_BURST');
  }
}

function resolvePath(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

function integer(raw: string | undefined, fallback: number, min: number, max: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  // Decimal digits only: `Number` would also accept `0x50`, `1e3` or surrounding spaces.
  const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} debe ser un entero entre ${min} y ${max} (se recibió «${raw}»).`);
  }
  return value;
}

/** `mysql://user:pass@host:port/db`, `sqlite:/path/file.sqlite`, or nothing (embedded SQLite). */
export function parseDatabaseUrl(raw: string | undefined, dataDir: string, cwd = process.cwd()): DatabaseTarget {
  if (!raw) return { type: 'sqlite', path: resolve(dataDir, 'pde.sqlite') };
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new Error('DATABASE_URL de SQLite sin ruta: use sqlite:/ruta/archivo.sqlite');
    return { type: 'sqlite', path: resolvePath(path, cwd) };
  }
  if (raw.startsWith('mysql://') || raw.startsWith('mariadb://')) {
    let url: URL;
    try {
      url = new URL(raw.replace(/^mariadb:/, 'mysql:'));
    } catch {
      throw new Error('DATABASE_URL no es una dirección válida: use mysql://usuario:clave@host:3306/pde (codifique con %XX los caracteres especiales de la clave).');
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!database) throw new Error('DATABASE_URL de MySQL sin nombre de base de datos: mysql://usuario:clave@host:3306/pde');
    return { type: 'mysql', url: url.toString(), database };
  }
  throw new Error('DATABASE_URL debe empezar con mysql:// o sqlite: (o no definirse para usar SQLite en ./data).');
}
