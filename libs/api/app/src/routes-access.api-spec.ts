import { RouteInventory, type RouteInfo } from '@pde/api/core';
import { createConsumer, createEnte, createUser, signedIn, startTestApp, type TestApp } from '@pde/api/testing';
import { API_ERROR_CODES, USER_ROLES, type ApiErrorBody, type UserRole } from '@pde/shared/contracts';
import type { HttpClient } from '@pde/api/testing';

/**
 * Every route declares who may call it (issue «foundation»): enumerated from the running app, so
 * a new route without a declaration, or with a declaration the guard does not enforce, fails here.
 */
describe('Access declarations of every route', () => {
  let t: TestApp;
  let routes: readonly RouteInfo[];
  const clients = {} as Record<UserRole, HttpClient>;
  /** Real resources, for the routes whose path names one. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    routes = t.get(RouteInventory).routes();
    const ente = await createEnte(t);
    for (const role of USER_ROLES) {
      clients[role] = await signedIn(t, await createUser(t, role, role === 'CAPTURISTA' || role === 'CONSULTA' ? { enteId: ente.id } : {}));
    }
    const record = await clients.CAPTURISTA.post<{ id: string }>('/api/s2/records', { datos: { nombres: 'Registro de prueba' } });
    ids['/api/s2/records'] = record.body.id;
    ids['/api/entes'] = String(ente.id);
    ids['/api/admin/users'] = String((await createUser(t, 'CONSULTA')).id);
    ids['/api/admin/consumers'] = String((await createConsumer(t)).id);
  });
  afterAll(() => t.close());

  /** A concrete URL for a route: path parameters replaced by a dummy value that names nothing. */
  const urlOf = (route: RouteInfo) => route.path.replace(/:[A-Za-z_]\w*/g, '999999');
  const label = (route: RouteInfo) => `${route.method} ${route.path}`;
  const panelRoutes = () => routes.filter((r) => r.access?.kind === 'panel');

  it('finds the routes of every module (the inventory is not empty or partial)', () => {
    const paths = routes.map(label);
    for (const expected of [
      'POST /api/auth/login',
      'GET /api/admin/users',
      'POST /api/admin/consumers',
      'GET /api/entes',
      'POST /api/s2/records/:id/approve',
      'GET /api/panel/summary',
      'GET /api/audit',
      'POST /v1/spic',
      'POST /oauth/token',
      'GET /health',
    ]) {
      expect(paths).toContain(expected);
    }
  });

  it('every route declares who may call it', () => {
    const undeclared = routes.filter((r) => !r.access).map((r) => `${label(r)} (${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('public routes say why they are public; panel routes name only known roles', () => {
    for (const route of routes) {
      if (route.access?.kind === 'public') expect({ route: label(route), reason: route.access.reason.trim().length > 20 }).toEqual({ route: label(route), reason: true });
      if (route.access?.kind === 'panel') for (const role of route.access.roles) expect(USER_ROLES).toContain(role);
    }
  });

  it('the only public routes are sign-in, the health probes and the read-only portal', () => {
    expect(routes.filter((r) => r.access?.kind === 'public' || r.access?.kind === 'oauth-client').map(label).sort()).toEqual(
      [
        'GET /health',
        'GET /health/live',
        'POST /api/auth/login',
        'POST /oauth',
        'POST /oauth/token',
        'GET /api/portal/resumen',
        'GET /api/portal/s2',
        'GET /api/portal/s2/instituciones',
        'GET /api/portal/s2/:id',
        'GET /api/portal/s3/:coleccion',
        'GET /api/portal/s3/:coleccion/:id',
      ].sort(),
    );
  });

  it('every panel route rejects an anonymous call with 401 in the panel error shape', async () => {
    const failures: string[] = [];
    for (const route of panelRoutes()) {
      const response = await t.panel().request(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
      const body = response.body as { status?: number; code?: string; requestId?: string };
      if (response.status !== 401 || body.code !== API_ERROR_CODES.UNAUTHENTICATED || !body.requestId) failures.push(`${label(route)} → ${response.status} ${response.text}`);
    }
    expect(failures).toEqual([]);
  });

  it('every PDN data route rejects a call without a token with 401', async () => {
    const pdn = routes.filter((r) => r.access?.kind === 'pdn-oauth' || r.access?.kind === 'pdn-token');
    expect(pdn.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const route of pdn) {
      const response = await t.anonymous().request(route.method, urlOf(route), route.method === 'GET' ? undefined : '{}', { 'content-type': 'application/json' });
      if (response.status !== 401) failures.push(`${label(route)} → ${response.status} ${response.text}`);
    }
    expect(failures).toEqual([]);
  });

  it('every route limited to roles rejects a signed-in person of any other role with 403', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const route of panelRoutes()) {
      const access = route.access as Extract<RouteInfo['access'], { kind: 'panel' }>;
      if (access.roles.length === 0) continue;
      for (const role of USER_ROLES.filter((r) => !access.roles.includes(r))) {
        const response = await clients[role].request(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
        const body = response.body as { code?: string };
        checked++;
        if (response.status !== 403 || body.code !== API_ERROR_CODES.FORBIDDEN) failures.push(`${label(route)} as ${role} → ${response.status} ${response.text}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });

  it('ADMIN-only routes (users, entes, consumers, audit) are not callable by the other roles', async () => {
    const adminOnly = panelRoutes().filter((r) => {
      const roles = (r.access as Extract<RouteInfo['access'], { kind: 'panel' }>).roles;
      return roles.length === 1 && roles[0] === 'ADMIN';
    });
    expect(adminOnly.map(label)).toEqual(
      expect.arrayContaining(['GET /api/admin/users', 'POST /api/admin/users', 'PUT /api/admin/users/:id', 'POST /api/admin/users/:id/reset-password', 'POST /api/entes', 'PUT /api/entes/:id', 'GET /api/admin/consumers', 'POST /api/admin/consumers', 'GET /api/audit']),
    );
    for (const route of adminOnly) {
      for (const role of ['CAPTURISTA', 'REVISOR', 'CONSULTA'] as const) {
        const response = await clients[role].request(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
        expect({ route: label(route), role, status: response.status }).toEqual({ route: label(route), role, status: 403 });
      }
      // …while the administrator passes the guard (whatever the dummy id then answers).
      const response = await clients.ADMIN.request(route.method, urlOf(route), route.method === 'GET' ? undefined : {});
      expect({ route: label(route), status: response.status === 401 || response.status === 403 }).toEqual({ route: label(route), status: false });
    }
  });

  it('no panel route answers a malformed body with a 5xx: always a 4xx (or success) in the panel error shape', async () => {
    const bodies = ['null', '[]', '"texto"', '123', 'true', '{}', '{"x":{"y":{"z":[1,{"w":null}]}}}', '{"datos":1e400,"version":-1e308}', '{"datos":{"nombres":{"a":1}},"version":"1"}', `{"nombre":"${'x'.repeat(5000)}"}`];
    const failures: string[] = [];
    const unsafe = panelRoutes().filter((r) => r.method !== 'GET' && r.path !== '/api/auth/logout');
    expect(unsafe.length).toBeGreaterThan(10);
    for (const route of unsafe) {
      const roles = (route.access as Extract<RouteInfo['access'], { kind: 'panel' }>).roles;
      const client = clients[roles.length === 0 || roles.includes('ADMIN') ? 'ADMIN' : roles[0]];
      const prefix = Object.keys(ids).find((p) => route.path.startsWith(`${p}/:`));
      const url = route.path.replace(/:[A-Za-z_]\w*/g, prefix ? ids[prefix] : '999999');
      for (const body of bodies) {
        const response = await client.request(route.method, url, body, { 'content-type': 'application/json' });
        const error = response.body as Partial<ApiErrorBody>;
        const shaped = response.status < 400 || (error.status === response.status && typeof error.code === 'string' && typeof error.message === 'string' && typeof error.requestId === 'string');
        if (response.status >= 500 || !shaped) failures.push(`${label(route)} ${body.slice(0, 40)} → ${response.status} ${response.text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers unknown panel paths with 404 and known paths called with another method with 405, in the panel shape', async () => {
    const unknown = await clients.ADMIN.get<ApiErrorBody>('/api/no-existe');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ status: 404, code: API_ERROR_CODES.NOT_FOUND, message: 'La dirección solicitada no existe.' });
    expect(unknown.headers.get('x-request-id')).toBe(unknown.body.requestId);
    const wrongMethod = await clients.ADMIN.request<ApiErrorBody>('DELETE', '/api/entes');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, POST');
    expect(wrongMethod.body).toMatchObject({ status: 405, code: 'METODO_NO_PERMITIDO' });
  });

  it('routes open to every role let each signed-in role through the guard', async () => {
    const open = panelRoutes().filter((r) => (r.access as Extract<RouteInfo['access'], { kind: 'panel' }>).roles.length === 0 && r.method === 'GET');
    expect(open.length).toBeGreaterThan(3);
    for (const route of open) {
      for (const role of USER_ROLES) {
        const response = await clients[role].get(urlOf(route));
        expect({ route: label(route), role, passed: response.status !== 401 && response.status !== 403 }).toEqual({ route: label(route), role, passed: true });
      }
    }
  });
});
