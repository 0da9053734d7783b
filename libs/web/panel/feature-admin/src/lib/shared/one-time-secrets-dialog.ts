import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialog, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { StatusMessage } from '@pde/web/shared/ui';
import { firstValueFrom } from 'rxjs';

export interface OneTimeSecret {
  /** What the value is, e.g. «Contraseña generada», `client_secret`. */
  label: string;
  value: string;
  /** Property name in the downloaded JSON (defaults to the label), e.g. `client_secret`. */
  key?: string;
}

export interface OneTimeSecretsData {
  title: string;
  /** Who the secrets belong to and what to do with them. */
  intro: string;
  /**
   * The secrets. The dialog takes them over and empties this array when it closes, so nothing in
   * the app keeps them afterwards: callers must not hold other references.
   */
  secrets: OneTimeSecret[];
  /** What the person confirms before closing, e.g. «Guardé la contraseña en un lugar seguro». */
  confirmation: string;
  /** File name to offer a JSON download of the secrets (omit to offer no download). */
  downloadName?: string;
}

/**
 * Shows generated secrets (passwords, PDN credentials, tokens) exactly once: copy buttons, an
 * optional JSON download, and an explicit confirmation before closing. Neither Escape nor the
 * backdrop closes it. On close the secrets are dropped from memory (the API keeps only hashes, so
 * they cannot be shown again).
 */
@Component({
  selector: 'pde-one-time-secrets-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatButton, MatCheckbox, StatusMessage],
  templateUrl: './one-time-secrets-dialog.html',
  styleUrl: './one-time-secrets-dialog.scss',
})
export class OneTimeSecretsDialog {
  private readonly data = inject<OneTimeSecretsData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<OneTimeSecretsDialog, void>>(MatDialogRef);
  private readonly clipboard = inject(Clipboard);
  private readonly confirmBox = viewChild.required(MatCheckbox);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly title = this.data.title;
  protected readonly intro = this.data.intro;
  protected readonly confirmationText = this.data.confirmation;
  protected readonly canDownload = !!this.data.downloadName;
  protected readonly secrets = signal<readonly OneTimeSecret[]>(this.data.secrets.map((secret) => ({ ...secret })));
  protected readonly confirmed = signal(false);
  protected readonly mustConfirm = signal(false);
  protected readonly copyStatus = signal('');

  constructor() {
    this.ref.disableClose = true;
    // However the dialog ends (including being destroyed with the page), the secrets go with it.
    this.ref.afterClosed().subscribe(() => this.forget());
  }

  protected copy(secret: OneTimeSecret): void {
    const copied = this.clipboard.copy(secret.value);
    this.copyStatus.set(
      copied ? `Se copió «${secret.label}» al portapapeles.` : `No se pudo copiar «${secret.label}»: selecciónelo y cópielo manualmente.`,
    );
  }

  protected download(): void {
    const name = this.data.downloadName;
    if (!name) return;
    const content = JSON.stringify(Object.fromEntries(this.secrets().map((s) => [s.key ?? s.label, s.value])), null, 2);
    const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
    const link = this.host.nativeElement.ownerDocument.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url));
    this.copyStatus.set(`Se descargó el archivo ${name}. Guárdelo en un lugar seguro y bórrelo de la carpeta de descargas.`);
  }

  protected onConfirmedChange(checked: boolean): void {
    this.confirmed.set(checked);
    if (checked) this.mustConfirm.set(false);
  }

  protected close(): void {
    if (!this.confirmed()) {
      this.mustConfirm.set(true);
      this.confirmBox().focus();
      return;
    }
    this.ref.close();
  }

  private forget(): void {
    this.secrets.set([]);
    for (const secret of this.data.secrets) secret.value = '';
    this.data.secrets.length = 0;
  }
}

/** Opens the dialog and resolves once the person confirmed and closed it. */
export async function showSecretsOnce(dialog: MatDialog, data: OneTimeSecretsData): Promise<void> {
  const ref = dialog.open<OneTimeSecretsDialog, OneTimeSecretsData, void>(OneTimeSecretsDialog, {
    data,
    disableClose: true,
    role: 'alertdialog',
    width: '40rem',
    maxWidth: 'calc(100vw - 1rem)',
    autoFocus: 'first-heading',
  });
  await firstValueFrom(ref.afterClosed(), { defaultValue: undefined });
}
