import { NestFactory } from '@nestjs/core';
import { AppModule, runMigrations } from '@pde/api/app';
import { AuditVerifier } from '@pde/api/audit';
import { UsersService } from '@pde/api/auth';
import { Db, JsonLogger, PdeConfig, PdeError, type SystemPrincipal } from '@pde/api/core';
import { pendingSchemaChanges, writeMigration } from '@pde/api/database';
import { DemoService } from '@pde/api/demo';
import { EntesService } from '@pde/api/entes';
import { ConsumersService, StaticTokensService } from '@pde/api/interconnection';
import { ImportRejected, S2ImportService, S2LoaderService } from '@pde/api/s2';
import { S3ImportRejected, S3ImportService, S3LoaderService, type S3ImportFormat } from '@pde/api/s3';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `Uso: npm run -s pde -- <comando> [opciones]

  migrate [--check]                 Aplica las migraciones pendientes (--check: falla si hay diferencias
                                    entre entidades y migraciones, sin aplicar nada)
  migrate --generate NOMBRE         Genera una migración con los cambios pendientes (desarrollo)
  user create --email E --role ROL [--name NOMBRE] [--ente CLAVE] [--password P]
                                    ROL: ADMIN, CAPTURISTA, REVISOR, CONSULTA. Sin --password se genera una
                                    y se muestra una sola vez.
  consumer create --name NOMBRE [--role publico|confidencial] [--basis FUNDAMENTO] [--json]
                                    Imprime una sola vez client_id, client_secret, username y password (APIs v1)
                                    y token (API S3 v2).
  consumer list [--json]
  consumer revoke --id N
  consumer token --id N [--expires AAAA-MM-DD] [--json]
                                    Emite otro token S3 v2 (rotación: hasta dos activos por consumidor)
  consumer token-revoke --token N   Revoca un token S3 v2 (vea los ids en el panel o con consumer tokens)
  consumer tokens --id N            Lista los tokens S3 v2 de un consumidor
  import s2 ARCHIVO.json [--dry-run] [--orden ESTATAL] [--ambito EJECUTIVO]
  import s3 ARCHIVO.json [--dry-run] [--ente CLAVE]
                                    Objeto con las cuatro colecciones v2 (como /items con fields=*.*.*.*); conserva ids
  import s3s|s3p ARCHIVO.json [--complemento COMPLEMENTO.json] [--no-clasificados faltas_administrativas_graves|…] [--ente CLAVE] [--dry-run]
                                    Registros v1.1 convertidos a v2 con las reglas de la PDN; lo que v1 no trae
                                    (CURP, autoridades, normatividad…) se completa con el archivo de complemento
  seed [--s2 N] [--s3 N] [--seed S] Carga registros sintéticos publicados (S3: repartidos en las cuatro colecciones)
  demo                              Carga los datos de demostración si la base está vacía
  audit verify                      Verifica la cadena de la bitácora (código de salida 1 si está rota)
`;

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

