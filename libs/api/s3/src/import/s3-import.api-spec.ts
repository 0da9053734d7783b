import { createConsumer, HttpClient, pdnClient, startTestApp, TEST_ACTOR, type TestApp } from '@pde/api/testing';
import { makeFaltasAdministrativasGraves, makeFaltasGravesPersonasMorales, S3_COLLECTIONS } from '@pde/shared/contracts';
import { S3LoaderService } from '../s3-loader.service';
import { S3ImportRejected, S3ImportService } from './s3-import.service';

type Items = { data: Record<string, unknown>[] };

describe('import s3 / s3s (all or nothing, ids kept)', () => {
  let source: TestApp;
  let target: TestApp;

  beforeAll(async () => {
    [source, target] = await Promise.all([startTestApp(), startTestApp()]);
    await source.get(S3LoaderService).loadSynthetic(40, { seed: 5 });
  });
  afterAll(() => Promise.all([source.close(), target.close()]));

  const fullExport = async (t: TestApp) => {
    const client = new HttpClient(t.baseUrl, { authorization: `Bearer ${(await createConsumer(t, 'confidencial')).token}` });
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const c of S3_COLLECTIONS) out[c] = (await client.get<Items>(`/items/${c}?fields=*.*.*.*&limit=-1&sort=id`)).body.data;
    return out;
  };

  it('imports what /items exports with fields=*.*.*.* and serves it back identically (ids and date_created kept)', async () => {
    const exported = await fullExport(source);
    const summary = await target.get(S3ImportService).import('s3', exported, TEST_ACTOR);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(40);
    expect(await fullExport(target)).toEqual(exported);
  });

  it('rejects the whole file when one record is invalid, reporting its collection, index and field', async () => {
    const before = await fullExport(target);
    const good = { id: '0d9c7b4e-2f1a-4c8e-9b7d-1a2b3c4d5e6f', date_created: '2025-01-02T03:04:05.000Z', ...makeFaltasGravesPersonasMorales() };
    const bad = { id: '1d9c7b4e-2f1a-4c8e-9b7d-1a2b3c4d5e6f', ...makeFaltasAdministrativasGraves({ expediente: undefined }) };
    const attempt = target.get(S3ImportService).import('s3', { faltas_graves_personas_morales: [good], faltas_administrativas_graves: [bad] }, TEST_ACTOR);
    await expect(attempt).rejects.toBeInstanceOf(S3ImportRejected);
    const error = (await attempt.catch((e: S3ImportRejected) => e)) as S3ImportRejected;
    expect(error.issues).toContainEqual(expect.objectContaining({ where: 'faltas_administrativas_graves[0]', path: 'expediente' }));
    expect(await fullExport(target)).toEqual(before);
  });

  it('refuses ids that already exist and files of the wrong shape', async () => {
    const exported = await fullExport(source);
    await expect(target.get(S3ImportService).import('s3', exported, TEST_ACTOR)).rejects.toBeInstanceOf(S3ImportRejected);
    await expect(target.get(S3ImportService).import('s3', [], TEST_ACTOR)).rejects.toBeInstanceOf(S3ImportRejected);
    await expect(target.get(S3ImportService).import('s3', { otra: [] }, TEST_ACTOR)).rejects.toBeInstanceOf(S3ImportRejected);
  });

  it('stores upper-case UUIDs in lower case, so filters, sorts and duplicate checks see one id', async () => {
    const upper = '2E9C7B4E-2F1A-4C8E-9B7D-1A2B3C4D5E6F';
    const record = { id: upper, date_created: '2025-03-04T05:06:07.000Z', ...makeFaltasGravesPersonasMorales() };
    await target.get(S3ImportService).import('s3', { faltas_graves_personas_morales: [record] }, TEST_ACTOR);
    const client = new HttpClient(target.baseUrl, { authorization: `Bearer ${(await createConsumer(target, 'confidencial')).token}` });
    const filter = encodeURIComponent(JSON.stringify({ id: { _eq: upper.toLowerCase() } }));
    const found = await client.get<Items>(`/items/faltas_graves_personas_morales?fields=id&filter=${filter}`);
    expect(found.body.data).toEqual([{ id: upper.toLowerCase() }]);
    const again = { faltas_graves_personas_morales: [{ ...record, id: upper.toLowerCase() }] };
    await expect(target.get(S3ImportService).import('s3', again, TEST_ACTOR)).rejects.toBeInstanceOf(S3ImportRejected);
  });

  it('converts v1.1 S3S records (with the v1 projection of the same data as input) and gives them new UUIDs', async () => {
    const token = await createConsumer(source, 'confidencial');
    const client = await pdnClient(source, token);
    const v1 = (await client.post<{ results: Record<string, unknown>[] }>('/v1/ssancionados', JSON.stringify({ pageSize: 5, query: {} }))).body.results;
    const v2 = await fullExport(source);
    // What v1 cannot carry (CURP, authorities, norms…) is supplied as a complement, as the SPEC allows.
    const norms = [{ normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: '52' }] }];
    const complementOf = (record: Record<string, unknown>) => ({ ...record, faltaCometida: [...norms, ...norms, ...norms] });
    const complement = {
      faltas_administrativas_graves: complementOf(v2['faltas_administrativas_graves'][0]),
      faltas_administrativas_no_graves: complementOf(v2['faltas_administrativas_no_graves'][0]),
    };
    const service = target.get(S3ImportService);
    const idsOf = async () => new Set(Object.values(await fullExport(target)).flat().map((r) => String(r['id'])));
    const before = await idsOf();
    const summary = await service.import('s3s', v1, TEST_ACTOR, { complement: complement as never });
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(v1.length);
    const added = [...(await idsOf())].filter((id) => !before.has(id));
    expect(added).toHaveLength(v1.length);
    for (const record of v1) expect(added).not.toContain(record['id']);
    // Without the complement, v1 alone lacks what v2 requires: every problem names a record and a field.
    const rejected = (await service.import('s3s', v1, TEST_ACTOR).catch((e: S3ImportRejected) => e)) as S3ImportRejected;
    expect(rejected).toBeInstanceOf(S3ImportRejected);
    expect(rejected.issues.every((i) => /^\[\d+\]$/.test(i.where))).toBe(true);
  });
});
