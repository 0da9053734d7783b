import { ChangeDetectionStrategy, Component, ElementRef, viewChild } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { focusContentOnNavigation } from './navigation-focus';
import { SITE_NAME } from './title-strategy';

interface NavLink {
  path: string;
  label: string;
  /** Only the exact path marks the link as current (the home link would match everything). */
  exact: boolean;
}

/** Frame of every page: skip link, top bar with the main navigation, `<main>` and footer. */
@Component({
  selector: 'pde-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.scss',
})
export class ShellLayout {
  protected readonly siteName = SITE_NAME;
  protected readonly year = new Date().getFullYear();
  protected readonly links: readonly NavLink[] = [
    { path: '/', label: 'Inicio', exact: true },
    { path: '/s2', label: 'Contrataciones (S2)', exact: false },
    { path: '/s3', label: 'Sancionados (S3)', exact: false },
    { path: '/panel', label: 'Panel de captura', exact: false },
  ];
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    focusContentOnNavigation(() => this.main().nativeElement);
  }

  /**
   * A plain `href="#contenido"` would be resolved against `<base href="/">` and reload the home
   * page, so the skip link moves focus itself.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView?.();
  }
}
