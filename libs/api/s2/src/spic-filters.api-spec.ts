import type { IssuedCredentials } from '@pde/api/interconnection';
import {
  accessLogLine,
  countRows,
  createConsumer,
  createEnte,
  expectSpicPage,
  expectV1Error,
  pdnClient,
  publishS2,
  spic,
  startTestApp,
  type TestApp,
} from '@pde/api/testing';
import type { HttpClient } from '@pde/api/testing';
import { foldedContains, type S2RecordData } from '@pde/shared/contracts';

/**
 * S2 v1.1 filters through the real API (SPEC §2.3, §5.1, §5.2; checklist §7.8 items 9, 10, 11):
 * the folding table row by row on every folded field, compound surnames, ñ ≠ n, literal
 * wildcard characters, absent filters, `id` precedence, unknown keys, rfcSolicitante, any-of.
 */
type TextField = 'nombres' | 'primerApellido' | 'segundoApellido' | 'institucionDependencia';
const TEXT_FIELDS: TextField[] = ['nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia'];

/** §5.1 table, plus canonically-equivalent (NFD) spellings on either side. */
const FOLDING_TABLE: { filter: string; stored: string; match: boolean }[] = [
  { filter: 'jose', stored: 'JOSÉ LUIS', match: true },
  { filter: 'José Luis', stored: 'JOSE  LUIS', match: true },
  { filter: 'nuñez', stored: 'NÚÑEZ', match: true },
  { filter: 'nunez', stored: 'NÚÑEZ', match: false },
  { filter: 'muller', stored: 'MÜLLER', match: true },
  { filter: 'luis g', stored: 'JOSÉ LUIS GARCÍA', match: true },
  { filter: 'garcia luis', stored: 'JOSÉ LUIS GARCÍA', match: false },
  { filter: 'secretaria de salud', stored: 'Secretaría de Salud', match: true },
  { filter: '%', stored: 'CIEN% CUMPLIDO', match: true },
  { filter: '%', stored: 'CIEN POR CIENTO', match: false },
  { filter: 'jose\u0301', stored: 'josé', match: true },
  { filter: 'peña', stored: 'PEN\u0303A', match: true },
  { filter: 'pena', stored: 'PEN\u0303A', match: false },
];

/** Values of the other name fields: they contain none of the filters used in this file. */
const FILLER = { nombres: 'WENDY', primerApellido: 'VALDIVIA', segundoApellido: 'QUIROGA' };

