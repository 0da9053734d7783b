import type { IssuedCredentials } from '@pde/api/interconnection';
import {
  countRows,
  createConsumer,
  createEnte,
  expectSpicPage,
  pdnClient,
  publishS2,
  spic,
  startTestApp,
  type HttpClient,
  type TestApp,
} from '@pde/api/testing';
import { foldedContains, type S2RecordData } from '@pde/shared/contracts';

/**
 * v1 masks for S2 (SPEC §1.3.2, §1.3.4, G5; checklist §7.8 item 15): `publico` never receives
 * rfc, curp, superiorInmediato.rfc or superiorInmediato.curp, and cannot infer them through
 * filters or counts; `confidencial` sees and filters them.
 */
describe('POST /v1/spic — visibility by role (SPEC §1.3)', () => {
  let t: TestApp;
  let publico: HttpClient;
  let confidencial: HttpClient;
  let consumers: { publico: IssuedCredentials; confidencial: IssuedCredentials };
  let records: { id: string; data: S2RecordData }[];

  beforeAll(async () => {
    t = await startTestApp();
    consumers = { publico: await createConsumer(t, 'publico'), confidencial: await createConsumer(t, 'confidencial') };
    const ente = await createEnte(t, { nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', clave: 'SEFIN-01' });
    const boss = { nombres: 'ROSA', primerApellido: 'MÉNDEZ', segundoApellido: 'LUNA', curp: 'MELR700101MDFNNS09', rfc: 'MELR700101AB3', puesto: { nombre: 'Directora General', nivel: 'K11' } };
    records = await publishS2(
      t,
      ente,
      Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? { superiorInmediato: boss } : {})),
    );
    // Every record carries rfc and curp (the factory makes valid ones).
    expect(records.every((r) => r.data.rfc && r.data.curp)).toBe(true);
    publico = await pdnClient(t, consumers.publico);
    confidencial = await pdnClient(t, consumers.confidencial);
  });
  afterAll(() => t.close());

  const secrets = () => [...new Set(records.flatMap((r) => [r.data.rfc, r.data.curp, r.data.superiorInmediato?.rfc, r.data.superiorInmediato?.curp]).filter((v): v is string => !!v))];

  it('publico: rfc, curp, superiorInmediato.rfc/curp are absent (keys, not just values); the rest is there', async () => {
    const response = await spic(publico, { pageSize: 200 });
    const { results } = expectSpicPage(response, { totalRows: records.length });
    for (const r of results) {
      expect(r).not.toHaveProperty('rfc');
      expect(r).not.toHaveProperty('curp');
      expect(r.nombres).toBeTruthy();
      if (r.superiorInmediato) {
        expect(Object.keys(r.superiorInmediato).sort()).toEqual(['nombres', 'primerApellido', 'puesto', 'segundoApellido']);
      }
    }
    expect(results.filter((r) => r.superiorInmediato).length).toBe(records.filter((r) => r.data.superiorInmediato).length);
    expect(results.filter((r) => r.superiorInmediato).length).toBeGreaterThanOrEqual(10);
    // Not anywhere in the body, under any key.
    for (const secret of secrets()) expect(response.text).not.toContain(secret);
  });

  it('confidencial: sees every field as stored', async () => {
    const { results } = expectSpicPage(await spic(confidencial, { pageSize: 200 }), { totalRows: records.length });
    const byId = new Map(records.map((r) => [r.id, r.data]));
    for (const r of results) {
      const data = byId.get(r.id) as S2RecordData;
      expect({ rfc: r.rfc, curp: r.curp, superior: r.superiorInmediato }).toEqual({ rfc: data.rfc, curp: data.curp, superior: data.superiorInmediato });
    }
  });

  it('publico: a filter on curp or rfc matches nothing (totalRows 0), whether or not the value exists', async () => {
    const target = records[4].data;
    const cases = [
      { curp: target.curp },
      { curp: (target.curp as string).toLowerCase() },
      { curp: 'ZZZZ999999HZZZZZ99' },
      { rfc: target.rfc },
      { rfc: (target.rfc as string).slice(0, 4) },
      { rfc: 'A' },
      { rfc: 'ÑÑÑ' },
      { curp: 'MELR700101MDFNNS09' }, // only in superiorInmediato
      { curp: target.curp, nombres: target.nombres },
    ];
    for (const query of cases) {
      expect({ query, n: await countRows(publico, query) }).toEqual({ query, n: 0 });
      const page = expectSpicPage(await spic(publico, { page: 1, pageSize: 200, query }));
      expect(page).toEqual({ pagination: { pageSize: 200, page: 1, totalRows: 0, hasNextPage: false }, results: [] });
    }
  });

  it('confidencial: curp and rfc are folded-substring filters', async () => {
    const target = records[7].data;
    const expected = (field: 'curp' | 'rfc', value: string) => records.filter((r) => foldedContains(r.data[field], value)).length;
    expect(await countRows(confidencial, { curp: target.curp })).toBe(1);
    expect(await countRows(confidencial, { curp: (target.curp as string).toLowerCase() })).toBe(1);
    expect(await countRows(confidencial, { rfc: ` ${target.rfc} ` })).toBe(1);
    const prefix = (target.rfc as string).slice(0, 2);
    expect(await countRows(confidencial, { rfc: prefix })).toBe(expected('rfc', prefix));
    expect(await countRows(confidencial, { curp: 'ZZZZ999999HZZZZZ99' })).toBe(0);
    // superiorInmediato.curp is not a filter: the boss's CURP matches no record's own curp.
    expect(await countRows(confidencial, { curp: 'MELR700101MDFNNS09' })).toBe(0);
    expect(await countRows(confidencial, { curp: '%' })).toBe(0);
  });

  it('publico: an empty curp/rfc is an absent filter, not a hidden one (all rows)', async () => {
    expect(await countRows(publico, { curp: '', rfc: '  ' })).toBe(records.length);
  });

  it('publico: id still wins over curp, and the record comes masked', async () => {
    const target = records[2];
    const { results } = expectSpicPage(await spic(publico, { query: { id: target.id, curp: target.data.curp } }), { totalRows: 1 });
    expect(results[0].id).toBe(target.id);
    expect(results[0]).not.toHaveProperty('curp');
  });

  it('sorting never uses hidden fields (rfc/curp are not sort keys for any role)', async () => {
    for (const client of [publico, confidencial]) {
      const byDefault = expectSpicPage(await spic(client, { pageSize: 200 })).results.map((r) => r.id);
      const byRfc = expectSpicPage(await spic(client, { pageSize: 200, sort: { rfc: 'desc', curp: 'asc' } })).results.map((r) => r.id);
      expect(byRfc).toEqual(byDefault);
    }
  });
});
