import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { CONSUMER_ROLE_CATALOG, type ConsumerRole } from '@pde/shared/contracts';
import { ConsumersApi, type IssuedCredentials } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { StatusMessage } from '@pde/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { applyServerErrors, focusFirstInvalid, revalidate, setRuleError } from '../shared/form-errors';

/** The confidential role needs the legal basis of the authorization (as the API requires). */
function legalBasisRule(group: AbstractControl): ValidationErrors | null {
  const rol = group.get('rol') as AbstractControl<ConsumerRole>;
  const fundamento = group.get('fundamento') as AbstractControl<string>;
  setRuleError(fundamento, 'requiredForConfidential', rol.value === 'confidencial' && !fundamento.value.trim());
  return null;
}

/**
 * Registers a consumer of the PDN APIs. Closes with the credentials the API issued (shown once by
 * the page right after), or with nothing when cancelled.
 */
@Component({
  selector: 'pde-consumer-create-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    StatusMessage,
  ],
  templateUrl: './consumer-create-dialog.html',
  styleUrl: '../shared/dialog-form.scss',
})
export class ConsumerCreateDialog {
  private readonly ref = inject<MatDialogRef<ConsumerCreateDialog, IssuedCredentials>>(MatDialogRef);
  private readonly api = inject(ConsumersApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  protected readonly roles = CONSUMER_ROLE_CATALOG.entries;
  protected readonly form = this.fb.group(
    {
      nombre: ['', [Validators.required, Validators.maxLength(120)]],
      rol: this.fb.control<ConsumerRole>('publico'),
      fundamento: ['', [Validators.maxLength(500)]],
    },
    { validators: legalBasisRule },
  );
  protected readonly role = toSignal(this.form.controls.rol.valueChanges, { initialValue: this.form.controls.rol.value });
  protected readonly sending = signal(false);
  protected readonly problem = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.sending()) return;
    this.problem.set(null);
    revalidate(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusInvalidAfterRender();
      return;
    }
    this.sending.set(true);
    try {
      const { nombre, rol, fundamento } = this.form.getRawValue();
      const issued = await firstValueFrom(
        this.api.create({ nombre: nombre.trim(), rol, ...(fundamento.trim() ? { fundamento: fundamento.trim() } : {}) }),
      );
      this.ref.close(issued);
    } catch (error: unknown) {
      const problem = readApiError(error);
      if (problem.status === 401) return this.ref.close();
      this.problem.set(problem.message);
      if (applyServerErrors(this.form.controls, problem)) this.focusInvalidAfterRender();
    } finally {
      this.sending.set(false);
    }
  }

  private focusInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.formElement().nativeElement), { injector: this.injector });
  }
}