describe('POST /v1/spic — filters (SPEC §2.3, §5.1, §5.2)', () => {
  let t: TestApp;
  let consumer: IssuedCredentials;
  let client: HttpClient;
  const published: { id: string; data: S2RecordData }[] = [];
  const tableIds = new Map<string, string>(); // `${field}|${row}` → id
  const named = new Map<string, string>(); // label → id

  /** What the SPEC says a query must return (reference semantics), over everything published here. */
  function expectedIds(query: Partial<Record<TextField, string>> & { tipoProcedimiento?: number[] }): string[] {
    return published
      .filter(({ data }) =>
        TEXT_FIELDS.every((field) => {
          const filter = query[field];
          if (filter === undefined) return true;
          const value = field === 'institucionDependencia' ? data.institucionDependencia.nombre : data[field];
          return foldedContains(value, filter);
        }) && (!query.tipoProcedimiento || data.tipoProcedimiento.some((p) => query.tipoProcedimiento?.includes(p.clave))),
      )
      .map((r) => r.id)
      .sort();
  }

  async function idsFor(query: Record<string, unknown>): Promise<string[]> {
    const page = expectSpicPage(await spic(client, { page: 1, pageSize: 200, query }));
    expect(page.pagination.totalRows).toBe(page.results.length); // everything fits in one page here
    return page.results.map((r) => r.id).sort();
  }

  beforeAll(async () => {
    t = await startTestApp();
    consumer = await createConsumer(t, 'publico');
    const ente = await createEnte(t, { nombre: 'Instituto de Vivienda', siglas: 'IVI', clave: 'IVI-01' });
    const rows: Partial<S2RecordData>[] = [];
    const labels: string[] = [];
    const add = (label: string, overrides: Partial<S2RecordData>) => {
      labels.push(label);
      rows.push({ ...FILLER, ...overrides });
    };
    for (const field of TEXT_FIELDS) {
      FOLDING_TABLE.forEach((row, i) => {
        add(`${field}|${i}`, field === 'institucionDependencia' ? { institucionDependencia: { nombre: row.stored, siglas: 'X', clave: `X-${i}` } } : { [field]: row.stored });
      });
    }
    // Compound surnames, ñ vs n, literal characters, procedures.
    add('de la Cruz', { primerApellido: 'de la Cruz' });
    add('DEL RÍO', { primerApellido: 'DEL RÍO' });
    add('De La Garza y Treviño', { primerApellido: 'De La Garza y Treviño', segundoApellido: 'de los Santos' });
    add('PEÑA', { primerApellido: 'PEÑA' });
    add('PENA', { primerApellido: 'PENA' });
    add('literal', { primerApellido: 'A.B*C(D)[E]\\F_G!H%I' });
    add('wildcard-bait', { primerApellido: 'AXBXCXDXEXFXGXHXI' });
    add('proc-1', { primerApellido: 'PROCEDIMIENTOS', tipoProcedimiento: [{ clave: 1, valor: 'CONTRATACIONES PÚBLICAS' }] });
    add('proc-2-3', {
      primerApellido: 'PROCEDIMIENTOS',
      tipoProcedimiento: [
        { clave: 2, valor: 'CONCESIONES, LICENCIAS, PERMISOS, AUTORIZACIONES Y SUS PRÓRROGAS' },
        { clave: 3, valor: 'ENAJENACIÓN DE BIENES MUEBLES' },
      ],
    });
    add('proc-4', { primerApellido: 'PROCEDIMIENTOS', tipoProcedimiento: [{ clave: 4, valor: 'ASIGNACIÓN Y EMISIÓN DE DICTÁMENES DE AVALÚOS NACIONALES' }] });
    add('proc-1-5', {
      primerApellido: 'PROCEDIMIENTOS',
      tipoProcedimiento: [
        { clave: 1, valor: 'CONTRATACIONES PÚBLICAS' },
        { clave: 5, valor: 'OTRO' },
      ],
    });
    const records = await publishS2(t, ente, rows);
    records.forEach((r, i) => {
      published.push(r);
      if (labels[i].includes('|')) tableIds.set(labels[i], r.id);
      else named.set(labels[i], r.id);
    });
    // An imported record whose id is an upper-case UUID (imports keep their ids, SPEC §2.6).
    const upper = await publishS2(t, ente, [{ ...FILLER, primerApellido: 'IMPORTADO' }], { ids: ['3F2A9C1E-5B7D-4E8A-9C61-0D2B4F7A8E15'] });
    published.push(...upper);
    named.set('upper-id', upper[0].id);
    client = await pdnClient(t, consumer);
  });
  afterAll(() => t.close());

  describe.each(TEXT_FIELDS)('§7.8.9: the folding table of §5.1, row by row, on %s', (field) => {
    it.each(FOLDING_TABLE.map((row, i) => ({ ...row, i })))('filter «$filter» vs stored «$stored» → $match', async ({ filter, match, i }) => {
      const ids = await idsFor({ [field]: filter });
      expect(ids.includes(tableIds.get(`${field}|${i}`) as string)).toBe(match);
      expect(ids).toEqual(expectedIds({ [field]: filter }));
    });
  });

  it('compound surnames are matched as one string (substring of the whole value, order matters)', async () => {
    const id = (label: string) => named.get(label) as string;
    expect(await idsFor({ primerApellido: 'de la cruz' })).toEqual([id('de la Cruz')]);
    expect(await idsFor({ primerApellido: 'DE LA CRUZ' })).toEqual([id('de la Cruz')]);
    expect(await idsFor({ primerApellido: '  la   Cruz ' })).toEqual([id('de la Cruz')]);
    expect(await idsFor({ primerApellido: 'del rio' })).toEqual([id('DEL RÍO')]);
    expect(await idsFor({ primerApellido: 'Del Río' })).toEqual([id('DEL RÍO')]);
    expect(await idsFor({ primerApellido: 'de la' })).toEqual([id('de la Cruz'), id('De La Garza y Treviño')].sort());
    expect(await idsFor({ primerApellido: 'garza y treviño' })).toEqual([id('De La Garza y Treviño')]);
    expect(await idsFor({ segundoApellido: 'DE LOS SANTOS' })).toEqual([id('De La Garza y Treviño')]);
    for (const none of ['cruz de la', 'delrio', 'de  la  garza  y  trevino', 'garza treviño']) expect(await idsFor({ primerApellido: none })).toEqual([]);
  });

  it('ñ and n are different letters, in both directions', async () => {
    const pena = named.get('PENA') as string;
    const penya = named.get('PEÑA') as string;
    const ids = async (filter: string) => (await idsFor({ primerApellido: filter })).filter((id) => id === pena || id === penya);
    expect(await ids('peña')).toEqual([penya]);
    expect(await ids('PEÑA')).toEqual([penya]);
    expect(await ids('pen\u0303a')).toEqual([penya]);
    expect(await ids('pena')).toEqual([pena]);
    expect(await ids('ñ')).toEqual([penya]);
    expect(await ids('en')).toEqual([pena]);
    expect(await idsFor({ primerApellido: 'ñ' })).toEqual(expectedIds({ primerApellido: 'ñ' }));
    expect(await idsFor({ primerApellido: 'n' })).toEqual(expectedIds({ primerApellido: 'n' }));
  });

  it('%, _, !, \\ and regular-expression characters are literal text', async () => {
    const literal = named.get('literal') as string;
    for (const filter of ['%', '_', '!', '\\', '.', '*', '(', '[', 'b*c(d)', '!h%', 'f_g', '[e]', '\\f', 'h%i', 'c(d)[e]\\f_g!h%i']) {
      const ids = await idsFor({ primerApellido: filter });
      expect({ filter, literal: ids.includes(literal), ids }).toEqual({ filter, literal: true, ids: expectedIds({ primerApellido: filter }) });
    }
    // As wildcards these would match the bait «AXBXCX…» or everything; as literals they match nothing.
    for (const filter of ['a_b', 'a%i', 'x_x', '%%', '_', '!x', 'a.b*c.d', '.*']) {
      const ids = await idsFor({ primerApellido: filter });
      expect({ filter, bait: ids.includes(named.get('wildcard-bait') as string) }).toEqual({ filter, bait: false });
      expect(ids).toEqual(expectedIds({ primerApellido: filter }));
    }
  });

  it('null, "", blank strings and [] are absent filters (also for curp/rfc with role publico)', async () => {
    const total = published.length;
    expect(await countRows(client, {})).toBe(total);
    const absentValues = [null, '', '   ', '\t\n ', '\u00a0\u3000'];
    for (const key of [...TEXT_FIELDS, 'id', 'curp', 'rfc']) {
      for (const value of absentValues) expect({ key, value, n: await countRows(client, { [key]: value }) }).toEqual({ key, value, n: total });
    }
    expect(await countRows(client, { tipoProcedimiento: [] })).toBe(total);
    expect(await countRows(client, { tipoProcedimiento: null })).toBe(total);
    expect(
      await countRows(client, { nombres: '', primerApellido: ' ', segundoApellido: null, institucionDependencia: '\n', id: '', curp: '', rfc: null, tipoProcedimiento: [] }),
    ).toBe(total);
    // Absent filters next to a present one change nothing.
    expect(await idsFor({ primerApellido: 'del rio', nombres: '', tipoProcedimiento: [], curp: ' ' })).toEqual([named.get('DEL RÍO')]);
  });

  it('§7.8.10: a non-empty id ignores every other filter; trimmed; UUIDs compared case-insensitively', async () => {
    const target = published[0].id;
    const others = { nombres: 'nadie', primerApellido: 'zzz', institucionDependencia: 'ninguna', tipoProcedimiento: [99], curp: 'X', rfc: 'Y' };
    expect(await idsFor({ id: target, ...others })).toEqual([target]);
    expect(await idsFor({ ...others, id: `  ${target.toUpperCase()}  ` })).toEqual([target]);
    const upper = named.get('upper-id') as string;
    expect(await idsFor({ id: upper.toLowerCase() })).toEqual([upper]);
    expect(await idsFor({ id: upper })).toEqual([upper]);
    expect(await idsFor({ id: '00000000-0000-4000-8000-000000000000', primerApellido: 'del rio' })).toEqual([]);
    expect(await idsFor({ id: target.slice(0, 8) })).toEqual([]); // exact, not a substring
    // Pagination still applies.
    expect(expectSpicPage(await spic(client, { page: 2, pageSize: 1, query: { id: target } }), { totalRows: 1, page: 2 }).results).toEqual([]);
    // An empty id does not disable the other filters.
    expect(await idsFor({ id: '  ', primerApellido: 'del rio' })).toEqual([named.get('DEL RÍO')]);
    expectV1Error(await spic(client, { query: { id: 5 } }), 400, 'El campo query.id debe ser una cadena de texto.');
  });

  it('§7.8.10: unknown keys, in query or at the top level, are ignored and never filter', async () => {
    const total = published.length;
    expect(await countRows(client, { nombre: 'x', apellido: 'y', tipoSancion: ['I'], estado: {}, expediente: 5, curpp: 'X', page: 9 })).toBe(total);
    const top = expectSpicPage(await spic(client, { pagina: 3, filtros: { nombres: 'x' }, page: 1, pageSize: 1, orden: 'desc', code: 500 }), {
      page: 1,
      pageSize: 1,
      totalRows: total,
    });
    expect(top.results).toHaveLength(1);
    expect(await idsFor({ primerApellido: 'del rio', segundoApelido: 'typo', tipo_procedimiento: [9] })).toEqual([named.get('DEL RÍO')]);
  });

  it('§7.8.10: rfcSolicitante is accepted at the top level and inside query, logged, and never filters', async () => {
    const total = published.length;
    const inQuery = await spic(client, { page: 1, pageSize: 1, query: { rfcSolicitante: 'GODE561231GR8' } });
    expect(expectSpicPage(inQuery).pagination.totalRows).toBe(total);
    expect((await accessLogLine(t, inQuery))['rfcSolicitante']).toBe('GODE561231GR8');
    const topLevel = await spic(client, { page: 1, pageSize: 1, rfcSolicitante: 'TOPE561231AB1', query: { primerApellido: 'del rio' } });
    expect(expectSpicPage(topLevel).pagination.totalRows).toBe(1);
    const line = await accessLogLine(t, topLevel);
    expect(line['rfcSolicitante']).toBe('TOPE561231AB1');
    expect(line['role']).toBe('publico');
    expect(line['clientId']).toBe(consumer.client_id);
    expect(Number(line['status'])).toBe(200);
    expect(Number(line['matched'])).toBe(1);
    // A non-string rfcSolicitante is ignored: no error, nothing logged as rfc.
    const odd = await spic(client, { rfcSolicitante: { x: 1 }, query: { rfcSolicitante: 123 } });
    expect(expectSpicPage(odd).pagination.totalRows).toBe(total);
    expect((await accessLogLine(t, odd))['rfcSolicitante']).toBeNull();
  });

  it('§7.8.11: tipoProcedimiento is any-of; a single integer or digit strings are accepted; outside 1..5 matches nothing', async () => {
    const id = (label: string) => named.get(label) as string;
    const procs = (list: unknown) => idsFor({ primerApellido: 'PROCEDIMIENTOS', tipoProcedimiento: list });
    expect(await procs([1])).toEqual([id('proc-1'), id('proc-1-5')].sort());
    expect(await procs(1)).toEqual([id('proc-1'), id('proc-1-5')].sort());
    expect(await procs([3, 4])).toEqual([id('proc-2-3'), id('proc-4')].sort());
    expect(await procs(['5'])).toEqual([id('proc-1-5')]);
    expect(await procs('2')).toEqual([id('proc-2-3')]);
    expect(await procs([' 4 ', 4])).toEqual([id('proc-4')]);
    expect(await procs([1, 2, 3, 4, 5])).toHaveLength(4);
    expect(await procs([99, 4])).toEqual([id('proc-4')]);
    for (const none of [[0], [6], [99], [-1], [1e300], ['000006']]) expect(await procs(none)).toEqual([]);
    // Across all records too (records from the factory carry random procedure lists).
    for (const list of [[1], [2, 5], [3], [4, 1]]) expect(await idsFor({ tipoProcedimiento: list })).toEqual(expectedIds({ tipoProcedimiento: list }));
  });

  it('tipoProcedimiento items that are not integers → 400 with the §6.1 message', async () => {
    for (const value of [[1.5], ['a'], {}, [null], [true], 'uno', [[1]], 2.5, [{}]]) {
      expectV1Error(await spic(client, { query: { tipoProcedimiento: value } }), 400, 'El campo query.tipoProcedimiento debe ser una lista de números enteros.');
    }
  });

  it('a string filter whose value is not a string → 400 naming the field', async () => {
    for (const key of [...TEXT_FIELDS, 'curp', 'rfc']) {
      for (const value of [5, true, {}, ['x'], 0]) {
        expectV1Error(await spic(client, { query: { [key]: value } }), 400, `El campo query.${key} debe ser una cadena de texto.`);
      }
    }
  });

  it('filters combine with AND', async () => {
    const cases: (Partial<Record<TextField, string>> & { tipoProcedimiento?: number[] })[] = [
      { primerApellido: 'PROCEDIMIENTOS', tipoProcedimiento: [5] },
      { nombres: 'wendy', primerApellido: 'de la' },
      { nombres: 'wendy', institucionDependencia: 'vivienda', segundoApellido: 'quiroga', tipoProcedimiento: [1, 2] },
      { institucionDependencia: 'salud', nombres: 'wendy' },
      { nombres: 'jose', primerApellido: 'valdivia' },
    ];
    for (const query of cases) expect(await idsFor(query)).toEqual(expectedIds(query));
  });
});
