import type { EnteEntity } from '@pde/api/entes';
import type { Issue, RecordPermission, RecordState, RecordView, VersionState, VersionView } from '@pde/shared/contracts';
import type { RecordEntity, RecordVersionEntity } from './record.entity';

export interface LoadedRecord {
  record: RecordEntity;
  working: RecordVersionEntity | null;
  published: RecordVersionEntity | null;
  ente: EnteEntity;
  /** Users who captured the working version (its creator and its editors): they may not approve it. */
  workingAuthors: number[];
}

export function toVersionView(v: RecordVersionEntity): VersionView {
  return {
    numero: v.number,
    estado: v.state as VersionState,
    datos: v.data,
    creadoPor: v.createdBy,
    creadoEn: v.createdAt.toISOString(),
    ...(v.submittedBy ? { enviadoPor: v.submittedBy } : {}),
    ...(v.submittedAt ? { enviadoEn: v.submittedAt.toISOString() } : {}),
    ...(v.reviewedBy ? { revisadoPor: v.reviewedBy } : {}),
    ...(v.reviewedAt ? { revisadoEn: v.reviewedAt.toISOString() } : {}),
    ...(v.reviewComment ? { comentarioRevision: v.reviewComment } : {}),
    ...(v.publishedAt ? { publicadoEn: v.publishedAt.toISOString() } : {}),
  };
}

export function toRecordView(
  loaded: LoadedRecord,
  permisos: RecordPermission[],
  check: { errores: Issue[]; advertencias: Issue[] } | undefined,
): RecordView {
  const { record, working, published, ente } = loaded;
  return {
    id: record.id,
    tipo: record.kind,
    ente: { id: ente.id, clave: ente.clave, nombre: ente.nombre },
    estado: record.status as RecordState,
    version: record.lockVersion,
    titulo: record.title,
    ...(record.ejercicio ? { ejercicio: record.ejercicio } : {}),
    ...(working && check ? { trabajo: { ...toVersionView(working), ...check } } : {}),
    ...(published ? { publicado: toVersionView(published) } : {}),
    ...(record.withdrawnAt
      ? { baja: { fecha: record.withdrawnAt.toISOString(), motivo: record.withdrawnReason ?? '', por: record.withdrawnBy ?? '' } }
      : {}),
    ...(record.publishedAt ? { fechaCaptura: record.publishedAt.toISOString().replace(/\.\d{3}Z$/, 'Z') } : {}),
    creadoEn: record.createdAt.toISOString(),
    actualizadoEn: record.updatedAt.toISOString(),
    permisos,
  };
}
