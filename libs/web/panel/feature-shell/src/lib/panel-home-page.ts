import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { RECORD_STATES, RECORD_STATE_LABELS, type RecordState } from '@pde/shared/contracts';
import { PanelApi, SessionStore, type PanelPending, type PanelSummary } from '@pde/web/panel/data-access';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { recordListPath, stateFilter } from './record-links';
import { roleLabel } from './role-label';

type SummaryState = { status: 'loading' } | { status: 'ready'; summary: PanelSummary } | { status: 'error'; message: string };

/** What each role is waiting for, phrased for the person who has to act (verbs agree with the count). */
const PENDING_PHRASES: Partial<Record<RecordState, (count: string, kind: string, one: boolean) => string>> = {
  RECHAZADO: (count, kind, one) =>
    one ? `${count} de ${kind} fue rechazado y espera su corrección.` : `${count} de ${kind} fueron rechazados y esperan su corrección.`,
  EN_REVISION: (count, kind, one) => `${count} de ${kind} ${one ? 'espera' : 'esperan'} revisión.`,
};

function countRecords(total: number): string {
  return total === 1 ? '1 registro' : `${total.toLocaleString('es-MX')} registros`;
}

/** Panel landing page: the person's data and the record counts within their scope. */
@Component({
  selector: 'pde-panel-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink, StatusMessage, LoadingIndicator],
  templateUrl: './panel-home-page.html',
  styleUrl: './panel-home-page.scss',
})
export class PanelHomePage {
  private readonly store = inject(SessionStore);
  private readonly api = inject(PanelApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly user = this.store.user;
  protected readonly roleLabel = computed(() => roleLabel(this.user()));
  protected readonly states = RECORD_STATES;
  protected readonly stateLabels = RECORD_STATE_LABELS;
  protected readonly state = signal<SummaryState>({ status: 'loading' });
  protected readonly pendingMessages = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return [];
    return state.summary.pendientes.map((pending) => ({
      text: this.describePending(pending, state.summary),
      // Each pending item opens its list filtered by the awaited state (RECHAZADO, EN_REVISION).
      path: recordListPath(state.summary.tipos.find((t) => t.tipo === pending.tipo)?.ruta ?? ''),
      query: stateFilter(pending.estado),
    }));
  });
  protected readonly listPath = recordListPath;
  protected readonly stateFilter = stateFilter;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ status: 'loading' });
    this.api
      .summary()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (summary) => this.state.set({ status: 'ready', summary }),
        error: (error: unknown) => this.state.set({ status: 'error', message: readApiError(error).message }),
      });
  }

  protected formatCount(value: number): string {
    return value.toLocaleString('es-MX');
  }

  /** Accessible name of a count link; starts with the visible number (WCAG 2.5.3). */
  protected countLabel(value: number, state: RecordState, kind: string): string {
    return `${this.formatCount(value)} ${value === 1 ? 'registro' : 'registros'} en estado ${RECORD_STATE_LABELS[state]} de ${kind}: ver la lista`;
  }

  private describePending(pending: PanelPending, summary: PanelSummary): string {
    const kind = summary.tipos.find((t) => t.tipo === pending.tipo)?.nombre ?? pending.tipo;
    const phrase = PENDING_PHRASES[pending.estado];
    const count = countRecords(pending.total);
    return phrase ? phrase(count, kind, pending.total === 1) : `${count} de ${kind}: ${RECORD_STATE_LABELS[pending.estado]}.`;
  }
}
