import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { diffDocuments, type FieldChange, type RecordHistory, type RecordView } from '@pde/shared/contracts';
import { RecordsApi } from '@pde/web/panel/data-access-records';
import { RecordChanges, formatTimestamp } from '@pde/web/panel/ui-record-form';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { forkJoin } from 'rxjs';
import { recordsPath } from '../kinds/record-kinds';
import { injectRecordKind } from '../shared/route-kind';
import { AUDIT_ACTION_LABELS, VERSION_STATE_LABELS } from './history-labels';

type HistoryState = { status: 'loading' } | { status: 'ready'; record: RecordView; history: RecordHistory } | { status: 'error'; message: string };

const isChangeList = (value: unknown): value is FieldChange[] =>
  Array.isArray(value) && value.every((c) => typeof c === 'object' && c !== null && typeof (c as FieldChange).path === 'string');

/**
 * Everything that happened to a record: each version (who captured, sent, reviewed and published
 * it, the review comment) with its field-by-field changes against the previous one, and the audit
 * log's events in order.
 */
@Component({
  selector: 'pde-record-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, RecordChanges, StatusMessage, LoadingIndicator],
  templateUrl: './record-history-page.html',
  styleUrl: './record-history-page.scss',
})
export class RecordHistoryPage {
  private readonly api = inject(RecordsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly kind = injectRecordKind();
  protected readonly listPath = recordsPath(this.kind);
  protected readonly recordPath = recordsPath(this.kind, this.id);
  protected readonly stateLabels = VERSION_STATE_LABELS;
  protected readonly state = signal<HistoryState>({ status: 'loading' });

  /** Newest first, each with its changes against the version before it. */
  protected readonly versions = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return [];
    const ordered = [...state.history.versiones].sort((a, b) => a.numero - b.numero);
    return ordered.map((version, index) => ({ version, changes: diffDocuments(ordered[index - 1]?.datos, version.datos), first: index === 0 })).reverse();
  });
  protected readonly events = computed(() => {
    const state = this.state();
    if (state.status !== 'ready') return [];
    return [...state.history.eventos].reverse().map((event) => {
      const details = event.detalles ?? {};
      const cambios = details['cambios'];
      const text = (key: string) => (typeof details[key] === 'string' ? (details[key] as string) : '');
      return {
        ...event,
        label: AUDIT_ACTION_LABELS[event.accion] ?? event.accion,
        version: typeof details['version'] === 'number' ? (details['version'] as number) : null,
        comentario: text('comentario'),
        motivo: text('motivo') || text('motivoBajaAnterior'),
        motivoLabel: details['motivoBajaAnterior'] ? 'Motivo de la baja anterior' : 'Motivo',
        changes: isChangeList(cambios) ? cambios : null,
      };
    });
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ status: 'loading' });
    forkJoin({ record: this.api.get(this.kind.ruta, this.id), history: this.api.history(this.kind.ruta, this.id) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ record, history }) => this.state.set({ status: 'ready', record, history }),
        error: (error: unknown) => this.state.set({ status: 'error', message: readApiError(error).message }),
      });
  }

  protected time(value: string | undefined): string {
    return formatTimestamp(value);
  }
}
