import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { AMBITO_PUBLICO, ENTIDAD_FEDERATIVA, NIVEL_ORDEN_GOBIERNO, type EnteRequest, type EnteView } from '@pde/shared/contracts';
import { EntesApi } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { StatusMessage } from '@pde/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { applyServerErrors, focusFirstInvalid, revalidate } from '../shared/form-errors';

/** ENTE_SCHEMA's clave rule: letters, digits, dot, dash or underscore, no spaces. */
const CLAVE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface EnteFormDialogData {
  /** The ente to edit; without it the dialog registers a new one. */
  ente?: EnteView;
}

/** Registers or edits a public body: clave, name, siglas and its catalog classification. */
@Component({
  selector: 'pde-ente-form-dialog',
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
    MatCheckbox,
    MatButton,
    StatusMessage,
  ],
  templateUrl: './ente-form-dialog.html',
  styleUrl: '../shared/dialog-form.scss',
})
export class EnteFormDialog {
  private readonly data = inject<EnteFormDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<EnteFormDialog, EnteView>>(MatDialogRef);
  private readonly api = inject(EntesApi);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');

  protected readonly editing = this.data.ente;
  protected readonly ordenes = NIVEL_ORDEN_GOBIERNO.entries;
  protected readonly ambitos = AMBITO_PUBLICO.entries;
  protected readonly entidades = ENTIDAD_FEDERATIVA.entries;
  protected readonly form = inject(NonNullableFormBuilder).group({
    clave: [this.data.ente?.clave ?? '', [Validators.required, Validators.maxLength(50), Validators.pattern(CLAVE_PATTERN)]],
    nombre: [this.data.ente?.nombre ?? '', [Validators.required, Validators.maxLength(255)]],
    siglas: [this.data.ente?.siglas ?? '', [Validators.maxLength(50)]],
    ordenGobierno: [this.data.ente?.ordenGobierno ?? '', [Validators.required]],
    ambitoPublico: [this.data.ente?.ambitoPublico ?? '', [Validators.required]],
    entidadFederativa: [this.data.ente?.entidadFederativa ?? ''],
    activo: [this.data.ente?.activo ?? true],
  });
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
      const { activo, ...value } = this.form.getRawValue();
      const request: EnteRequest = {
        clave: value.clave.trim(),
        nombre: value.nombre.trim(),
        ...(value.siglas.trim() ? { siglas: value.siglas.trim() } : {}),
        ordenGobierno: value.ordenGobierno,
        ambitoPublico: value.ambitoPublico,
        ...(value.entidadFederativa ? { entidadFederativa: value.entidadFederativa } : {}),
      };
      const ente = this.data.ente;
      const saved = await firstValueFrom(ente ? this.api.update(ente.id, { ...request, activo }) : this.api.create(request));
      this.ref.close(saved);
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
