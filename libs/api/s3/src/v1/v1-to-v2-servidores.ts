import { NIVEL_JERARQUICO, TIPO_FALTA_S3S, findEntry, fold } from '@pde/shared/contracts';
import { TIPO_FALTA_GRAVES_TO_V1 } from './v1-faltas';
import { faltaByLabel, obj, text, valorOf, type FaltaRef, type Json } from './v1-parse';
import {
  failure,
  fechaFromDescripcion,
  faltasWithHechos,
  hasResolucionUrls,
  inhabilitacionBlock,
  mergeSanciones,
  montoBlock,
  prune,
  resolucionFromV1,
  rootFields,
  suspensionBlock,
  type SancionDraft,
  type V1ConversionFailure,
  type V1Draft,
} from './v1-to-v2-common';
import { V1_TO_V2_MSG } from './v1-to-v2-messages';
import type { S3SCollection } from './v1-types';

/**
 * S3S v1.1 → `faltas_administrativas_graves` / `_no_graves` (the PDN's `servidoresPublicos.js`,
 * with the SPEC §4.7 tables read backwards where they differ). Builds the draft: what v1 carries,
 * nothing invented; `convertS3S` then adds the importer's complement and validates.
 */

const GRAVES = 'faltas_administrativas_graves';
const NO_GRAVES = 'faltas_administrativas_no_graves';

/** v1 claves that name a falta grave (§4.7.2 reversed; the PDN's `faltasGraves` list). */
const V1_GRAVES: ReadonlySet<string> = new Set([...Object.values(TIPO_FALTA_GRAVES_TO_V1), 'ASEX', 'HSEX']);
/** v1 claves that name a falta no grave (the PDN's `faltasNoGraves` list). */
const V1_NO_GRAVES: ReadonlySet<string> = new Set(['NAD', 'IDSP', 'ANG']);

/** v1 clave → v2 falta, for the claves with one precise meaning. */
const V1_FALTA_TO_V2: Readonly<Record<string, FaltaRef>> = {
  ...Object.fromEntries(Object.entries(TIPO_FALTA_GRAVES_TO_V1).filter(([, v1]) => v1 !== 'AG').map(([v2, v1]) => [v1, { clave: v2 }])),
  ASEX: { clave: 'OTRO', valor: 'ACOSO_SEXUAL' },
  HSEX: { clave: 'OTRO', valor: 'HOSTIGAMIENTO_SEXUAL' },
  IDSP: { clave: 'DECLARACIONES' },
};

/** v1 claves that say only "grave", "no grave" or "otro": the falta is in `descripcion`. */
const GENERIC = new Set(['AG', 'ANG', 'OTRO']);

export interface ServidoresOptions {
  /** Destination of the records whose `tipoFalta` is neither grave nor no grave (manual classification). */
  unclassifiedAs?: S3SCollection;
}

/** The v1 clave of `tipoFalta`: its `clave`, or the clave whose catalog `valor` it spells. */
function tipoFaltaClave(tipoFalta: Json | undefined): string | undefined {
  const clave = text(tipoFalta?.['clave'])?.toUpperCase();
  if (clave && findEntry(TIPO_FALTA_S3S, clave)) return clave;
  const valor = text(tipoFalta?.['valor']);
  return valor ? TIPO_FALTA_S3S.entries.find((e) => fold(e.valor) === fold(valor))?.clave : clave;
}

const descripcionParts = (descripcion: string | undefined) => (descripcion ? descripcion.split('; ').map((p) => p.trim()).filter(Boolean) : []);

function classify(clave: string | undefined, descripcion: string | undefined, options: ServidoresOptions): S3SCollection | undefined {
  if (clave && V1_GRAVES.has(clave)) return GRAVES;
  if (clave && V1_NO_GRAVES.has(clave)) return NO_GRAVES;
  // Our projection writes OTRO for a falta grave «Otro»; its labels then name graves faltas.
  const parts = descripcionParts(descripcion);
  if (clave === 'OTRO' && parts.length > 0 && parts.every((part) => faltaByLabel(GRAVES, part))) return GRAVES;
  return options.unclassifiedAs;
}

