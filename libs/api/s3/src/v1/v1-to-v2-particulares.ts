import {
  ENTIDAD_FEDERATIVA,
  TIPO_VIALIDAD_FISICAS,
  TIPO_VIALIDAD_FISICAS_ALIASES,
  TIPO_VIALIDAD_MORALES,
  TIPO_VIALIDAD_MORALES_ALIASES,
  findEntry,
  fold,
} from '@pde/shared/contracts';
import { countryName } from './countries';
import { faltaByLabel, obj, splitNombre, text, valorOf, type FaltaRef, type Json } from './v1-parse';
import {
  failure,
  fechaFromDescripcion,
  faltasWithHechos,
  inhabilitacionBlock,
  mergeSanciones,
  montoBlock,
  montoFromDescripcion,
  prune,
  resolucionFromV1,
  rootFields,
  suspensionBlock,
  type SancionDraft,
  type V1ConversionFailure,
  type V1Draft,
} from './v1-to-v2-common';
import { V1_TO_V2_MSG } from './v1-to-v2-messages';
import type { S3PCollection } from './v1-types';

/**
 * S3P v1.1 → `faltas_graves_personas_fisicas` / `_morales` (the PDN's `particulares.js`, with the
 * SPEC §4.5/§4.7 tables read backwards where they differ). The destination is decided by
 * `tipoPersona` only: a record without `F` or `M` is reported, not guessed.
 */

const FISICAS = 'faltas_graves_personas_fisicas';
const MORALES = 'faltas_graves_personas_morales';

/** v1 fields that have no place in v2; they are dropped with a warning. */
const WITHOUT_V2_PLACE: readonly [string, (v1: Json) => unknown][] = [
  ['particularSancionado.telefono', (v1) => obj(v1['particularSancionado'])?.['telefono']],
  ['objetoContrato', (v1) => v1['objetoContrato']],
  ['acto', (v1) => v1['acto']],
  ['responsableSancion', (v1) => obj(v1['responsableSancion'])],
  ['resolucion.sentido', (v1) => obj(v1['resolucion'])?.['sentido']],
];

/** S3P `tipoFalta` (free text, §4.7.3 reversed): labels joined by `; ` become one falta each. */
function faltas(collection: S3PCollection, tipoFalta: string | undefined, causa: string | undefined): Json[] {
  if (!tipoFalta) return [];
  const whole = faltaByLabel(collection, tipoFalta);
  if (whole) return faltasWithHechos([whole], causa);
  const parts = tipoFalta.split('; ').map((part) => part.trim()).filter(Boolean);
  // Split only what our projection joined: at least one part must be a known label.
  if (parts.length > 1 && parts.some((part) => faltaByLabel(collection, part))) {
    return faltasWithHechos(parts.map((part): FaltaRef => faltaByLabel(collection, part) ?? { clave: 'OTRO', valor: part }), causa);
  }
  return faltasWithHechos([{ clave: 'OTRO', valor: tipoFalta }], causa);
}

