import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { S3_SCHEMAS, type S3ApiRecord, type S3Collection } from '@pde/shared/contracts';
import { LOADING, PortalApi, toLoadState, type S3ListItem } from '@pde/web/portal/data-access';
import { RecordActions, RecordView, confidentialLabels, describeRecord, field, injectBackLink, type RecordField } from '@pde/web/portal/ui';
import { formatDateTime } from '@pde/web/portal/util';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { BehaviorSubject, combineLatest, map, switchMap } from 'rxjs';
import { S3_GROUPS, S3_INFO, recordName } from './s3-collections-info';

const DEFAULT_TITLE = 'Ficha de la sanción';

/**
 * `/s3/:coleccion/:id`: every public field of one published S3 record (faltas and sanciones with
 * their sub-objects, amounts with currency, links to the resolutions), its address and its JSON.
 */
@Component({
  selector: 'pde-s3-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, MatButton, RecordView, RecordActions, StatusMessage, LoadingIndicator],
  templateUrl: './s3-record-page.html',
  styleUrl: './s3-record-page.scss',
})
export class S3RecordPage {
  private readonly api = inject(PortalApi);
  private readonly route = inject(ActivatedRoute);
  private readonly retry$ = new BehaviorSubject<void>(undefined);

  private readonly params = toSignal(
    this.route.paramMap.pipe(map((params) => ({ collection: params.get('coleccion') as S3Collection, id: params.get('id') ?? '' }))),
    { requireSync: true },
  );
  protected readonly collection = computed(() => this.params().collection);
  protected readonly id = computed(() => this.params().id);
  protected readonly info = computed(() => S3_INFO[this.collection()]);
  protected readonly groupTitle = computed(() => S3_GROUPS[this.info().group].title);
  protected readonly result = toSignal(
    combineLatest([this.route.paramMap, this.retry$]).pipe(
      switchMap(([params]) => this.api.s3Record(params.get('coleccion') as S3Collection, params.get('id') ?? '').pipe(toLoadState())),
    ),
    { initialValue: LOADING },
  );

  protected readonly title = computed(() => {
    const result = this.result();
    return result.status === 'ready' ? recordName(this.collection(), result.value.record as unknown as S3ListItem) : DEFAULT_TITLE;
  });
  protected readonly sections = computed(() => {
    const result = this.result();
    if (result.status !== 'ready') return [];
    const record: S3ApiRecord = result.value.record;
    const leading: RecordField[] = [field('Identificador', record.id)];
    if (record.date_created) leading.push(field('Publicado por primera vez', formatDateTime(record.date_created)));
    if (record.date_updated) leading.push(field('Última actualización', formatDateTime(record.date_updated)));
    return describeRecord(S3_SCHEMAS[this.collection()], record as unknown as Record<string, unknown>, 'Datos del registro', leading);
  });
  protected readonly notFound = computed(() => {
    const result = this.result();
    return result.status === 'error' && (result.problem.status === 403 || result.problem.status === 404);
  });
  protected readonly privateFields = computed(() => confidentialLabels(S3_SCHEMAS[this.collection()]).join(', '));
  protected readonly back = injectBackLink(`/s3/${this.collection()}`);

  protected retry(): void {
    this.retry$.next();
  }
}
