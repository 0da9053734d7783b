import { GIVEN_NAMES_F, GIVEN_NAMES_M, Random, SURNAMES } from '@pde/api/synthetic';
import { entePart, harvestV1, typed, v1Search } from './pdn-client';
import { figures, measure, ms, type Figures } from './stats';

/**
 * S3 v1.1 patterns of SPEC §7.2–§7.3 (C8–C16): the aggregators' summary (`pageSize: 1`), a search
 * page of 10 and the bulk download (pageSize 200, 5 concurrent, a new token per page), on
 * `/v1/ssancionados` and `/v1/psancionados`.
 */
const QUERIES = Number(process.env['PDE_BENCH_S3_QUERIES'] ?? 150);
const API_PATHS = { S3S: '/v1/ssancionados', S3P: '/v1/psancionados' } as const;
type Api = keyof typeof API_PATHS;
const COMPANY_WORDS = ['constructora', 'pena', 'nunez', 'zuniga', 'suministros', 'transportes', 'consultoria', 'munoz', 'farmaceutica'];
const SANCTIONS: Record<Api, string[]> = { S3S: ['I', 'SE', 'S', 'D'], S3P: ['I', 'SE', 'IND', 'S'] };


/** Queries as the aggregators forward them: free text typed without accents, optional sanctions. */
function v1Query(api: Api, random: Random): Record<string, unknown> {
  const query: Record<string, unknown> =
    api === 'S3S'
      ? random.pick([
          () => ({ primerApellido: typed(random.pickSkewed(SURNAMES)) }),
          () => ({ nombres: typed(random.pickSkewed(random.chance(0.5) ? GIVEN_NAMES_F : GIVEN_NAMES_M, 1.3)), primerApellido: typed(random.pickSkewed(SURNAMES)) }),
          () => ({ institucionDependencia: entePart(random) }),
        ])()
      : random.pick([() => ({ nombreRazonSocial: random.pick(COMPANY_WORDS) }), () => ({ institucionDependencia: entePart(random) })])();
  if (random.chance(0.3)) query['tipoSancion'] = random.sample(SANCTIONS[api], 1);
  return query;
}

export interface S3V1Results {
  summary: Record<Api, Figures>;
  search: Record<Api, Figures>;
  harvest: Record<Api, { records: number; seconds: number; recordsPerSecond: number; page: Figures }>;
}

export async function benchS3V1(base: string, newToken: () => Promise<string>): Promise<S3V1Results> {
  const results = { summary: {}, search: {}, harvest: {} } as S3V1Results;
  const token = await newToken();
  for (const api of ['S3S', 'S3P'] as const) {
    const path = API_PATHS[api];
    const call = (body: unknown) => v1Search(base, path, token, body);
    const summaries = Array.from({ length: QUERIES }, (_, i) => ({ page: 1, pageSize: 1, query: v1Query(api, new Random(8000 + i)) }));
    const searches = Array.from({ length: QUERIES }, (_, i) => ({ page: 1 + (i % 3), pageSize: 10, query: v1Query(api, new Random(9000 + i)) }));
    for (const body of summaries.slice(0, 20)) await call(body); // warm-up
    results.summary[api] = figures((await measure(summaries.length, 1, async (i) => void (await call(summaries[i])))).samples);
    results.search[api] = figures((await measure(searches.length, 1, async (i) => void (await call(searches[i])))).samples);

    // Bulk download: the total first (C15), then every page (C16).
    const { totalRows } = await call({ page: 1, pageSize: 1 });
    const harvest = await harvestV1(base, path, newToken, totalRows);
    results.harvest[api] = { records: harvest.records, seconds: harvest.seconds, recordsPerSecond: harvest.recordsPerSecond, page: figures(harvest.page) };
  }
  return results;
}

export function printS3V1(r: S3V1Results, engine: string): string {
  const lines = [`Benchmark S3 v1.1 — ${engine}`, '', '| Patrón | p50 | p95 | p99 | Notas |', '|---|---|---|---|---|'];
  for (const api of ['S3S', 'S3P'] as const) {
    const h = r.harvest[api];
    lines.push(
      `| ${API_PATHS[api]}: resumen (pageSize 1, filtros) | ${ms(r.summary[api].p50)} | ${ms(r.summary[api].p95)} | ${ms(r.summary[api].p99)} | |`,
      `| ${API_PATHS[api]}: búsqueda, página de 10 | ${ms(r.search[api].p50)} | ${ms(r.search[api].p95)} | ${ms(r.search[api].p99)} | |`,
      `| ${API_PATHS[api]}: descarga, página de 200 | ${ms(h.page.p50)} | ${ms(h.page.p95)} | ${ms(h.page.p99)} | ${h.recordsPerSecond.toFixed(0)} registros/s (${h.records.toLocaleString('es-MX')} en ${h.seconds.toFixed(1)} s, 5 concurrentes, token nuevo por página) |`,
    );
  }
  return lines.join('\n');
}
