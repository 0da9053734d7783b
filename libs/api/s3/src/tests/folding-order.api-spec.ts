import { createConsumer, createEnte, expectSpicPage, HttpClient, pdnClient, startTestApp, type TestApp } from '@pde/api/testing';
import { makeFaltasAdministrativasGraves, makeFaltasGravesPersonasMorales } from '@pde/shared/contracts';
import { itemsQuery, publishS3 } from './s3-api-support';

/**
 * The folding table of SPEC §5.1 row by row in S3S, S3P and v2 `_icontains` (checklist §7.8 item 9),
 * and the Spanish order of the checklist's fixed list in v2 `sort` and in S3S (item 12).
 */
const FOLDING: { value: string; stored: string; match: boolean }[] = [
  { value: 'jose', stored: 'JOSÉ LUIS', match: true },
  { value: 'José Luis', stored: 'JOSE  LUIS', match: true },
  { value: 'nuñez', stored: 'NÚÑEZ', match: true },
  { value: 'nunez', stored: 'NÚÑEZ', match: false },
  { value: 'muller', stored: 'MÜLLER', match: true },
  { value: 'luis g', stored: 'JOSÉ LUIS GARCÍA', match: true },
  { value: 'garcia luis', stored: 'JOSÉ LUIS GARCÍA', match: false },
  { value: 'secretaria de salud', stored: 'Secretaría de Salud', match: true },
  { value: '%', stored: 'Cualquier texto', match: false },
  { value: '%', stored: 'Descuento del 100% aplicado', match: true },
  { value: '_', stored: 'Cualquier texto', match: false },
];

const SPANISH_LIST = ['Oropeza', 'Ñandú', 'Núñez', 'Nuñez', 'Nava', 'Ángel', 'Angel', 'angel', 'Chávez', 'Cruz', 'Llamas', 'Luna', 'Lopez', 'López'];
const SPANISH_ORDER = ['angel', 'Angel', 'Ángel', 'Chávez', 'Cruz', 'Llamas', 'Lopez', 'López', 'Luna', 'Nava', 'Nuñez', 'Núñez', 'Ñandú', 'Oropeza'];

describe('Folding (§5.1) and Spanish order (§5.3) through every API', () => {
  let t: TestApp;
  let items: HttpClient;
  let v1: HttpClient;

  beforeAll(async () => {
    t = await startTestApp();
    const ente = await createEnte(t);
    // Row i: a servidor named by the stored value in a public body of its own, and a company.
    await publishS3(
      t,
      ente.id,
      'faltas_administrativas_graves',
      FOLDING.map((row, i) => makeFaltasAdministrativasGraves({ expediente: `FOLD/${i}`, datosGenerales: { nombres: row.stored }, empleoCargoComision: { nombreEntePublico: `Ente de la fila ${i}` } })),
    );
    await publishS3(t, ente.id, 'faltas_graves_personas_morales', FOLDING.map((row, i) => makeFaltasGravesPersonasMorales({ expediente: `FOLD/${i}`, datosGenerales: { nombreRazonSocial: row.stored } })));
    await publishS3(t, ente.id, 'faltas_administrativas_graves', SPANISH_LIST.map((apellido, i) => makeFaltasAdministrativasGraves({ expediente: `ORDEN/${i}`, datosGenerales: { primerApellido: apellido, segundoApellido: undefined, nombres: 'Ana' }, empleoCargoComision: { nombreEntePublico: 'Ente del orden' } })));
    const consumer = await createConsumer(t, 'publico');
    items = new HttpClient(t.baseUrl, { authorization: `Bearer ${consumer.token}` });
    v1 = await pdnClient(t, consumer);
  });
  afterAll(() => t.close());

  const v2Count = async (collection: string, field: unknown, i: number) => {
    const response = await items.get<{ meta: { filter_count: number } }>(`/items/${collection}${itemsQuery({ filter: { _and: [{ expediente: { _eq: `FOLD/${i}` } }, field] }, meta: ['filter_count'], limit: 0 })}`);
    return response.body.meta.filter_count;
  };
  const v1Count = async (api: string, query: Record<string, string>) =>
    expectSpicPage(await v1.post(`/v1/${api}`, JSON.stringify({ page: 1, pageSize: 1, query }), { 'content-type': 'application/json' })).pagination.totalRows;

  it.each(FOLDING.map((row, i) => [row.value, row.stored, row.match, i] as const))('«%s» in «%s» → %s (v2 _icontains, S3S, S3P)', async (value, _stored, match, i) => {
    const expected = match ? 1 : 0;
    expect(await v2Count('faltas_administrativas_graves', { datosGenerales: { nombres: { _icontains: value } } }, i)).toBe(expected);
    expect(await v2Count('faltas_graves_personas_morales', { datosGenerales: { nombreRazonSocial: { _icontains: value } } }, i)).toBe(expected);
    expect(await v1Count('ssancionados', { nombres: value, institucionDependencia: `Ente de la fila ${i}` })).toBe(expected);
    expect(await v1Count('psancionados', { nombreRazonSocial: value, expediente: `FOLD/${i}` })).toBe(expected);
  });

  it('v2 sort: the checklist list in Spanish order, both directions (§7.8 item 12)', async () => {
    const sorted = async (sort: string) =>
      (await items.get<{ data: { datosGenerales: { primerApellido: string } }[] }>(`/items/faltas_administrativas_graves${itemsQuery({ filter: { expediente: { _starts_with: 'ORDEN/' } }, sort: [sort], fields: ['datosGenerales.primerApellido'] })}`)).body.data.map(
        (d) => d.datosGenerales.primerApellido,
      );
    expect(await sorted('datosGenerales.primerApellido')).toEqual(SPANISH_ORDER);
    expect(await sorted('-datosGenerales.primerApellido')).toEqual([...SPANISH_ORDER].reverse());
  });

  it('S3S sort and default order: the checklist list in Spanish order', async () => {
    const order = async (sort?: Record<string, string>) =>
      expectSpicPage(await v1.post('/v1/ssancionados', JSON.stringify({ page: 1, pageSize: 50, query: { institucionDependencia: 'Ente del orden' }, ...(sort ? { sort } : {}) }), { 'content-type': 'application/json' })).results.map(
        (r) => (r as unknown as { servidorPublicoSancionado: { primerApellido: string } }).servidorPublicoSancionado.primerApellido,
      );
    expect(await order()).toEqual(SPANISH_ORDER);
    expect(await order({ primerApellido: 'desc' })).toEqual([...SPANISH_ORDER].reverse());
  });
});
