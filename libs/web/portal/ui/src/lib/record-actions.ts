import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { downloadTextFile } from '@pde/web/portal/util';
import { StatusMessage } from '@pde/web/shared/ui';

/**
 * What a person can do with a ficha: download the record as the API published it, and copy or
 * follow its permanent address (the ficha's own URL, stable while the record is published).
 */
@Component({
  selector: 'pde-record-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, StatusMessage],
  template: `
    <div class="record-actions__buttons">
      <button mat-flat-button type="button" (click)="download()">Descargar JSON</button>
      <button mat-stroked-button type="button" (click)="copy()">Copiar enlace permanente</button>
    </div>
    <p class="record-actions__permalink">
      Enlace permanente: <a [href]="permalinkUrl()">{{ permalinkUrl() }}</a>
    </p>
    <div class="record-actions__message">
      @if (message(); as message) {
        <pde-status-message [kind]="message.kind">{{ message.text }}</pde-status-message>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .record-actions__buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .record-actions__permalink {
      margin-block: 0.75rem 0;
      overflow-wrap: anywhere;
      font: var(--mat-sys-body-medium);
    }
    .record-actions__message:not(:empty) {
      margin-block-start: 0.75rem;
    }
  `,
})
export class RecordActions {
  private readonly document = inject(DOCUMENT);
  private readonly clipboard = inject(Clipboard);

  /** Path of the ficha inside the app (`/s2/…`). */
  readonly permalink = input.required<string>();
  /** Exact body the API sent for the record. */
  readonly json = input.required<string>();
  readonly fileName = input.required<string>();

  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  protected readonly permalinkUrl = computed(() => new URL(this.permalink(), this.document.baseURI).href);

  protected download(): void {
    downloadTextFile(this.fileName(), this.json());
    this.message.set({ kind: 'success', text: `Se descargó el archivo ${this.fileName()}.` });
  }

  protected copy(): void {
    const copied = this.clipboard.copy(this.permalinkUrl());
    this.message.set(
      copied
        ? { kind: 'success', text: 'Se copió el enlace permanente.' }
        : { kind: 'error', text: 'No se pudo copiar el enlace. Selecciónelo y cópielo a mano.' },
    );
  }
}
