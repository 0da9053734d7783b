import { resolve } from 'node:path';
import { parseDatabaseUrl, PdeConfig } from './pde-config';

const CWD = '/srv/pde';

/** Factory: a configuration from an environment with overrides (nothing from the real process). */
const config = (env: Record<string, string | undefined> = {}) => new PdeConfig(env, CWD);

describe('parseDatabaseUrl', () => {
  it('uses the embedded SQLite file in the data directory when nothing is configured', () => {
    expect(parseDatabaseUrl(undefined, '/srv/pde/data', CWD)).toEqual({ type: 'sqlite', path: '/srv/pde/data/pde.sqlite' });
    expect(parseDatabaseUrl('', '/srv/pde/data', CWD)).toEqual({ type: 'sqlite', path: '/srv/pde/data/pde.sqlite' });
  });

  it.each([
    ['sqlite:/var/lib/pde/pde.sqlite', '/var/lib/pde/pde.sqlite'],
    ['sqlite:///var/lib/pde/pde.sqlite', '/var/lib/pde/pde.sqlite'],
    ['sqlite:datos/pde.sqlite', resolve(CWD, 'datos/pde.sqlite')],
  ])('reads the SQLite path of %s', (raw, path) => {
    expect(parseDatabaseUrl(raw, '/data', CWD)).toEqual({ type: 'sqlite', path });
  });

  it('reads MySQL and MariaDB URLs, with the database name decoded', () => {
    expect(parseDatabaseUrl('mysql://pde:secreto@db.local:3306/pde', '/data', CWD)).toEqual({ type: 'mysql', url: 'mysql://pde:secreto@db.local:3306/pde', database: 'pde' });
    expect(parseDatabaseUrl('mariadb://pde@db.local/pde%5Fprod', '/data', CWD)).toEqual({ type: 'mysql', url: 'mysql://pde@db.local/pde%5Fprod', database: 'pde_prod' });
  });

  it.each([
    ['sqlite:', 'DATABASE_URL de SQLite sin ruta: use sqlite:/ruta/archivo.sqlite'],
    ['mysql://pde:secreto@db.local:3306', 'DATABASE_URL de MySQL sin nombre de base de datos: mysql://usuario:clave@host:3306/pde'],
    ['mysql://pde:secreto@db.local:3306/', 'DATABASE_URL de MySQL sin nombre de base de datos: mysql://usuario:clave@host:3306/pde'],
    ['postgres://pde@db.local/pde', 'DATABASE_URL debe empezar con mysql:// o sqlite: (o no definirse para usar SQLite en ./data).'],
    ['/var/lib/pde.sqlite', 'DATABASE_URL debe empezar con mysql:// o sqlite: (o no definirse para usar SQLite en ./data).'],
  ])('rejects %s with a Spanish message', (raw, message) => {
    expect(() => parseDatabaseUrl(raw, '/data', CWD)).toThrow(message);
  });

  it('rejects a malformed MySQL URL with a Spanish message, not the URL parser\'s', () => {
    expect(() => parseDatabaseUrl('mysql://pde@db.local:puerto/pde', '/data', CWD)).toThrow(
      'DATABASE_URL no es una dirección válida: use mysql://usuario:clave@host:3306/pde (codifique con %XX los caracteres especiales de la clave).',
    );
  });
});

describe('PdeConfig', () => {
  it('has safe defaults for an empty environment', () => {
    const c = config();
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/srv/pde/data',
      database: { type: 'sqlite', path: '/srv/pde/data/pde.sqlite' },
      demo: true,
      environment: 'pruebas',
      trustProxy: false,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      maxFailedLogins: 5,
      lockoutMinutes: 15,
      accessTokenTtlSeconds: 300,
      refreshTokenTtlSeconds: 600,
      jwtSecret: undefined,
      logLevel: 'info',
      requestBudgetMs: 10_000,
    });
  });

  it('reads every setting from the environment', () => {
    const c = config({
      PORT: '8080',
      PDE_DATA_DIR: '/var/lib/pde',
      PDE_DEMO: '0',
      PDE_ENTORNO: 'produccion',
      PDE_SESION_INACTIVIDAD_MIN: '15',
      PDE_SESION_MAX_HORAS: '8',
      PDE_INTENTOS_FALLIDOS_MAX: '3',
      PDE_BLOQUEO_MIN: '30',
      PDE_TOKEN_TTL_S: '600',
      PDE_JWT_SECRET: 'x'.repeat(32),
      PDE_LOG_LEVEL: 'debug',
    });
    expect(c).toMatchObject({
      port: 8080,
      database: { type: 'sqlite', path: '/var/lib/pde/pde.sqlite' },
      demo: false,
      environment: 'produccion',
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
      maxFailedLogins: 3,
      lockoutMinutes: 30,
      accessTokenTtlSeconds: 600,
      refreshTokenTtlSeconds: 600,
      logLevel: 'debug',
    });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT debe ser un entero entre 1 y 65535 (se recibió «70000»).'],
    [{ PORT: 'abc' }, 'PORT debe ser un entero entre 1 y 65535 (se recibió «abc»).'],
    [{ PORT: '3000.5' }, 'PORT debe ser un entero entre 1 y 65535 (se recibió «3000.5»).'],
    [{ PORT: '0x50' }, 'PORT debe ser un entero entre 1 y 65535 (se recibió «0x50»).'],
    [{ PDE_INTENTOS_FALLIDOS_MAX: '2' }, 'PDE_INTENTOS_FALLIDOS_MAX debe ser un entero entre 3 y 20 (se recibió «2»).'],
    [{ PDE_BLOQUEO_MIN: '1e3' }, 'PDE_BLOQUEO_MIN debe ser un entero entre 1 y 1440 (se recibió «1e3»).'],
    [{ PDE_SESION_INACTIVIDAD_MIN: '4' }, 'PDE_SESION_INACTIVIDAD_MIN debe ser un entero entre 5 y 1440 (se recibió «4»).'],
    [{ PDE_SESION_MAX_HORAS: '73' }, 'PDE_SESION_MAX_HORAS debe ser un entero entre 1 y 72 (se recibió «73»).'],
    [{ PDE_TOKEN_TTL_S: '600', PDE_REFRESH_TTL_S: '300' }, 'PDE_REFRESH_TTL_S debe ser un entero entre 600 y 2592000 (se recibió «300»).'],
    [{ PDE_ENTORNO: 'produccion ' }, 'PDE_ENTORNO debe ser «pruebas» o «produccion» (se recibió «produccion »).'],
    [{ PDE_JWT_SECRET: 'corto' }, 'PDE_JWT_SECRET debe tener al menos 32 bytes (256 bits).'],
    [{ PDE_DEMO: 'false' }, 'PDE_DEMO debe ser 0 o 1 (se recibió «false»).'],
    [{ DATABASE_URL: 'oracle://x' }, 'DATABASE_URL debe empezar con mysql:// o sqlite:'],
  ])('rejects %j with a Spanish message naming the variable', (env, message) => {
    expect(() => config(env)).toThrow(message);
  });

  it('counts the JWT secret in bytes, not characters', () => {
    expect(config({ PDE_JWT_SECRET: 'ñ'.repeat(16) }).jwtSecret).toBe('ñ'.repeat(16));
  });

  it('treats an empty variable as not set', () => {
    expect(config({ PORT: '', PDE_BLOQUEO_MIN: '', PDE_DEMO: '' })).toMatchObject({ port: 3000, lockoutMinutes: 15, demo: true });
    expect(config({ PDE_DEMO: '1' }).demo).toBe(true);
  });
});
