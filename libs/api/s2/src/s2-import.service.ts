import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import { Clock, Db, type Principal } from '@pde/api/core';
import { EntesService } from '@pde/api/entes';
import { S2_RECORD_SCHEMA, validate, type S2RecordData } from '@pde/shared/contracts';
import type { BulkItem } from '@pde/api/capture';
import { RecordEntity } from '@pde/api/capture';
import { S2LoaderService } from './s2-loader.service';

export interface ImportIssue {
  index: number;
  path: string;
  message: string;
}

export class ImportRejected extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(`La importación tiene ${issues.length} error(es); no se importó ningún registro.`);
  }
}

export interface ImportOptions {
  /** Defaults for entes created from `institucionDependencia`. */
  ordenGobierno?: string;
  ambitoPublico?: string;
  /** Only validate, write nothing. */
  dryRun?: boolean;
}

export interface ImportSummary {
  records: number;
  entesCreated: string[];
  warnings: ImportIssue[];
}

/** Keys of the pilot tools' storage that are not part of the standard and are dropped silently. */
const STORAGE_KEYS = new Set(['_id', '__v']);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * `pde import s2 FILE.json`: an array of records in the PDN S2 v1.1 format. Everything is
 * validated first; then all records are imported in one transaction, or none (issue «foundation» §8).
 * Records keep their `id` and `fechaCaptura` (SPEC §2.6) and are stored as PUBLICADO.
 */
@Injectable()
export class S2ImportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly entes: EntesService,
    private readonly loader: S2LoaderService,
    private readonly audit: AuditService,
  ) {}

  async import(content: unknown, actor: Principal, options: ImportOptions = {}): Promise<ImportSummary> {
    const { items, issues, warnings } = this.check(content);
    const ids = items.map((i) => i.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const existing = await this.db.run((em) => em.getRepository(RecordEntity).createQueryBuilder('r').select('r.id', 'id').where('r.id IN (:...chunk)', { chunk }).getRawMany<{ id: string }>());
      for (const { id } of existing) issues.push({ index: ids.indexOf(id), path: 'id', message: `Ya existe un registro con el id «${id}».` });
    }
    if (issues.length) throw new ImportRejected(issues.sort((a, b) => a.index - b.index));
    if (options.dryRun) return { records: items.length, entesCreated: [], warnings };
    const entesCreated: string[] = [];
    await this.db.tx(async () => {
      const enteIds = new Map<string, number>();
      for (const item of items) {
        const inst = item.data.institucionDependencia;
        const key = `${inst.clave ?? ''}\u0000${inst.nombre}`;
        if (enteIds.has(key)) continue;
        const { ente, created } = await this.entes.findOrCreateByName(inst, {
          ordenGobierno: options.ordenGobierno ?? 'ESTATAL',
          ambitoPublico: options.ambitoPublico ?? 'EJECUTIVO',
        });
        if (created) entesCreated.push(ente.nombre);
        enteIds.set(key, ente.id);
      }
      const bulk: BulkItem[] = items.map((item) => ({
        id: item.id,
        enteId: enteIds.get(`${item.data.institucionDependencia.clave ?? ''}\u0000${item.data.institucionDependencia.nombre}`) as number,
        data: item.data as unknown as Record<string, unknown>,
        state: 'PUBLICADO',
        at: item.fechaCaptura,
      }));
      for (let i = 0; i < bulk.length; i += 2000) await this.loader.writePublished(bulk.slice(i, i + 2000), 'importación');
      await this.audit.record({
        action: 'importacion.s2',
        entityType: 's2',
        details: { registros: bulk.length, entesCreados: entesCreated, primerId: bulk[0]?.id, ultimoId: bulk[bulk.length - 1]?.id },
        actor,
      });
    });
    return { records: items.length, entesCreated, warnings };
  }

  /** Validates every record of the file; collects every problem with its index and field. */
  check(content: unknown): { items: { id: string; fechaCaptura: Date; data: S2RecordData }[]; issues: ImportIssue[]; warnings: ImportIssue[] } {
    const issues: ImportIssue[] = [];
    const warnings: ImportIssue[] = [];
    const items: { id: string; fechaCaptura: Date; data: S2RecordData }[] = [];
    if (!Array.isArray(content)) {
      return { items, issues: [{ index: -1, path: '', message: 'El archivo debe contener un arreglo JSON de registros S2.' }], warnings };
    }
    const today = this.clock.today();
    const seen = new Map<string, number>();
    content.forEach((raw, index) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        issues.push({ index, path: '', message: 'Cada registro debe ser un objeto JSON.' });
        return;
      }
      const { id, fechaCaptura, ...rest } = raw as Record<string, unknown>;
      for (const key of STORAGE_KEYS) delete rest[key];
      let validId = '';
      if (typeof id !== 'string' || id.trim() === '') issues.push({ index, path: 'id', message: 'Cada registro debe traer su id (texto no vacío).' });
      else if (id.length > 64) issues.push({ index, path: 'id', message: 'El id no puede tener más de 64 caracteres.' });
      else if (seen.has(id)) issues.push({ index, path: 'id', message: `El id «${id}» se repite (también en el registro ${seen.get(id)}).` });
      else {
        validId = id;
        seen.set(id, index);
      }
      let captured = this.clock.now();
      if (fechaCaptura !== undefined && fechaCaptura !== null) {
        if (typeof fechaCaptura !== 'string' || !ISO_DATE_TIME.test(fechaCaptura) || Number.isNaN(Date.parse(fechaCaptura))) {
          issues.push({ index, path: 'fechaCaptura', message: 'Debe ser una fecha y hora ISO 8601, por ejemplo 2024-03-02T18:04:11Z.' });
        } else {
          captured = new Date(fechaCaptura);
        }
      }
      const result = validate<S2RecordData>(S2_RECORD_SCHEMA, rest, { today });
      for (const e of result.errors) issues.push({ index, path: e.path, message: e.message });
      for (const w of result.warnings) warnings.push({ index, path: w.path, message: w.message });
      if (result.errors.length === 0 && validId) items.push({ id: validId, fechaCaptura: captured, data: result.value });
    });
    return { items, issues, warnings };
  }
}
