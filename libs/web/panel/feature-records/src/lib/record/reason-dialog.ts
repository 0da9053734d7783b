import { ChangeDetectionStrategy, Component, ElementRef, inject, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { validate, type ObjectNode } from '@pde/shared/contracts';

/** What the dialog asks for; the text is checked with the API's own schema field (`REJECT_SCHEMA.comentario`…). */
export interface ReasonDialogData {
  title: string;
  /** Why the dialog is shown and what will happen. */
  description: string;
  confirmLabel: string;
  schema: ObjectNode;
  field: string;
}

/** The message of the API's schema for `field` holding `value`, if any. */
function schemaFieldValidator(schema: ObjectNode, field: string) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const { errors } = validate(schema, { version: 0, [field]: control.value });
    const problem = errors.find((issue) => issue.path === field);
    return problem ? { schema: problem.message } : null;
  };
}

/**
 * Asks for a required text before a workflow action (rejection comment, reason for a baja). Closes
 * with the trimmed text, or with nothing when cancelled. The dialog traps the focus and gives it
 * back to the button that opened it.
 */
@Component({
  selector: 'pde-reason-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.description }}</p>
      <mat-form-field subscriptSizing="dynamic" class="reason">
        <mat-label>{{ label }}</mat-label>
        <textarea #text matInput [formControl]="reason" [required]="true" rows="5"></textarea>
        @if (help) {
          <mat-hint>{{ help }}</mat-hint>
        }
        <mat-error>{{ reason.errors?.['schema'] }}</mat-error>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">Cancelar</button>
      <button mat-flat-button type="button" (click)="confirm()">
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .reason {
      inline-size: 100%;
    }
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly dialog = inject<MatDialogRef<ReasonDialog, string>>(MatDialogRef);
  private readonly text = viewChild.required<ElementRef<HTMLTextAreaElement>>('text');
  private readonly node = this.data.schema.fields[this.data.field];

  protected readonly label = this.node?.label ?? 'Motivo';
  protected readonly help = this.node?.help ?? '';
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [schemaFieldValidator(this.data.schema, this.data.field)],
  });

  protected confirm(): void {
    if (this.reason.invalid) {
      this.reason.markAsTouched();
      this.text().nativeElement.focus();
      return;
    }
    this.dialog.close(this.reason.value.trim());
  }
}
