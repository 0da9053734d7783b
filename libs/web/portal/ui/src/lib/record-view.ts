import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RecordField, RecordNode } from './record-description';

/** A section of the ficha: its fields (one `<dl>`), then its sub-sections or list items. */
interface SectionView {
  readonly label: string;
  readonly fields: readonly RecordField[];
  readonly sections: readonly SectionView[];
  /** Set for lists (faltas, sanciones): each item is a section one level below. */
  readonly items: readonly SectionView[] | null;
}

function toSection(node: RecordNode): SectionView {
  if (node.kind === 'list') return { label: node.label, fields: [], sections: [], items: node.items.map(toSection) };
  if (node.kind === 'field') return { label: node.label, fields: [node], sections: [], items: null };
  const fields = node.children.filter((child): child is RecordField => child.kind === 'field');
  const sections = node.children.filter((child) => child.kind !== 'field').map(toSection);
  return { label: node.label, fields, sections, items: null };
}

/**
 * Renders a record description (see `describeRecord`) as nested sections with real headings (from
 * `headingLevel`, h2 by default) and description lists; links to documents open in a new tab and
 * say so.
 */
@Component({
  selector: 'pde-record-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet],
  templateUrl: './record-view.html',
  styleUrl: './record-view.scss',
})
export class RecordView {
  readonly nodes = input.required<readonly RecordNode[]>();
  readonly headingLevel = input(2);
  protected readonly sections = computed(() => this.nodes().map(toSection));
}
