import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { RETURN_URL_PARAM, SessionStore, safeReturnUrl } from '@pde/web/panel/data-access';
import { readApiError, type ApiProblem } from '@pde/web/shared/data-access';
import { LoadingIndicator, StatusMessage } from '@pde/web/shared/ui';

/** Limits of LOGIN_SCHEMA in @pde/shared/contracts, checked here too so people see them early. */
export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MAX_LENGTH = 128;

/** Sign-in to the panel: email and password, with the API's message when it refuses. */
@Component({
  selector: 'pde-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatSuffix, MatInput, MatButton, StatusMessage, LoadingIndicator],
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  private readonly store = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  protected readonly emailMaxLength = EMAIL_MAX_LENGTH;
  protected readonly passwordMaxLength = PASSWORD_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    password: ['', [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)]],
  });
  protected readonly notice = this.store.notice;
  protected readonly sending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly passwordVisible = signal(false);

  protected togglePassword(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.sending.set(true);
    try {
      const { email, password } = this.form.getRawValue();
      await this.store.signIn({ email: email.trim(), password });
    } catch (error: unknown) {
      const problem = readApiError(error);
      this.applyFieldErrors(problem);
      this.problem.set(problem.message);
      return;
    } finally {
      this.sending.set(false);
    }
    await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get(RETURN_URL_PARAM)));
  }

  /** Per-field problems from the API (`errors[].path`) appear under the field, like local ones. */
  private applyFieldErrors(problem: ApiProblem): void {
    const controls: Record<string, AbstractControl> = this.form.controls;
    for (const fieldError of problem.errors) {
      const control = controls[fieldError.path];
      if (!control) continue;
      control.setErrors({ ...control.errors, server: fieldError.message });
      control.markAsTouched();
    }
  }

  private focusFirstInvalid(): void {
    this.formElement().nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
  }
}
