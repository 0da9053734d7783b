import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';

/** «You have unsaved changes»: closes with true to leave (and lose them), false to stay. */
@Component({
  selector: 'pde-leave-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton],
  template: `
    <h2 mat-dialog-title>¿Salir sin guardar?</h2>
    <mat-dialog-content>
      <p>Hay cambios en el formulario que no se han guardado. Si sale ahora, se perderán.</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="true">Salir sin guardar</button>
      <button mat-flat-button type="button" [mat-dialog-close]="false" data-initial-focus>Seguir editando</button>
    </mat-dialog-actions>
  `,
})
export class LeaveDialog {}
