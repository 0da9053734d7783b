import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressSpinner } from '@angular/material/progress-spinner';

/** Spinner plus a visible, announced text: the text is what screen readers read, not the spinner. */
@Component({
  selector: 'pde-loading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressSpinner],
  host: { role: 'status' },
  template: `
    <mat-progress-spinner mode="indeterminate" [diameter]="24" aria-hidden="true" />
    <span>{{ label() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      padding-block: 0.5rem;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class LoadingIndicator {
  readonly label = input('Cargando…');
}