function sanciones(collection: S3PCollection, v1: Json, warnings: string[]): SancionDraft[] | V1ConversionFailure {
  const items = Array.isArray(v1['tipoSancion']) ? v1['tipoSancion'].map(obj).filter((i): i is Json => i !== undefined) : [];
  const multa = obj(v1['multa']);
  const hasSancionEconomica = items.some((i) => ['SE', 'M'].includes(text(i['clave'])?.toUpperCase() ?? ''));
  const out: SancionDraft[] = [];
  const otro = (denominacionSancion: string | undefined): SancionDraft => ({
    clave: 'OTRO',
    block: ['otro', denominacionSancion ? { denominacionSancion } : undefined],
  });
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
        out.push({ clave: 'SANCION_ECONOMICA', block: ['sancionEconomica', multa ? montoBlock(multa['monto'], multa['moneda'], warnings) : undefined] });
        break;
      case 'IND': {
        // Our projection describes the amount; older files put it in `multa` (the PDN's reading).
        const fromMulta = !hasSancionEconomica && multa ? montoBlock(multa['monto'], multa['moneda'], warnings) : undefined;
        out.push({ clave: 'INDEMNIZACION', block: ['indemnizacion', montoFromDescripcion(descripcion, warnings) ?? fromMulta] });
        break;
      }
      case 'S':
      case 'D':
        if (collection === MORALES) {
          out.push(
            clave === 'S'
              ? { clave: 'SUSPENSION_ACTIVIDADES', block: ['suspensionActividades', suspensionBlock(descripcion, 'actividades', warnings)] }
              : { clave: 'DISOLUCION_SOCIEDAD', block: ['disolucionSociedad', disolucion(descripcion)] },
          );
        } else {
          // The PDN's migration keeps them for personas físicas as «otra sanción» with their name.
          const name = valor ?? (clave === 'S' ? 'SUSPENSIÓN DE ACTIVIDADES' : 'DISOLUCIÓN DE LA SOCIEDAD');
          warnings.push(V1_TO_V2_MSG.sancionComoOtro(name));
          out.push(otro(name));
        }
        break;
      case 'A':
        warnings.push(V1_TO_V2_MSG.amonestacionParticular);
        out.push(otro([valor ?? 'AMONESTACIÓN', descripcion].filter(Boolean).join(' ')));
        break;
      case 'O':
        out.push(otro(valor && fold(valor) !== 'otro' ? valor : (descripcion ?? valor)));
        break;
      default:
        return failure(V1_TO_V2_MSG.unknownSancion(clave || '(vacía)', 'S3P'), collection);
    }
  }
  if (multa && !hasSancionEconomica && !out.some((s) => s.clave === 'INDEMNIZACION')) warnings.push(V1_TO_V2_MSG.multaSinSancion);
  return out;
}

function disolucion(descripcion: string | undefined): Json | undefined {
  const fechaDisolucion = fechaFromDescripcion(descripcion);
  return fechaDisolucion ? { fechaDisolucion } : undefined;
}

/** Two-digit INEGI clave of a v1 entidad (`{clave, valor}`): by clave (`9` → `09`), then by name. */
function entidadFederativa(value: unknown, warnings: string[]): string | undefined {
  const clave = text(obj(value)?.['clave']);
  const padded = clave && /^\d{1,2}$/.test(clave) ? clave.padStart(2, '0') : clave;
  if (padded && findEntry(ENTIDAD_FEDERATIVA, padded)) return padded;
  const valor = valorOf(value);
  const byName = valor ? ENTIDAD_FEDERATIVA.entries.find((e) => fold(e.valor) === fold(valor))?.clave : undefined;
  if (!byName && (clave || valor)) warnings.push(V1_TO_V2_MSG.entidadDesconocida(valor ?? clave ?? ''));
  return byName;
}

function tipoVialidad(collection: S3PCollection, value: string | undefined, warnings: string[]): string | undefined {
  if (!value) return undefined;
  const [catalog, aliases] = collection === FISICAS ? [TIPO_VIALIDAD_FISICAS, TIPO_VIALIDAD_FISICAS_ALIASES] : [TIPO_VIALIDAD_MORALES, TIPO_VIALIDAD_MORALES_ALIASES];
  const upper = value.toUpperCase();
  const canonical = aliases[upper] ?? upper;
  if (findEntry(catalog, canonical)) return canonical;
  warnings.push(V1_TO_V2_MSG.vialidadDesconocida(value));
  return undefined;
}

/** §4.7.8 reversed; `tipoDomicilio` follows the block that exists. */
function domicilios(collection: S3PCollection, particular: Json, warnings: string[]): Json {
  const mx = obj(particular['domicilioMexico']);
  const ext = obj(particular['domicilioExtranjero']);
  const domicilioMexico = mx
    ? prune({
        tipoVialidad: tipoVialidad(collection, text(obj(mx['vialidad'])?.['clave']), warnings),
        nombreVialidad: valorOf(mx['vialidad']),
        numeroExterior: text(mx['numeroExterior']),
        numeroInterior: text(mx['numeroInterior']),
        coloniaLocalidad: valorOf(mx['localidad']),
        municipioAlcaldia: valorOf(mx['municipio']),
        codigoPostal: text(mx['codigoPostal']),
        entidadFederativa: mx['entidadFederativa'] ? entidadFederativa(mx['entidadFederativa'], warnings) : undefined,
      })
    : undefined;
  const pais = obj(ext?.['pais']);
  const domicilioExtranjero = ext
    ? prune({
        ciudad: text(ext['ciudadLocalidad']),
        provincia: text(ext['estadoProvincia']),
        calle: text(ext['calle']),
        numeroExterior: text(ext['numeroExterior']),
        numeroInterior: text(ext['numeroInterior']),
        codigoPostal: text(ext['codigoPostal']),
        pais: valorOf(ext['pais']) ?? (text(pais?.['clave']) ? countryName(text(pais?.['clave']) as string) : undefined),
      })
    : undefined;
  const hasMx = domicilioMexico && Object.keys(domicilioMexico).length > 0;
  const hasExt = domicilioExtranjero && Object.keys(domicilioExtranjero).length > 0;
  const tipoDomicilio = hasMx ? 'DOMICILIO_MEXICO' : hasExt ? 'DOMICILIO_EXTRANJERO' : undefined;
  return { tipoDomicilio, domicilioMexico, domicilioExtranjero };
}

