import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgTemplateOutlet } from '@angular/common';
import { MatButton } from '@angular/material/button';
import type { ArrayNode, ObjectNode } from '@pde/shared/contracts';
import { FormField } from './form-field';
import { joinPath } from './form-paths';
import type { RecordFormModel } from './record-form-model';
import { isMultiSelect, itemTitle, orderedKeys } from './schema-nodes';

type Mode = 'object' | 'array' | 'leaf' | 'server';

interface Child {
  key: string;
  path: string;
  shown: boolean;
}

const FOCUSABLE = 'input, textarea, [role="combobox"], [role="radiogroup"] input';

/**
 * Renders the schema node at `path`, recursively: objects as framed groups (or flattened into the
 * surrounding grid), arrays as repeatable blocks with add and remove, everything else as a
 * `pde-form-field`. Conditional fields of the layout appear and disappear with the form value.
 */
@Component({
  selector: 'pde-form-node',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, FormField, MatButton],
  templateUrl: './form-node.html',
  styleUrl: './form-node.scss',
  host: { '[class.pde-node--wide]': 'wide()' },
})
export class FormNode {
  readonly model = input.required<RecordFormModel>();
  readonly path = input.required<string>();
  /** Render an object's fields without a frame (section roots, array blocks). */
  readonly flat = input(false);

  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly node = computed(() => this.model().requireNode(this.path()));
  protected readonly id = computed(() => this.model().elementId(this.path()));
  protected readonly mode = computed<Mode>(() => {
    if (this.model().fieldLayout(this.path()).serverFilled) return 'server';
    const node = this.node();
    if (node.kind === 'object') return 'object';
    if (node.kind === 'array' && !isMultiSelect(node, this.model().layout, this.path())) return 'array';
    return 'leaf';
  });
  protected readonly flattened = computed(() => this.flat() || !!this.model().fieldLayout(this.path()).flatten);
  /** Groups, lists, long text and multiple selections take a whole row of the grid. */
  protected readonly wide = computed(() => {
    if (this.mode() !== 'leaf') return true;
    const node = this.node();
    return (node.kind === 'string' && !!node.multiline) || node.kind === 'array' || !!this.model().fieldLayout(this.path()).wide;
  });
  /** What a server-filled field says instead of an input. */
  protected readonly serverText = computed(() => this.model().fieldLayout(this.path()).serverFilled?.(this.model().context()) ?? '');
  protected readonly required = computed(() => this.model().isRequired(this.path()));
  protected readonly groupErrors = computed(() => (this.mode() === 'leaf' ? [] : this.model().groupErrorsAt(this.path())));
  protected readonly groupWarnings = computed(() => (this.mode() === 'leaf' ? [] : this.model().warningsAt(this.path())));

  protected readonly children = computed<Child[]>(() => {
    const model = this.model();
    const node = this.node();
    if (node.kind !== 'object') return [];
    model.value();
    return orderedKeys(node as ObjectNode, model.layout, this.path()).map((key) => {
      const path = joinPath(this.path(), key);
      return { key, path, shown: !!model.fieldLayout(path).serverFilled || model.isShown(path) };
    });
  });

  protected readonly arrayNode = computed(() => this.node() as ArrayNode);
  /** One entry per block; tracking by control keeps each block's component when others are removed. */
  protected readonly items = computed(() => {
    this.model().value();
    const control = this.model().control(this.path());
    const controls = control && 'controls' in control && Array.isArray(control.controls) ? control.controls : [];
    return controls.map((item, index) => ({
      item,
      index,
      path: joinPath(this.path(), index),
      title: itemTitle(this.arrayNode(), this.model().layout, this.path(), index),
    }));
  });
  protected readonly maxItems = computed(() => this.arrayNode().maxItems ?? Infinity);
  protected readonly full = computed(() => this.items().length >= this.maxItems());
  protected readonly itemName = computed(() => {
    const title = this.model().fieldLayout(this.path()).itemTitle ?? this.arrayNode().of.label;
    return title.charAt(0).toLowerCase() + title.slice(1);
  });

  protected add(): void {
    const index = this.model().addItem(this.path());
    if (index < 0) return;
    const blockId = this.model().elementId(joinPath(this.path(), index));
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${blockId}`)?.querySelector<HTMLElement>(FOCUSABLE)?.focus(), {
      injector: this.injector,
    });
  }

  protected remove(index: number, title: string): void {
    this.model().removeItem(this.path(), index);
    void this.announcer.announce(`Se quitó ${title}.`);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#${this.id()}-add`)?.focus(), { injector: this.injector });
  }
}
