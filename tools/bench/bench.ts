import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule, runMigrations } from '@pde/api/app';
import { Db, JsonLogger, PdeConfig } from '@pde/api/core';
import { ConsumersService } from '@pde/api/interconnection';
import { S2LoaderService, S2SearchService, parseSpicRequest } from '@pde/api/s2';
import { GIVEN_NAMES_F, GIVEN_NAMES_M, Random, SURNAMES } from '@pde/api/synthetic';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { entePart, harvestV1, tokenFor, typed, v1Search } from './pdn-client';
import { benchS3, ensureS3, printS3 } from './s3-bench';
import { benchS3V1, printS3V1 } from './s3-v1-bench';
import { figures, measure, ms, type Figures } from './stats';

/**
 * Benchmark of the PDN S2 patterns (issue «foundation» §11): token issuance, the S2 aggregator's
 * summary (`pageSize: 1` with name and procedure filters), a search page of 10, the bulk harvest
 * (pageSize 200, 5 concurrent, a new token per page) and the raw SQL time of the same queries.
 */
const RECORDS = Number(process.env['PDE_BENCH_RECORDS'] ?? 1_000_000);
const PORT = Number(process.env['PDE_BENCH_PORT'] ?? 3999);
const QUERIES = Number(process.env['PDE_BENCH_QUERIES'] ?? 400);
const root = resolve(__dirname, '../..');

async function databaseUrl(): Promise<string> {
  const server = process.env['PDE_BENCH_MYSQL_URL'];
  if (!server) {
    mkdirSync(join(root, 'data'), { recursive: true });
    return `sqlite:${join(root, 'data/bench.sqlite')}`;
  }
  const { createConnection } = await import('mysql2/promise');
  const admin = await createConnection(server);
  await admin.query('CREATE DATABASE IF NOT EXISTS pde_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_bin');
  await admin.end();
  const url = new URL(server);
  url.pathname = '/pde_bench';
  return url.toString();
}

function log(text: string) {
  process.stderr.write(`${text}\n`);
}

/** Filters as people type them in the national portal: no accents, lower case, partial. */
function plainQuery(random: Random): Record<string, unknown> {
  const name = () => typed(random.pickSkewed(random.chance(0.5) ? GIVEN_NAMES_F : GIVEN_NAMES_M, 1.3));
  const surname = () => typed(random.pickSkewed(SURNAMES));
  const templates: (() => Record<string, unknown>)[] = [
    () => ({ primerApellido: surname() }),
    () => ({ nombres: name(), primerApellido: surname() }),
    () => ({ primerApellido: surname(), segundoApellido: surname() }),
    () => ({ nombres: name() }),
    () => ({ nombres: name(), primerApellido: surname(), segundoApellido: surname() }),
    () => ({ institucionDependencia: entePart(random) }),
  ];
  const query = random.pick(templates)();
  if (random.chance(0.6)) query['tipoProcedimiento'] = random.sample([1, 2, 3, 4, 5], random.int(1, 2));
  return query;
}

const spic = (base: string, token: string, body: unknown) => v1Search(base, '/v1/spic', token, body);

