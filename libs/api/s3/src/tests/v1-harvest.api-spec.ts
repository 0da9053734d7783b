import type { IssuedCredentials } from '@pde/api/interconnection';
import { TextTermsService } from '@pde/api/search-index';
import { createConsumer, createEnte, expectSpicPage, pdnClient, startTestApp, type TestApp } from '@pde/api/testing';
import { compareSpanish, makeFaltasGravesPersonasFisicas } from '@pde/shared/contracts';
import { S3LoaderService } from '../s3-loader.service';
import { publishS3 } from './s3-api-support';

/**
 * The PDN bulk download of the v1.1 S3 APIs (SPEC §7.3 C15–C16, §5.3): pages of 200, five at a
 * time, a new token per page, past the offset where the search continues from remembered rows
 * (ANCHOR_FROM = 2000 in libs/api/search-index/src/page-anchors.ts). Every record once, in the default order of
 * §5.3 computed here from the returned records themselves, for both roles (names of no graves are
 * hidden from `publico` and therefore sort last), and with filters.
 */
type Role = 'publico' | 'confidencial';
type Api = 'ssancionados' | 'psancionados';
interface V1Item {
  id: string;
  servidorPublicoSancionado?: { nombres?: string; primerApellido?: string; segundoApellido?: string };
  particularSancionado?: { nombreRazonSocial?: string };
}

/** Missing values last (an empty string is how v1 shows a hidden or missing name). */
const cmpText = (x: string | undefined, y: string | undefined) => {
  const [a, b] = [x || undefined, y || undefined];
  return a === undefined || b === undefined ? (a === b ? 0 : a === undefined ? 1 : -1) : compareSpanish(a, b);
};
const cmpId = (a: V1Item, b: V1Item) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Default orders of §5.3: S3S primerApellido, segundoApellido, nombres; S3P nombreRazonSocial; then id. */
function referenceOrder(api: Api, items: V1Item[]): string[] {
  const compare =
    api === 'ssancionados'
      ? (a: V1Item, b: V1Item) => {
          const x = a.servidorPublicoSancionado ?? {};
          const y = b.servidorPublicoSancionado ?? {};
          return cmpText(x.primerApellido, y.primerApellido) || cmpText(x.segundoApellido, y.segundoApellido) || cmpText(x.nombres, y.nombres) || cmpId(a, b);
        }
      : (a: V1Item, b: V1Item) => cmpText(a.particularSancionado?.nombreRazonSocial, b.particularSancionado?.nombreRazonSocial) || cmpId(a, b);
  return [...items].sort(compare).map((item) => item.id);
}

