import { AuditEntryEntity } from '@pde/api/audit';
import { Db, PdeConfig } from '@pde/api/core';
import { createEnte, createUser, signedIn, startTestApp, type HttpClient, type TestApp, type TestUser } from '@pde/api/testing';
import { API_ERROR_CODES, type ApiErrorBody } from '@pde/shared/contracts';
import { SESSION_COOKIE } from './sessions';

const BAD_CREDENTIALS = 'Correo o contraseña incorrectos.';
/** A moment in the future of the real clock, so that nothing depends on `new Date()`. */
const BASE = new Date('2031-05-04T15:00:00.000Z');
const minutes = (n: number) => new Date(BASE.getTime() + n * 60_000);

describe('Panel sign-in, sessions and password change (/api/auth)', () => {
  let t: TestApp;
  let config: PdeConfig;
  let enteId: number;

  beforeAll(async () => {
    t = await startTestApp();
    config = t.get(PdeConfig);
    enteId = (await createEnte(t)).id;
  });
  afterEach(() => t.setNow(null));
  afterAll(() => t.close());

  const login = (user: Pick<TestUser, 'email' | 'password'>, client: HttpClient = t.panel()) =>
    client.post<{ usuario: { email: string; rol: string; debeCambiarContrasena: boolean }; expiraEn: string } & ApiErrorBody>('/api/auth/login', { email: user.email, password: user.password });
  const auditOf = (userId: number) =>
    t.get(Db).run((em) => em.getRepository(AuditEntryEntity).find({ where: { entityType: 'usuario', entityId: String(userId) }, order: { id: 'ASC' } }));
  const userRow = (email: string) => t.get(Db).query<{ passwordHash: string; failedAttempts: number }>('SELECT passwordHash, failedAttempts FROM users WHERE email = ?', [email]);

  describe('login', () => {
    it('signs in and sets an HttpOnly, SameSite=Strict session cookie for the whole site', async () => {
      const user = await createUser(t, 'CAPTURISTA', { enteId });
      const response = await login({ ...user, email: `  ${user.email.toUpperCase()} ` });
      expect(response.status).toBe(200);
      expect(response.body.usuario).toMatchObject({ email: user.email, rol: 'CAPTURISTA', debeCambiarContrasena: false });
      const cookies = response.headers.getSetCookie();
      expect(cookies).toHaveLength(1);
      const [cookie] = cookies;
      expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{40,};`));
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict/i);
      expect(cookie).toMatch(/;\s*Path=\/(;|$)/);
      expect(cookie).toMatch(new RegExp(`;\\s*Max-Age=${config.sessionMaxHours * 3600}`));
    });

    it('the session cookie identifies the person on later calls', async () => {
      const user = await createUser(t, 'REVISOR');
      const client = await signedIn(t, user);
      const me = await client.get<{ email: string; rol: string; entesRevision: unknown }>('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ email: user.email, rol: 'REVISOR', entesRevision: 'all' });
    });

    it('a wrong password and an unknown email get the same 401 and Spanish message', async () => {
      const user = await createUser(t, 'CONSULTA');
      const wrong = await login({ ...user, password: `${user.password}x` });
      const unknown = await login({ email: `nadie-${user.email}`, password: user.password });
      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(response.body).toMatchObject({ status: 401, code: API_ERROR_CODES.UNAUTHENTICATED, message: BAD_CREDENTIALS });
        expect(response.headers.getSetCookie()).toEqual([]);
      }
    });

    it('stores passwords as argon2id hashes', async () => {
      const user = await createUser(t, 'CONSULTA');
      const [row] = await userRow(user.email);
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.passwordHash).not.toContain(user.password);
    });

    it('rejects a body without email or password with 422 by field, and a non-JSON body with a 4xx', async () => {
      const missing = await t.panel().post<ApiErrorBody>('/api/auth/login', { email: '' });
      expect(missing.status).toBe(422);
      expect(missing.body.errors?.map((e) => e.path).sort()).toEqual(['email', 'password']);
      const notJson = await t.panel().post<ApiErrorBody>('/api/auth/login', '{"email":', { 'content-type': 'application/json' });
      expect(notJson.status).toBe(400);
      expect(notJson.body).toMatchObject({ status: 400, code: API_ERROR_CODES.BAD_REQUEST, message: 'El cuerpo de la solicitud no es un JSON válido.' });
    });

    it('an inactive person cannot sign in, and their open sessions stop working', async () => {
      const admin = await signedIn(t, await createUser(t, 'ADMIN'));
      const user = await createUser(t, 'CAPTURISTA', { enteId });
      const session = await signedIn(t, user);
      const update = await admin.put(`/api/admin/users/${user.id}`, { nombre: 'Persona inactiva', rol: 'CAPTURISTA', enteId, activo: false });
      expect(update.status).toBe(200);
      const response = await login(user);
      expect(response.status).toBe(401);
      expect(response.body.message).toBe(BAD_CREDENTIALS);
      expect((await session.get('/api/auth/me')).status).toBe(401);
      expect((await auditOf(user.id)).map((e) => [e.action, e.details && JSON.parse(e.details).motivo])).toContainEqual(['sesion.fallida', 'usuario inactivo']);
    });
  });

  describe('lockout', () => {
    it(`locks the account after maxFailedLogins failures (423), also for the right password, until the period ends`, async () => {
      expect(config.maxFailedLogins).toBe(5);
      const user = await createUser(t, 'CONSULTA');
      t.setNow(BASE);
      for (let i = 1; i < config.maxFailedLogins; i++) {
        expect((await login({ ...user, password: `Mala-Clave-${i}` })).status).toBe(401);
      }
      const locking = await login({ ...user, password: 'Mala-Clave-final' });
      expect(locking.status).toBe(423);
      expect(locking.body).toMatchObject({ status: 423, code: API_ERROR_CODES.LOCKED });
      expect(locking.body.message).toMatch(/^La cuenta está bloqueada temporalmente por varios intentos fallidos\. Intente de nuevo después de las \d\d:\d\d/);

      const rightWhileLocked = await login(user);
      expect(rightWhileLocked.status).toBe(423);
      expect(rightWhileLocked.headers.getSetCookie()).toEqual([]);
      t.setNow(minutes(config.lockoutMinutes - 1));
      expect((await login(user)).status).toBe(423);

      t.setNow(minutes(config.lockoutMinutes + 1));
      const after = await login(user);
      expect(after.status).toBe(200);

      const actions = (await auditOf(user.id)).map((e) => e.action);
      expect(actions.filter((a) => a === 'sesion.fallida')).toHaveLength(config.maxFailedLogins);
      expect(actions.filter((a) => a === 'usuario.bloqueo')).toHaveLength(1);
      expect(actions.filter((a) => a === 'sesion.bloqueada')).toHaveLength(2);
      expect(actions[actions.length - 1]).toBe('sesion.inicio');
    });

    it('a successful sign-in resets the count of failures', async () => {
      const user = await createUser(t, 'CONSULTA');
      for (let i = 1; i < config.maxFailedLogins; i++) await login({ ...user, password: 'Mala-Clave' });
      expect((await login(user)).status).toBe(200);
      expect((await userRow(user.email))[0].failedAttempts).toBe(0);
      for (let i = 1; i < config.maxFailedLogins; i++) expect((await login({ ...user, password: 'Mala-Clave' })).status).toBe(401);
      expect((await login(user)).status).toBe(200);
    });
  });

  describe('session expiry', () => {
    it(`expires after ${30} minutes without activity with 401 SESION_EXPIRADA; activity extends it`, async () => {
      expect(config.sessionIdleMinutes).toBe(30);
      const user = await createUser(t, 'CONSULTA');
      t.setNow(BASE);
      const client = await signedIn(t, user);
      t.setNow(minutes(25));
      expect((await client.get('/api/auth/me')).status).toBe(200);
      t.setNow(minutes(50));
      expect((await client.get('/api/auth/me')).status).toBe(200);
      t.setNow(minutes(50 + config.sessionIdleMinutes + 1));
      const expired = await client.get<ApiErrorBody>('/api/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ status: 401, code: API_ERROR_CODES.SESSION_EXPIRED, message: 'Su sesión expiró por inactividad. Inicie sesión de nuevo.' });
      t.setNow(minutes(50));
      expect((await client.get('/api/auth/me')).status).toBe(200);
    });

    it(`expires ${12} hours after sign-in however active the person is`, async () => {
      expect(config.sessionMaxHours).toBe(12);
      const user = await createUser(t, 'CONSULTA');
      t.setNow(BASE);
      const client = await signedIn(t, user);
      const maxMinutes = config.sessionMaxHours * 60;
      for (let m = 20; m < maxMinutes; m += 20) {
        t.setNow(minutes(m));
        expect({ m, status: (await client.get('/api/auth/me')).status }).toEqual({ m, status: 200 });
      }
      t.setNow(minutes(maxMinutes));
      const expired = await client.get<ApiErrorBody>('/api/auth/me');
      expect(expired.status).toBe(401);
      expect(expired.body).toMatchObject({ code: API_ERROR_CODES.SESSION_EXPIRED, message: 'Su sesión expiró. Inicie sesión de nuevo.' });
    });

    it('logout revokes the session on the server, not only the cookie', async () => {
      const user = await createUser(t, 'CONSULTA');
      const client = t.panel();
      const signIn = await login(user, client);
      const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
      const out = await client.post('/api/auth/logout');
      expect(out.status).toBe(204);
      expect(out.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
      const replay = await t.panel().get<ApiErrorBody>('/api/auth/me', { cookie });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe(API_ERROR_CODES.UNAUTHENTICATED);
      expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['usuario.crear', 'sesion.inicio', 'sesion.cierre']);
    });
  });

  describe('password change', () => {
    it('wrong current password → 422 on «actual»; weak new password → 422 on «nueva»; nothing changes', async () => {
      const user = await createUser(t, 'CAPTURISTA', { enteId });
      const client = await signedIn(t, user);
      const [before] = await userRow(user.email);
      const wrong = await client.post<ApiErrorBody>('/api/auth/password', { actual: `${user.password}x`, nueva: 'Una-clave-nueva-y-larga' });
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors).toEqual([{ path: 'actual', message: 'La contraseña actual no es correcta.' }]);
      for (const nueva of ['corta', 'aaaaaaaaaaaaaaaa', user.password, `x${user.email.split('@')[0]}x-larga`]) {
        const weak = await client.post<ApiErrorBody>('/api/auth/password', { actual: user.password, nueva });
        expect({ nueva, status: weak.status }).toEqual({ nueva, status: 422 });
        expect(weak.body.errors?.length).toBeGreaterThan(0);
        expect(weak.body.errors?.every((e) => e.path === 'nueva' && /contraseña/i.test(e.message))).toBe(true);
      }
      const missing = await client.post<ApiErrorBody>('/api/auth/password', {});
      expect(missing.status).toBe(422);
      expect(missing.body.errors?.map((e) => e.path).sort()).toEqual(['actual', 'nueva']);
      expect((await userRow(user.email))[0].passwordHash).toBe(before.passwordHash);
      expect((await login(user)).status).toBe(200);
    });

    it('a successful change keeps this session, ends the others, and only the new password works', async () => {
      const user = await createUser(t, 'CAPTURISTA', { enteId });
      const current = await signedIn(t, user);
      const other = await signedIn(t, user);
      const nueva = 'Otra-Clave-Muy-Segura-2031';
      const response = await current.post('/api/auth/password', { actual: user.password, nueva });
      expect(response.status).toBe(204);
      expect((await current.get('/api/auth/me')).status).toBe(200);
      expect((await other.get('/api/auth/me')).status).toBe(401);
      expect((await login(user)).status).toBe(401);
      expect((await login({ ...user, password: nueva })).status).toBe(200);
      expect((await auditOf(user.id)).map((e) => e.action)).toContain('usuario.cambio_contrasena');
    });
  });

  describe('generated passwords must be changed first', () => {
    it('gets 403 on normal routes but may read /me, change the password and sign out', async () => {
      const admin = await signedIn(t, await createUser(t, 'ADMIN'));
      const created = await admin.post<{ usuario: { id: number; email: string }; contrasenaGenerada: string }>('/api/admin/users', {
        email: `nueva-${Date.now()}@pruebas.gob.mx`,
        nombre: 'Persona Nueva',
        rol: 'CAPTURISTA',
        enteId,
      });
      expect(created.status).toBe(201);
      const user = { email: created.body.usuario.email, password: created.body.contrasenaGenerada };
      const client = t.panel();
      const signIn = await login(user, client);
      expect(signIn.status).toBe(200);
      expect(signIn.body.usuario.debeCambiarContrasena).toBe(true);

      for (const path of ['/api/entes', '/api/s2/records', '/api/panel/summary']) {
        const blocked = await client.get<ApiErrorBody>(path);
        expect({ path, status: blocked.status, message: blocked.body.message }).toEqual({ path, status: 403, message: 'Debe cambiar su contraseña antes de continuar.' });
      }
      expect((await client.post('/api/s2/records', { datos: {} })).status).toBe(403);
      expect((await client.get('/api/auth/me')).status).toBe(200);

      const second = t.panel();
      await login(user, second);
      expect((await second.post('/api/auth/logout')).status).toBe(204);

      expect((await client.post('/api/auth/password', { actual: user.password, nueva: 'Mi-Clave-Propia-2031' })).status).toBe(204);
      const me = await client.get<{ debeCambiarContrasena: boolean }>('/api/auth/me');
      expect(me.body.debeCambiarContrasena).toBe(false);
      expect((await client.get('/api/entes')).status).toBe(200);
    });
  });

  describe('CSRF protection', () => {
    /** A client with the session cookie but without the X-PDE-CSRF header (what a cross-site form sends). */
    async function withoutCsrf(user: TestUser): Promise<HttpClient> {
      const client = t.anonymous();
      const response = await client.post('/api/auth/login', { email: user.email, password: user.password }, { 'x-pde-csrf': '1' });
      expect(response.status).toBe(200);
      return client;
    }

    it('refuses sign-in without the header', async () => {
      const user = await createUser(t, 'CONSULTA');
      const response = await t.anonymous().post<ApiErrorBody>('/api/auth/login', { email: user.email, password: user.password });
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: API_ERROR_CODES.FORBIDDEN, message: 'Solicitud rechazada: falta el encabezado de protección X-PDE-CSRF.' });
    });

    it('refuses unsafe calls of a signed-in person without the header, and changes nothing', async () => {
      const user = await createUser(t, 'CAPTURISTA', { enteId });
      const client = await withoutCsrf(user);
      expect((await client.get('/api/auth/me')).status).toBe(200);
      const [before] = await userRow(user.email);
      const change = await client.post<ApiErrorBody>('/api/auth/password', { actual: user.password, nueva: 'Clave-Cambiada-Por-Otro-Sitio' });
      expect(change.status).toBe(403);
      expect(change.body.message).toBe('Solicitud rechazada: falta el encabezado de protección X-PDE-CSRF.');
      expect((await userRow(user.email))[0].passwordHash).toBe(before.passwordHash);
      expect((await client.post('/api/s2/records', { datos: { nombres: 'Intruso' } })).status).toBe(403);
      expect((await client.post('/api/auth/logout')).status).toBe(403);
      expect((await client.get('/api/auth/me')).status).toBe(200);
    });

    it('refuses unsafe administration calls without the header', async () => {
      const admin = await createUser(t, 'ADMIN');
      const client = await withoutCsrf(admin);
      const response = await client.put(`/api/admin/users/${admin.id}`, { nombre: 'Cambiado', rol: 'ADMIN', activo: true });
      expect(response.status).toBe(403);
    });
  });

  it('never writes a password or its hash to the audit log', async () => {
    const entries = await t.get(Db).run((em) => em.getRepository(AuditEntryEntity).find());
    expect(entries.length).toBeGreaterThan(20);
    const text = JSON.stringify(entries);
    expect(text).not.toMatch(/Clave-de-prueba|argon2|Otra-Clave|Mi-Clave-Propia|Mala-Clave|password/i);
  });
});
