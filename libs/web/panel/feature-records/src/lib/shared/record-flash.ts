import { Injectable, signal } from '@angular/core';
import type { StatusKind } from '@pde/web/shared/ui';

export interface Flash {
  kind: StatusKind;
  message: string;
}

/** A message for the next page (e.g. «Se guardó el borrador» after creating a record and opening it). */
@Injectable({ providedIn: 'root' })
export class RecordFlash {
  private readonly pending = signal<Flash | null>(null);

  set(flash: Flash): void {
    this.pending.set(flash);
  }

  take(): Flash | null {
    const flash = this.pending();
    this.pending.set(null);
    return flash;
  }
}