describe('POST /v1/ssancionados, /v1/psancionados — bulk download (SPEC §7.3, §5.3)', () => {
  let t: TestApp;
  let consumers: Record<Role, IssuedCredentials>;

  async function page(role: Role, api: Api, n: number, pageSize = 200, query?: Record<string, unknown>) {
    const client = await pdnClient(t, consumers[role]);
    const body = { page: n, pageSize, ...(query ? { query } : {}) };
    const response = await client.post(`/v1/${api}`, JSON.stringify(body), { 'content-type': 'application/json' });
    return expectSpicPage(response, { page: n, pageSize }) as unknown as { pagination: { totalRows: number }; results: V1Item[] };
  }

  /** Total first, then every page five at a time, as PDNMX/bulk-generator does. */
  async function harvest(role: Role, api: Api, query?: Record<string, unknown>): Promise<V1Item[][]> {
    const total = (await page(role, api, 1, 1, query)).pagination.totalRows;
    const numbers = Array.from({ length: Math.ceil(total / 200) }, (_, i) => i + 1);
    const pages: V1Item[][] = [];
    for (let i = 0; i < numbers.length; i += 5) {
      const batch = numbers.slice(i, i + 5);
      (await Promise.all(batch.map((n) => page(role, api, n, 200, query)))).forEach((p, j) => (pages[batch[j] - 1] = p.results));
    }
    return pages;
  }

  beforeAll(async () => {
    t = await startTestApp();
    consumers = { publico: await createConsumer(t, 'publico'), confidencial: await createConsumer(t, 'confidencial') };
    // About 2,700 servidores (graves + no graves) and 1,800 particulares, names repeating often.
    await t.get(S3LoaderService).loadSynthetic(4500, { seed: 31, batchSize: 500 });
  }, 240_000);
  afterAll(() => t.close());

  for (const role of ['confidencial', 'publico'] as const) {
    it(`S3S (${role}): deep pages first, then the whole download, then again out of order — one total order, every record once`, async () => {
      const deep = await page(role, 'ssancionados', 12);
      const pages = await harvest(role, 'ssancionados');
      const flat = pages.flat();
      expect(flat.length).toBeGreaterThan(2400);
      expect(new Set(flat.map((r) => r.id)).size).toBe(flat.length);
      const reference = referenceOrder('ssancionados', flat);
      expect(flat.map((r) => r.id)).toEqual(reference);
      expect(deep.results.map((r) => r.id)).toEqual(reference.slice(2200, 2400));
      for (const [n, size] of [[13, 200], [11, 200], [2300, 1], [25, 99], [12, 200]] as const) {
        expect({ n, size, ids: (await page(role, 'ssancionados', n, size)).results.map((r) => r.id) }).toEqual({ n, size, ids: reference.slice((n - 1) * size, n * size) });
      }
    }, 120_000);
  }

  it('S3S with a filter past the anchor threshold: the same records as filtering the full download', async () => {
    const everything = (await harvest('confidencial', 'ssancionados')).flat();
    const pages = await harvest('confidencial', 'ssancionados', { tipoSancion: ['I'] });
    const flat = pages.flat();
    expect(flat.length).toBeGreaterThan(0);
    expect(flat.every((r) => (r as unknown as { tipoSancion: { clave: string }[] }).tipoSancion.some((s) => s.clave === 'I'))).toBe(true);
    const expected = everything.filter((r) => (r as unknown as { tipoSancion: { clave: string }[] }).tipoSancion.some((s) => s.clave === 'I'));
    expect(flat.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  }, 120_000);

  it('S3P: the whole download in razón social order, and a name filter counts exactly what the download holds', async () => {
    const flat = (await harvest('publico', 'psancionados')).flat();
    expect(flat.length).toBeGreaterThan(1000);
    expect(flat.map((r) => r.id)).toEqual(referenceOrder('psancionados', flat));
    const withName = flat.filter((r) => /peña/i.test(r.particularSancionado?.nombreRazonSocial ?? ''));
    expect(withName.length).toBeGreaterThan(0);
    const filtered = await page('publico', 'psancionados', 1, 200, { nombreRazonSocial: 'PEÑA' });
    expect(filtered.pagination.totalRows).toBe(withName.length);
  }, 120_000);
});

describe('S3 v1.1 order and filters over the text dictionary (ranks, rebalances, long names)', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;

  async function all(api: Api, query?: Record<string, unknown>): Promise<V1Item[]> {
    const client = await pdnClient(t, consumer);
    const items: V1Item[] = [];
    for (let n = 1; ; n++) {
      const body = { page: n, pageSize: 200, ...(query ? { query } : {}) };
      const { results } = expectSpicPage(await client.post(`/v1/${api}`, JSON.stringify(body), { 'content-type': 'application/json' })) as unknown as { results: V1Item[] };
      if (!results.length) return items;
      items.push(...results);
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t, 'confidencial');
    // Few ranks available: the gaps run out quickly and the dictionary is renumbered (rebalanced)
    // while S3 rows that hold its ranks already exist, so the v1 columns must be rewritten with it.
    t.get(TextTermsService).maxRank = 4096;
    await t.get(S3LoaderService).loadSynthetic(400, { seed: 5, batchSize: 40 });
  }, 120_000);
  afterAll(() => t.close());

  it('after rebalances both APIs still list every record in the order of §5.3', async () => {
    for (const api of ['ssancionados', 'psancionados'] as const) {
      const items = await all(api);
      expect(items.length).toBeGreaterThan(50);
      expect({ api, ids: items.map((r) => r.id) }).toEqual({ api, ids: referenceOrder(api, items) });
    }
  });

  it('names longer than a dictionary text (255 characters) are stored, found and ordered by their beginning', async () => {
    const ente = await createEnte(t, { nombre: 'Contraloría del Estado', siglas: 'CE', clave: 'CE-01' });
    const long = (tail: string) => `${'Ñ'.repeat(300)}${tail}`;
    // Personas físicas allow names of up to 1000 characters (SPEC §3.8); v1 joins them into nombreRazonSocial.
    const [first, second] = await publishS3(t, ente.id, 'faltas_graves_personas_fisicas', [
      makeFaltasGravesPersonasFisicas({ datosGenerales: { nombres: 'Ana', primerApellido: long('Zapata'), segundoApellido: 'Ruiz' } }),
      makeFaltasGravesPersonasFisicas({ datosGenerales: { nombres: 'Ana', primerApellido: long('Abarca'), segundoApellido: 'Ruiz' } }),
    ]);
    const found = await all('psancionados', { nombreRazonSocial: 'ñññ' });
    expect(found.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    // They share the rank of their first 255 characters: `id` decides between them.
    expect(found.map((r) => r.id)).toEqual([first.id, second.id].sort());
    const items = await all('psancionados');
    expect(items.map((r) => r.id)).toContain(first.id);
  });
});
