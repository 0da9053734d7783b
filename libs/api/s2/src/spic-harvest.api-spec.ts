import type { IssuedCredentials } from '@pde/api/interconnection';
import { createConsumer, createEnte, expectSpicPage, pdnClient, publishS2, spic, startTestApp, type SpicPage, type TestApp } from '@pde/api/testing';
import { EnteEntity } from '@pde/api/entes';
import { compareSpanish, foldedContains, type S2RecordData } from '@pde/shared/contracts';

/**
 * The PDN bulk download (SPEC §7.3 C15–C16; checklist §7.8 item 7): `{"page":1,"pageSize":1}` for
 * the total, then every page of 200, five at a time, a new token for each page. Every record must
 * come exactly once, in the total order of §5.3, also past the offset where the search switches to
 * keyset anchors (ANCHOR_FROM = 2000 in libs/api/search-index/src/page-anchors.ts), with pages out of order or repeated.
 */
type Published = { id: string; data: S2RecordData };

/** Default order of §2.4: primerApellido, segundoApellido, nombres (missing last), then id. */
function referenceOrder(records: Published[]): string[] {
  const cmp = (a: string | undefined, b: string | undefined) => (a === undefined || b === undefined ? (a === b ? 0 : a === undefined ? 1 : -1) : compareSpanish(a, b));
  return [...records]
    .sort(
      (a, b) =>
        cmp(a.data.primerApellido, b.data.primerApellido) ||
        cmp(a.data.segundoApellido, b.data.segundoApellido) ||
        cmp(a.data.nombres, b.data.nombres) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((r) => r.id);
}

/** AA, AB, … ZZ, AAA …: distinct, Spanish-sortable suffixes. */
function letters(n: number): string {
  let out = '';
  let x = n + 26;
  while (x > 0) {
    out = String.fromCharCode(65 + (x % 26)) + out;
    x = Math.floor(x / 26);
  }
  return out;
}

describe('POST /v1/spic — bulk harvest (SPEC §7.3, §5.3)', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;
  let ente: EnteEntity;
  const published: Published[] = [];

  /** One page with a token of its own, as the bulk download asks for it. */
  async function page(n: number, pageSize = 200, query: Record<string, unknown> = {}): Promise<SpicPage> {
    const client = await pdnClient(t, consumer);
    return expectSpicPage(await spic(client, { pageSize, page: n, ...(Object.keys(query).length ? { query } : {}) }), { page: n, pageSize });
  }

  /** The bulk download: total first, then pages five at a time; returns ids in page order. */
  async function harvest(pageOrder?: number[]): Promise<{ total: number; ids: string[][] }> {
    const total = (await page(1, 1)).pagination.totalRows;
    const pages = pageOrder ?? Array.from({ length: Math.ceil(total / 200) }, (_, i) => i + 1);
    const ids: string[][] = [];
    for (let i = 0; i < pages.length; i += 5) {
      const batch = pages.slice(i, i + 5);
      const results = await Promise.all(batch.map((n) => page(n)));
      results.forEach((r, j) => (ids[batch[j] - 1] = r.results.map((x) => x.id)));
    }
    return { total, ids };
  }

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t);
    ente = await createEnte(t, { nombre: 'Secretaría de Administración', siglas: 'SA', clave: 'SA-01' });
    published.push(...(await publishS2(t, ente, Array.from({ length: 650 }, () => ({})))));
  });
  afterAll(() => t.close());

  it('§7.8.7: 650 records, pages of 200 five at a time, a new token per page → every record exactly once, in order', async () => {
    const { total, ids } = await harvest();
    expect(total).toBe(650);
    expect(ids.map((p) => p.length)).toEqual([200, 200, 200, 50]);
    const flat = ids.flat();
    expect(new Set(flat).size).toBe(650);
    expect([...flat].sort()).toEqual(published.map((r) => r.id).sort());
    expect(flat).toEqual(referenceOrder(published));
    // Page 5 is beyond the end: 200, [] (the bulk download stops on an empty page).
    expect((await page(5)).results).toEqual([]);
  });

  it('pages requested out of order and repeated are identical to the same pages in order', async () => {
    const reference = referenceOrder(published);
    const order = [4, 2, 4, 1, 3, 2, 1, 3];
    const pages = await Promise.all(order.map((n) => page(n)));
    pages.forEach((p, i) => expect(p.results.map((r) => r.id)).toEqual(reference.slice((order[i] - 1) * 200, order[i] * 200)));
  });

  describe('past the anchor threshold (keyset continuation)', () => {
    beforeAll(async () => {
      // 2000 more, each with a distinct nombres, so that a name filter also matches more texts than
      // the inline rank list holds (INLINE_RANKS = 2000: the subquery path).
      const more = Array.from({ length: 2000 }, (_, i) => ({ nombres: `ANA ${letters(i)}` }));
      published.push(...(await publishS2(t, ente, more)));
    });

    it('deep pages asked first (no anchors yet), then in order, then again (with anchors) all agree with the total order', async () => {
      const reference = referenceOrder(published);
      expect(reference).toHaveLength(2650);
      const slice = (n: number, size = 200) => reference.slice((n - 1) * size, n * size);
      for (const n of [14, 11, 13, 12, 14]) expect({ n, ids: (await page(n)).results.map((r) => r.id) }).toEqual({ n, ids: slice(n) });
      const { total, ids } = await harvest();
      expect(total).toBe(2650);
      expect(ids.flat()).toEqual(reference);
      expect(new Set(ids.flat()).size).toBe(2650);
      // Again, out of order and repeated, now that every page boundary is an anchor.
      const again = await harvest([12, 14, 11, 13, 12, 1, 14]);
      for (const n of [1, 11, 12, 13, 14]) expect({ n, ids: again.ids[n - 1] }).toEqual({ n, ids: slice(n) });
      // Other page sizes whose offsets fall between anchors.
      for (const [n, size] of [
        [300, 7],
        [299, 7],
        [12, 199],
        [2101, 1],
        [27, 99],
        [13, 200],
      ]) {
        expect({ n, size, ids: (await page(n, size)).results.map((r) => r.id) }).toEqual({ n, size, ids: slice(n, size) });
      }
    });

    it('a publication between two pages is seen at once: anchors of an older data version are never used', async () => {
      await harvest(); // anchors for every boundary of the current version
      const [first] = await publishS2(t, ente, [{ primerApellido: 'AAAAA', segundoApellido: 'AAAAA', nombres: 'PRIMERA' }]);
      published.push(first);
      const reference = referenceOrder(published);
      expect(reference[0]).toBe(first.id);
      for (const n of [12, 14, 11, 1]) expect({ n, ids: (await page(n)).results.map((r) => r.id) }).toEqual({ n, ids: reference.slice((n - 1) * 200, n * 200) });
      expect((await page(1, 1)).pagination.totalRows).toBe(2651);
    });

    it('a filter that matches more than 2000 distinct texts counts and pages exactly (rank subquery)', async () => {
      const matching = published.filter((r) => foldedContains(r.data.nombres, 'ana'));
      expect(matching.length).toBeGreaterThan(2000);
      const reference = referenceOrder(matching);
      const total = (await page(1, 1, { nombres: 'ana' })).pagination.totalRows;
      expect(total).toBe(matching.length);
      const ids: string[] = [];
      for (let n = 1; n <= Math.ceil(total / 200); n++) ids.push(...(await page(n, 200, { nombres: 'ana' })).results.map((r) => r.id));
      expect(ids).toEqual(reference);
      expect((await page(12, 200, { nombres: 'ana' })).results.map((r) => r.id)).toEqual(reference.slice(2200, 2400));
    });
  });
});