/** `npm run -s pde -- …`: administration from the command line. Returns the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      check: { type: 'boolean' },
      generate: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      ente: { type: 'string' },
      password: { type: 'string' },
      basis: { type: 'string' },
      json: { type: 'boolean' },
      id: { type: 'string' },
      token: { type: 'string' },
      expires: { type: 'string' },
      'dry-run': { type: 'boolean' },
      orden: { type: 'string' },
      complemento: { type: 'string' },
      'no-clasificados': { type: 'string' },
      ambito: { type: 'string' },
      s2: { type: 'string' },
      s3: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const [command, sub, arg] = positionals;
  if (!command || values['help']) {
    out(HELP);
    return command ? 0 : 2;
  }
  const config = new PdeConfig();
  const logger = new JsonLogger('warn', (line) => process.stderr.write(line));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, logger), { logger });
  const actor: SystemPrincipal = { kind: 'system', name: `cli:${safeUser()}` };
  const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  try {
    if (command === 'migrate') return await migrate(app, str('generate'), values['check'] === true);
    await runMigrations(app);
    switch (`${command} ${sub ?? ''}`.trim()) {
      case 'user create': {
        const ente = str('ente') ? await app.get(EntesService).findByClave(str('ente') as string) : null;
        if (str('ente') && !ente) throw new CliError(`No existe un ente con la clave «${str('ente')}».`);
        const created = await app.get(UsersService).create(
          { email: str('email'), nombre: str('name') ?? str('email'), rol: str('role')?.toUpperCase(), ...(ente ? { enteId: ente.id } : {}), ...(str('role')?.toUpperCase() === 'REVISOR' ? { revisaTodos: true } : {}), ...(str('password') ? { password: str('password') } : {}) },
          actor,
        );
        out(`Usuario creado: ${created.user.email} (${created.user.rol})`);
        if (created.generatedPassword) out(`Contraseña generada (se muestra una sola vez; deberá cambiarse al iniciar sesión): ${created.generatedPassword}`);
        return 0;
      }
      case 'consumer create': {
        const issued = await app.get(ConsumersService).create({ nombre: str('name'), rol: str('role') ?? 'publico', ...(str('basis') ? { fundamento: str('basis') } : {}) }, actor);
        if (values['json']) out(JSON.stringify(issued, null, 2));
        else {
          out(`Consumidor «${issued.name}» creado con rol ${issued.role}. Guarde estas credenciales: no se vuelven a mostrar.`);
          for (const key of ['client_id', 'client_secret', 'username', 'password', 'token'] as const) out(`  ${key}: ${issued[key]}`);
        }
        return 0;
      }
      case 'consumer list': {
        const list = await app.get(ConsumersService).list();
        if (values['json']) out(JSON.stringify(list, null, 2));
        else for (const c of list) out(`${c.id}\t${c.activo ? 'activo' : 'revocado'}\t${c.rol}\t${c.client_id}\t${c.nombre}`);
        return 0;
      }
      case 'consumer revoke': {
        const id = Number(str('id'));
        if (!Number.isInteger(id)) throw new CliError('Indique --id con el número del consumidor (vea «consumer list»).');
        const revoked = await app.get(ConsumersService).revoke(id, actor);
        out(`Consumidor «${revoked.nombre}» revocado: sus tokens dejan de funcionar.`);
        return 0;
      }
      case 'consumer token': {
        const id = Number(str('id'));
        if (!Number.isInteger(id)) throw new CliError('Indique --id con el número del consumidor.');
        const expires = str('expires');
        if (expires && !/^\d{4}-\d{2}-\d{2}$/.test(expires)) throw new CliError('--expires debe tener la forma AAAA-MM-DD.');
        const issued = await app.get(StaticTokensService).issue(id, actor, { expiresAt: expires ? new Date(`${expires}T23:59:59Z`) : undefined });
        if (values['json']) out(JSON.stringify(issued, null, 2));
        else out(`Token S3 v2 emitido (id ${issued.id}); guárdelo, no se vuelve a mostrar:\n  ${issued.token}`);
        return 0;
      }
      case 'consumer tokens': {
        const id = Number(str('id'));
        if (!Number.isInteger(id)) throw new CliError('Indique --id con el número del consumidor.');
        for (const t of await app.get(StaticTokensService).list(id)) out(`${t.id}\t${t.activo ? 'activo' : 'inactivo'}\t${t.prefijo}\t${t.rol}\tcreado ${t.creadoEn}\tvence ${t.expiraEn ?? 'nunca'}`);
        return 0;
      }
      case 'consumer token-revoke': {
        const id = Number(str('token'));
        if (!Number.isInteger(id)) throw new CliError('Indique --token con el id del token.');
        await app.get(StaticTokensService).revoke(id, actor);
        out(`Token ${id} revocado.`);
        return 0;
      }
      case 'import s3':
      case 'import s3s':
      case 'import s3p':
        return await importS3(app, sub as S3ImportFormat, arg, actor, {
          dryRun: values['dry-run'] === true,
          ownerClave: str('ente'),
          complementFile: str('complemento'),
          unclassifiedAs: str('no-clasificados'),
        });
      case 'import s2':
        return await importS2(app, arg, actor, { dryRun: values['dry-run'] === true, ordenGobierno: str('orden'), ambitoPublico: str('ambito') });
      case 'seed': {
        const counts = { s2: str('s2') === undefined ? 0 : Number(str('s2')), s3: str('s3') === undefined ? 0 : Number(str('s3')) };
        if (!Number.isInteger(counts.s2) || !Number.isInteger(counts.s3) || counts.s2 < 0 || counts.s3 < 0 || counts.s2 + counts.s3 === 0) {
          throw new CliError('Indique cuántos registros: seed --s2 N y/o --s3 N');
        }
        const seed = str('seed') ? Number(str('seed')) : undefined;
        const progress = (label: string) => (done: number, total: number) => {
          if (done % 50_000 === 0 || done === total) err(`  ${done.toLocaleString('es-MX')} / ${total.toLocaleString('es-MX')} registros ${label}`);
        };
        const started = Date.now();
        if (counts.s2) await app.get(S2LoaderService).loadSynthetic(counts.s2, { seed, onProgress: progress('S2') });
        if (counts.s3) await app.get(S3LoaderService).loadSynthetic(counts.s3, { seed, onProgress: progress('S3') });
        out(`Registros sintéticos cargados (S2: ${counts.s2.toLocaleString('es-MX')}, S3: ${counts.s3.toLocaleString('es-MX')}) en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        return 0;
      }
      case 'demo':
        out((await app.get(DemoService).seedIfEmpty()) ? 'Datos de demostración cargados.' : 'No se cargaron datos de demostración: la base no está vacía o la demostración está desactivada.');
        return 0;
      case 'audit verify': {
        const result = await app.get(AuditVerifier).verify();
        if (result.ok) {
          out(`Bitácora íntegra: ${result.entries} entradas. Hash final: ${result.headHash}`);
          return 0;
        }
        err(`La bitácora fue alterada (${result.problems.length} problema(s)):`);
        for (const p of result.problems) err(`  - ${p}`);
        return 1;
      }
      default:
        err(`Comando desconocido: ${positionals.join(' ')}\n`);
        err(HELP);
        return 2;
    }
  } catch (error) {
    if (error instanceof CliError) err(error.message);
    else if (error instanceof PdeError) {
      err(error.message);
      for (const e of error.errors ?? []) err(`  - ${e.path || '(registro)'}: ${e.message}`);
    } else throw error;
    return 1;
  } finally {
    await app.close();
  }
}

class CliError extends Error {}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'desconocido';
  }
}

async function migrate(app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>, generate: string | undefined, check: boolean): Promise<number> {
  const db = app.get(Db);
  if (check || generate) {
    // Compare against a database with every migration applied: the caller points DATABASE_URL at a scratch database.
    await runMigrations(app);
    const changes = await pendingSchemaChanges(db.dataSource);
    if (generate) {
      if (changes.up.length === 0) {
        out('No hay cambios pendientes: las migraciones ya reflejan las entidades.');
        return 0;
      }
      const dir = join(process.cwd(), 'libs/api/database/src/migrations', db.dialect);
      out(`Migración generada: ${join(dir, writeMigration(dir, db.dialect, generate, changes))} (revísela antes de confirmarla)`);
      return 0;
    }
    if (changes.up.length) {
      err(`Las entidades y las migraciones de ${db.dialect} no coinciden. Falta:`);
      for (const q of changes.up) err(`  ${q}`);
      err('Genere una migración: npm run -s pde -- migrate --generate <Nombre>');
      return 1;
    }
    out(`Sin diferencias entre entidades y migraciones (${db.dialect}).`);
    return 0;
  }
  const applied = await runMigrations(app);
  out(applied.length ? `Migraciones aplicadas: ${applied.join(', ')}` : 'La base de datos ya estaba al día.');
  return 0;
}

async function importS2(app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>, file: string | undefined, actor: SystemPrincipal, options: { dryRun: boolean; ordenGobierno?: string; ambitoPublico?: string }): Promise<number> {
  if (!file) throw new CliError('Indique el archivo: import s2 ARCHIVO.json');
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`No se pudo leer ${file} como JSON: ${(error as Error).message}`);
  }
  try {
    const summary = await app.get(S2ImportService).import(content, actor, options);
    for (const w of summary.warnings) err(`Advertencia: registro ${w.index}, ${w.path || '(registro)'}: ${w.message}`);
    if (options.dryRun) out(`Validación correcta: ${summary.records} registros listos para importar (no se escribió nada).`);
    else {
      out(`${summary.records} registros S2 importados como PUBLICADO.`);
      if (summary.entesCreated.length) out(`Entes públicos creados: ${summary.entesCreated.join('; ')}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    for (const issue of error.issues) err(`registro ${issue.index < 0 ? '-' : issue.index}, ${issue.path || '(registro)'}: ${issue.message}`);
    err(error.message);
    return 1;
  }
}

async function importS3(
  app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>,
  format: S3ImportFormat,
  file: string | undefined,
  actor: SystemPrincipal,
  options: { dryRun: boolean; ownerClave?: string; complementFile?: string; unclassifiedAs?: string },
): Promise<number> {
  if (!file) throw new CliError(`Indique el archivo: import ${format} ARCHIVO.json`);
  const read = (path: string) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (error) {
      throw new CliError(`No se pudo leer ${path} como JSON: ${(error as Error).message}`);
    }
  };
  const content = read(file);
  const complement = options.complementFile ? (read(options.complementFile) as never) : undefined;
  if (options.unclassifiedAs && !['faltas_administrativas_graves', 'faltas_administrativas_no_graves'].includes(options.unclassifiedAs)) {
    throw new CliError('--no-clasificados debe ser faltas_administrativas_graves o faltas_administrativas_no_graves.');
  }
  try {
    const summary = await app.get(S3ImportService).import(format, content, actor, {
      dryRun: options.dryRun,
      ownerClave: options.ownerClave,
      complement,
      unclassifiedAs: options.unclassifiedAs as 'faltas_administrativas_graves' | undefined,
    });
    for (const w of summary.warnings) err(`Advertencia: registro ${w.where}${w.path ? `, ${w.path}` : ''}: ${w.message}`);
    const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
    const detail = Object.entries(summary.counts).filter(([, n]) => n > 0).map(([c, n]) => `${c}: ${n}`).join('; ');
    out(options.dryRun ? `Validación correcta: ${total} registros listos para importar (${detail}); no se escribió nada.` : `${total} registros S3 importados como PUBLICADO (${detail}).`);
    if (summary.entesCreated.length) out(`Entes públicos creados: ${summary.entesCreated.join('; ')}`);
    return 0;
  } catch (error) {
    if (!(error instanceof S3ImportRejected)) throw error;
    for (const issue of error.issues) err(`registro ${issue.where}${issue.path ? `, ${issue.path}` : ''}: ${issue.message}`);
    err(error.message);
    return 1;
  }
}
