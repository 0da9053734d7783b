import { S3_SCHEMAS, validate, type Issue, type S3Collection, type S3DataByCollection } from '@pde/shared/contracts';
import { obj, type Json } from './v1-parse';
import type { V1ConversionFailure, V1Draft } from './v1-to-v2-common';
import { V1_TO_V2_MSG } from './v1-to-v2-messages';
import { draftS3P } from './v1-to-v2-particulares';
import { draftS3S, dropIncompleteEmpleo } from './v1-to-v2-servidores';
import type { S3PCollection, S3SCollection } from './v1-types';

export type { V1ConversionFailure, V1Draft } from './v1-to-v2-common';
export { draftS3P } from './v1-to-v2-particulares';
export { draftS3S } from './v1-to-v2-servidores';
export { normalizeV2Aliases } from './v2-aliases';

/**
 * v1.1 → v2 conversion for the importer (`import s3s FILE.json`, `import s3p FILE.json`): each
 * v1 record becomes the content of one record of a v2 collection, or a Spanish error that the
 * importer reports with the record's index. The v2 standard requires much that v1 never had
 * (CURP, origen del procedimiento, normatividad infringida, autoridades investigadora y
 * substanciadora…); those values are never invented: the error names each missing field, and the
 * operator may supply them as a `complement` (as the PDN's migration takes `--entidad`).
 * Records converted from v1 get a new id (SPEC §3.7.1); that is the importer's job.
 */

type DeepPartial<T> = T extends readonly (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface V1ConversionOptions {
  /** `YYYY-MM-DD` for the "not in the future" rule of `fecha` (default: today, UTC). */
  today?: string;
  /**
   * Values supplied by the operator for what v1 cannot carry, per destination collection. They
   * fill only what the v1 record leaves empty, an empty list included (v1 data always wins).
   * Objects merge field by field; a list item merges with the complement item of the same `clave` when exactly one has it
   * (`tipoSancion`), otherwise with the complement item at the same position if that one has no
   * clave or the same one (`faltaCometida`, whose claves may repeat).
   */
  complement?: { [C in S3Collection]?: DeepPartial<S3DataByCollection[C]> };
  /**
   * S3S only: destination of the records whose `tipoFalta` is neither grave nor no grave (`AUT`,
   * `VPC`, `OTRO`…), after the operator classified them by their normatividad (the PDN's
   * migration leaves them in «otros» for that). Without it those records are reported.
   */
  unclassifiedAs?: S3SCollection;
}

export interface V1ConversionSuccess<C extends S3Collection> {
  collection: C;
  /** Valid, normalised v2 content (no system fields). */
  data: S3DataByCollection[C];
  /** Things done that someone should check (a name split, an amount rounded, data dropped). */
  warnings: string[];
}

export type V1ConversionResult<C extends S3Collection> = V1ConversionSuccess<C> | V1ConversionFailure;

export const isConversionFailure = (result: object): result is V1ConversionFailure => 'error' in result;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Deep merge where `primary` wins whenever it has a value (see `V1ConversionOptions.complement`). */
export function mergeComplement(primary: unknown, complement: unknown): unknown {
  // An empty list is as empty as a missing value: the complement may fill it.
  if (isEmpty(primary) || (Array.isArray(primary) && primary.length === 0)) return complement ?? primary;
  if (Array.isArray(primary) && Array.isArray(complement)) {
    const claveOf = (item: unknown) => obj(item)?.['clave'];
    return primary.map((item, index) => {
      const clave = claveOf(item);
      // A clave that occurs once in the complement identifies its item (tipoSancion); repeated or
      // absent claves fall back to the position (faltaCometida may repeat a clave).
      const same = complement.filter((c) => clave !== undefined && claveOf(c) === clave);
      const atIndex = complement[index];
      const byIndex = claveOf(atIndex) === undefined || claveOf(atIndex) === clave ? atIndex : undefined;
      return mergeComplement(item, same.length === 1 ? same[0] : byIndex);
    });
  }
  const p = obj(primary);
  const c = obj(complement);
  if (!p || !c) return primary;
  const out: Json = { ...p };
  for (const [key, value] of Object.entries(c)) out[key] = mergeComplement(p[key], value);
  return out;
}

function describeIssues(collection: S3Collection, errors: readonly Issue[], notes: readonly string[]): string {
  const missing = errors.filter((issue) => issue.code === 'required').map((issue) => issue.path);
  const invalid = errors.filter((issue) => issue.code !== 'required').map((issue) => `${issue.path || 'registro'}: ${issue.message}`);
  return [
    V1_TO_V2_MSG.invalid(collection),
    ...(missing.length ? [V1_TO_V2_MSG.missingFields([...new Set(missing)])] : []),
    ...(invalid.length ? [V1_TO_V2_MSG.invalidFields(invalid)] : []),
    ...notes,
  ].join(' ');
}

function finish<C extends S3Collection>(draft: V1Draft<C>, options: V1ConversionOptions): V1ConversionResult<C> {
  const { collection, warnings } = draft;
  let data = mergeComplement(draft.data, options.complement?.[collection]) as Json;
  if (collection === 'faltas_administrativas_no_graves') data = dropIncompleteEmpleo(data, warnings);
  const result = validate<S3DataByCollection[C]>(S3_SCHEMAS[collection], data, options.today ? { today: options.today } : {});
  if (result.errors.length > 0) {
    return { error: describeIssues(collection, result.errors, warnings), collection, issues: result.errors };
  }
  // Validation warnings (check digits, domicilio not matching its type) travel with ours.
  return { collection, data: result.value, warnings: [...warnings, ...result.warnings.map((w) => `${w.path}: ${w.message}`)] };
}

/** One S3S v1.1 record → `faltas_administrativas_graves` or `faltas_administrativas_no_graves`. */
export function convertS3S(v1Record: unknown, options: V1ConversionOptions = {}): V1ConversionResult<S3SCollection> {
  const draft = draftS3S(v1Record, options);
  return isConversionFailure(draft) ? draft : finish(draft, options);
}

/** One S3P v1.1 record → `faltas_graves_personas_fisicas` (`F`) or `faltas_graves_personas_morales` (`M`). */
export function convertS3P(v1Record: unknown, options: V1ConversionOptions = {}): V1ConversionResult<S3PCollection> {
  const draft = draftS3P(v1Record);
  return isConversionFailure(draft) ? draft : finish(draft, options);
}
