import { createEnte, createUser, signedIn, startTestApp, type TestApp } from '@pde/api/testing';

describe('lockout beyond the sign-in form', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ PDE_INTENTOS_FALLIDOS_MAX: '3' });
  });
  afterAll(() => t.close());

  it('locks the account and ends its sessions after repeated wrong current passwords', async () => {
    const ente = await createEnte(t);
    const user = await createUser(t, 'CAPTURISTA', { enteId: ente.id });
    const client = await signedIn(t, user);
    const attempt = () => client.post('/api/auth/password', { actual: 'no-es-la-contrasena', nueva: 'Otra-clave-muy-segura-2026' });
    expect((await attempt()).status).toBe(422);
    expect((await attempt()).status).toBe(422);
    const third = await attempt();
    expect(third.status).toBe(423);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const again = await t.panel().post('/api/auth/login', { email: user.email, password: user.password });
    expect(again.status).toBe(423);
  });

  it('answers 423 for an email without account after the same number of failures, so locks reveal nothing', async () => {
    const client = t.panel();
    const attempt = () => client.post<{ code: string }>('/api/auth/login', { email: 'nadie-con-esta-cuenta@pruebas.gob.mx', password: 'cualquier-cosa-larga' });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const third = await attempt();
    expect(third.status).toBe(423);
    expect(third.body.code).toBe('CUENTA_BLOQUEADA');
  });
});
