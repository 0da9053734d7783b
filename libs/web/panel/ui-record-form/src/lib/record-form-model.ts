import { computed, signal, type Signal } from '@angular/core';
import { FormArray, FormGroup, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { validate, type ArrayNode, type Issue, type ObjectNode, type SchemaNode } from '@pde/shared/contracts';
import type { Subscription } from 'rxjs';
import { buildControl, clearControl, forEachLeaf, isEmptyValue, isShown, toData, type RawObject } from './form-controls';
import { fieldLayout, type FieldLayout, type FormContext, type FormLayout } from './form-layout';
import { domId, formatPath, isWithin, joinPath, parentPath, parsePath, type PathSegment } from './form-paths';
import { isRequired, nodeAt } from './schema-nodes';

/** A problem reported by the API about the body (`errors` of a 422), or by validation. */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface RecordFormOptions {
  /** Prefix of the element ids of the inputs (one form per page: the default is fine). */
  idPrefix?: string;
  context?: FormContext;
  /** `YYYY-MM-DD` for rules such as «not in the future»; default today (UTC, like the API). */
  today?: string;
}

/** Error key of the messages this model puts on controls (`control.errors['schema']`). */
export const SCHEMA_ERROR = 'schema';

/** The message of each leaf control, kept outside the control so any revalidation keeps it. */
const leafMessages = new WeakMap<AbstractControl, string>();
const schemaValidator = (control: AbstractControl): ValidationErrors | null => {
  const message = leafMessages.get(control);
  return message ? { [SCHEMA_ERROR]: message } : null;
};

const MAX_CLEAR_PASSES = 5;

/**
 * State of one record form: the typed reactive controls built from a schema, the record data they
 * represent, and the issues of the contracts' `validate()` on that data (the very rules the API
 * applies), mapped to the controls they belong to. Create one per record; the `pde-record-form`
 * component renders it and the page reads `data()`, `errors()` and `dirty()` from it.
 */
export class RecordFormModel {
  readonly root: FormGroup;
  /** What the form shows for server-filled fields (the ente's name); the page may change it. */
  readonly context = signal<FormContext>({});
  readonly idPrefix: string;
  private readonly raw = signal<RawObject>({});
  private readonly structure = signal(0);
  private readonly dirtyState = signal(false);
  private readonly revealedState = signal(false);
  private readonly server = signal<readonly FieldProblem[]>([]);
  private readonly subscription: Subscription;
  private syncing = false;

  /** Current form value (as inputs hold it); read it to react to any change. */
  readonly value: Signal<RawObject> = this.raw.asReadonly();
  /** Changes since the last `markSaved()`. */
  readonly dirty = this.dirtyState.asReadonly();
  /** Every error is on display (after `revealErrors()`), not only those of fields the person worked on. */
  readonly revealed = this.revealedState.asReadonly();
  /** The record's `datos` as the API expects them. */
  readonly data = computed(() => (toData(this.schema, this.raw(), '', this.layout) as RawObject | undefined) ?? {});
  private readonly result = computed(() => validate(this.schema, this.data(), this.options.today ? { today: this.options.today } : {}));
  /** Errors that block sending to review: validation plus what the API said about the last request. */
  readonly errors: Signal<FieldProblem[]> = computed(() => {
    const own = this.result().errors.filter((issue) => !this.isServerFilled(issue.path));
    const seen = new Set(own.map((issue) => `${issue.path}\u0000${issue.message}`));
    const fromApi = this.server().filter((problem) => !seen.has(`${problem.path}\u0000${problem.message}`));
    return [...own, ...fromApi];
  });
  /** Warnings (check digits, domicilio not matching its type): shown as hints, never block. */
  readonly warnings: Signal<Issue[]> = computed(() => this.result().warnings.filter((issue) => !this.isServerFilled(issue.path)));
  private readonly errorTargets = computed(() => this.group(this.errors()));
  private readonly warningTargets = computed(() => this.group(this.warnings()));

  constructor(
    readonly schema: ObjectNode,
    readonly layout: FormLayout,
    initial: Readonly<RawObject> | null | undefined,
    private readonly options: RecordFormOptions = {},
  ) {
    this.context.set(options.context ?? {});
    this.idPrefix = options.idPrefix ?? 'campo';
    this.root = buildControl(schema, initial ?? {}, '', layout) as FormGroup;
    withSchemaValidator(this.root);
    this.subscription = this.root.valueChanges.subscribe(() => this.sync(true));
    this.sync(false);
  }

  /** Messages for the control (or group, or list) at `path`. */
  errorsAt(path: string): readonly string[] {
    return this.errorTargets().get(path) ?? [];
  }

  warningsAt(path: string): readonly string[] {
    return this.warningTargets().get(path) ?? [];
  }

  /**
   * Messages about a group or a list (an empty block, a missing sub-form, a repeated sanción): shown
   * once it holds data or after `revealErrors()`, so a block just added does not start in red.
   */
  groupErrorsAt(path: string): readonly string[] {
    return this.revealed() || !isEmptyValue(this.valueAt(path)) ? this.errorsAt(path) : [];
  }

  /** Errors inside the subtree of `path` (e.g. a section's root field), for counters. */
  errorCountWithin(path: string): number {
    return this.errors().filter((problem) => problem.path !== '' && isWithin(problem.path, path)).length;
  }

  /** Element id of the input (or group) at `path`: error summaries link to it. */
  elementId(path: string): string {
    return domId(this.idPrefix, path);
  }

  node(path: string): SchemaNode | null {
    return nodeAt(this.schema, path);
  }

  /** The schema node of a path the form renders (a layout naming an unknown field is a bug). */
  requireNode(path: string): SchemaNode {
    const node = nodeAt(this.schema, path);
    if (!node) throw new Error(`El esquema no tiene el campo «${path}»; revise la declaración de la vista del formulario.`);
    return node;
  }

  fieldLayout(path: string): FieldLayout {
    return fieldLayout(this.layout, path);
  }

  /** Control at `path`; reading it inside a computed also tracks added and removed blocks. */
  control(path: string): AbstractControl | null {
    this.structure();
    let control: AbstractControl | null = this.root;
    for (const segment of parsePath(path)) {
      control = child(control, segment);
      if (!control) return null;
    }
    return control;
  }

  /** Current form value at `path` (tracked). */
  valueAt(path: string): unknown {
    let value: unknown = this.raw();
    for (const segment of parsePath(path)) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<PathSegment, unknown>)[segment];
    }
    return value;
  }

  isShown(path: string): boolean {
    if (path === '') return true;
    const parent = this.valueAt(parentPath(path));
    return isShown(this.layout, path, (parent ?? {}) as RawObject);
  }

  isRequired(path: string): boolean {
    const node = this.node(path);
    if (!node || path === '') return false;
    return isRequired(node, (this.valueAt(parentPath(path)) ?? {}) as RawObject);
  }

  /** Adds an empty block at the end of the array at `path`; returns its index (or -1 when full). */
  addItem(path: string): number {
    const array = this.control(path);
    const node = this.node(path);
    if (!(array instanceof FormArray) || node?.kind !== 'array') return -1;
    const max = (node as ArrayNode).maxItems;
    if (max !== undefined && array.length >= max) return -1;
    const index = array.length;
    const item = buildControl(node.of, undefined, joinPath(path, index), this.layout);
    withSchemaValidator(item);
    array.push(item, { emitEvent: false });
    this.afterStructureChange(array);
    return index;
  }

  removeItem(path: string, index: number): void {
    const array = this.control(path);
    if (!(array instanceof FormArray) || index < 0 || index >= array.length) return;
    array.removeAt(index, { emitEvent: false });
    this.afterStructureChange(array);
  }

  private afterStructureChange(array: FormArray): void {
    array.markAsDirty();
    this.structure.update((n) => n + 1);
    this.sync(true);
  }

  /** Problems the API reported (paths of the request body, `datos.…`); cleared by the next edit. */
  setServerErrors(problems: readonly FieldProblem[]): void {
    this.server.set(
      problems
        .filter((p) => p.path === 'datos' || p.path.startsWith('datos.') || p.path === '')
        .map((p) => ({ path: p.path.replace(/^datos\.?/, ''), message: p.message })),
    );
    this.applyErrors();
  }

  /** Shows every error, not only those of fields the person has touched. */
  revealErrors(): void {
    this.revealedState.set(true);
    this.root.markAllAsTouched();
    this.applyErrors();
  }

  /** After a successful save: nothing left to lose. */
  markSaved(): void {
    this.root.markAsPristine();
    this.dirtyState.set(false);
  }

  destroy(): void {
    this.subscription.unsubscribe();
  }

  private sync(fromEdit: boolean): void {
    if (this.syncing) return;
    this.syncing = true;
    try {
      for (let pass = 0; pass < MAX_CLEAR_PASSES && this.clearHidden(this.root, ''); pass++) {
        // Emptying a field can hide another one (a clave that decides a sub-form): repeat.
      }
      this.raw.set(this.root.getRawValue() as RawObject);
      if (fromEdit) {
        this.server.set([]);
        if (this.root.dirty) this.dirtyState.set(true);
      }
      this.applyErrors();
    } finally {
      this.syncing = false;
    }
  }

  /** Empties every hidden field that still holds data; true when something changed. */
  private clearHidden(control: AbstractControl, path: string): boolean {
    let changed = false;
    if (control instanceof FormGroup) {
      const value = control.getRawValue() as RawObject;
      for (const [key, childControl] of Object.entries(control.controls)) {
        const childPath = joinPath(path, key);
        if (!isShown(this.layout, childPath, value)) {
          if (!isEmptyValue(childControl.getRawValue())) {
            clearControl(childControl);
            changed = true;
          }
        } else if (this.clearHidden(childControl, childPath)) {
          changed = true;
        }
      }
    } else if (control instanceof FormArray) {
      control.controls.forEach((item, index) => {
        if (this.clearHidden(item, joinPath(path, index))) changed = true;
      });
    }
    if (changed) control.updateValueAndValidity({ emitEvent: false });
    return changed;
  }

  private applyErrors(): void {
    const targets = this.errorTargets();
    forEachLeaf(this.root, '', (leaf, path) => {
      const message = targets.get(path)?.[0];
      if (message === leafMessages.get(leaf)) return;
      if (message) leafMessages.set(leaf, message);
      else leafMessages.delete(leaf);
      leaf.updateValueAndValidity({ emitEvent: false });
    });
  }

  /** Groups messages by the control that shows them: the deepest visible control on the path. */
  private group(problems: readonly FieldProblem[]): Map<string, string[]> {
    const byTarget = new Map<string, string[]>();
    for (const problem of problems) {
      const target = this.target(problem.path);
      const list = byTarget.get(target) ?? [];
      if (!list.includes(problem.message)) list.push(problem.message);
      byTarget.set(target, list);
    }
    return byTarget;
  }

  /** The path of the control (or group) that shows the messages about `path`. */
  targetOf(path: string): string {
    return this.target(path);
  }

  private target(path: string): string {
    const resolved: PathSegment[] = [];
    let control: AbstractControl | null = this.root;
    for (const segment of parsePath(path)) {
      if (!(control instanceof FormGroup) && !(control instanceof FormArray)) break;
      const next = child(control, segment);
      if (!next) break;
      if (control instanceof FormGroup && !isShown(this.layout, joinPath(formatPath(resolved), segment), control.getRawValue() as RawObject)) break;
      resolved.push(segment);
      control = next;
    }
    return formatPath(resolved);
  }

  private isServerFilled(path: string): boolean {
    const segments = parsePath(path);
    return segments.some((_, i) => !!fieldLayout(this.layout, formatPath(segments.slice(0, i + 1))).serverFilled);
  }
}

function withSchemaValidator(control: AbstractControl): void {
  forEachLeaf(control, '', (leaf) => leaf.addValidators(schemaValidator));
}

function child(control: AbstractControl | null, segment: PathSegment): AbstractControl | null {
  if (control instanceof FormGroup && typeof segment === 'string') return control.controls[segment] ?? null;
  if (control instanceof FormArray && typeof segment === 'number') return control.at(segment) ?? null;
  return null;
}
