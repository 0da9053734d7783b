import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AMBITO_PUBLICO, ENTIDAD_FEDERATIVA, NIVEL_ORDEN_GOBIERNO, type EnteView } from '@pde/shared/contracts';
import { EntesApi, type EnteUpdateRequest } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, switchMap, tap } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { catalogLabel } from '../shared/format';
import { ADMIN_TABLE } from '../shared/table';
import { EnteFormDialog, type EnteFormDialogData } from './ente-form-dialog';

type ListResult = { status: 'ready'; entes: EnteView[] } | { status: 'error'; message: string };

/** Time to wait after the last keystroke before searching. */
export const ENTE_SEARCH_DEBOUNCE_MS = 300;

/** The catalog of public bodies: search (accents and case ignored by the API), registration, changes, activation. */
@Component({
  selector: 'pde-entes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatInput, ADMIN_TABLE, StatusMessage, LoadingIndicator],
  templateUrl: './entes-page.html',
  styleUrls: ['../shared/admin-page.scss'],
})
export class EntesPage {
  private readonly api = inject(EntesApi);
  private readonly dialog = inject(MatDialog);

  protected readonly columns = ['clave', 'nombre', 'siglas', 'orden', 'ambito', 'entidad', 'estado', 'acciones'];
  protected readonly query = signal('');
  protected readonly onlyActive = signal(false);
  private readonly reloads = signal(0);
  /** The last answer, kept on screen while the next search runs. */
  protected readonly result = signal<ListResult | null>(null);
  protected readonly loading = signal(true);
  protected readonly entes = computed(() => {
    const result = this.result();
    return result?.status === 'ready' ? result.entes : [];
  });
  protected readonly countText = computed(() => {
    const count = this.entes().length;
    const query = this.query().trim();
    if (!query) return count === 1 ? '1 ente.' : `${count.toLocaleString('es-MX')} entes.`;
    return count === 1 ? `1 ente coincide con «${query}».` : `${count.toLocaleString('es-MX')} entes coinciden con «${query}».`;
  });
  protected readonly errorMessage = computed(() => {
    const result = this.result();
    return result?.status === 'error' ? result.message : null;
  });
  protected readonly notice = signal<{ kind: 'success' | 'error'; message: string } | null>(null);
  protected readonly busyId = signal<number | null>(null);

  protected readonly orden = (clave: string) => catalogLabel(NIVEL_ORDEN_GOBIERNO, clave);
  protected readonly ambito = (clave: string) => catalogLabel(AMBITO_PUBLICO, clave);
  protected readonly entidad = (clave: string | undefined) => catalogLabel(ENTIDAD_FEDERATIVA, clave);

  constructor() {
    const filters = computed(() => ({ q: this.query().trim(), activos: this.onlyActive(), reload: this.reloads() }));
    toObservable(filters)
      .pipe(
        debounceTime(ENTE_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged((a, b) => a.q === b.q && a.activos === b.activos && a.reload === b.reload),
        tap(() => this.loading.set(true)),
        switchMap(({ q, activos }) =>
          this.api.list({ q, activos }).pipe(
            map((entes): ListResult => ({ status: 'ready', entes })),
            catchError((error: unknown) => of<ListResult>({ status: 'error', message: readApiError(error).message })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.result.set(result);
        this.loading.set(false);
      });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected async create(): Promise<void> {
    const saved = await this.openForm({});
    if (!saved) return;
    this.notice.set({ kind: 'success', message: `Se registró el ente ${saved.nombre} (clave ${saved.clave}).` });
    this.reload();
  }

  protected async edit(ente: EnteView): Promise<void> {
    const saved = await this.openForm({ ente });
    if (!saved) return;
    this.notice.set({ kind: 'success', message: `Se guardaron los cambios de ${saved.nombre}.` });
    this.reload();
  }

  protected async toggleActive(ente: EnteView): Promise<void> {
    const activo = !ente.activo;
    if (!activo) {
      const confirmed = await confirmAction(this.dialog, {
        title: `¿Desactivar ${ente.nombre}?`,
        message: ['Un ente inactivo ya no se ofrece al asignar personas capturistas ni entes de revisión. Sus registros no se borran y puede activarlo de nuevo cuando quiera.'],
        confirmLabel: 'Desactivar ente',
      });
      if (!confirmed) return;
    }
    this.busyId.set(ente.id);
    this.notice.set(null);
    const { id: _id, ...data } = ente;
    const request: EnteUpdateRequest = { ...data, activo };
    try {
      const saved = await firstValueFrom(this.api.update(ente.id, request));
      this.notice.set({ kind: 'success', message: `${saved.nombre} quedó ${saved.activo ? 'activo' : 'inactivo'}.` });
      this.reload();
    } catch (error: unknown) {
      this.notice.set({ kind: 'error', message: readApiError(error).message });
    } finally {
      this.busyId.set(null);
    }
  }

  private async openForm(data: EnteFormDialogData): Promise<EnteView | undefined> {
    this.notice.set(null);
    const ref = this.dialog.open<EnteFormDialog, EnteFormDialogData, EnteView>(EnteFormDialog, {
      data,
      width: '40rem',
      maxWidth: 'calc(100vw - 1rem)',
      autoFocus: 'first-tabbable',
    });
    return firstValueFrom(ref.afterClosed());
  }
}
