import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PANEL_SIGN_IN_PATH, SessionStore } from '@pde/web/panel/data-access';
import { RECORD_NAV_LINKS } from './record-links';
import { roleLabel } from './role-label';

/** Frame of the signed-in panel: who is signed in, the panel's own navigation and sign-out. */
@Component({
  selector: 'pde-panel-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatButton],
  templateUrl: './panel-layout.html',
  styleUrl: './panel-layout.scss',
})
export class PanelLayout {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly user = this.store.user;
  protected readonly roleLabel = computed(() => roleLabel(this.user()));
  /** The administration block of the navigation is only for ADMIN (the API enforces it too). */
  protected readonly isAdmin = computed(() => this.user()?.rol === 'ADMIN');
  protected readonly mustChangePassword = this.store.mustChangePassword;
  protected readonly signingOut = signal(false);
  /** Record lists (libs/web/panel/feature-records). */
  protected readonly recordLinks = RECORD_NAV_LINKS;

  protected async signOut(): Promise<void> {
    if (this.signingOut()) return;
    this.signingOut.set(true);
    try {
      await this.store.signOut();
      await this.router.navigateByUrl(PANEL_SIGN_IN_PATH);
    } finally {
      this.signingOut.set(false);
    }
  }
}
