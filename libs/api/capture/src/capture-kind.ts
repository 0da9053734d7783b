import { Injectable } from '@nestjs/common';
import type { EnteEntity } from '@pde/api/entes';
import type { ObjectNode } from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { RecordEntity } from './record.entity';

/** What the workflow needs to know to publish a record of a kind to the PDN read model. */
export interface PublishedProjector {
  /** Writes (or replaces) the read-model rows of a record whose published version is `data`. */
  publish(em: EntityManager, record: RecordEntity, data: Record<string, unknown>): Promise<void>;
  /** Removes the record from the read model (baja, or before re-publishing). */
  unpublish(em: EntityManager, record: RecordEntity): Promise<void>;
}

/**
 * A record kind (S2, each S3 collection). The capture workflow, audit, versions, baja, scoping
 * and the panel API are generic; a kind only describes its data and how it is published.
 */
export interface CaptureKind {
  /** Stable identifier stored in `records.kind`: `s2`, `faltas_administrativas_graves`, … */
  kind: string;
  /** URL segment under `/api`: `s2`, `s3/faltas_administrativas_graves`, … */
  path: string;
  /** Spanish name for people. */
  label: string;
  schema: ObjectNode;
  /** Server-controlled content (e.g. S2 `institucionDependencia` from the record's ente). */
  applyServerFields(data: Record<string, unknown>, ente: EnteEntity): Record<string, unknown>;
  /** Title and fiscal year shown in lists and used by the panel search. */
  summarize(data: Record<string, unknown>): { title: string; ejercicio?: string };
  projector: PublishedProjector;
  /** Extra checks beyond the schema (e.g. total size); returns Spanish messages by path. */
  extraIssues?(data: Record<string, unknown>): { path: string; message: string }[];
}

/** The kinds registered by domain modules (S2 now; S3 adds four). */
@Injectable()
export class CaptureKindRegistry {
  private readonly kinds = new Map<string, CaptureKind>();

  register(kind: CaptureKind) {
    this.kinds.set(kind.kind, kind);
  }

  get(kind: string): CaptureKind | undefined {
    return this.kinds.get(kind);
  }

  all(): CaptureKind[] {
    return [...this.kinds.values()];
  }
}
