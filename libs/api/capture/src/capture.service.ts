import { Injectable } from '@nestjs/common';
import { AuditEntryEntity, AuditService } from '@pde/api/audit';
import {
  Clock,
  ConflictError,
  CryptoService,
  Db,
  describePrincipal,
  ForbiddenError,
  NotFoundError,
  parseBody,
  ValidationError,
  VersionConflictError,
  type Principal,
} from '@pde/api/core';
import { EnteEntity, EntesService } from '@pde/api/entes';
import {
  diffDocuments,
  fold,
  REJECT_SCHEMA,
  validate,
  WITHDRAW_SCHEMA,
  WORKFLOW_ACTION_SCHEMA,
  type FieldChange,
  type RecordState,
} from '@pde/shared/contracts';
import { MoreThanOrEqual, type EntityManager } from 'typeorm';
import { CaptureKindRegistry, type CaptureKind } from './capture-kind';
import { canCapture, canReview, canView, deriveStatus, permissions } from './capture-policy';
import { KindStatsEntity, RecordEntity, RecordVersionEntity } from './record.entity';
import { toRecordView, type LoadedRecord } from './record-view';

/** Validation codes that make even a draft unacceptable: the body does not follow the standard's shape. */
const STRUCTURAL = new Set(['unknownField', 'type']);
const MAX_AUDIT_CHANGES = 200;

