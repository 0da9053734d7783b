import type { INestApplicationContext } from '@nestjs/common';
import { Db } from '@pde/api/core';
import { S3LoaderService } from '@pde/api/s3';
import { Random, SURNAMES } from '@pde/api/synthetic';
import { S3_COLLECTIONS, S3_FALTA_COMETIDA_CATALOGS, S3_TIPO_SANCION_CATALOGS, type S3Collection } from '@pde/shared/contracts';
import { entePart, typed } from './pdn-client';
import { figures, measure, ms, type Figures } from './stats';

/** S3 v2 patterns of issue «S3» §6: the PDN wrapper call, the portal's filters, a full harvest. */
const S3_RECORDS = Number(process.env['PDE_BENCH_S3_RECORDS'] ?? 200_000);
const QUERIES = Number(process.env['PDE_BENCH_S3_QUERIES'] ?? 150);

export async function ensureS3(ctx: INestApplicationContext, log: (t: string) => void) {
  const db = ctx.get(Db);
  const rows = await db.query<{ n: number }>(`SELECT COALESCE(SUM(publishedCount), 0) AS n FROM kind_stats WHERE kind IN (${S3_COLLECTIONS.map(() => '?').join(',')})`, [...S3_COLLECTIONS]);
  const present = Number(rows[0]?.n ?? 0);
  if (present >= S3_RECORDS) return present;
  const missing = S3_RECORDS - present;
  log(`Cargando ${missing.toLocaleString('es-MX')} registros S3 sintéticos…`);
  const started = Date.now();
  await ctx.get(S3LoaderService).loadSynthetic(missing, {
    seed: 99 + present,
    batchSize: 2000,
    onProgress: (done) => done % 50_000 === 0 && log(`  ${done.toLocaleString('es-MX')} (${Math.round((Date.now() - started) / 1000)} s)`),
  });
  log(`Carga S3 terminada en ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return S3_RECORDS;
}

/** Filter combinations the PDN portal builds (SPEC §7.6 C26). */
function portalFilter(collection: S3Collection, random: Random): Record<string, unknown> {
  const body = collection.includes('personas') ? 'dondeCometioLaFalta' : 'empleoCargoComision';
  const parts: Record<string, unknown>[] = [];
  if (collection === 'faltas_administrativas_graves' || collection === 'faltas_graves_personas_fisicas') {
    if (random.chance(0.7)) parts.push({ datosGenerales: { primerApellido: { _icontains: typed(random.pickSkewed(SURNAMES)) } } });
  }
  if (random.chance(0.4)) parts.push({ [body]: { nombreEntePublico: { _icontains: entePart(random) } } });
  if (random.chance(0.3)) parts.push({ [body]: { nivelOrdenGobierno: { _in: ['ESTATAL', 'MUNICIPAL_ALCALDIA'] } } });
  if (random.chance(0.3)) parts.push({ [body]: { ambitoPublico: { _in: ['EJECUTIVO'] } } });
  if (random.chance(0.4)) parts.push({ faltaCometida: { clave: { _in: random.sample(S3_FALTA_COMETIDA_CATALOGS[collection].entries.map((e) => e.clave), 2) } } });
  if (random.chance(0.4)) parts.push({ tipoSancion: { clave: { _in: random.sample(S3_TIPO_SANCION_CATALOGS[collection].entries.map((e) => e.clave), 2) } } });
  return parts.length ? { _and: parts } : {};
}

async function items(base: string, token: string, collection: string, query: string): Promise<{ count: number; rows: number }> {
  const response = await fetch(`${base}/items/${collection}?${query}`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } });
  if (response.status !== 200) throw new Error(`items ${response.status}: ${await response.text()}`);
  const json = (await response.json()) as { data: unknown[]; meta?: { filter_count: number } };
  return { count: json.meta?.filter_count ?? 0, rows: json.data.length };
}

export interface S3Results {
  records: number;
  wrapper: Record<string, Figures>;
  portal: Record<string, Figures>;
  harvest: { records: number; seconds: number; recordsPerSecond: number; page: Figures };
}

export async function benchS3(base: string, token: string, records: number): Promise<S3Results> {
  const wrapper: Record<string, Figures> = {};
  const portal: Record<string, Figures> = {};
  for (const collection of S3_COLLECTIONS) {
    const call = 'fields=*.*.*&meta=*&limit=50&offset=0';
    for (let i = 0; i < 10; i++) await items(base, token, collection, call);
    wrapper[collection] = figures((await measure(QUERIES, 1, () => items(base, token, collection, call).then(() => undefined))).samples);
    const queries = Array.from({ length: QUERIES }, (_, i) => {
      const filter = portalFilter(collection, new Random(7000 + i));
      return `fields=*.*.*&meta=*&limit=50&offset=0&filter=${encodeURIComponent(JSON.stringify(filter))}`;
    });
    portal[collection] = figures((await measure(queries.length, 1, (i) => items(base, token, collection, queries[i]).then(() => undefined))).samples);
  }
  // Full harvest: every record of every collection, pages of 1000 (the maximum), 5 at a time.
  const pages: { collection: string; offset: number }[] = [];
  for (const collection of S3_COLLECTIONS) {
    const { count } = await items(base, token, collection, 'limit=0&meta=filter_count');
    for (let offset = 0; offset < count; offset += 1000) pages.push({ collection, offset });
  }
  let seen = 0;
  const run = await measure(pages.length, 5, async (i) => {
    const { rows } = await items(base, token, pages[i].collection, `fields=*.*.*&limit=1000&offset=${pages[i].offset}&sort=id`);
    seen += rows;
  });
  return { records, wrapper, portal, harvest: { records: seen, seconds: run.seconds, recordsPerSecond: seen / run.seconds, page: figures(run.samples) } };
}

export function printS3(r: S3Results, engine: string): string {
  const lines = [
    `Benchmark S3 v2 — ${engine}, ${r.records.toLocaleString('es-MX')} registros publicados`,
    '',
    '| Patrón | p50 | p95 | p99 |',
    '|---|---|---|---|',
  ];
  for (const c of S3_COLLECTIONS) lines.push(`| Llamada de la PDN (fields=*.*.*&meta=*&limit=50) — ${c} | ${ms(r.wrapper[c].p50)} | ${ms(r.wrapper[c].p95)} | ${ms(r.wrapper[c].p99)} |`);
  for (const c of S3_COLLECTIONS) lines.push(`| Filtros del portal (nombres, ente, orden, ámbito, falta, sanción) — ${c} | ${ms(r.portal[c].p50)} | ${ms(r.portal[c].p95)} | ${ms(r.portal[c].p99)} |`);
  lines.push(`| Cosecha completa: página de 1000 (5 concurrentes) | ${ms(r.harvest.page.p50)} | ${ms(r.harvest.page.p95)} | ${ms(r.harvest.page.p99)} |`);
  lines.push('', `Cosecha completa: ${r.harvest.records.toLocaleString('es-MX')} registros en ${r.harvest.seconds.toFixed(1)} s (${r.harvest.recordsPerSecond.toFixed(0)} registros/s).`);
  return lines.join('\n');
}
