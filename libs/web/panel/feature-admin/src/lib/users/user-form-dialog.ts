import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal, viewChild, viewChildren } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, type MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { USER_ROLE_CATALOG, type EnteView, type UserRole, type UserView } from '@pde/shared/contracts';
import { AdminUsersApi, type UserCreated } from '@pde/web/panel/data-access-admin';
import { readApiError } from '@pde/web/shared/data-access';
import { StatusMessage } from '@pde/web/shared/ui';
import { firstValueFrom } from 'rxjs';
import { filterEntes, enteLabel } from '../shared/entes';
import { applyServerErrors, focusFirstInvalid, revalidate } from '../shared/form-errors';
import { EMAIL_PATTERN, initialPasswordValidator, scopeValidator, toCreateRequest, toUpdateRequest, usesEnte, type UserFormGroup } from './user-form';

export interface UserFormDialogData {
  /** Every ente (names of the current assignment); only active ones are offered. */
  entes: readonly EnteView[];
  /** The person to edit; without it the dialog creates one. */
  user?: UserView;
}

export type UserFormDialogResult = { kind: 'created'; created: UserCreated } | { kind: 'updated'; user: UserView };

/** API paths that belong to a differently named control. */
const FIELD_ALIASES = { enteId: 'ente' };

/** Creates or edits a person of the panel: role, ente, entes reviewed, state and initial password. */
@Component({
  selector: 'pde-user-form-dialog',
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
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatChipGrid,
    MatChipRow,
    MatChipRemove,
    MatChipInput,
    MatButton,
    StatusMessage,
  ],
  templateUrl: './user-form-dialog.html',
  styleUrl: '../shared/dialog-form.scss',
})
export class UserFormDialog {
  private readonly data = inject<UserFormDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<UserFormDialog, UserFormDialogResult>>(MatDialogRef);
  private readonly api = inject(AdminUsersApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild.required<ElementRef<HTMLFormElement>>('formElement');
  private readonly autocompletes = viewChildren(MatAutocompleteTrigger);
  private readonly activeEntes = this.data.entes.filter((e) => e.activo);

  protected readonly editing = this.data.user;
  protected readonly roles = USER_ROLE_CATALOG.entries;
  protected readonly enteLabel = enteLabel;
  protected readonly displayEnte = (value: EnteView | string | null) => (value && typeof value === 'object' ? enteLabel(value) : (value ?? ''));
  protected readonly form: UserFormGroup = this.fb.group(
    {
      email: ['', [Validators.required, Validators.pattern(EMAIL_PATTERN), Validators.maxLength(254)]],
      nombre: ['', [Validators.required, Validators.maxLength(200)]],
      rol: this.fb.control<UserRole | ''>('', Validators.required),
      ente: new FormControl<EnteView | string | null>(null),
      revisaTodos: this.fb.control<boolean>(false),
      entesRevision: this.fb.control<EnteView[]>([]),
      password: ['', initialPasswordValidator],
      activo: this.fb.control<boolean>(true),
    },
    { validators: scopeValidator },
  );
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.value });
  protected readonly role = computed(() => this.value().rol ?? '');
  protected readonly showEnte = computed(() => usesEnte(this.role()));
  protected readonly showReview = computed(() => this.role() === 'REVISOR');
  protected readonly showReviewList = computed(() => this.showReview() && !this.value().revisaTodos);
  protected readonly enteOptions = computed(() => {
    const typed = this.value().ente;
    return filterEntes(this.activeEntes, typeof typed === 'string' ? typed : '');
  });
  protected readonly reviewQuery = signal('');
  protected readonly reviewOptions = computed(() => {
    const chosen = new Set((this.value().entesRevision ?? []).map((e) => e.id));
    return filterEntes(this.activeEntes, this.reviewQuery()).filter((e) => !chosen.has(e.id));
  });
  protected readonly sending = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly passwordVisible = signal(false);

  constructor() {
    const user = this.data.user;
    if (user) {
      const byId = (id: number) => this.data.entes.find((e) => e.id === id) ?? { id, clave: '', nombre: `Ente ${id}`, ordenGobierno: '', ambitoPublico: '', activo: false };
      this.form.setValue({
        email: user.email,
        nombre: user.nombre,
        rol: user.rol,
        ente: user.enteId ? byId(user.enteId) : null,
        revisaTodos: user.revisaTodos,
        entesRevision: user.entesRevision.map(byId),
        password: '',
        activo: user.activo,
      });
      this.form.controls.email.disable();
    }
  }

  protected addReviewed(event: MatAutocompleteSelectedEvent, input: HTMLInputElement): void {
    const ente = event.option.value as EnteView;
    const control = this.form.controls.entesRevision;
    control.setValue([...control.value, ente]);
    control.markAsTouched();
    input.value = '';
    this.reviewQuery.set('');
  }

  protected removeReviewed(ente: EnteView): void {
    const control = this.form.controls.entesRevision;
    control.setValue(control.value.filter((e) => e.id !== ente.id));
    control.markAsTouched();
  }

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
      const value = this.form.getRawValue();
      const user = this.data.user;
      const result: UserFormDialogResult = user
        ? { kind: 'updated', user: await firstValueFrom(this.api.update(user.id, toUpdateRequest(value))) }
        : { kind: 'created', created: await firstValueFrom(this.api.create(toCreateRequest(value))) };
      this.ref.close(result);
    } catch (error: unknown) {
      const problem = readApiError(error);
      if (problem.status === 401) return this.ref.close(); // the session ended: sign-in takes over
      this.problem.set(problem.message);
      if (applyServerErrors(this.form.controls, problem, FIELD_ALIASES)) this.focusInvalidAfterRender();
    } finally {
      this.sending.set(false);
    }
  }

  private focusInvalidAfterRender(): void {
    afterNextRender(
      () => {
        focusFirstInvalid(this.formElement().nativeElement);
        // Focus opens the suggestions, which would cover the error message the person needs to read.
        for (const trigger of this.autocompletes()) trigger.closePanel();
      },
      { injector: this.injector },
    );
  }
}
