import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ObjectNode, SchemaNode } from '@pde/shared/contracts';
import { fieldLayout, type FormLayout } from './form-layout';
import { joinPath } from './form-paths';
import { formatValue } from './format-value';
import { itemTitle, orderedKeys } from './schema-nodes';

/** One line of the read-only view: a label and either a text or nested lines. */
export interface DataEntry {
  label: string;
  text?: string;
  multiline?: boolean;
  children?: DataEntry[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The captured data of `value` as labelled lines, in layout order; empty fields are left out. */
export function describeData(node: SchemaNode, value: unknown, layout: FormLayout, path: string): DataEntry | null {
  if (value === undefined || value === null || value === '') return null;
  if (node.kind === 'object' && isPlainObject(value)) {
    const children = orderedKeys(node, layout, path)
      .map((key) => describeData(node.fields[key], value[key], layout, joinPath(path, key)))
      .filter((entry): entry is DataEntry => entry !== null);
    return children.length ? { label: node.label, children } : null;
  }
  if (node.kind === 'array' && Array.isArray(value)) {
    if (!value.length) return null;
    if (node.of.kind !== 'object') return { label: node.label, text: formatValue(node, value) };
    const children = value
      .map((item, index) => {
        const entry = describeData(node.of, item, layout, joinPath(path, index));
        return entry && { ...entry, label: itemTitle(node, layout, path, index) };
      })
      .filter((entry): entry is DataEntry => entry !== null);
    return children.length ? { label: node.label, children } : null;
  }
  return { label: node.label, text: formatValue(node, value), multiline: node.kind === 'string' && !!node.multiline };
}

/**
 * Read-only view of a record's data, by the sections of its layout: for people who may not edit
 * it (reviewers, consulta) and for the published version next to the working one.
 */
@Component({
  selector: 'pde-record-data-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  templateUrl: './record-data-view.html',
  styleUrl: './record-data-view.scss',
})
export class RecordDataView {
  readonly schema = input.required<ObjectNode>();
  readonly layout = input.required<FormLayout>();
  readonly data = input.required<Record<string, unknown> | null | undefined>();
  readonly headingLevel = input<2 | 3>(2);

  protected readonly sections = computed(() => {
    const schema = this.schema();
    const layout = this.layout();
    const data = this.data() ?? {};
    return layout.sections
      .map((section) => ({
        ...section,
        entries: section.fields.flatMap((field) => {
          const entry = describeData(schema.fields[field], data[field], layout, field);
          if (!entry) return [];
          // A flattened object shows its fields directly under the section title.
          return fieldLayout(layout, field).flatten && entry.children ? entry.children : [entry];
        }),
      }))
      .filter((section) => section.entries.length);
  });
}
