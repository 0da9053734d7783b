import { GENERO, NIVEL_RESPONSABILIDAD, RAMOS_PREDETERMINADOS, TIPO_AREA, TIPO_PROCEDIMIENTO, findEntry, type S2RecordData } from '@pde/shared/contracts';
import { GIVEN_NAMES_F, GIVEN_NAMES_M, identityFor, POSITIONS, Random, SURNAMES } from '@pde/api/synthetic';

export interface InstitutionRef {
  nombre: string;
  siglas?: string;
  clave?: string;
}

const entry = <K extends string | number>(catalog: Parameters<typeof findEntry<K>>[0], clave: K) => {
  const e = findEntry(catalog, clave);
  if (!e) throw new Error(`clave ${String(clave)} fuera del catálogo ${catalog.id}`);
  return { clave: e.clave, valor: e.valor };
};

/** A realistic S2 record: Mexican names with accents and ñ, CURP/RFC with valid check digits, catalogs. */
export function syntheticS2Record(random: Random, institution: InstitutionRef): S2RecordData {
  const female = random.chance(0.48);
  const nombres = random.pickSkewed(female ? GIVEN_NAMES_F : GIVEN_NAMES_M, 1.3);
  const primerApellido = random.pickSkewed(SURNAMES);
  const segundoApellido = random.chance(0.95) ? random.pickSkewed(SURNAMES) : undefined;
  const identity = identityFor(random, nombres, primerApellido, segundoApellido, female ? 'F' : 'M');
  const position = random.pick(POSITIONS);
  const procedures = random.sample([1, 1, 1, 2, 3, 4, 5], random.int(1, 3));
  const data: S2RecordData = {
    ejercicioFiscal: String(random.int(2019, 2026)),
    ...(random.chance(0.7) ? { ramo: entry(RAMOS_PREDETERMINADOS, random.pick(RAMOS_PREDETERMINADOS.entries).clave) } : {}),
    rfc: identity.rfc,
    curp: identity.curp,
    nombres,
    primerApellido,
    ...(segundoApellido ? { segundoApellido } : {}),
    genero: entry(GENERO, female ? 'F' : 'M'),
    institucionDependencia: { nombre: institution.nombre, ...(institution.siglas ? { siglas: institution.siglas } : {}), ...(institution.clave ? { clave: institution.clave } : {}) },
    puesto: { nombre: position.nombre, nivel: position.nivel },
    tipoArea: random.sample(TIPO_AREA.entries, random.int(1, 2)).map((e) => ({ clave: e.clave, valor: e.valor })),
    nivelResponsabilidad: random.sample(NIVEL_RESPONSABILIDAD.entries, random.int(1, 2)).map((e) => ({ clave: e.clave, valor: e.valor })),
    tipoProcedimiento: [...new Set(procedures)].sort().map((c) => entry(TIPO_PROCEDIMIENTO, c)),
  };
  if (random.chance(0.6)) {
    const bossFemale = random.chance(0.45);
    const boss = {
      nombres: random.pickSkewed(bossFemale ? GIVEN_NAMES_F : GIVEN_NAMES_M),
      primerApellido: random.pickSkewed(SURNAMES),
      segundoApellido: random.pickSkewed(SURNAMES),
    };
    const bossIdentity = identityFor(random, boss.nombres, boss.primerApellido, boss.segundoApellido, bossFemale ? 'F' : 'M');
    data.superiorInmediato = { ...boss, curp: bossIdentity.curp, rfc: bossIdentity.rfc, puesto: { nombre: 'Director General de Administración', nivel: 'K11' } };
  }
  if (random.chance(0.1)) data.observaciones = 'Participó como suplente en el comité de adquisiciones durante el ejercicio.';
  return data;
}

let factorySeed = 1;

/** Test factory: a valid record, overridable field by field. */
export function s2RecordFactory(overrides: Partial<S2RecordData> = {}, seed = factorySeed++): S2RecordData {
  const base = syntheticS2Record(new Random(seed), { nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', clave: 'SEFIN' });
  return { ...base, ...overrides };
}
