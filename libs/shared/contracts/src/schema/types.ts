import type { Catalog } from '../catalogs/catalog';

/**
 * Declarative description of a PDN data standard. One tree per record kind drives validation
 * (API, import, web forms), normalisation, field visibility (SPEC §1.3), OpenAPI documentation
 * and, for S3 v2, the query language and storage mapping. Field names are the standard's own.
 */
export type Visibility = 'publico' | 'confidencial';

export type Severity = 'error' | 'warning';

export interface Issue {
  /** Path inside the record: `tipoSancion[0].inhabilitacion.fechaFinal`; `''` for the whole record. */
  path: string;
  code: string;
  message: string;
  severity: Severity;
}

export type StringFormat =
  | 'curp'
  | 'rfc-fisica'
  | 'rfc-moral'
  | 'url'
  | 'person-name'
  | 'postal-code'
  | 'year';

export interface RuleContext {
  /** Today's date as `YYYY-MM-DD` (injected so that tests and imports control the clock). */
  today: string;
}

/** Cross-field rule of an object: receives the already normalised object. */
export type ObjectRule = (value: Record<string, unknown>, ctx: RuleContext) => RuleIssue[];
export interface RuleIssue {
  /** Relative to the object that declares the rule. */
  path: string;
  code: string;
  message: string;
  severity?: Severity;
}

/** Requiredness: always, or depending on the parent object (e.g. `valor` when `clave` is OTRO). */
export type Requirement = boolean | ((parent: Record<string, unknown>) => boolean);

export interface NodeBase {
  /** Label shown to people (es-MX). */
  label: string;
  /** Help text from the standard's description. */
  help?: string;
  required?: Requirement;
  /** Message used when a conditional requirement fails. */
  requiredMessage?: string;
  /** Default `publico`. */
  visibility?: Visibility;
}

export interface StringNode extends NodeBase {
  kind: 'string';
  maxLength?: number;
  /** Long text (textarea); no 255 default limit. */
  multiline?: boolean;
  format?: StringFormat;
  pattern?: RegExp;
  patternMessage?: string;
  /** Allowed values (v2 catalogs store only the clave). */
  catalog?: Catalog<string>;
  /** Values accepted on input and rewritten to a canonical clave (SPEC §3.10). */
  aliases?: Readonly<Record<string, string>>;
  /**
   * Suggested values offered by forms without restricting input (free text allowed). Together with
   * `catalog`, forms offer only these while validation still accepts the whole catalog (e.g.
   * `moneda`: real currencies offered, every ISO 4217 code of the model accepted on import).
   */
  suggestions?: Catalog<string>;
}

export interface IntegerNode extends NodeBase {
  kind: 'integer';
  min?: number;
  max?: number;
}

export interface DecimalNode extends NodeBase {
  kind: 'decimal';
  min?: number;
  /** Digits after the point that are stored (money: 2). */
  scale: number;
}

export interface BooleanNode extends NodeBase {
  kind: 'boolean';
}

export interface DateNode extends NodeBase {
  kind: 'date';
  notInFuture?: boolean;
}

/** A v1 `{clave, valor}` pair from a catalog; stored and emitted with the catalog's canonical `valor`. */
export interface CatalogEntryNode extends NodeBase {
  kind: 'catalogEntry';
  catalog: Catalog<string | number>;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  fields: Readonly<Record<string, SchemaNode>>;
  rules?: readonly ObjectRule[];
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  of: SchemaNode;
  minItems?: number;
  maxItems?: number;
  /** Items with the same identity are duplicates (e.g. the `clave` of catalog entries). */
  uniqueBy?: (item: unknown) => string;
  uniqueMessage?: string;
}

export type SchemaNode =
  | StringNode
  | IntegerNode
  | DecimalNode
  | DateNode
  | BooleanNode
  | CatalogEntryNode
  | ObjectNode
  | ArrayNode;

export interface ValidationResult<T = Record<string, unknown>> {
  /** Normalised value (trimmed text, canonical claves and valores, empty optionals removed). */
  value: T;
  errors: Issue[];
  warnings: Issue[];
}
