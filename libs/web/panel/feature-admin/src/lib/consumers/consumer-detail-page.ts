import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ConsumersApi, type AccessLogEntry, type ApiTokenView, type ConsumerView } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { consumerRoleLabel, formatDateTime, formatNumber } from '../shared/format';
import { showSecretsOnce } from '../shared/one-time-secrets-dialog';
import { ADMIN_TABLE } from '../shared/table';

type Notice = { kind: 'success' | 'error'; message: string };
type PageState =
  | { status: 'loading' }
  | { status: 'ready'; consumer: ConsumerView; tokens: ApiTokenView[]; log: AccessLogEntry[] }
  | { status: 'error'; message: string };

/** One PDN consumer: its data, S3 v2 tokens (rotation and revocation), revocation and recent calls. */
@Component({
  selector: 'pde-consumer-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink, ADMIN_TABLE, StatusMessage, LoadingIndicator],
  templateUrl: './consumer-detail-page.html',
  styleUrls: ['../shared/admin-page.scss', './consumer-detail-page.scss'],
})
export class ConsumerDetailPage {
  private readonly api = inject(ConsumersApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly id = Number(inject(ActivatedRoute).snapshot.paramMap.get('id'));

  protected readonly tokenColumns = ['prefijo', 'estado', 'creado', 'expira', 'uso', 'acciones'];
  protected readonly logColumns = ['fecha', 'solicitud', 'estado', 'registros', 'duracion', 'rfc', 'parametros'];
  protected readonly state = signal<PageState>({ status: 'loading' });
  /** Outcome of the last action on the consumer itself (revocation). */
  protected readonly notice = signal<Notice | null>(null);
  /** Outcome of the last token action (issue, revoke), shown in the tokens section. */
  protected readonly tokenNotice = signal<Notice | null>(null);
  protected readonly busy = signal(false);

  protected readonly roleLabel = consumerRoleLabel;
  protected readonly formatDateTime = formatDateTime;
  protected readonly formatNumber = formatNumber;

  constructor() {
    this.load();
  }

  protected load(): void {
    if (this.state().status !== 'ready') this.state.set({ status: 'loading' });
    forkJoin({ consumer: this.api.get(this.id), tokens: this.api.tokens(this.id), log: this.api.accessLog(this.id) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (data) => this.state.set({ status: 'ready', ...data }),
        error: (error: unknown) => this.state.set({ status: 'error', message: readApiError(error).message }),
      });
  }

  protected tokenState(token: ApiTokenView): string {
    if (token.revocadoEn) return 'Revocado';
    return token.activo ? 'Activo' : 'Vencido';
  }

  protected params(entry: AccessLogEntry): string {
    return entry.parametros === null || entry.parametros === undefined ? '—' : JSON.stringify(entry.parametros);
  }

  /** Rotation: a new token while the old one keeps working until revoked (at most two active). */
  protected async issueToken(consumer: ConsumerView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.tokenNotice.set(null);
    let token: string;
    try {
      token = (await firstValueFrom(this.api.issueToken(consumer.id))).token;
    } catch (error: unknown) {
      this.tokenNotice.set({ kind: 'error', message: readApiError(error).message });
      return;
    } finally {
      this.busy.set(false);
    }
    this.load();
    await showSecretsOnce(this.dialog, {
      title: `Token nuevo de ${consumer.nombre}`,
      intro: 'Entréguelo al consumidor por un medio seguro. El token anterior sigue funcionando hasta que lo revoque aquí, para que el cambio no interrumpa el servicio.',
      secrets: [{ label: 'Token de la API S3 v2 (Bearer)', key: 'token', value: token }],
      confirmation: 'Ya guardé o entregué el token',
    });
    this.tokenNotice.set({ kind: 'success', message: 'Se emitió el token nuevo. Cuando el consumidor ya lo use, revoque el anterior.' });
  }

  protected async revokeToken(token: ApiTokenView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: `¿Revocar el token ${token.prefijo}?`,
      message: ['Dejará de funcionar de inmediato: las consultas que lo usen recibirán un error de credenciales. No se puede deshacer.'],
      confirmLabel: 'Revocar token',
    });
    if (!confirmed) return;
    this.busy.set(true);
    this.tokenNotice.set(null);
    try {
      await firstValueFrom(this.api.revokeToken(token.id));
      this.tokenNotice.set({ kind: 'success', message: `Se revocó el token ${token.prefijo}.` });
      this.load();
    } catch (error: unknown) {
      this.tokenNotice.set({ kind: 'error', message: readApiError(error).message });
    } finally {
      this.busy.set(false);
    }
  }

  protected async revokeConsumer(consumer: ConsumerView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: `¿Revocar el consumidor ${consumer.nombre}?`,
      message: [
        'Su cliente OAuth, su usuario de API y todos sus tokens dejarán de funcionar de inmediato.',
        'No se puede deshacer: para volver a dar acceso habrá que registrar un consumidor nuevo.',
      ],
      confirmLabel: 'Revocar consumidor',
    });
    if (!confirmed) return;
    this.busy.set(true);
    this.notice.set(null);
    try {
      await firstValueFrom(this.api.revoke(consumer.id));
      this.notice.set({ kind: 'success', message: `Se revocó el consumidor ${consumer.nombre}.` });
      this.load();
    } catch (error: unknown) {
      this.notice.set({ kind: 'error', message: readApiError(error).message });
    } finally {
      this.busy.set(false);
    }
  }
}
