import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** Any address the app does not know. The server answers 200 with index.html; this page says 404. */
@Component({
  selector: 'pde-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor],
  template: `
    <section class="not-found" aria-labelledby="not-found-title">
      <p class="not-found__code" aria-hidden="true">404</p>
      <h1 id="not-found-title">Página no encontrada</h1>
      <p>La dirección que escribió o el enlace que siguió no existe, o la página cambió de lugar.</p>
      <p>Revise que la dirección esté bien escrita, o continúe desde alguna de estas páginas:</p>
      <div class="not-found__actions">
        <a mat-flat-button routerLink="/">Ir al inicio</a>
        <a mat-stroked-button routerLink="/panel">Ir al panel de captura</a>
      </div>
    </section>
  `,
  styles: `
    .not-found {
      max-inline-size: 40rem;
    }
    .not-found__code {
      margin: 0;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-display-medium);
    }
    .not-found__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-block-start: 1.5rem;
    }
  `,
})
export class NotFoundPage {}
