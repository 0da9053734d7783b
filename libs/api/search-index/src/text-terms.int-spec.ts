import { Db } from '@pde/api/core';
import { captureAndPublishS2, createEnte, publishS2, startTestApp, type TestApp } from '@pde/api/testing';
import { compareSpanish } from '@pde/shared/contracts';
import { MISSING_RANK, TextTermsService } from './text-terms.service';

/**
 * Sort ranks of texts (SPEC §5.3 through the read models): a rank is a number whose order is the
 * Spanish collation order of the texts. When a gap runs out the domain is renumbered (rebalance);
 * every row written afterwards, also in the same batch, must carry the new numbers.
 */
describe('TextTermsService ranks (SPEC §5.3)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // Few ranks available: gaps run out after a handful of inserts, so rebalances are frequent.
    t.get(TextTermsService).maxRank = 4096;
  });
  afterAll(() => t.close());

  /** Every rank column agrees with text_terms, and text_terms ranks follow Spanish order. */
  async function expectConsistentRanks() {
    const db = t.get(Db);
    for (const domain of ['name', 'institution', 'position']) {
      const terms = await db.query<{ value: string; sortRank: number | string }>('SELECT value, sortRank FROM text_terms WHERE domain = ?', [domain]);
      const byRank = [...terms].sort((a, b) => Number(a.sortRank) - Number(b.sortRank)).map((x) => x.value);
      const bySpanish = [...terms].map((x) => x.value).sort((a, b) => compareSpanish(a, b) || (a < b ? -1 : 1));
      expect({ domain, order: byRank }).toEqual({ domain, order: bySpanish });
      expect(new Set(terms.map((x) => Number(x.sortRank))).size).toBe(terms.length);
    }
    const rows = await db.query<Record<string, string | number>>('SELECT doc, rNombres, rPrimer, rSegundo, rInst, rPuesto FROM s2_published');
    const rank = new Map<string, number>();
    for (const x of await db.query<{ domain: string; value: string; sortRank: number | string }>('SELECT domain, value, sortRank FROM text_terms')) {
      rank.set(`${x.domain}|${x.value}`, Number(x.sortRank));
    }
    const expectedRank = (domain: string, value: string | undefined) => (value ? rank.get(`${domain}|${value}`) : MISSING_RANK);
    for (const row of rows) {
      const doc = JSON.parse(String(row['doc'])) as { nombres: string; primerApellido: string; segundoApellido?: string; institucionDependencia: { nombre: string }; puesto: { nombre: string } };
      expect({
        rNombres: Number(row['rNombres']),
        rPrimer: Number(row['rPrimer']),
        rSegundo: Number(row['rSegundo']),
        rInst: Number(row['rInst']),
        rPuesto: Number(row['rPuesto']),
      }).toEqual({
        rNombres: expectedRank('name', doc.nombres),
        rPrimer: expectedRank('name', doc.primerApellido),
        rSegundo: expectedRank('name', doc.segundoApellido),
        rInst: expectedRank('institution', doc.institucionDependencia.nombre),
        rPuesto: expectedRank('position', doc.puesto.nombre),
      });
    }
    return rows.length;
  }

  it('a batch that forces rebalances writes every row with the final ranks', async () => {
    const ente = await createEnte(t, { nombre: 'Secretaría de Movilidad' });
    await publishS2(t, ente, Array.from({ length: 40 }, () => ({})));
    // Many new texts between the same two neighbours, in order: the gap halves at every insert.
    await publishS2(
      t,
      ente,
      Array.from({ length: 120 }, (_, i) => ({
        nombres: `MARÍA ${String(i).padStart(3, '0')}`,
        institucionDependencia: { nombre: `Instituto ${String(i % 30).padStart(2, '0')}` },
        puesto: { nombre: `Analista ${i % 25}` },
      })),
    );
    expect(await expectConsistentRanks()).toBe(160);
  });

  it('texts with the same sort key (they differ only in ignorable characters) are ordered by value', async () => {
    const terms = t.get(TextTermsService);
    const zw = '\u200b'; // zero-width space: no collation weight, so the keys are identical
    const rank = async (values: string[]) => t.get(Db).dataSource.transaction((em) => terms.ranks(em, 'name', values));
    const first = await rank([`ZOE${zw}${zw}`, 'ZOE', 'ZOA']);
    const second = await rank([`ZOE${zw}`, 'ZOF', `ZOE${zw}${zw}${zw}`]);
    const all = new Map([...first, ...second]);
    const byRank = [...all.keys()].sort((a, b) => (all.get(a) as number) - (all.get(b) as number));
    expect(byRank).toEqual(['ZOA', 'ZOE', `ZOE${zw}`, `ZOE${zw}${zw}`, `ZOE${zw}${zw}${zw}`, 'ZOF']);
    await expectConsistentRanks();
  });

  it('single approvals through the capture workflow keep ranks consistent too', async () => {
    const ente = await createEnte(t, { nombre: 'Comisión del Agua' });
    for (let i = 0; i < 12; i++) await captureAndPublishS2(t, ente, { nombres: `MARÍA ${String(i).padStart(3, '0')}A`, primerApellido: `Ñandú ${i}` });
    expect(await expectConsistentRanks()).toBe(172);
  });
});
