import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RECORD_STATE_LABELS, type RecordState } from '@pde/shared/contracts';

/** The state of a record as a labelled chip: the text says it, the colour only helps. */
@Component({
  selector: 'pde-state-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"pde-chip pde-chip--" + state()' },
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    :host(.pde-chip--EN_REVISION) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.pde-chip--RECHAZADO) {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    :host(.pde-chip--PUBLICADO) {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    :host(.pde-chip--BAJA) {
      border-style: dashed;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class StateChip {
  readonly state = input.required<RecordState>();
  protected readonly label = computed(() => RECORD_STATE_LABELS[this.state()] ?? this.state());
}
