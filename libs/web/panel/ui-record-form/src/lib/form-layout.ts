import { layoutKey } from './form-paths';

/** What the form knows about the record beyond its content (for server-filled fields). */
export interface FormContext {
  /** Name of the record's ente público. */
  enteNombre?: string;
}

/** A step of a long form: a titled group of root fields, in order. */
export interface FormSection {
  /** Stable id (element ids, tests). */
  id: string;
  title: string;
  description?: string;
  /** Root fields of the schema shown here, in this order. */
  fields: readonly string[];
}

/**
 * How one field of the schema is presented. Keys of `FormLayout.fields` are paths with `[]` for
 * array items: `tipoSancion[].inhabilitacion`, `faltaCometida[].valor`.
 */
export interface FieldLayout {
  /** Order of an object's fields; fields not listed follow in schema order. */
  order?: readonly string[];
  /**
   * Shown only while this holds for the containing object's current form value (catalog fields
   * hold their clave, empty text is `''`). A hidden field is emptied as soon as it hides and is
   * never sent, so a record never keeps data the person can no longer see.
   */
  visibleWhen?: (parent: Readonly<Record<string, unknown>>) => boolean;
  /** Filled by the server: no input; this text is shown instead and the field is never sent. */
  serverFilled?: (context: FormContext) => string;
  /** An object rendered without its own frame: its fields join the surrounding grid. */
  flatten?: boolean;
  /** Title of each block of an array («Falta cometida» → «Falta cometida 2»); default: the item's label. */
  itemTitle?: string;
  /** Arrays of catalog entries are a multiple selection unless `'blocks'` is asked for. */
  display?: 'blocks' | 'multiselect';
  /** Takes the whole row of the grid (long text, groups and lists always do). */
  wide?: boolean;
}

/** Presentation of one record kind: declared next to its schema, in the feature library. */
export interface FormLayout {
  sections: readonly FormSection[];
  fields?: Readonly<Record<string, FieldLayout>>;
}

const NO_LAYOUT: FieldLayout = Object.freeze({});

export function fieldLayout(layout: FormLayout, path: string): FieldLayout {
  return layout.fields?.[layoutKey(path)] ?? NO_LAYOUT;
}
