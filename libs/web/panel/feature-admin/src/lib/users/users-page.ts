import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ADMIN_TABLE } from '../shared/table';
import { fold, type EnteView, type UserView } from '@pde/shared/contracts';
import { SessionStore } from '@pde/web/panel/data-access';
import { AdminUsersApi, EntesApi } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { firstValueFrom, forkJoin } from 'rxjs';
import { confirmAction } from '../shared/confirm-dialog';
import { enteName } from '../shared/entes';
import { formatDateTime, userRoleLabel } from '../shared/format';
import { showSecretsOnce } from '../shared/one-time-secrets-dialog';
import { UserFormDialog, type UserFormDialogData, type UserFormDialogResult } from './user-form-dialog';

type LoadState = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

/** The people of the panel: list, creation, changes of role/scope/state and password resets. */
@Component({
  selector: 'pde-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    ADMIN_TABLE,
    StatusMessage,
    LoadingIndicator,
  ],
  templateUrl: './users-page.html',
  styleUrls: ['../shared/admin-page.scss'],
})
export class UsersPage {
  private readonly usersApi = inject(AdminUsersApi);
  private readonly entesApi = inject(EntesApi);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  private readonly me = inject(SessionStore).user;

  protected readonly columns = ['nombre', 'email', 'rol', 'ente', 'estado', 'bloqueo', 'acceso', 'acciones'];
  protected readonly state = signal<LoadState>({ status: 'loading' });
  protected readonly users = signal<readonly UserView[]>([]);
  protected readonly entes = signal<readonly EnteView[]>([]);
  protected readonly filter = signal('');
  protected readonly visibleUsers = computed(() => {
    const needle = fold(this.filter());
    return needle ? this.users().filter((u) => fold(`${u.nombre} ${u.email}`).includes(needle)) : this.users();
  });
  protected readonly countText = computed(() => {
    const count = this.visibleUsers().length;
    if (!this.filter().trim()) return count === 1 ? '1 usuario.' : `${count} usuarios.`;
    return count === 1 ? '1 usuario coincide con la búsqueda.' : `${count} usuarios coinciden con la búsqueda.`;
  });
  /** What just happened (saved, reset…) or why an action failed. */
  protected readonly notice = signal<{ kind: 'success' | 'error'; message: string } | null>(null);
  protected readonly busyId = signal<number | null>(null);

  protected readonly roleLabel = userRoleLabel;
  protected readonly formatDateTime = formatDateTime;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ status: 'loading' });
    forkJoin([this.usersApi.list(), this.entesApi.list()])
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ([users, entes]) => {
          this.users.set(users);
          this.entes.set(entes);
          this.state.set({ status: 'ready' });
        },
        error: (error: unknown) => this.state.set({ status: 'error', message: readApiError(error).message }),
      });
  }

  protected scopeText(user: UserView): string {
    if (user.rol === 'REVISOR') {
      if (user.revisaTodos) return 'Revisa todos los entes';
      return user.entesRevision.map((id) => enteName(this.entes(), id)).join('; ') || '—';
    }
    return enteName(this.entes(), user.enteId);
  }

  protected isMe(user: UserView): boolean {
    return this.me()?.id === user.id;
  }

  protected async create(): Promise<void> {
    const result = await this.openForm({ entes: this.entes() });
    if (result?.kind !== 'created') return;
    const { usuario, contrasenaGenerada } = result.created;
    this.upsert(usuario);
    this.notice.set({ kind: 'success', message: `Se creó el usuario ${usuario.nombre} (${usuario.email}).` });
    if (contrasenaGenerada) {
      await showSecretsOnce(this.dialog, {
        title: 'Contraseña temporal generada',
        intro: `Entregue esta contraseña a ${usuario.nombre} por un medio seguro. Deberá cambiarla la primera vez que ingrese.`,
        secrets: [{ label: 'Contraseña temporal', value: contrasenaGenerada }],
        confirmation: 'Ya guardé o entregué la contraseña temporal',
      });
    }
  }

  protected async edit(user: UserView): Promise<void> {
    const result = await this.openForm({ entes: this.entes(), user });
    if (result?.kind !== 'updated') return;
    this.upsert(result.user);
    this.notice.set({ kind: 'success', message: `Se guardaron los cambios de ${result.user.nombre}.` });
  }

  protected async resetPassword(user: UserView): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      title: `¿Restablecer la contraseña de ${user.nombre}?`,
      message: [
        'Se generará una contraseña temporal nueva y la anterior dejará de funcionar; también se desbloquea la cuenta y se cierran sus sesiones abiertas.',
        'La contraseña nueva se mostrará una sola vez y la persona deberá cambiarla al ingresar.',
      ],
      confirmLabel: 'Restablecer contraseña',
    });
    if (!confirmed) return;
    this.busyId.set(user.id);
    this.notice.set(null);
    let password: string;
    try {
      password = (await firstValueFrom(this.usersApi.resetPassword(user.id))).contrasenaGenerada;
    } catch (error: unknown) {
      this.notice.set({ kind: 'error', message: readApiError(error).message });
      return;
    } finally {
      this.busyId.set(null);
    }
    await showSecretsOnce(this.dialog, {
      title: 'Contraseña restablecida',
      intro: `Entregue esta contraseña temporal a ${user.nombre} (${user.email}) por un medio seguro. Deberá cambiarla al ingresar.`,
      secrets: [{ label: 'Contraseña temporal', value: password }],
      confirmation: 'Ya guardé o entregué la contraseña temporal',
    });
    this.notice.set({ kind: 'success', message: `Se restableció la contraseña de ${user.nombre}.` });
    this.refreshUser(user.id);
  }

  private async openForm(data: UserFormDialogData): Promise<UserFormDialogResult | undefined> {
    this.notice.set(null);
    const ref = this.dialog.open<UserFormDialog, UserFormDialogData, UserFormDialogResult>(UserFormDialog, {
      data,
      width: '40rem',
      maxWidth: 'calc(100vw - 1rem)',
      autoFocus: 'first-tabbable',
    });
    return firstValueFrom(ref.afterClosed());
  }

  private refreshUser(id: number): void {
    this.usersApi
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (user) => this.upsert(user), error: () => undefined });
  }

  private upsert(user: UserView): void {
    this.users.update((list) => {
      const index = list.findIndex((u) => u.id === user.id);
      const next = index === -1 ? [...list, user] : list.map((u) => (u.id === user.id ? user : u));
      return next.toSorted((a, b) => a.nombre.localeCompare(b.nombre, 'es-MX'));
    });
  }
}
