import { Injectable } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { ErrorStateMatcher } from '@angular/material/core';
import { SCHEMA_ERROR } from './record-form-model';

/**
 * A field shows its validation message once the person typed in it or left it (or after
 * `revealErrors()`), and only for the messages of the data standard: other validators a directive
 * may add (`required` of Angular) never colour a field without saying why.
 */
@Injectable()
export class SchemaErrorStateMatcher implements ErrorStateMatcher {
  isErrorState(control: AbstractControl | null): boolean {
    return !!control && control.hasError(SCHEMA_ERROR) && (control.dirty || control.touched);
  }
}