/** The v2 faltas of the record (§4.7.2 reversed), with their facts. */
function faltas(collection: S3SCollection, clave: string, tipoFalta: Json | undefined, causa: string | undefined): Json[] {
  const descripcion = text(tipoFalta?.['descripcion']);
  const parts = descripcionParts(descripcion);
  const labelled = parts.map((part) => faltaByLabel(collection, part));
  // Several labels (our projection lists every falta) → one falta each, when all are known.
  if (parts.length > 1 && labelled.every(Boolean)) return faltasWithHechos(labelled as FaltaRef[], causa);
  const direct = V1_FALTA_TO_V2[clave];
  if (direct && (collection === GRAVES) === V1_GRAVES.has(clave)) return faltasWithHechos([direct], causa);
  if (GENERIC.has(clave) && descripcion) {
    return faltasWithHechos([faltaByLabel(collection, descripcion) ?? { clave: 'OTRO', valor: descripcion }], causa);
  }
  // A specific v1 falta with no v2 clave here (NAD, or a manual classification): its v1 name.
  return faltasWithHechos([{ clave: 'OTRO', valor: text(tipoFalta?.['valor']) ?? clave }], causa);
}

function sexo(genero: unknown, warnings: string[]): string | undefined {
  const source = obj(genero);
  const clave = text(source?.['clave'])?.toUpperCase();
  const valor = fold(valorOf(genero) ?? '');
  if (clave === 'M' || valor === 'masculino' || valor === 'hombre') return 'HOMBRE';
  if (clave === 'F' || valor === 'femenino' || valor === 'mujer') return 'MUJER';
  if (clave || valor) warnings.push(V1_TO_V2_MSG.generoSinEquivalente(valorOf(genero) ?? clave ?? ''));
  return undefined;
}

/** `nivel` is the v2 clave when it is one (our projection), otherwise free text under OTRO. */
function nivelJerarquico(nivel: string | undefined): Json | undefined {
  if (!nivel) return undefined;
  return findEntry(NIVEL_JERARQUICO, nivel) && nivel !== 'OTRO' ? { clave: nivel } : { clave: 'OTRO', valor: nivel };
}

function sanciones(collection: S3SCollection, v1: Json, warnings: string[]): SancionDraft[] | V1ConversionFailure {
  const items = Array.isArray(v1['tipoSancion']) ? v1['tipoSancion'].map(obj).filter((i): i is Json => i !== undefined) : [];
  const out: SancionDraft[] = [];
  for (const item of items) {
    const clave = text(item['clave'])?.toUpperCase() ?? '';
    const valor = text(item['valor']);
    const descripcion = text(item['descripcion']);
    switch (clave) {
      case 'I':
        out.push({ clave: 'INHABILITACION', block: ['inhabilitacion', inhabilitacionBlock(v1, warnings)] });
        break;
      case 'SE':
      case 'M':
      case 'IRSC': {
        if (collection === NO_GRAVES) return failure(V1_TO_V2_MSG.sancionNotInCollection(clave, collection), collection);
        const multa = obj(v1['multa']);
        out.push({ clave: 'SANCION_ECONOMICA', block: ['sancionEconomica', multa ? montoBlock(multa['monto'], multa['moneda'], warnings) : undefined] });
        break;
      }
      case 'S':
        out.push({ clave: 'SUSPENSION', block: ['suspensionEmpleo', suspensionBlock(descripcion, 'empleo', warnings)] });
        break;
      case 'D': {
        const fechaDestitucion = fechaFromDescripcion(descripcion);
        out.push({ clave: 'DESTITUCION', block: ['destitucionEmpleo', fechaDestitucion ? { fechaDestitucion } : undefined] });
        break;
      }
      case 'O':
        out.push(otraSancion(collection, valor, descripcion));
        break;
      default:
        return failure(V1_TO_V2_MSG.unknownSancion(clave || '(vacía)', 'S3S'), collection);
    }
  }
  if (obj(v1['multa']) && !out.some((s) => s.clave === 'SANCION_ECONOMICA')) warnings.push(V1_TO_V2_MSG.multaSinSancion);
  return out;
}

