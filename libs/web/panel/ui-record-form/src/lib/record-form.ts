import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input } from '@angular/core';
import { ErrorStateMatcher } from '@angular/material/core';
import { describePath } from './describe-path';
import { parentPath, parsePath } from './form-paths';
import { FormNode } from './form-node';
import type { RecordFormModel } from './record-form-model';
import { SchemaErrorStateMatcher } from './schema-error-state-matcher';

/**
 * A record form: the layout's sections as numbered steps (with a table of contents that counts
 * the errors of each), every field from the schema, and optionally a summary of all errors whose
 * entries take the focus to the field. Holds no state: everything is in the `RecordFormModel`.
 */
@Component({
  selector: 'pde-record-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormNode],
  providers: [{ provide: ErrorStateMatcher, useClass: SchemaErrorStateMatcher }],
  templateUrl: './record-form.html',
  styleUrl: './record-form.scss',
})
export class RecordForm {
  readonly model = input.required<RecordFormModel>();
  /** List every error above the form (after a save or a refused submission). */
  readonly showErrorSummary = input(false);
  /** Level of the section headings (the page has its own `<h1>` and maybe `<h2>`). */
  readonly headingLevel = input<2 | 3>(2);

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly sections = computed(() => {
    const model = this.model();
    return model.layout.sections.map((section, index) => ({
      ...section,
      index,
      headingId: `${model.idPrefix}-seccion-${section.id}`,
      errors: section.fields.reduce((total, field) => total + model.errorCountWithin(field), 0),
    }));
  });
  protected readonly summary = computed(() => {
    const model = this.model();
    return model.errors().map((problem) => ({ ...problem, label: describePath(model.schema, model.layout, problem.path) }));
  });
  protected readonly summaryId = computed(() => `${this.model().idPrefix}-errores`);

  /** Moves the focus to the field of `path` (or the closest group that is on screen). */
  focusPath(path: string): void {
    const model = this.model();
    let candidate = model.targetOf(path);
    for (;;) {
      const element = this.find(model.elementId(candidate));
      if (element && candidate !== '') {
        this.reveal(element);
        return;
      }
      if (candidate === '') break;
      candidate = parentPath(candidate);
    }
    const root = parsePath(path)[0];
    const section = this.sections().find((s) => s.fields.includes(String(root))) ?? this.sections()[0];
    if (section) this.focusSection(section.headingId);
  }

  /** Focus on the error summary (call after a refused action, once it is shown). */
  focusSummary(): void {
    const summary = this.find(this.summaryId());
    if (summary) this.reveal(summary);
  }

  protected focusSection(headingId: string): void {
    const heading = this.find(headingId);
    if (heading) this.reveal(heading);
  }

  private find(id: string): HTMLElement | null {
    return this.host.nativeElement.querySelector<HTMLElement>(`[id="${id}"]`);
  }

  private reveal(element: HTMLElement): void {
    element.scrollIntoView?.({ block: 'center' });
    element.focus();
  }
}
