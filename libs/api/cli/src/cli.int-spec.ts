import { AuditService } from '@pde/api/audit';
import { Db } from '@pde/api/core';
import type { EnteEntity } from '@pde/api/entes';
import type { IssuedCredentials } from '@pde/api/interconnection';
import { accessToken, createEnte, startTestApp, TEST_ACTOR, type TestApp } from '@pde/api/testing';
import { runCli } from './cli';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run -s pde -- …` against the test database: exit code and what it printed. */
describe('CLI (runCli)', () => {
  let t: TestApp;
  let ente: EnteEntity;
  const savedUrl = process.env['DATABASE_URL'];

  beforeAll(async () => {
    t = await startTestApp();
    ente = await createEnte(t, { clave: `CLI-${Date.now()}` });
    process.env['DATABASE_URL'] = t.database.url;
  });
  afterAll(async () => {
    if (savedUrl === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = savedUrl;
    await t.close();
  });

  async function cli(...argv: string[]): Promise<CliRun> {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    try {
      const code = await runCli(argv);
      return { code, stdout: stdout.join(''), stderr: stderr.join('') };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  }

  let emailCounter = 0;
  const email = () => `cli${++emailCounter}-${Date.now()}@pruebas.gob.mx`;
  const login = (address: string, password: string) => t.panel().post<{ usuario: { rol: string; enteId: number | null; entesRevision: unknown; debeCambiarContrasena: boolean } }>('/api/auth/login', { email: address, password });

  describe('user create', () => {
    it('with --password: creates the user, prints no password, and it can sign in without a forced change', async () => {
      const address = email();
      const password = 'Clave-Desde-La-Terminal-2031';
      const run = await cli('user', 'create', '--email', address, '--role', 'capturista', '--ente', ente.clave, '--name', 'Persona de la Terminal', '--password', password);
      expect(run).toEqual({ code: 0, stdout: `Usuario creado: ${address} (CAPTURISTA)\n`, stderr: '' });
      const signIn = await login(address, password);
      expect(signIn.status).toBe(200);
      expect(signIn.body.usuario).toMatchObject({ rol: 'CAPTURISTA', enteId: ente.id, debeCambiarContrasena: false });
    });

    it('without --password: prints a generated password once, which must be changed at sign-in', async () => {
      const address = email();
      const run = await cli('user', 'create', '--email', address, '--role', 'ADMIN');
      expect(run.code).toBe(0);
      const match = /^Usuario creado: (\S+) \(ADMIN\)\nContraseña generada \(se muestra una sola vez; deberá cambiarse al iniciar sesión\): (\S{20})\n$/.exec(run.stdout);
      expect(match?.[1]).toBe(address);
      const signIn = await login(address, match?.[2] as string);
      expect(signIn.status).toBe(200);
      expect(signIn.body.usuario.debeCambiarContrasena).toBe(true);
      const audit = await t.get(Db).query<{ actorLabel: string; details: string }>("SELECT actorLabel, details FROM audit_log WHERE action = 'usuario.crear' AND details LIKE ?", [`%${address}%`]);
      expect(audit).toHaveLength(1);
      expect(audit[0].actorLabel).toMatch(/^cli:/);
      expect(audit[0].details).not.toContain(match?.[2]);
    });

    it('a REVISOR created from the CLI reviews every ente', async () => {
      const address = email();
      const password = 'Clave-Revisora-Terminal-2031';
      expect((await cli('user', 'create', '--email', address, '--role', 'revisor', '--password', password)).code).toBe(0);
      expect((await login(address, password)).body.usuario.entesRevision).toBe('all');
    });

    it.each([
      [['--role', 'CAPTURISTA'], 'enteId: Una persona capturista debe tener asignado el ente para el que captura.'],
      [['--role', 'CAPTURISTA', '--ente', 'NO-EXISTE'], 'No existe un ente con la clave «NO-EXISTE».'],
      [['--role', 'JEFE'], 'rol: El valor «JEFE» no está en el catálogo de roles de usuario.'],
      [['--role', 'CONSULTA', '--password', 'corta'], 'password: La contraseña debe tener al menos 12 caracteres.'],
    ])('fails with exit code 1 and a Spanish message: %j', async (args, message) => {
      const address = email();
      const run = await cli('user', 'create', '--email', address, ...args);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
      expect(await t.get(Db).query('SELECT id FROM users WHERE email = ?', [address])).toEqual([]);
    });

    it('refuses a duplicate email', async () => {
      const address = email();
      expect((await cli('user', 'create', '--email', address, '--role', 'CONSULTA')).code).toBe(0);
      const again = await cli('user', 'create', '--email', address.toUpperCase(), '--role', 'CONSULTA');
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`Ya existe un usuario con el correo ${address}.`);
    });
  });

  describe('consumer create', () => {
    it('--json prints the credentials once, in the shape the PDN expects, and they work', async () => {
      const run = await cli('consumer', 'create', '--name', 'PDN Pruebas', '--json');
      expect(run.code).toBe(0);
      const issued = JSON.parse(run.stdout) as IssuedCredentials;
      // The PDN v1 credentials (SPEC §1.1.1); other systems may add their own fields.
      expect(issued).toMatchObject({
        id: expect.any(Number),
        name: 'PDN Pruebas',
        role: 'publico',
        client_id: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
        client_secret: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
        username: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
        password: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
      });
      expect(await accessToken(t, issued)).toMatch(/^eyJ/);
    });

    it('without --json prints the four credentials by name', async () => {
      const run = await cli('consumer', 'create', '--name', 'Autoridad', '--role', 'confidencial', '--basis', 'Oficio 123/2031');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Consumidor «Autoridad» creado con rol confidencial\./);
      for (const key of ['client_id', 'client_secret', 'username', 'password']) expect(run.stdout).toMatch(new RegExp(`\\n  ${key}: \\S+`));
    });

    it('the confidencial role requires the legal basis', async () => {
      const run = await cli('consumer', 'create', '--name', 'Sin fundamento', '--role', 'confidencial', '--json');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('fundamento: El rol confidencial requiere el fundamento legal de la autorización.');
    });
  });

  describe('audit verify', () => {
    it('exits 0 on an intact chain and 1, listing the problems, on a broken one', async () => {
      for (let i = 0; i < 3; i++) await t.get(AuditService).record({ action: 'prueba.cli', entityType: 'prueba', entityId: i, actor: TEST_ACTOR, details: { i } });
      const intact = await cli('audit', 'verify');
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(/^Bitácora íntegra: \d+ entradas\. Hash final: [0-9a-f]{64}\n$/);

      const [row] = await t.get(Db).query<{ id: number; details: string }>("SELECT id, details FROM audit_log WHERE action = 'prueba.cli' ORDER BY id LIMIT 1");
      await t.get(Db).query('UPDATE audit_log SET details = ? WHERE id = ?', ['{"i":99}', row.id]);
      const broken = await cli('audit', 'verify');
      expect(broken.code).toBe(1);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toContain('La bitácora fue alterada (1 problema(s)):');
      expect(broken.stderr).toContain(`  - El contenido de la entrada ${row.id} fue modificado.`);

      await t.get(Db).query('UPDATE audit_log SET details = ? WHERE id = ?', [row.details, row.id]);
      expect((await cli('audit', 'verify')).code).toBe(0);
    });
  });

  it('answers 2 with the usage for no command or an unknown one', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Uso: npm run -s pde -- <comando> [opciones]');
    const unknown = await cli('borrar', 'todo');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Comando desconocido: borrar todo');
  });
});