/** `O`: an amonestación (no graves, §4.7.1 reversed) or another sanción named by `valor`. */
function otraSancion(collection: S3SCollection, valor: string | undefined, descripcion: string | undefined): SancionDraft {
  const foldedValor = fold(valor ?? '');
  if (collection === NO_GRAVES && foldedValor.startsWith('amonestacion')) {
    const said = fold(`${descripcion ?? ''} ${valor ?? ''}`);
    const tipo = said.includes('publica') ? 'PUBLICA' : said.includes('privada') ? 'PRIVADA' : undefined;
    return { clave: 'AMONESTACION', block: ['amonestacion', tipo ? { tipo } : undefined] };
  }
  // «OTRO» names nothing: the description, if any, is the name of the sanción.
  const denominacionSancion = valor && foldedValor !== 'otro' ? valor : (descripcion ?? valor);
  return { clave: 'OTRO', block: ['otro', denominacionSancion ? { denominacionSancion } : undefined] };
}

/** The v2 draft of one S3S v1.1 record, or why it cannot become one. */
export function draftS3S(input: unknown, options: ServidoresOptions = {}): V1Draft<S3SCollection> | V1ConversionFailure {
  const v1 = obj(input);
  if (!v1) return failure(V1_TO_V2_MSG.notAnObject);
  const servidor = obj(v1['servidorPublicoSancionado']);
  if (!servidor) return failure(V1_TO_V2_MSG.notS3S);
  const tipoFalta = obj(v1['tipoFalta']);
  const clave = tipoFaltaClave(tipoFalta);
  if (!clave && !options.unclassifiedAs) return failure(V1_TO_V2_MSG.missingTipoFalta);
  const collection = classify(clave, text(tipoFalta?.['descripcion']), options);
  if (!collection) return failure(V1_TO_V2_MSG.unclassified(clave ?? '', text(tipoFalta?.['valor'])));

  const warnings: string[] = [];
  const tipoSancion = sanciones(collection, v1, warnings);
  if (!Array.isArray(tipoSancion)) return tipoSancion;
  if (collection === NO_GRAVES && hasResolucionUrls(v1)) warnings.push(V1_TO_V2_MSG.dropped(['resolucion.url']));

  const institucion = obj(v1['institucionDependencia']);
  const data = prune({
    ...rootFields(v1),
    datosGenerales: {
      nombres: text(servidor['nombres']),
      primerApellido: text(servidor['primerApellido']),
      segundoApellido: text(servidor['segundoApellido']),
      curp: text(servidor['curp']),
      rfc: text(servidor['rfc']),
      sexo: sexo(servidor['genero'], warnings),
    },
    empleoCargoComision: {
      nombreEntePublico: text(institucion?.['nombre']),
      siglasEntePublico: text(institucion?.['siglas']),
      nivelJerarquico: nivelJerarquico(text(servidor['nivel'])),
      denominacion: text(servidor['puesto']),
    },
    // Without any tipoFalta (only with a manual classification) no falta is made up: validation names it.
    faltaCometida: clave ? faltas(collection, clave, tipoFalta, text(v1['causaMotivoHechos'])) : [],
    resolucion: resolucionFromV1(v1, collection === GRAVES),
    tipoSancion: mergeSanciones(tipoSancion),
  });
  return { collection, data, warnings };
}

/** Fields that a present `empleoCargoComision` requires (§3.7.1). */
const EMPLEO_REQUIRED = ['entidadFederativa', 'nivelOrdenGobierno', 'ambitoPublico', 'nombreEntePublico', 'denominacion', 'areaAdscripcion'];

/**
 * In faltas no graves `empleoCargoComision` is optional, but a present one must be complete: a
 * block that v1 and the complement cannot complete is left out (with a warning) rather than
 * failing the record over data the standard does not demand.
 */
export function dropIncompleteEmpleo(data: Json, warnings: string[]): Json {
  const empleo = obj(data['empleoCargoComision']);
  if (!empleo) return data;
  const complete = EMPLEO_REQUIRED.every((key) => text(empleo[key])) && text(obj(empleo['nivelJerarquico'])?.['clave']);
  if (complete) return data;
  warnings.push(V1_TO_V2_MSG.empleoIncompleto);
  const { empleoCargoComision: _dropped, ...rest } = data;
  return rest;
}
