import { Injectable } from '@nestjs/common';
import { Db } from '@pde/api/core';
import { fold } from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import { CaptureKindRegistry } from './capture-kind';
import type { RecordEntity } from './record.entity';

/** States a bulk-loaded record can be left in. */
export type BulkState = 'PUBLICADO' | 'BORRADOR' | 'EN_REVISION' | 'RECHAZADO' | 'BAJA' | 'PUBLICADO_CON_CAMBIOS';

export interface BulkItem {
  id: string;
  enteId: number;
  data: Record<string, unknown>;
  state: BulkState;
  /** Publication moment (v1 `fechaCaptura`) for published states; creation moment otherwise. */
  at: Date;
  /** First publication (v2 `date_created`) when it differs from `at` (imports of v2 records). */
  firstAt?: Date;
  /** Content of the pending new version when `state` is PUBLICADO_CON_CAMBIOS. */
  pendingData?: Record<string, unknown>;
}

export type BulkRecord = Pick<RecordEntity, 'pk' | 'id' | 'enteId' | 'publishedAt' | 'firstPublishedAt'>;

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC: how TypeORM stores datetimes on both engines. */
export function sqlDate(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/**
 * Multi-row inserts of records and their versions for imports, synthetic loads and demo data:
 * hundreds of thousands of rows per minute instead of one ORM round trip per row. Callers run it
 * inside a transaction and then write their kind's read model for the published items.
 */
@Injectable()
export class CaptureBulkWriter {
  constructor(private readonly db: Db, private readonly registry: CaptureKindRegistry) {}

  async write(em: EntityManager, kind: string, items: readonly BulkItem[], actor: string): Promise<BulkRecord[]> {
    const def = this.registry.get(kind);
    if (!def) throw new Error(`Tipo de registro no registrado: ${kind}`);
    if (items.length === 0) return [];
    const [{ maxRecord }] = await em.query('SELECT COALESCE(MAX(pk), 0) AS maxRecord FROM records');
    const [{ maxVersion }] = await em.query('SELECT COALESCE(MAX(id), 0) AS maxVersion FROM record_versions');
    let nextVersion = Number(maxVersion) + 1;
    const recordRows: unknown[][] = [];
    const versionRows: unknown[][] = [];
    const out: BulkRecord[] = [];
    items.forEach((item, index) => {
      const pk = Number(maxRecord) + index + 1;
      const at = sqlDate(item.at);
      const published = item.state === 'PUBLICADO' || item.state === 'PUBLICADO_CON_CAMBIOS';
      const publishedVersion = published ? nextVersion++ : null;
      const working = item.state === 'PUBLICADO' ? null : nextVersion++;
      const workingState =
        item.state === 'PUBLICADO_CON_CAMBIOS' ? 'EN_REVISION' : item.state === 'PUBLICADO' ? null : item.state === 'BAJA' ? 'BORRADOR' : item.state;
      const summary = def.summarize(item.pendingData ?? item.data);
      const status = item.state === 'PUBLICADO' ? 'PUBLICADO' : item.state === 'PUBLICADO_CON_CAMBIOS' ? 'EN_REVISION' : item.state;
      const title = summary.title.slice(0, 255);
      recordRows.push([
        pk, item.id, kind, item.enteId, status, working, workingState, publishedVersion,
        published ? at : null, published ? sqlDate(item.firstAt ?? item.at) : null,
        item.state === 'BAJA' ? at : null, item.state === 'BAJA' ? 'Registro duplicado (datos de demostración).' : null, item.state === 'BAJA' ? actor : null,
        1, title, fold(title).slice(0, 255), summary.ejercicio ?? null, actor, at, at,
      ]);
      if (publishedVersion) versionRows.push([publishedVersion, pk, 1, 'PUBLICADO', JSON.stringify(item.data), actor, at, actor, at, actor, at, null, at]);
      if (working) {
        const state = item.state === 'PUBLICADO_CON_CAMBIOS' ? 'EN_REVISION' : item.state === 'BAJA' ? 'BORRADOR' : item.state;
        const reviewed = state === 'RECHAZADO';
        versionRows.push([
          working, pk, publishedVersion ? 2 : 1, state, JSON.stringify(item.pendingData ?? item.data), actor, at,
          state === 'BORRADOR' ? null : actor, state === 'BORRADOR' ? null : at,
          reviewed ? actor : null, reviewed ? at : null,
          reviewed ? 'Falta el nivel del puesto y el segundo tipo de área; corríjalos por favor.' : null, null,
        ]);
      }
      out.push({ pk, id: item.id, enteId: item.enteId, publishedAt: published ? item.at : null, firstPublishedAt: published ? (item.firstAt ?? item.at) : null });
    });
    await insertMany(
      em,
      'records',
      ['pk', 'id', 'kind', 'enteId', 'status', 'workingVersionId', 'workingState', 'publishedVersionId', 'publishedAt', 'firstPublishedAt', 'withdrawnAt', 'withdrawnReason', 'withdrawnBy', 'lockVersion', 'title', 'titleFolded', 'ejercicio', 'createdBy', 'createdAt', 'updatedAt'],
      recordRows,
    );
    await insertMany(
      em,
      'record_versions',
      ['id', 'recordPk', 'number', 'state', 'data', 'createdBy', 'createdAt', 'submittedBy', 'submittedAt', 'reviewedBy', 'reviewedAt', 'reviewComment', 'publishedAt'],
      versionRows,
    );
    return out;
  }
}

/** One multi-row INSERT per chunk (placeholders stay under both engines' limits). */
export async function insertMany(em: EntityManager, table: string, columns: string[], rows: unknown[][], chunkRows = Math.floor(30_000 / columns.length)) {
  for (let i = 0; i < rows.length; i += chunkRows) {
    const chunk = rows.slice(i, i + chunkRows);
    const placeholders = `(${columns.map(() => '?').join(',')})`;
    await em.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${chunk.map(() => placeholders).join(',')}`, chunk.flat());
  }
}

/** `insertMany` for rows given as objects with the column names as keys. */
export async function insertObjects(em: EntityManager, table: string, rows: readonly Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  await insertMany(em, table, columns, rows.map((row) => columns.map((c) => row[c])));
}
