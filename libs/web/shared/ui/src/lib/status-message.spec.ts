import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LoadingIndicator } from './loading-indicator';
import { StatusMessage, type StatusKind } from './status-message';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusMessage, LoadingIndicator],
  template: `<pde-status-message [kind]="kind()">Mensaje</pde-status-message><pde-loading label="Cargando registros…" />`,
})
class Host {
  readonly kind = signal<StatusKind>('info');
}

describe('StatusMessage and LoadingIndicator', () => {
  it.each([
    ['info', 'status'],
    ['success', 'status'],
    ['warning', 'alert'],
    ['error', 'alert'],
  ] as const)('a %s message is announced with role=%s', async (kind, role) => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.kind.set(kind);
    await fixture.whenStable();
    const message = (fixture.nativeElement as HTMLElement).querySelector('pde-status-message');
    expect(message?.getAttribute('role')).toBe(role);
    expect(message?.classList).toContain(`pde-status--${kind}`);
  });

  it('the loading indicator announces its text, not the spinner', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const loading = (fixture.nativeElement as HTMLElement).querySelector('pde-loading');
    expect(loading?.getAttribute('role')).toBe('status');
    expect(loading?.textContent?.trim()).toBe('Cargando registros…');
    expect(loading?.querySelector('mat-progress-spinner')?.getAttribute('aria-hidden')).toBe('true');
  });
});
