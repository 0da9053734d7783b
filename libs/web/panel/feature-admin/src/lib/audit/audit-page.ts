import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, MatPaginatorIntl, type PageEvent } from '@angular/material/paginator';
import { AuditApi, type AuditEntry, type AuditFilters, type AuditPage as AuditResult } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { formatDateTime } from '../shared/format';
import { applyServerErrors, revalidate, setRuleError } from '../shared/form-errors';
import { ADMIN_TABLE } from '../shared/table';
import { SpanishPaginatorIntl } from './spanish-paginator-intl';

type TextFilters = Omit<AuditFilters, 'pagina' | 'tamano'>;

/** Who acted, as recorded by the API (`Principal.kind`, or anonymous). */
const ACTOR_TYPES: Readonly<Record<string, string>> = {
  user: 'Persona del panel',
  consumer: 'Consumidor de la PDN',
  system: 'Proceso del sistema',
  anonymous: 'Sin sesión',
};

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

function dateOrder(group: AbstractControl): ValidationErrors | null {
  const desde = group.get('desde') as AbstractControl<string>;
  const hasta = group.get('hasta') as AbstractControl<string>;
  setRuleError(hasta, 'beforeStart', !!desde.value && !!hasta.value && hasta.value < desde.value);
  return null;
}

/** The audit log, newest first: who did what, when and from where, with filters and paging. */
@Component({
  selector: 'pde-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatInput, MatPaginator, ADMIN_TABLE, StatusMessage, LoadingIndicator],
  providers: [{ provide: MatPaginatorIntl, useClass: SpanishPaginatorIntl }],
  templateUrl: './audit-page.html',
  styleUrls: ['../shared/admin-page.scss', './audit-page.scss'],
})
export class AuditLogPage {
  private readonly api = inject(AuditApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['fecha', 'actor', 'accion', 'entidad', 'ip', 'detalles'];
  protected readonly pageSizes: number[] = [...AUDIT_PAGE_SIZES];
  protected readonly form = inject(NonNullableFormBuilder).group(
    { accion: '', tipo: '', id: '', actor: '', desde: '', hasta: '' },
    { validators: dateOrder },
  );
  /** The last page received, kept on screen (with the paginator and its focus) while the next loads. */
  protected readonly result = signal<AuditResult | null>(null);
  protected readonly loading = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly page = signal(0);
  protected readonly pageSize = signal<number>(AUDIT_PAGE_SIZES[1]);
  private filters: TextFilters = {};
  protected readonly formatDateTime = formatDateTime;

  constructor() {
    this.load();
  }

  protected search(): void {
    revalidate(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.filters = this.form.getRawValue();
    this.page.set(0);
    this.load();
  }

  protected clear(): void {
    this.form.reset();
    this.filters = {};
    this.page.set(0);
    this.load();
  }

  protected changePage(event: PageEvent): void {
    this.page.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.load();
  }

  protected actorType(entry: AuditEntry): string {
    return ACTOR_TYPES[entry.actorType] ?? entry.actorType;
  }

  protected details(entry: AuditEntry): string {
    return entry.details ? JSON.stringify(entry.details, null, 2) : '';
  }

  protected load(): void {
    this.loading.set(true);
    this.problem.set(null);
    this.api
      .list({ ...this.filters, pagina: this.page() + 1, tamano: this.pageSize() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.result.set(result);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          const problem = readApiError(error);
          applyServerErrors(this.form.controls, problem);
          this.problem.set(problem.message);
          this.loading.set(false);
        },
      });
  }
}