@Injectable()
export class CaptureService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly audit: AuditService,
    private readonly entes: EntesService,
    private readonly registry: CaptureKindRegistry,
  ) {}

  kind(kind: string): CaptureKind {
    const found = this.registry.get(kind);
    if (!found) throw new NotFoundError('El tipo de registro no existe.');
    return found;
  }

  async get(kind: string, id: string, principal: Principal) {
    const loaded = await this.db.run((em) => this.load(em, kind, id, false));
    this.assertView(principal, loaded.record);
    return this.view(loaded, principal);
  }

  /** Creates a record as BORRADOR. A draft may be incomplete; it may not be malformed. */
  async create(kind: string, principal: Principal, body: unknown) {
    const def = this.kind(kind);
    const { datos, enteId: requestedEnte } = readWriteBody(body);
    const enteId = enteOf(principal, requestedEnte);
    if (!enteId) throw new ValidationError([{ path: 'enteId', message: 'Indique el ente público del registro.' }]);
    const ente = await this.existingEnte(enteId);
    if (!canCapture(principal, enteId)) throw new ForbiddenError('Su rol no permite capturar registros de este ente.');
    if (!ente.activo) throw new ValidationError([{ path: 'enteId', message: 'El ente público está inactivo.' }]);
    const data = this.normalizeDraft(def, datos, ente);
    const now = this.clock.now();
    const actor = describePrincipal(principal);
    const id = await this.db.tx(async (em) => {
      const summary = def.summarize(data);
      const record = await em.getRepository(RecordEntity).save(
        em.getRepository(RecordEntity).create({
          id: this.crypto.uuid(),
          kind,
          enteId,
          status: 'BORRADOR',
          workingVersionId: null,
          workingState: 'BORRADOR',
          publishedVersionId: null,
          publishedAt: null,
          firstPublishedAt: null,
          withdrawnAt: null,
          withdrawnReason: null,
          withdrawnBy: null,
          lockVersion: 1,
          ...titleColumns(summary),
          createdBy: actor,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const version = await this.insertVersion(em, record, 1, data, principal, now);
      await em.getRepository(RecordEntity).update({ pk: record.pk }, { workingVersionId: version.id });
      await this.audit.record({ action: 'registro.crear', entityType: kind, entityId: record.id, enteId, details: { version: 1, cambios: limitChanges(diffDocuments(undefined, data)) } });
      return record.id;
    });
    return this.get(kind, id, principal);
  }

  /** Saves the working version; editing a published or rejected record opens a new version. */
  async update(kind: string, id: string, principal: Principal, body: unknown) {
    const def = this.kind(kind);
    const { datos, version } = readWriteBody(body);
    await this.db.tx(async (em) => {
      const loaded = await this.load(em, kind, id, true);
      const { record } = loaded;
      this.assertView(principal, record);
      if (!canCapture(principal, record.enteId)) throw new ForbiddenError('Su rol no permite modificar registros de este ente.');
      this.assertLock(record, version);
      if (record.withdrawnAt) throw new ConflictError('El registro está dado de baja; pida a revisión que lo restaure para modificarlo.');
      if (record.workingState === 'EN_REVISION') throw new ConflictError('El registro está en revisión y no puede modificarse hasta que se apruebe o se rechace.');
      const ente = await this.entes.find(record.enteId);
      const data = this.normalizeDraft(def, datos, ente);
      const now = this.clock.now();
      let before: Record<string, unknown> | undefined;
      if (loaded.working?.state === 'BORRADOR') {
        before = loaded.working.data;
        await em.getRepository(RecordVersionEntity).update({ id: loaded.working.id }, { data: data as never });
      } else {
        // Published or rejected: the new content becomes a new version; the old one stays intact.
        before = (loaded.working ?? loaded.published)?.data;
        const number = (await this.lastVersionNumber(em, record.pk)) + 1;
        const created = await this.insertVersion(em, record, number, data, principal, now);
        record.workingVersionId = created.id;
      }
      record.workingState = 'BORRADOR';
      Object.assign(record, titleColumns(def.summarize(data)));
      await this.saveRecord(em, record, now);
      await this.audit.record({ action: 'registro.modificar', entityType: kind, entityId: id, enteId: record.enteId, details: { cambios: limitChanges(diffDocuments(before, data)) } });
    });
    return this.get(kind, id, principal);
  }

  async submit(kind: string, id: string, principal: Principal, body: unknown) {
    const def = this.kind(kind);
    const { version } = parseBody<{ version: number }>(WORKFLOW_ACTION_SCHEMA, body);
    await this.db.tx(async (em) => {
      const loaded = await this.load(em, kind, id, true);
      const { record, working } = loaded;
      this.assertView(principal, record);
      if (!canCapture(principal, record.enteId)) throw new ForbiddenError('Su rol no permite enviar a revisión registros de este ente.');
      this.assertLock(record, version);
      if (record.withdrawnAt) throw new ConflictError('El registro está dado de baja.');
      if (!working || working.state !== 'BORRADOR') throw new ConflictError('Solo un borrador puede enviarse a revisión.');
      const ente = await this.entes.find(record.enteId);
      this.assertComplete(def, working.data, ente);
      const now = this.clock.now();
      await em.getRepository(RecordVersionEntity).update({ id: working.id }, { state: 'EN_REVISION', submittedBy: describePrincipal(principal), submittedAt: now });
      record.workingState = 'EN_REVISION';
      await this.saveRecord(em, record, now);
      await this.audit.record({ action: 'registro.enviar_revision', entityType: kind, entityId: id, enteId: record.enteId, details: { version: working.number } });
    });
    return this.get(kind, id, principal);
  }

  /** Publishes the version under review: from now on it is what the PDN and the portal see. */
  async approve(kind: string, id: string, principal: Principal, body: unknown) {
    const def = this.kind(kind);
    const { version } = parseBody<{ version: number }>(WORKFLOW_ACTION_SCHEMA, body);
    await this.db.tx(async (em) => {
      const loaded = await this.load(em, kind, id, true);
      const { record, working, published } = loaded;
      this.assertView(principal, record);
      if (!canReview(principal, record.enteId)) throw new ForbiddenError('Su rol no permite aprobar registros de este ente.');
      this.assertLock(record, version);
      if (record.withdrawnAt) throw new ConflictError('El registro está dado de baja.');
      if (!working || working.state !== 'EN_REVISION') throw new ConflictError('El registro no está en revisión.');
      if (principal.kind === 'user' && loaded.workingAuthors.includes(principal.userId)) {
        throw new ForbiddenError('No puede aprobar una versión capturada por usted mismo; debe revisarla otra persona.');
      }
      const ente = await this.entes.find(record.enteId);
      const data = this.assertComplete(def, working.data, ente);
      const now = this.clock.now();
      await em.getRepository(RecordVersionEntity).update(
        { id: working.id },
        { state: 'PUBLICADO', data: data as never, reviewedBy: describePrincipal(principal), reviewedAt: now, publishedAt: now },
      );
      if (published) await em.getRepository(RecordVersionEntity).update({ id: published.id }, { state: 'REEMPLAZADO' });
      record.publishedVersionId = working.id;
      record.workingVersionId = null;
      record.workingState = null;
      record.publishedAt = now;
      record.firstPublishedAt ??= now;
      await this.saveRecord(em, record, now);
      await def.projector.publish(em, record, data);
      await this.bumpStats(em, kind, published ? 0 : 1);
      await this.audit.record({
        action: 'registro.aprobar',
        entityType: kind,
        entityId: id,
        enteId: record.enteId,
        details: { version: working.number, cambios: limitChanges(diffDocuments(published?.data, data)) },
      });
    });
    return this.get(kind, id, principal);
  }

  async reject(kind: string, id: string, principal: Principal, body: unknown) {
    this.kind(kind);
    const { version, comentario } = parseBody<{ version: number; comentario: string }>(REJECT_SCHEMA, body);
    await this.db.tx(async (em) => {
      const { record, working } = await this.load(em, kind, id, true);
      this.assertView(principal, record);
      if (!canReview(principal, record.enteId)) throw new ForbiddenError('Su rol no permite rechazar registros de este ente.');
      this.assertLock(record, version);
      if (record.withdrawnAt) throw new ConflictError('El registro está dado de baja.');
      if (!working || working.state !== 'EN_REVISION') throw new ConflictError('El registro no está en revisión.');
      const now = this.clock.now();
      await em.getRepository(RecordVersionEntity).update(
        { id: working.id },
        { state: 'RECHAZADO', reviewedBy: describePrincipal(principal), reviewedAt: now, reviewComment: comentario },
      );
      record.workingState = 'RECHAZADO';
      await this.saveRecord(em, record, now);
      await this.audit.record({ action: 'registro.rechazar', entityType: kind, entityId: id, enteId: record.enteId, details: { version: working.number, comentario } });
    });
    return this.get(kind, id, principal);
  }

  /** Baja: the record disappears from the PDN and the portal at once (SPEC G3); it can be restored. */
  async withdraw(kind: string, id: string, principal: Principal, body: unknown) {
    const def = this.kind(kind);
    const { version, motivo } = parseBody<{ version: number; motivo: string }>(WITHDRAW_SCHEMA, body);
    await this.db.tx(async (em) => {
      const { record } = await this.load(em, kind, id, true);
      this.assertView(principal, record);
      const capturistaDraft = canCapture(principal, record.enteId) && !record.publishedVersionId;
      if (!canReview(principal, record.enteId) && !capturistaDraft) {
        throw new ForbiddenError('Solo revisión o administración pueden dar de baja un registro publicado.');
      }
      this.assertLock(record, version);
      if (record.withdrawnAt) throw new ConflictError('El registro ya está dado de baja.');
      const now = this.clock.now();
      record.withdrawnAt = now;
      record.withdrawnReason = motivo;
      record.withdrawnBy = describePrincipal(principal);
      await this.saveRecord(em, record, now);
      if (record.publishedVersionId) {
        await def.projector.unpublish(em, record);
        await this.bumpStats(em, kind, -1);
      }
      await this.audit.record({ action: 'registro.baja', entityType: kind, entityId: id, enteId: record.enteId, details: { motivo } });
    });
    return this.get(kind, id, principal);
  }

  async restore(kind: string, id: string, principal: Principal, body: unknown) {
    const def = this.kind(kind);
    const { version } = parseBody<{ version: number }>(WORKFLOW_ACTION_SCHEMA, body);
    await this.db.tx(async (em) => {
      const { record, published } = await this.load(em, kind, id, true);
      this.assertView(principal, record);
      if (!canReview(principal, record.enteId)) throw new ForbiddenError('Solo revisión o administración pueden restaurar un registro.');
      this.assertLock(record, version);
      if (!record.withdrawnAt) throw new ConflictError('El registro no está dado de baja.');
      const now = this.clock.now();
      const motivo = record.withdrawnReason;
      record.withdrawnAt = null;
      record.withdrawnReason = null;
      record.withdrawnBy = null;
      await this.saveRecord(em, record, now);
      if (published) {
        await def.projector.publish(em, record, published.data);
        await this.bumpStats(em, kind, 1);
      }
      await this.audit.record({ action: 'registro.restaurar', entityType: kind, entityId: id, enteId: record.enteId, details: { motivoBajaAnterior: motivo } });
    });
    return this.get(kind, id, principal);
  }

  /** Validates content without saving (forms, and clients that want to check before sending). */
  async check(kind: string, principal: Principal, body: unknown) {
    const def = this.kind(kind);
    const { datos, enteId: requestedEnte } = readWriteBody(body);
    const enteId = enteOf(principal, requestedEnte) ?? (principal.kind === 'user' ? principal.enteId : null);
    const data = enteId ? def.applyServerFields(datos, await this.existingEnte(enteId)) : datos;
    const result = validate(def.schema, data, { today: this.clock.today() });
    const extra = def.extraIssues?.(result.value ?? {}) ?? [];
    return { datos: result.value, errores: [...result.errors, ...extra.map((e) => ({ ...e, code: 'extra', severity: 'error' as const }))], advertencias: result.warnings };
  }

  // ---- internals ---------------------------------------------------------------------------

  /** The ente named in a request body: a 422 on `enteId` when it does not exist. */
  private async existingEnte(enteId: number): Promise<EnteEntity> {
    const [ente] = await this.entes.findByIds([enteId]);
    if (!ente) throw new ValidationError([{ path: 'enteId', message: 'El ente público no existe.' }]);
    return ente;
  }

  async load(em: EntityManager, kind: string, id: string, forUpdate: boolean): Promise<LoadedRecord> {
    const record = await em.getRepository(RecordEntity).findOne({
      where: { id, kind },
      lock: forUpdate && this.db.dialect === 'mysql' ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!record) throw new NotFoundError('El registro no existe.');
    const versions = em.getRepository(RecordVersionEntity);
    const working = record.workingVersionId ? await versions.findOne({ where: { id: record.workingVersionId } }) : null;
    const published = record.publishedVersionId ? await versions.findOne({ where: { id: record.publishedVersionId } }) : null;
    const ente = await em.getRepository(EnteEntity).findOneOrFail({ where: { id: record.enteId } });
    const workingAuthors = working?.state === 'EN_REVISION' ? await this.versionAuthors(em, record, working) : [];
    return { record, working, published, ente, workingAuthors };
  }

  /**
   * Who captured a version: its creator and everyone who edited it afterwards (drafts are edited in
   * place, and each edit is in the audit log with its author). Four-eyes rule of approval.
   */
  private async versionAuthors(em: EntityManager, record: RecordEntity, version: RecordVersionEntity): Promise<number[]> {
    const edits = await em.getRepository(AuditEntryEntity).find({
      select: { actorId: true },
      where: { entityType: record.kind, entityId: record.id, action: 'registro.modificar', actorType: 'user', at: MoreThanOrEqual(version.createdAt) },
    });
    const ids = edits.map((e) => Number(e.actorId));
    if (version.createdByUserId !== null) ids.push(version.createdByUserId);
    return [...new Set(ids)];
  }

  view(loaded: LoadedRecord, principal: Principal) {
    const def = this.kind(loaded.record.kind);
    const facts = {
      enteId: loaded.record.enteId,
      status: loaded.record.status as RecordState,
      workingState: loaded.record.workingState as 'BORRADOR' | 'EN_REVISION' | 'RECHAZADO' | null,
      hasPublished: loaded.record.publishedVersionId !== null,
      workingAuthorUserIds: loaded.workingAuthors,
    };
    const check = loaded.working ? validate(def.schema, loaded.working.data, { today: this.clock.today() }) : undefined;
    const extra = loaded.working ? (def.extraIssues?.(loaded.working.data) ?? []) : [];
    return toRecordView(loaded, permissions(principal, facts), check && {
      errores: [...check.errors, ...extra.map((e) => ({ ...e, code: 'extra', severity: 'error' as const }))],
      advertencias: check.warnings,
    });
  }

  assertView(principal: Principal, record: RecordEntity) {
    // Out of scope looks exactly like "does not exist": ids of other entes are not confirmed.
    if (!canView(principal, record.enteId)) throw new NotFoundError('El registro no existe.');
  }

  private assertLock(record: RecordEntity, version: number | undefined) {
    if (version === undefined) throw new ValidationError([{ path: 'version', message: 'Envíe la versión del registro que leyó («version»).' }]);
    if (version !== record.lockVersion) throw new VersionConflictError();
  }

  private normalizeDraft(def: CaptureKind, datos: Record<string, unknown>, ente: EnteEntity): Record<string, unknown> {
    const result = validate(def.schema, def.applyServerFields(datos, ente), { today: this.clock.today() });
    const structural = result.errors.filter((e) => STRUCTURAL.has(e.code));
    if (structural.length) throw new ValidationError(structural.map((e) => ({ path: datosPath(e.path), message: e.message })));
    return result.value ?? {};
  }

  /** Full validation required to send to review or to publish. */
  private assertComplete(def: CaptureKind, data: Record<string, unknown>, ente: EnteEntity): Record<string, unknown> {
    const result = validate(def.schema, def.applyServerFields(data, ente), { today: this.clock.today() });
    const errors = [...result.errors, ...(def.extraIssues?.(result.value ?? {}) ?? [])];
    if (errors.length) {
      throw new ValidationError(
        errors.map((e) => ({ path: datosPath(e.path), message: e.message })),
        'El registro tiene datos faltantes o incorrectos; corríjalos antes de continuar.',
      );
    }
    return result.value ?? {};
  }

  private async insertVersion(em: EntityManager, record: RecordEntity, number: number, data: Record<string, unknown>, principal: Principal, now: Date) {
    return em.getRepository(RecordVersionEntity).save(
      em.getRepository(RecordVersionEntity).create({
        recordPk: record.pk,
        number,
        state: 'BORRADOR',
        data,
        createdBy: describePrincipal(principal),
        createdByUserId: principal.kind === 'user' ? principal.userId : null,
        createdAt: now,
        submittedBy: null,
        submittedAt: null,
        reviewedBy: null,
        reviewedAt: null,
        reviewComment: null,
        publishedAt: null,
      }),
    );
  }

  private async lastVersionNumber(em: EntityManager, recordPk: number): Promise<number> {
    const row = await em.getRepository(RecordVersionEntity).createQueryBuilder('v').select('MAX(v.number)', 'n').where('v.recordPk = :recordPk', { recordPk }).getRawOne<{ n: number | null }>();
    return Number(row?.n ?? 0);
  }

  private async saveRecord(em: EntityManager, record: RecordEntity, now: Date) {
    record.status = deriveStatus({ withdrawn: record.withdrawnAt !== null, workingState: record.workingState as never, hasPublished: record.publishedVersionId !== null });
    record.updatedAt = now;
    const expected = record.lockVersion;
    record.lockVersion = expected + 1;
    const { pk, ...columns } = record;
    const result = await em.getRepository(RecordEntity).update({ pk, lockVersion: expected }, columns);
    if (!result.affected) throw new VersionConflictError();
  }

  async bumpStats(em: EntityManager, kind: string, countDelta: number) {
    const repo = em.getRepository(KindStatsEntity);
    const current = await repo.findOne({ where: { kind }, lock: this.db.dialect === 'mysql' ? { mode: 'pessimistic_write' } : undefined });
    if (!current) await repo.insert({ kind, publishedCount: Math.max(0, countDelta), dataVersion: 1 });
    else await repo.update({ kind }, { publishedCount: current.publishedCount + countDelta, dataVersion: current.dataVersion + 1 });
  }
}

function readWriteBody(body: unknown): { datos: Record<string, unknown>; enteId?: number; version?: number } {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError([{ path: '', message: 'El cuerpo debe ser un objeto con «datos».' }]);
  }
  const errors: { path: string; message: string }[] = [];
  for (const key of Object.keys(b)) if (!['datos', 'enteId', 'version'].includes(key)) errors.push({ path: key, message: 'Campo no reconocido.' });
  const datos = b['datos'];
  if (typeof datos !== 'object' || datos === null || Array.isArray(datos)) errors.push({ path: 'datos', message: 'Envíe los datos del registro como un objeto.' });
  const enteId = b['enteId'];
  if (enteId !== undefined && enteId !== null && (!Number.isInteger(enteId) || (enteId as number) < 1)) errors.push({ path: 'enteId', message: 'Debe ser un número entero.' });
  const version = b['version'];
  if (version !== undefined && !Number.isInteger(version)) errors.push({ path: 'version', message: 'Debe ser un número entero.' });
  if (errors.length) throw new ValidationError(errors);
  return { datos: datos as Record<string, unknown>, enteId: (enteId as number | null) ?? undefined, version: version as number | undefined };
}

/** Ente of a new record: a capturista's own, from the session, whatever the body says; otherwise the one requested. */
function enteOf(principal: Principal, requested: number | undefined): number | null | undefined {
  return principal.kind === 'user' && principal.role === 'CAPTURISTA' ? principal.enteId : requested;
}

/** Path in the request body of an issue found in the record's content (`''` is the whole record). */
function datosPath(path: string): string {
  return path ? `datos.${path}` : 'datos';
}

function titleColumns(summary: { title: string; ejercicio?: string }) {
  const title = summary.title.slice(0, 255) || 'Sin nombre';
  return { title, titleFolded: fold(title).slice(0, 255), ejercicio: summary.ejercicio ?? null };
}

function limitChanges(changes: FieldChange[]) {
  return changes.length > MAX_AUDIT_CHANGES ? [...changes.slice(0, MAX_AUDIT_CHANGES), { path: '…', after: `${changes.length - MAX_AUDIT_CHANGES} cambios más` }] : changes;
}
