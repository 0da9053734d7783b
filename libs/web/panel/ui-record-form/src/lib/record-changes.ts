import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FieldChange, ObjectNode } from '@pde/shared/contracts';
import { describePath } from './describe-path';
import type { FormLayout } from './form-layout';
import { parsePath } from './form-paths';
import { formatValue } from './format-value';
import { nodeAt } from './schema-nodes';

export interface ReadableChange {
  path: string;
  label: string;
  before: string;
  after: string;
}

/**
 * Field-level changes (`diffDocuments`, audit `detalles.cambios`) in words: labels from the schema
 * and values as people read them. The text of a `{clave, valor}` entry changes with its clave, so
 * it is listed only when the clave did not change.
 */
export function readableChanges(schema: ObjectNode, layout: FormLayout, changes: readonly FieldChange[]): ReadableChange[] {
  const paths = new Set(changes.map((c) => c.path));
  // In the order of the form: by the position of the root field in the layout's sections.
  const order = layout.sections.flatMap((section) => section.fields);
  const rank = (path: string) => {
    const index = order.indexOf(String(parsePath(path)[0] ?? ''));
    return index < 0 ? order.length : index;
  };
  return [...changes]
    .sort((a, b) => rank(a.path) - rank(b.path))
    .filter((change) => !(change.path.endsWith('.valor') && paths.has(`${change.path.slice(0, -'.valor'.length)}.clave`) && isEntryPart(schema, change.path)))
    .map((change) => {
      const node = nodeAt(schema, change.path) ?? entryNode(schema, change.path);
      return {
        path: change.path,
        label: change.path === '…' ? 'Otros cambios' : describePath(schema, layout, change.path),
        before: formatValue(node, change.before),
        after: formatValue(node, change.after),
      };
    });
}

function isEntryPart(schema: ObjectNode, path: string): boolean {
  return nodeAt(schema, path.replace(/\.(clave|valor)$/, ''))?.kind === 'catalogEntry';
}

/** `genero.clave` → the `genero` entry node, so the clave is shown by its label. */
function entryNode(schema: ObjectNode, path: string) {
  if (!path.endsWith('.clave')) return null;
  const node = nodeAt(schema, path.slice(0, -'.clave'.length));
  return node?.kind === 'catalogEntry' ? node : null;
}

/** Table «Campo · Antes · Después» of a set of changes. */
@Component({
  selector: 'pde-record-changes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length) {
      <div class="pde-changes" role="region" [attr.aria-label]="caption()" tabindex="0">
        <table>
          <caption class="visually-hidden">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">Campo</th>
              <th scope="col">Antes</th>
              <th scope="col">Después</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.path) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                <td>
                  <del>{{ row.before }}</del>
                </td>
                <td>
                  <ins>{{ row.after }}</ins>
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <p class="pde-changes__none">Sin cambios en los datos.</p>
    }
  `,
  styles: `
    .pde-changes {
      overflow-x: auto;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 0.5rem 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }
    thead th {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    tbody th {
      font-weight: 600;
      min-inline-size: 10rem;
    }
    del,
    ins {
      text-decoration: none;
      white-space: pre-line;
    }
    del {
      color: var(--mat-sys-on-surface-variant);
    }
    .pde-changes__none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RecordChanges {
  readonly schema = input.required<ObjectNode>();
  readonly layout = input.required<FormLayout>();
  readonly changes = input.required<readonly FieldChange[]>();
  readonly caption = input('Cambios por campo');

  protected readonly rows = computed(() => readableChanges(this.schema(), this.layout(), this.changes()));
}