/** `directorGeneral` / `apoderadoLegal` → v2 representante (`nombres` → `nombre`, singular). */
function representante(source: Json | undefined): Json | undefined {
  if (!source) return undefined;
  return prune({
    nombre: text(source['nombres']) ?? text(source['nombre']),
    primerApellido: text(source['primerApellido']),
    segundoApellido: text(source['segundoApellido']),
    rfc: text(source['rfc']),
    curp: text(source['curp']),
  });
}

function datosFisica(particular: Json, warnings: string[]): Json {
  const full = text(particular['nombreRazonSocial']);
  const split = full ? splitNombre(full) : undefined;
  if (full && split) {
    const parts = [`nombre(s) «${split.nombres}»`, `primer apellido «${split.primerApellido}»`];
    if (split.segundoApellido) parts.push(`segundo apellido «${split.segundoApellido}»`);
    warnings.push(V1_TO_V2_MSG.nameSplit(full, parts.join(', ')));
  }
  return { ...split, curp: text(particular['curp']), rfc: text(particular['rfc']), ...domicilios(FISICAS, particular, warnings) };
}

/** The v2 draft of one S3P v1.1 record, or why it cannot become one. */
export function draftS3P(input: unknown): V1Draft<S3PCollection> | V1ConversionFailure {
  const v1 = obj(input);
  if (!v1) return failure(V1_TO_V2_MSG.notAnObject);
  const particular = obj(v1['particularSancionado']);
  if (!particular) return failure(V1_TO_V2_MSG.notS3P);
  const tipoPersona = text(particular['tipoPersona'])?.toUpperCase();
  if (tipoPersona !== 'F' && tipoPersona !== 'M') return failure(V1_TO_V2_MSG.tipoPersona(particular['tipoPersona']));
  const collection: S3PCollection = tipoPersona === 'F' ? FISICAS : MORALES;

  const warnings: string[] = [];
  const tipoSancion = sanciones(collection, v1, warnings);
  if (!Array.isArray(tipoSancion)) return tipoSancion;
  const dropped = WITHOUT_V2_PLACE.filter(([, read]) => read(v1) !== undefined && read(v1) !== null && read(v1) !== '').map(([name]) => name);
  if (dropped.length) warnings.push(V1_TO_V2_MSG.dropped(dropped));

  const institucion = obj(v1['institucionDependencia']);
  const common = {
    ...rootFields(v1),
    dondeCometioLaFalta: { nombreEntePublico: text(institucion?.['nombre']), siglasEntePublico: text(institucion?.['siglas']) },
    faltaCometida: faltas(collection, text(v1['tipoFalta']), text(v1['causaMotivoHechos'])),
    resolucion: resolucionFromV1(v1, true),
    tipoSancion: mergeSanciones(tipoSancion),
  };
  if (collection === FISICAS) return { collection, data: prune({ ...common, datosGenerales: datosFisica(particular, warnings) }), warnings };

  // The OAS nests the representatives in `particularSancionado`; the PDN's migration reads the root.
  const director = representante(obj(particular['directorGeneral']) ?? obj(v1['directorGeneral']));
  const apoderado = representante(obj(particular['apoderadoLegal']) ?? obj(v1['apoderadoLegal']));
  const data = prune({
    ...common,
    datosGenerales: {
      nombreRazonSocial: text(particular['nombreRazonSocial']),
      rfc: text(particular['rfc']),
      objetoSocial: text(particular['objetoSocial']),
      ...domicilios(MORALES, particular, warnings),
    },
    datosDirGeneralReprLegal: { directorGeneral: director, representanteLegal: apoderado },
  });
  return { collection, data, warnings };
}
