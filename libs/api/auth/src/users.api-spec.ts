import { AuditEntryEntity } from '@pde/api/audit';
import { Db, PdeConfig, ValidationError } from '@pde/api/core';
import { createEnte, createUser, signedIn, startTestApp, TEST_ACTOR, type HttpClient, type TestApp, type TestUser } from '@pde/api/testing';
import { API_ERROR_CODES, type ApiErrorBody, type UserView } from '@pde/shared/contracts';
import { UsersService } from './users.service';

const BASE = new Date('2031-08-10T17:00:00.000Z');
const minutes = (n: number) => new Date(BASE.getTime() + n * 60_000);

let emailCounter = 0;
/** Factory: the body of a new user; each test overrides what it is about. */
function userBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  emailCounter++;
  return { email: `persona${emailCounter}-${Date.now()}@pruebas.gob.mx`, nombre: `Persona ${emailCounter}`, rol: 'CONSULTA', ...overrides };
}

describe('User administration (/api/admin/users)', () => {
  let t: TestApp;
  let adminUser: TestUser;
  let admin: HttpClient;
  let enteA: number;
  let enteB: number;
  /** Every password seen by a test: none may ever appear in a response about users or in the audit log. */
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    enteA = (await createEnte(t)).id;
    enteB = (await createEnte(t)).id;
    adminUser = await createUser(t, 'ADMIN');
    admin = await signedIn(t, adminUser);
  });
  afterEach(() => t.setNow(null));
  afterAll(() => t.close());

  const create = (body: Record<string, unknown>) => admin.post<{ usuario: UserView; contrasenaGenerada?: string } & ApiErrorBody>('/api/admin/users', body);
  const get = (id: number) => admin.get<UserView>(`/api/admin/users/${id}`);
  const countUsers = async () => Number((await t.get(Db).query<{ n: number }>('SELECT COUNT(*) AS n FROM users'))[0].n);
  const login = (email: string, password: string) => t.panel().post<ApiErrorBody & { usuario: { debeCambiarContrasena: boolean } }>('/api/auth/login', { email, password });
  const auditOf = (userId: number) =>
    t.get(Db).run((em) => em.getRepository(AuditEntryEntity).find({ where: { entityType: 'usuario', entityId: String(userId) }, order: { id: 'ASC' } }));

  it('creates a user with a generated password that is shown once and never again', async () => {
    const body = userBody({ email: `Mayusculas${Date.now()}@Pruebas.GOB.mx`, rol: 'CAPTURISTA', enteId: enteA });
    const response = await create(body);
    expect(response.status).toBe(201);
    const { usuario, contrasenaGenerada } = response.body;
    expect(contrasenaGenerada).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    secrets.push(contrasenaGenerada as string);
    expect(usuario).toEqual({
      id: expect.any(Number),
      email: String(body['email']).toLowerCase(),
      nombre: body['nombre'],
      rol: 'CAPTURISTA',
      enteId: enteA,
      revisaTodos: false,
      entesRevision: [],
      activo: true,
      debeCambiarContrasena: true,
      bloqueadoHasta: null,
      ultimoAcceso: null,
    });
    for (const read of [await get(usuario.id), await admin.get('/api/admin/users')]) {
      expect(read.status).toBe(200);
      expect(read.text).not.toContain(contrasenaGenerada);
      expect(read.text).not.toMatch(/passwordHash|argon2|contrasenaGenerada/);
    }
    const signIn = await login(usuario.email, contrasenaGenerada as string);
    expect(signIn.status).toBe(200);
    expect(signIn.body.usuario.debeCambiarContrasena).toBe(true);
  });

  it('creates a user with the password given, without echoing it', async () => {
    const password = 'Clave-Inicial-Elegida-2031';
    secrets.push(password);
    const response = await create(userBody({ rol: 'REVISOR', entesRevision: [enteA, enteB], password }));
    expect(response.status).toBe(201);
    expect(response.text).not.toContain(password);
    expect(response.body).not.toHaveProperty('contrasenaGenerada');
    expect(response.body.usuario).toMatchObject({ rol: 'REVISOR', revisaTodos: false, entesRevision: [enteA, enteB], enteId: null });
    expect((await login(response.body.usuario.email, password)).status).toBe(200);
  });

  it.each([
    ['a CAPTURISTA without ente', { rol: 'CAPTURISTA' }, ['enteId']],
    ['a REVISOR without entes and without revisaTodos', { rol: 'REVISOR' }, ['entesRevision']],
    ['a REVISOR with an empty list', { rol: 'REVISOR', entesRevision: [], revisaTodos: false }, ['entesRevision']],
    ['an ADMIN tied to an ente', { rol: 'ADMIN', enteId: 1 }, ['enteId']],
    ['an ente that does not exist', { rol: 'CAPTURISTA', enteId: 999_999 }, ['enteId']],
    ['a malformed email', { email: 'sin-arroba.gob.mx' }, ['email']],
    ['an unknown role', { rol: 'SUPERUSUARIO' }, ['rol']],
    ['a weak password', { password: 'corta' }, ['password']],
    ['an unknown field', { esAdmin: true }, ['esAdmin']],
    ['missing name and role', { nombre: undefined, rol: undefined }, ['nombre', 'rol']],
  ])('rejects %s with 422 on the field, writing nothing', async (_, overrides, paths) => {
    const before = await countUsers();
    const response = await create(userBody(overrides));
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, code: API_ERROR_CODES.VALIDATION, message: expect.stringMatching(/campos/) });
    expect(response.body.errors?.map((e) => e.path).sort()).toEqual(paths);
    expect(response.body.errors?.every((e) => /[áéíóúñ]|[a-z]{3}/i.test(e.message))).toBe(true);
    expect(await countUsers()).toBe(before);
  });

  it('rejects a duplicate email (whatever its case) with 409', async () => {
    const first = await create(userBody());
    expect(first.status).toBe(201);
    const before = await countUsers();
    const duplicate = await create(userBody({ email: first.body.usuario.email.toUpperCase() }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: API_ERROR_CODES.CONFLICT, message: `Ya existe un usuario con el correo ${first.body.usuario.email}.` });
    expect(await countUsers()).toBe(before);
  });

  it('answers 404 in Spanish for a user that does not exist, and 400 for an id that is not a number', async () => {
    const missing = await admin.get<ApiErrorBody>('/api/admin/users/999999');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: API_ERROR_CODES.NOT_FOUND, message: 'El usuario no existe.' });
    expect((await admin.put('/api/admin/users/999999', { nombre: 'X', rol: 'CONSULTA', activo: true })).status).toBe(404);
    expect((await admin.get('/api/admin/users/abc')).status).toBe(400);
  });

  it('modifies role and scope, with a field-level diff in the audit log', async () => {
    const created = (await create(userBody({ rol: 'CAPTURISTA', enteId: enteA, password: 'Clave-Para-Modificar-2031' }))).body.usuario;
    secrets.push('Clave-Para-Modificar-2031');
    const invalid = await admin.put<ApiErrorBody>(`/api/admin/users/${created.id}`, { nombre: created.nombre, rol: 'REVISOR', activo: true });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors?.map((e) => e.path)).toEqual(['entesRevision']);
    const response = await admin.put<UserView>(`/api/admin/users/${created.id}`, { nombre: created.nombre, rol: 'REVISOR', entesRevision: [enteB], activo: true });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ rol: 'REVISOR', enteId: null, entesRevision: [enteB] });
    const change = (await auditOf(created.id)).find((e) => e.action === 'usuario.modificar');
    expect(change).toMatchObject({ actorLabel: adminUser.email, actorType: 'user', ip: expect.stringMatching(/127\.0\.0\.1/) });
    expect(JSON.parse(change?.details ?? '{}').cambios).toEqual(
      expect.arrayContaining([
        { path: 'rol', before: 'CAPTURISTA', after: 'REVISOR' },
        { path: 'enteId', before: enteA },
        { path: 'entesRevision[0]', after: enteB },
      ]),
    );
  });

  it('shows a lockout only while it lasts (by the application clock)', async () => {
    const user = await createUser(t, 'CONSULTA');
    const maxFailures = t.get(PdeConfig).maxFailedLogins;
    t.setNow(BASE);
    const adminNow = await signedIn(t, adminUser);
    for (let i = 0; i < maxFailures; i++) await login(user.email, 'Mala-Clave');
    const locked = await adminNow.get<UserView>(`/api/admin/users/${user.id}`);
    expect(locked.body.bloqueadoHasta).toBe(minutes(t.get(PdeConfig).lockoutMinutes).toISOString());
    t.setNow(minutes(t.get(PdeConfig).lockoutMinutes + 1));
    expect((await adminNow.get<UserView>(`/api/admin/users/${user.id}`)).body.bloqueadoHasta).toBeNull();
    expect((await adminNow.get<UserView[]>('/api/admin/users')).body.find((u) => u.id === user.id)?.bloqueadoHasta).toBeNull();
  });

  it('resetting a password unlocks the account, ends its sessions and forces a change', async () => {
    const user = await createUser(t, 'CAPTURISTA', { enteId: enteA });
    secrets.push(user.password);
    const session = await signedIn(t, user);
    const maxFailures = t.get(PdeConfig).maxFailedLogins;
    for (let i = 0; i < maxFailures; i++) await login(user.email, 'Mala-Clave');
    expect((await login(user.email, user.password)).status).toBe(423);
    expect((await get(user.id)).body.bloqueadoHasta).not.toBeNull();

    const reset = await admin.post<{ contrasenaGenerada: string }>(`/api/admin/users/${user.id}/reset-password`);
    expect(reset.status).toBe(201);
    const generated = reset.body.contrasenaGenerada;
    expect(generated).toMatch(/^[A-Za-z2-9]{20}$/);
    secrets.push(generated);
    expect((await get(user.id)).body).toMatchObject({ bloqueadoHasta: null, debeCambiarContrasena: true });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await login(user.email, user.password)).status).toBe(401);
    const signIn = await login(user.email, generated);
    expect(signIn.status).toBe(200);
    expect(signIn.body.usuario.debeCambiarContrasena).toBe(true);
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(expect.arrayContaining(['usuario.bloqueo', 'usuario.restablecer_contrasena']));
  });

  it('audit entries about users never contain a password', async () => {
    const entries = await t.get(Db).run((em) => em.getRepository(AuditEntryEntity).find());
    const text = JSON.stringify(entries);
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/argon2|passwordHash|contrasenaGenerada|"password"/);
  });

  describe('at least one active administrator remains', () => {
    it('an administrator cannot demote or deactivate themselves', async () => {
      for (const body of [{ nombre: 'Admin', rol: 'CONSULTA', activo: true }, { nombre: 'Admin', rol: 'ADMIN', activo: false }]) {
        const response = await admin.put<ApiErrorBody>(`/api/admin/users/${adminUser.id}`, body);
        expect(response.status).toBe(422);
        expect(response.body.errors?.map((e) => e.path)).toEqual(['rol']);
      }
      expect((await get(adminUser.id)).body).toMatchObject({ rol: 'ADMIN', activo: true });
    });

    it('the last active administrator cannot be demoted or deactivated by anyone', async () => {
      const password = 'Clave-Segunda-Admin-2031';
      secrets.push(password);
      const second = (await create(userBody({ rol: 'ADMIN', password }))).body.usuario;
      const secondClient = await signedIn(t, { id: second.id, email: second.email, password, role: 'ADMIN' });
      // With two administrators, one may demote the other…
      const demote = await secondClient.put(`/api/admin/users/${adminUser.id}`, { nombre: 'Ex administración', rol: 'CONSULTA', activo: true });
      expect(demote.status).toBe(200);
      // …but the remaining one cannot be removed, not even from the CLI or startup tasks.
      const users = t.get(UsersService);
      for (const body of [{ nombre: 'Admin', rol: 'CONSULTA', activo: true }, { nombre: 'Admin', rol: 'ADMIN', activo: false }]) {
        const error = await users.update(second.id, body, TEST_ACTOR).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).errors).toEqual([{ path: 'rol', message: 'Debe quedar al menos una persona con rol de administración activa.' }]);
      }
      expect((await secondClient.get<UserView>(`/api/admin/users/${second.id}`)).body).toMatchObject({ rol: 'ADMIN', activo: true });
    });
  });
});
