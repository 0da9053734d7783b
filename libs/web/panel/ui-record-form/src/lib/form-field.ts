import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule, type FormControl } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { fold, type CatalogEntry } from '@pde/shared/contracts';
import type { RecordFormModel } from './record-form-model';
import { catalogLabel, offeredCatalog } from './schema-nodes';

type Widget = 'text' | 'textarea' | 'select' | 'autocomplete' | 'integer' | 'decimal' | 'date' | 'boolean' | 'entry' | 'multiselect';

const MAX_SUGGESTIONS = 50;

/**
 * One input of a record form, chosen from its schema node: text, long text, catalog selection,
 * free text with suggestions, integer, decimal, date, yes/no, `{clave, valor}` entry or a multiple
 * selection of entries. Label, required mark, help and warning (as hint) and the data standard's
 * message (as `<mat-error>`) all come from the schema and the model's validation.
 */
@Component({
  selector: 'pde-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatRadioGroup,
    MatRadioButton,
  ],
  templateUrl: './form-field.html',
  styleUrl: './form-field.scss',
})
export class FormField {
  readonly model = input.required<RecordFormModel>();
  readonly path = input.required<string>();

  protected readonly node = computed(() => this.model().requireNode(this.path()));
  protected readonly control = computed(() => this.model().control(this.path()));
  protected readonly textControl = computed(() => this.control() as FormControl<string>);
  protected readonly numberControl = computed(() => this.control() as FormControl<number | null>);
  protected readonly booleanControl = computed(() => this.control() as FormControl<boolean | null>);
  protected readonly claveControl = computed(() => this.control() as FormControl<string | number | null>);
  protected readonly listControl = computed(() => this.control() as FormControl<(string | number)[]>);

  protected readonly id = computed(() => this.model().elementId(this.path()));
  protected readonly label = computed(() => this.node().label);
  protected readonly required = computed(() => this.model().isRequired(this.path()));
  protected readonly error = computed(() => this.model().errorsAt(this.path())[0] ?? '');
  /** Yes/no has no `mat-form-field`: its message shows once answered or after `revealErrors()`. */
  protected readonly booleanError = computed(() => (this.model().revealed() || this.model().valueAt(this.path()) !== null ? this.error() : ''));
  protected readonly warning = computed(() => this.model().warningsAt(this.path())[0] ?? '');
  protected readonly help = computed(() => this.node().help ?? '');

  protected readonly widget = computed<Widget>(() => {
    const node = this.node();
    switch (node.kind) {
      case 'string':
        if (node.suggestions) return 'autocomplete';
        if (node.catalog) return 'select';
        return node.multiline ? 'textarea' : 'text';
      case 'catalogEntry':
        return 'entry';
      case 'array':
        return 'multiselect';
      case 'object':
        return 'text';
      default:
        return node.kind;
    }
  });
  protected readonly options = computed<readonly CatalogEntry<string | number>[]>(() => offeredCatalog(this.node())?.entries ?? []);
  protected readonly step = computed(() => {
    const node = this.node();
    return node.kind === 'decimal' ? 10 ** -node.scale : 1;
  });
  /** The current value of a field with suggestions, named: «MXN» → «Peso mexicano». */
  protected readonly valueLabel = computed(() => {
    if (this.widget() !== 'autocomplete') return '';
    return catalogLabel(offeredCatalog(this.node()), this.model().valueAt(this.path())) ?? '';
  });
  protected readonly suggestions = computed(() => {
    const typed = this.model().valueAt(this.path());
    const text = typeof typed === 'string' ? fold(typed) : '';
    const entries = this.options();
    const matching = text ? entries.filter((e) => fold(String(e.clave)).includes(text) || fold(e.valor).includes(text)) : entries;
    return matching.slice(0, MAX_SUGGESTIONS);
  });
  protected readonly spellcheck = computed(() => {
    const node = this.node();
    return !(node.kind === 'string' && node.format && node.format !== 'person-name');
  });
}
