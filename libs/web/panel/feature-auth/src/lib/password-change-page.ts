import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { PANEL_HOME_PATH, PANEL_SIGN_IN_PATH, SessionStore } from '@pde/web/panel/data-access';
import { readApiError } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';
import { NEW_PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, applyServerErrors, newPasswordValidator, passwordPairValidator } from './password-rules';

const LOCKED_STATUS = 423;

/**
 * The person's own password change (`POST /api/auth/password`). People with a temporary password
 * are kept here by the panel guards until they replace it; anyone else may come here at any time.
 */
@Component({
  selector: 'pde-password-change-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatHint, MatError, MatInput, MatButton, StatusMessage, LoadingIndicator],
  templateUrl: './password-change-page.html',
  styleUrl: './password-change-page.scss',
})
export class PasswordChangePage {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = NEW_PASSWORD_MAX_LENGTH;
  protected readonly homePath = PANEL_HOME_PATH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      actual: ['', [Validators.required, Validators.maxLength(NEW_PASSWORD_MAX_LENGTH)]],
      nueva: ['', [Validators.required, newPasswordValidator]],
      confirmacion: ['', [Validators.required]],
    },
    { validators: passwordPairValidator },
  );
  /** Whether the page was opened because the password is temporary (kept after the change for the message). */
  protected readonly forced = signal(this.store.mustChangePassword());
  protected readonly sending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly changed = signal(false);
  protected readonly visible = signal(false);
  protected readonly signingOut = signal(false);

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    this.problem.set(null);
    this.changed.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.sending.set(true);
    try {
      const { actual, nueva } = this.form.getRawValue();
      await this.store.changePassword({ actual, nueva });
    } catch (error: unknown) {
      await this.showProblem(error);
      return;
    } finally {
      this.sending.set(false);
    }
    this.form.reset();
    this.visible.set(false);
    this.changed.set(true);
  }

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

  private async showProblem(error: unknown): Promise<void> {
    const problem = readApiError(error);
    if (problem.status === LOCKED_STATUS) {
      // The API locked the account and closed its sessions: sign-in explains until when.
      this.store.expire(problem.message);
      await this.router.navigateByUrl(PANEL_SIGN_IN_PATH);
      return;
    }
    if (problem.status === 401) return; // the session-expiry interceptor already took the person to sign-in
    const onFields = applyServerErrors(this.form.controls, problem);
    this.problem.set(problem.message);
    if (onFields) this.focusFirstInvalid();
  }

  private focusFirstInvalid(): void {
    // After the render that marks the fields and shows their errors.
    afterNextRender(() => this.formElement().nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus(), { injector: this.injector });
  }
}
