import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { S2_RECORD_SCHEMA } from '@pde/shared/contracts';
import { LOADING, PortalApi, toLoadState } from '@pde/web/portal/data-access';
import { RecordActions, RecordView, confidentialLabels, describeRecord, field, injectBackLink } from '@pde/web/portal/ui';
import { formatDateTime, joinName } from '@pde/web/portal/util';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { BehaviorSubject, combineLatest, map, switchMap } from 'rxjs';

const DEFAULT_TITLE = 'Ficha del servidor público';

/** `/s2/:id`: every public field of one published S2 record, its permanent address and its JSON. */
@Component({
  selector: 'pde-s2-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButton, RecordView, RecordActions, StatusMessage, LoadingIndicator],
  templateUrl: './s2-record-page.html',
  styleUrl: './s2-record-page.scss',
})
export class S2RecordPage {
  private readonly api = inject(PortalApi);
  private readonly route = inject(ActivatedRoute);

  private readonly retry$ = new BehaviorSubject<void>(undefined);
  protected readonly id = toSignal(this.route.paramMap.pipe(map((params) => params.get('id') ?? '')), { requireSync: true });
  protected readonly result = toSignal(
    combineLatest([this.route.paramMap, this.retry$]).pipe(switchMap(([params]) => this.api.s2Record(params.get('id') ?? '').pipe(toLoadState()))),
    { initialValue: LOADING },
  );

  protected readonly title = computed(() => {
    const result = this.result();
    return result.status === 'ready' ? joinName(result.value.record.nombres, result.value.record.primerApellido, result.value.record.segundoApellido) || DEFAULT_TITLE : DEFAULT_TITLE;
  });
  protected readonly sections = computed(() => {
    const result = this.result();
    if (result.status !== 'ready') return [];
    const { record } = result.value;
    const leading = [field('Identificador', record.id)];
    if (record.fechaCaptura) leading.push(field('Fecha de captura', formatDateTime(record.fechaCaptura)));
    return describeRecord(S2_RECORD_SCHEMA, record as unknown as Record<string, unknown>, 'Datos del registro', leading);
  });
  protected readonly notFound = computed(() => {
    const result = this.result();
    return result.status === 'error' && (result.problem.status === 404 || result.problem.status === 403);
  });
  protected readonly privateFields = confidentialLabels(S2_RECORD_SCHEMA).join(', ');
  /** Back to the search the person came from (kept in the history entry), else the empty search. */
  protected readonly back = injectBackLink('/s2');

  protected retry(): void {
    this.retry$.next();
  }
}
