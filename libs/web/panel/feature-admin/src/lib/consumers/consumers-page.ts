import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { ConsumersApi, type ConsumerView, type IssuedCredentials } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { consumerRoleLabel, formatDateTime } from '../shared/format';
import { showSecretsOnce } from '../shared/one-time-secrets-dialog';
import { ADMIN_TABLE } from '../shared/table';
import { ConsumerCreateDialog } from './consumer-create-dialog';
import { credentialSecrets, credentialsFileName } from './consumer-secrets';

type ListState = { status: 'loading' } | { status: 'ready'; consumers: ConsumerView[] } | { status: 'error'; message: string };

/** Who may call the interconnection APIs (PDN): list and registration with one-time credentials. */
@Component({
  selector: 'pde-consumers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, RouterLink, ADMIN_TABLE, StatusMessage, LoadingIndicator],
  templateUrl: './consumers-page.html',
  styleUrls: ['../shared/admin-page.scss'],
})
export class ConsumersPage {
  private readonly api = inject(ConsumersApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['nombre', 'rol', 'clientId', 'estado', 'creado'];
  protected readonly state = signal<ListState>({ status: 'loading' });
  protected readonly notice = signal<string | null>(null);
  protected readonly roleLabel = consumerRoleLabel;
  protected readonly formatDateTime = formatDateTime;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ status: 'loading' });
    this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (consumers) => this.state.set({ status: 'ready', consumers }),
        error: (error: unknown) => this.state.set({ status: 'error', message: readApiError(error).message }),
      });
  }

  protected async create(): Promise<void> {
    this.notice.set(null);
    const ref = this.dialog.open<ConsumerCreateDialog, void, IssuedCredentials>(ConsumerCreateDialog, {
      width: '40rem',
      maxWidth: 'calc(100vw - 1rem)',
      autoFocus: 'first-tabbable',
    });
    const issued = await firstValueFrom(ref.afterClosed());
    if (!issued) return;
    const name = issued.name;
    // Only the dialog holds the secrets from here on; it empties them when it closes.
    const secrets = credentialSecrets(issued);
    wipe(issued);
    this.load();
    await showSecretsOnce(this.dialog, {
      title: `Credenciales de ${name}`,
      intro:
        'Entréguelas a la persona responsable del consumidor por un medio seguro. El client_secret, la contraseña y el token no se guardan en claro: si se pierden, habrá que emitir otros.',
      secrets,
      confirmation: 'Ya guardé estas credenciales en un lugar seguro',
      downloadName: credentialsFileName(name),
    });
    this.notice.set(`Se creó el consumidor ${name}. Sus credenciales ya no pueden verse de nuevo.`);
  }
}

/** Leaves nothing readable in the API answer once the secrets went to the dialog. */
function wipe(issued: IssuedCredentials): void {
  issued.client_secret = '';
  issued.password = '';
  issued.token = '';
}
