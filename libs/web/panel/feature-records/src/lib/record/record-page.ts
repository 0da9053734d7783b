import { ChangeDetectionStrategy, Component, DestroyRef, Injector, afterNextRender, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { diffDocuments, type EnteView, type RecordPermission, type RecordView } from '@pde/shared/contracts';
import { SessionStore } from '@pde/web/panel/data-access';
import { EntesCatalogApi, RecordsApi } from '@pde/web/panel/data-access-records';
import { RecordChanges, RecordDataView, RecordForm, RecordFormModel, describePath } from '@pde/web/panel/ui-record-form';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { distinctUntilChanged, firstValueFrom, map, type Observable } from 'rxjs';
import { recordsPath } from '../kinds/record-kinds';
import { RecordFlash, type Flash } from '../shared/record-flash';
import { injectRecordKind } from '../shared/route-kind';
import { canCreateRecords } from '../shared/session-scope';
import { LeaveDialog } from './leave-dialog';
import { ReasonDialog, type ReasonDialogData } from './reason-dialog';
import { RECORD_MESSAGES, REJECT_DIALOG, WITHDRAW_DIALOG, savedMessage } from './record-messages';
import { RecordSummary } from './record-summary';
import type { LeavesSafely } from './unsaved-changes.guard';

type Action = 'save' | 'submit' | 'approve' | 'reject' | 'baja' | 'restore';
type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

const VERSION_CONFLICT = 'CONFLICTO_VERSION';

/**
 * One record (or a new one): its state and versions, the schema-driven form for those who may edit
 * it (save as draft at any point, send to review once valid) or a read-only view, and the workflow
 * actions the API allows (`permisos`). A stale save (409) keeps what was typed until the person
 * chooses to reload.
 */
@Component({
  selector: 'pde-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatSelect,
    MatOption,
    RecordForm,
    RecordDataView,
    RecordChanges,
    RecordSummary,
    StatusMessage,
    LoadingIndicator,
  ],
  templateUrl: './record-page.html',
  styleUrl: './record-page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class RecordPage implements LeavesSafely {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(RecordsApi);
  private readonly entesApi = inject(EntesCatalogApi);
  private readonly dialog = inject(MatDialog);
  private readonly flash = inject(RecordFlash);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly user = inject(SessionStore).user;
  private readonly form = viewChild(RecordForm);

  protected readonly kind = injectRecordKind();
  protected readonly listPath = recordsPath(this.kind);
  protected readonly id = signal<string | null>(null);
  protected readonly load = signal<LoadState>({ status: 'loading' });
  protected readonly record = signal<RecordView | null>(null);
  protected readonly model = signal<RecordFormModel | null>(null);
  protected readonly busy = signal<Action | null>(null);
  protected readonly notice = signal<Flash | null>(this.flash.take());
  protected readonly conflict = signal<string | null>(null);
  protected readonly showSummary = signal(false);

  protected readonly isNew = computed(() => this.id() === null);
  protected readonly chooseEnte = computed(() => this.isNew() && this.user()?.rol === 'ADMIN');
  protected readonly entes = signal<EnteView[]>([]);
  protected readonly enteNombre = signal('');
  protected readonly ente = new FormControl<number | null>(null, Validators.required);

  protected readonly permisos = computed<ReadonlySet<RecordPermission>>(() => {
    const record = this.record();
    if (record) return new Set(record.permisos);
    return new Set(this.isNew() && canCreateRecords(this.user()) ? ['edit', 'submit'] : []);
  });
  protected readonly editing = computed(() => !!this.model() && this.permisos().has('edit'));
  protected readonly title = computed(() => (this.isNew() ? 'Nuevo registro' : (this.record()?.titulo ?? 'Registro')));
  protected readonly errorCount = computed(() => this.model()?.errors().length ?? 0);
  protected readonly dirty = computed(() => !!this.model()?.dirty());
  protected readonly canSubmit = computed(() => {
    const permisos = this.permisos();
    return permisos.has('submit') || (permisos.has('edit') && (this.dirty() || this.record()?.estado === 'RECHAZADO'));
  });
  protected readonly shownData = computed(() => this.record()?.trabajo?.datos ?? this.record()?.publicado?.datos ?? null);
  protected readonly changesFromPublished = computed(() => {
    const record = this.record();
    return record?.publicado && record.trabajo ? diffDocuments(record.publicado.datos, record.trabajo.datos) : null;
  });
  /** Problems the API found in the working version, for people who only read it. */
  protected readonly apiIssues = computed(() => {
    const working = this.record()?.trabajo;
    if (!working || this.editing()) return [];
    return working.errores.map((issue) => ({ label: describePath(this.kind.schema, this.kind.layout, issue.path), message: issue.message }));
  });

  constructor() {
    this.route.paramMap
      .pipe(
        map((params) => params.get('id')),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((id) => {
        this.id.set(id);
        if (id) this.fetch(id);
        else this.startNew();
      });
    this.destroyRef.onDestroy(() => this.model()?.destroy());
  }

  canLeave(): boolean | Promise<boolean> {
    if (!this.dirty()) return true;
    return firstValueFrom(
      this.dialog.open<LeaveDialog, void, boolean>(LeaveDialog, { width: '28rem', maxWidth: '95vw', autoFocus: '[data-initial-focus]' }).afterClosed(),
    ).then((leave) => leave === true);
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.dirty()) event.preventDefault();
  }

  protected historyPath(record: RecordView): string {
    return recordsPath(this.kind, record.id, 'historial');
  }

  protected reload(): void {
    const id = this.id();
    this.conflict.set(null);
    this.notice.set(null);
    this.model()?.markSaved();
    if (id) this.fetch(id);
  }

  protected selectEnte(id: number | null): void {
    this.model()?.context.set({ enteNombre: this.entes().find((e) => e.id === id)?.nombre });
  }

  protected async save(): Promise<void> {
    if (this.busy()) return;
    this.busy.set('save');
    try {
      const view = await this.persist();
      if (view) this.afterSave(view);
    } finally {
      this.busy.set(null);
    }
  }

  protected async submit(): Promise<void> {
    const model = this.model();
    if (!model || this.busy()) return;
    if (model.errors().length) {
      this.revealProblems();
      this.notice.set({ kind: 'error', message: RECORD_MESSAGES.fixBeforeSubmit });
      afterNextRender(() => this.form()?.focusSummary(), { injector: this.injector });
      return;
    }
    this.busy.set('submit');
    try {
      let view = this.record();
      if (!view || model.dirty() || !view.permisos.includes('submit')) view = await this.persist();
      if (!view) return;
      view = await firstValueFrom(this.api.submit(this.kind.ruta, view.id, view.version));
      this.done(view, { kind: 'success', message: RECORD_MESSAGES.submitted });
    } catch (error: unknown) {
      this.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  protected approve(): Promise<void> {
    return this.run('approve', (v) => this.api.approve(this.kind.ruta, v.id, v.version), RECORD_MESSAGES.approved);
  }

  protected restore(): Promise<void> {
    return this.run('restore', (v) => this.api.restore(this.kind.ruta, v.id, v.version), RECORD_MESSAGES.restored);
  }

  protected async reject(): Promise<void> {
    const comentario = await this.ask(REJECT_DIALOG);
    if (comentario) await this.run('reject', (v) => this.api.reject(this.kind.ruta, v.id, v.version, comentario), RECORD_MESSAGES.rejected);
  }

  protected async withdraw(): Promise<void> {
    const motivo = await this.ask(WITHDRAW_DIALOG);
    if (motivo) await this.run('baja', (v) => this.api.withdraw(this.kind.ruta, v.id, v.version, motivo), RECORD_MESSAGES.withdrawn);
  }

  protected retryLoad(): void {
    const id = this.id();
    if (id) this.fetch(id);
  }

  private fetch(id: string): void {
    this.load.set({ status: 'loading' });
    this.api
      .get(this.kind.ruta, id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (view) => {
          this.show(view);
          this.load.set({ status: 'ready' });
        },
        error: (error: unknown) => this.load.set({ status: 'error', message: readApiError(error).message }),
      });
  }

  private startNew(): void {
    this.setModel(new RecordFormModel(this.kind.schema, this.kind.layout, {}));
    this.load.set({ status: 'ready' });
    const user = this.user();
    if (user?.rol === 'ADMIN') {
      this.entesApi
        .list({ activos: true })
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ next: (entes) => this.entes.set(entes), error: (e: unknown) => this.fail(e) });
    } else if (user?.enteId) {
      this.entesApi
        .get(user.enteId)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (ente) => {
            this.enteNombre.set(ente.nombre);
            this.model()?.context.set({ enteNombre: ente.nombre });
          },
          error: () => this.enteNombre.set(''),
        });
    }
  }

  /** Shows a record as the API sent it; the form is rebuilt from its data. */
  private show(view: RecordView): void {
    this.record.set(view);
    this.showSummary.set(false);
    if (!view.permisos.includes('edit')) {
      this.setModel(null);
      return;
    }
    const data = view.trabajo?.datos ?? view.publicado?.datos ?? {};
    this.setModel(new RecordFormModel(this.kind.schema, this.kind.layout, data, { context: { enteNombre: view.ente.nombre } }));
    if (view.trabajo?.errores.length && Object.keys(data).length) this.revealProblems();
  }

  private setModel(model: RecordFormModel | null): void {
    this.model()?.destroy();
    this.model.set(model);
  }

  /** Creates or saves the working version; null when the API refused (the reason is on screen). */
  private async persist(): Promise<RecordView | null> {
    const model = this.model();
    if (!model) return null;
    if (this.chooseEnte() && this.ente.invalid) {
      this.ente.markAsTouched();
      this.notice.set({ kind: 'error', message: RECORD_MESSAGES.chooseEnte });
      return null;
    }
    this.conflict.set(null);
    this.notice.set(null);
    try {
      const current = this.record();
      const view = current
        ? await firstValueFrom(this.api.update(this.kind.ruta, current.id, model.data(), current.version))
        : await firstValueFrom(this.api.create(this.kind.ruta, model.data(), this.ente.value ?? undefined));
      model.markSaved();
      this.record.set(view);
      return view;
    } catch (error: unknown) {
      this.fail(error);
      return null;
    }
  }

  private afterSave(view: RecordView): void {
    const remaining = view.trabajo?.errores.length ?? 0;
    const message = savedMessage(remaining);
    if (this.isNew()) {
      this.open(view, { kind: 'success', message });
      return;
    }
    this.notice.set({ kind: 'success', message });
    if (remaining) this.revealProblems();
  }

  private async run(action: Action, call: (view: RecordView) => Observable<RecordView>, success: string): Promise<void> {
    const record = this.record();
    if (!record || this.busy()) return;
    this.busy.set(action);
    this.conflict.set(null);
    this.notice.set(null);
    try {
      this.done(await firstValueFrom(call(record)), { kind: 'success', message: success });
    } catch (error: unknown) {
      this.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  /** After a workflow action: the record as it is now, and the focus on the message. */
  private done(view: RecordView, flash: Flash): void {
    if (this.isNew()) {
      this.open(view, flash);
      return;
    }
    this.show(view);
    this.notice.set(flash);
    afterNextRender(() => document.getElementById('aviso-registro')?.focus(), { injector: this.injector });
  }

  /** A new record exists now: continue on its own page. */
  private open(view: RecordView, flash: Flash): void {
    this.flash.set(flash);
    void this.router.navigateByUrl(recordsPath(this.kind, view.id), { replaceUrl: true });
  }

  private ask(data: ReasonDialogData): Promise<string | undefined> {
    const dialog = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '36rem', maxWidth: '95vw', autoFocus: 'textarea' });
    return firstValueFrom(dialog.afterClosed());
  }

  private revealProblems(): void {
    this.showSummary.set(true);
    this.model()?.revealErrors();
  }

  private fail(error: unknown): void {
    const problem = readApiError(error);
    if (problem.code === VERSION_CONFLICT) {
      this.conflict.set(problem.message);
      afterNextRender(() => document.getElementById('conflicto-registro')?.focus(), { injector: this.injector });
      return;
    }
    const model = this.model();
    if (model && problem.errors.length) {
      model.setServerErrors(problem.errors);
      const ente = problem.errors.find((e) => e.path === 'enteId');
      if (ente) this.ente.setErrors({ api: ente.message });
      this.revealProblems();
    }
    this.notice.set({ kind: 'error', message: problem.message });
  }
}