async function startServer(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.js')], {
    // The per-client token throttle is lifted: the benchmark measures capacity, not the limit.
    env: { ...process.env, DATABASE_URL: url, PORT: String(PORT), PDE_DEMO: '0', PDE_LOG_LEVEL: 'warn', PDE_WEB_ROOT: '/nonexistent', PDE_TOKEN_RPS: '1000000', PDE_TOKEN_BURST: '10000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/health`)).status === 200) return child;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('El servidor no arrancó');
}

async function main() {
  const url = await databaseUrl();
  const engine = url.startsWith('sqlite') ? 'SQLite' : 'MySQL/MariaDB';
  log(`Base de datos: ${engine} (${url.replace(/\/\/[^@]*@/, '//…@')})`);
  const config = new PdeConfig({ ...process.env, DATABASE_URL: url, PDE_DEMO: '0' });
  const ctx = await NestFactory.createApplicationContext(AppModule.forRoot(config, new JsonLogger('warn', (l) => process.stderr.write(l))), { logger: false });
  await runMigrations(ctx);
  const db = ctx.get(Db);
  const [{ n }] = await db.query<{ n: number }>("SELECT COALESCE(MAX(publishedCount), 0) AS n FROM kind_stats WHERE kind = 's2'");
  if (Number(n) < RECORDS) {
    const missing = RECORDS - Number(n);
    log(`Cargando ${missing.toLocaleString('es-MX')} registros S2 sintéticos…`);
    const started = Date.now();
    await ctx.get(S2LoaderService).loadSynthetic(missing, {
      seed: 7 + Number(n),
      batchSize: 5000,
      onProgress: (done) => done % 100_000 === 0 && log(`  ${done.toLocaleString('es-MX')} (${Math.round((Date.now() - started) / 1000)} s)`),
    });
    log(`Carga terminada en ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const s3Records = process.env['PDE_BENCH_SKIP_S3'] === '1' ? 0 : await ensureS3(ctx, log);
  const consumer = await ctx.get(ConsumersService).create({ nombre: `Benchmark ${Date.now()}` }, { kind: 'system', name: 'benchmark' });
  const total = Number((await db.query<{ n: number }>("SELECT publishedCount AS n FROM kind_stats WHERE kind = 's2'"))[0].n);
  const server = await startServer(url);
  const base = `http://127.0.0.1:${PORT}`;
  const results: Record<string, unknown> = { engine, records: total, date: new Date().toISOString() };
  try {
    for (let i = 0; i < 50; i++) await tokenFor(base, consumer); // warm-up
    const tokenLatency = await measure(2000, 1, () => tokenFor(base, consumer).then(() => undefined));
    const tokenThroughput = await measure(3000, 10, () => tokenFor(base, consumer).then(() => undefined));
    results['token'] = { ...figures(tokenLatency.samples), perSecond: 3000 / tokenThroughput.seconds };

    const token = await tokenFor(base, consumer);
    const summaryQueries = Array.from({ length: QUERIES }, (_, i) => ({ page: 1, pageSize: 1, query: plainQuery(new Random(1000 + i)) }));
    const searchQueries = Array.from({ length: QUERIES }, (_, i) => ({ page: 1 + (i % 3), pageSize: 10, query: plainQuery(new Random(5000 + i)) }));
    for (const q of summaryQueries.slice(0, 30)) await spic(base, token, q); // warm-up
    const summary = await measure(summaryQueries.length, 1, async (i) => void (await spic(base, token, summaryQueries[i])));
    const search = await measure(searchQueries.length, 1, async (i) => void (await spic(base, token, searchQueries[i])));
    const summaryConcurrent = await measure(summaryQueries.length, 5, async (i) => void (await spic(base, token, summaryQueries[i])));

    // Raw SQL time of the same requests, measured inside the service's snapshot.
    const service = ctx.get(S2SearchService);
    const sqlTime = async (body: unknown) => {
      let spent = 0;
      db.observeSnapshotQueries((t) => (spent += t));
      await service.search({ ...parseSpicRequest(body) }, 'publico');
      db.observeSnapshotQueries(undefined);
      return spent;
    };
    const summarySql: number[] = [];
    for (const q of summaryQueries) summarySql.push(await sqlTime(q));
    const searchSql: number[] = [];
    for (const q of searchQueries) searchSql.push(await sqlTime(q));

    const harvest = await harvestV1(base, '/v1/spic', () => tokenFor(base, consumer), total);
    const pages = harvest.pages;
    const harvestSql: number[] = [];
    for (let i = 0; i < Math.min(pages, 200); i++) harvestSql.push(await sqlTime({ page: 1 + Math.floor((i * pages) / 200), pageSize: 200 }));

    results['summary'] = { api: figures(summary.samples), sql: figures(summarySql), concurrent5: figures(summaryConcurrent.samples) };
    results['search'] = { api: figures(search.samples), sql: figures(searchSql) };
    results['harvest'] = { ...harvest, page: figures(harvest.page), tokenAndPage: figures(harvest.tokenAndPage), sql: figures(harvestSql) };
    const [{ v }] = await db.query<{ v: string }>(db.dialect === 'mysql' ? 'SELECT @@innodb_buffer_pool_size AS v' : "SELECT 'n/a' AS v");
    results['bufferPool'] = v;
    print(results);
    if (s3Records) {
      results['s3'] = await benchS3(base, consumer.token, s3Records);
      process.stdout.write(`\n${printS3(results['s3'] as never, engine)}\n`);
      results['s3v1'] = await benchS3V1(base, () => tokenFor(base, consumer));
      process.stdout.write(`\n${printS3V1(results['s3v1'] as never, engine)}\n`);
    }
    mkdirSync(join(root, 'tmp'), { recursive: true });
    writeFileSync(join(root, 'tmp/bench-results.json'), JSON.stringify(results, null, 2));
  } finally {
    server.kill('SIGTERM');
    await ctx.close();
  }
}

function row(name: string, f: Figures, extra = '') {
  return `| ${name} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${extra} |`;
}

function print(r: Record<string, unknown>) {
  const token = r['token'] as Figures & { perSecond: number };
  const summary = r['summary'] as { api: Figures; sql: Figures; concurrent5: Figures };
  const search = r['search'] as { api: Figures; sql: Figures };
  const harvest = r['harvest'] as { records: number; seconds: number; recordsPerSecond: number; page: Figures; sql: Figures };
  const lines = [
    `Benchmark S2 — ${r['engine']}, ${Number(r['records']).toLocaleString('es-MX')} registros publicados, ${r['date']}` +
      (r['bufferPool'] !== 'n/a' ? ` (innodb_buffer_pool_size = ${Math.round(Number(r['bufferPool']) / 1048576)} MB)` : ''),
    '',
    '| Patrón | p50 | p95 | p99 | Notas |',
    '|---|---|---|---|---|',
    row('Emisión de token (1 a la vez)', token, `${token.perSecond.toFixed(0)} tokens/s con 10 concurrentes`),
    row('Resumen S2 (pageSize 1, filtros) — API', summary.api, `API/SQL p95 = ${(summary.api.p95 / Math.max(0.01, summary.sql.p95)).toFixed(2)}×`),
    row('Resumen S2 — SQL', summary.sql, ''),
    row('Resumen S2 — API, 5 concurrentes', summary.concurrent5, ''),
    row('Búsqueda, página de 10 — API', search.api, `API/SQL p95 = ${(search.api.p95 / Math.max(0.01, search.sql.p95)).toFixed(2)}×`),
    row('Búsqueda, página de 10 — SQL', search.sql, ''),
    row('Cosecha: página de 200 — API', harvest.page, `${harvest.recordsPerSecond.toFixed(0)} registros/s (${harvest.records.toLocaleString('es-MX')} en ${harvest.seconds.toFixed(1)} s, 5 concurrentes, token nuevo por página)`),
    row('Cosecha: página de 200 — SQL', harvest.sql, ''),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
