import type { NestExpressApplication } from '@nestjs/platform-express';
import { createHttpApp, runStartupTasks } from '@pde/api/app';
import { UsersService } from '@pde/api/auth';
import { Clock, Db, JsonLogger, PdeConfig, type SystemPrincipal } from '@pde/api/core';
import { EnteEntity } from '@pde/api/entes';
import { ConsumersService, PdnAccessLogService, type IssuedCredentials } from '@pde/api/interconnection';
import type { UserRole } from '@pde/shared/contracts';
import type { Type } from '@nestjs/common';
import { createTestDatabase, type TestDatabase } from './test-database';
import { HttpClient } from './http-client';

export const TEST_ACTOR: SystemPrincipal = { kind: 'system', name: 'pruebas' };

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  database: TestDatabase;
  get<T>(type: Type<T>): T;
  /** A client with the panel's CSRF header. */
  panel(): HttpClient;
  /** A client with no default headers (PDN endpoints, anonymous visitors). */
  anonymous(): HttpClient;
  /** Moves the application clock (sessions, lockouts, token expiry). */
  setNow(date: Date | null): void;
  close(): Promise<void>;
}

/** The real application (same modules, migrations, HTTP stack) on a fresh database and a random port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = new PdeConfig({
    ...process.env,
    DATABASE_URL: database.url,
    PDE_DEMO: '0',
    PORT: '3000',
    PDE_WEB_ROOT: '/nonexistent-web-root',
    ...env,
  });
  const logger = new JsonLogger(process.env['PDE_TEST_LOG'] === '1' ? 'debug' : 'error', () => undefined);
  const app = await createHttpApp(config, logger);
  await app.init();
  await runStartupTasks(app);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const clock = app.get(Clock);
  const realNow = clock.now.bind(clock);
  return {
    app,
    baseUrl,
    database,
    get: (type) => app.get(type),
    panel: () => new HttpClient(baseUrl, { 'x-pde-csrf': '1' }),
    anonymous: () => new HttpClient(baseUrl),
    setNow: (date) => {
      clock.now = date ? () => new Date(date) : realNow;
    },
    close: async () => {
      await app.get(PdnAccessLogService).flush();
      await app.close();
      await database.drop();
    },
  };
}

let enteCounter = 0;

/** Factory: an ente público with overridable fields. */
export async function createEnte(t: TestApp, overrides: Partial<EnteEntity> = {}): Promise<EnteEntity> {
  enteCounter++;
  const repo = t.get(Db).dataSource.getRepository(EnteEntity);
  const nombre = overrides.nombre ?? `Secretaría de Pruebas ${enteCounter}`;
  const now = new Date();
  return repo.save(
    repo.create({
      clave: `PRUEBA-${enteCounter}-${Math.random().toString(36).slice(2, 7)}`,
      nombre,
      nombreFolded: nombre.toLowerCase(),
      siglas: `SP${enteCounter}`,
      ordenGobierno: 'ESTATAL',
      ambitoPublico: 'EJECUTIVO',
      entidadFederativa: null,
      activo: true,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    }),
  );
}

let userCounter = 0;

export interface TestUser {
  id: number;
  email: string;
  password: string;
  role: UserRole;
}

/** Factory: a panel user with a known password. */
export async function createUser(t: TestApp, role: UserRole, options: { enteId?: number; entesRevision?: number[]; password?: string } = {}): Promise<TestUser> {
  userCounter++;
  const email = `${role.toLowerCase()}${userCounter}-${Math.random().toString(36).slice(2, 6)}@pruebas.gob.mx`;
  const password = options.password ?? `Clave-de-prueba-${userCounter}-Segura`;
  const created = await t.get(UsersService).create(
    {
      email,
      nombre: `Persona ${role} ${userCounter}`,
      rol: role,
      ...(options.enteId ? { enteId: options.enteId } : {}),
      ...(role === 'REVISOR' ? (options.entesRevision ? { entesRevision: options.entesRevision } : { revisaTodos: true }) : {}),
      password,
    },
    TEST_ACTOR,
    { mustChangePassword: false },
  );
  return { id: created.user.id, email, password, role };
}

/** A panel client already signed in as `user`. */
export async function signedIn(t: TestApp, user: TestUser): Promise<HttpClient> {
  const client = t.panel();
  const response = await client.post('/api/auth/login', { email: user.email, password: user.password });
  if (response.status !== 200) throw new Error(`No se pudo iniciar sesión como ${user.email}: ${response.status} ${response.text}`);
  return client;
}

/** Factory: a PDN consumer; returns its credentials. */
export function createConsumer(t: TestApp, role: 'publico' | 'confidencial' = 'publico', name?: string): Promise<IssuedCredentials> {
  return t.get(ConsumersService).create(
    { nombre: name ?? `Consumidor ${Math.random().toString(36).slice(2, 8)}`, rol: role, ...(role === 'confidencial' ? { fundamento: 'Oficio de autorización de pruebas' } : {}) },
    TEST_ACTOR,
  );
}

/** Password grant exactly as the PDN S2 aggregator sends it (Basic header and body, SPEC §7.1 C1). */
export async function accessToken(t: TestApp, c: IssuedCredentials): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'password', username: c.username, password: c.password, client_id: c.client_id, client_secret: c.client_secret });
  const response = await t.anonymous().post<{ access_token: string }>('/oauth/token', body.toString(), {
    authorization: `Basic ${Buffer.from(`${c.client_id}:${c.client_secret}`).toString('base64')}`,
    'content-type': 'application/x-www-form-urlencoded',
  });
  if (response.status !== 200) throw new Error(`Token: ${response.status} ${response.text}`);
  return response.body.access_token;
}

/** A client for the v1 data endpoints with a fresh token (the PDN asks one before every call). */
export async function pdnClient(t: TestApp, c: IssuedCredentials): Promise<HttpClient> {
  return new HttpClient(t.baseUrl, { authorization: `Bearer ${await accessToken(t, c)}` });
}
