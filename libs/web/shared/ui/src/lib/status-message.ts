import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type StatusKind = 'info' | 'success' | 'warning' | 'error';

/**
 * A message about what just happened (sign-in failed, session ended, data saved). Errors and
 * warnings use role="alert" so screen readers interrupt; the rest role="status" (polite). Render
 * it with `@if` when the message appears: both roles are announced when inserted.
 */
@Component({
  selector: 'pde-status-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.role]': 'role()',
    'aria-atomic': 'true',
    '[class]': '"pde-status pde-status--" + kind()',
  },
  template: `<ng-content />`,
  styles: `
    :host {
      display: block;
      padding: 0.75rem 1rem;
      border-inline-start: 0.375rem solid var(--pde-status-accent);
      border-radius: var(--mat-sys-corner-small);
      background: var(--pde-status-background);
      color: var(--pde-status-text);
      font: var(--mat-sys-body-medium);
    }
    :host(.pde-status--info) {
      --pde-status-accent: var(--mat-sys-primary);
      --pde-status-background: var(--mat-sys-surface-container-high);
      --pde-status-text: var(--mat-sys-on-surface);
    }
    :host(.pde-status--success) {
      --pde-status-accent: var(--mat-sys-secondary);
      --pde-status-background: var(--mat-sys-secondary-container);
      --pde-status-text: var(--mat-sys-on-secondary-container);
    }
    :host(.pde-status--warning) {
      --pde-status-accent: var(--mat-sys-tertiary);
      --pde-status-background: var(--mat-sys-tertiary-container);
      --pde-status-text: var(--mat-sys-on-tertiary-container);
    }
    :host(.pde-status--error) {
      --pde-status-accent: var(--mat-sys-error);
      --pde-status-background: var(--mat-sys-error-container);
      --pde-status-text: var(--mat-sys-on-error-container);
    }
  `,
})
export class StatusMessage {
  readonly kind = input<StatusKind>('info');
  protected readonly role = computed(() => (this.kind() === 'error' || this.kind() === 'warning' ? 'alert' : 'status'));
}
