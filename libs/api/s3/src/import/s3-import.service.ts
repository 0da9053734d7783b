import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import { RecordEntity, type BulkItem } from '@pde/api/capture';
import { Clock, CryptoService, Db, type Principal } from '@pde/api/core';
import { EntesService } from '@pde/api/entes';
import { isS3Collection, isUuid, S3_COLLECTIONS, S3_SCHEMAS, S3_SYSTEM_FIELDS, validate, type S3Collection } from '@pde/shared/contracts';
import { S3LoaderService } from '../s3-loader.service';
import { convertS3P, convertS3S, isConversionFailure, normalizeV2Aliases, type V1ConversionOptions } from '../v1/v1-to-v2';

/** `import s3` (v2 items keyed by collection), `import s3s` and `import s3p` (v1.1 arrays). */
export type S3ImportFormat = 's3' | 's3s' | 's3p';

export interface S3ImportIssue {
  /** `faltas_administrativas_graves[3]` for v2 files, `[3]` for v1 arrays. */
  where: string;
  path: string;
  message: string;
}

export class S3ImportRejected extends Error {
  constructor(readonly issues: S3ImportIssue[]) {
    super(`La importación tiene ${issues.length} error(es); no se importó ningún registro.`);
  }
}

export interface S3ImportOptions {
  dryRun?: boolean;
  /** Clave of the ente that owns records that name no public body (e.g. no graves without empleo). */
  ownerClave?: string;
  /** Values for what v1 cannot carry (see `V1ConversionOptions.complement`). */
  complement?: V1ConversionOptions['complement'];
  unclassifiedAs?: V1ConversionOptions['unclassifiedAs'];
  ordenGobierno?: string;
  ambitoPublico?: string;
}

interface Prepared {
  where: string;
  collection: S3Collection;
  id: string;
  createdAt: Date;
  updatedAt: Date;
  data: Record<string, unknown>;
  body?: { nombre: string; siglas?: string };
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * Everything is validated first; then every record is imported in one transaction, or none
 * (issue «S3» §4). v2 items keep their `id`; records converted from v1 get a new UUID (SPEC §3.7.1).
 */
@Injectable()
export class S3ImportService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly entes: EntesService,
    private readonly loader: S3LoaderService,
    private readonly audit: AuditService,
  ) {}

  async import(format: S3ImportFormat, content: unknown, actor: Principal, options: S3ImportOptions = {}) {
    const issues: S3ImportIssue[] = [];
    const warnings: S3ImportIssue[] = [];
    const prepared = format === 's3' ? this.fromV2(content, issues) : this.fromV1(format, content, options, issues, warnings);
    const owner = options.ownerClave ? await this.entes.findByClave(options.ownerClave) : null;
    if (options.ownerClave && !owner) issues.push({ where: '-', path: '--ente', message: `No existe un ente con la clave «${options.ownerClave}».` });
    for (const p of prepared) {
      if (!p.body && !owner) issues.push({ where: p.where, path: '', message: 'El registro no indica el ente público; indique el ente propietario con --ente CLAVE.' });
    }
    await this.checkExistingIds(prepared, issues);
    if (issues.length) throw new S3ImportRejected(issues);
    const counts = Object.fromEntries(S3_COLLECTIONS.map((c) => [c, prepared.filter((p) => p.collection === c).length]));
    if (options.dryRun) return { counts, warnings, entesCreated: [] as string[] };
    const entesCreated: string[] = [];
    await this.db.tx(async () => {
      const enteIds = new Map<string, number>();
      for (const p of prepared) {
        if (!p.body) continue;
        const key = p.body.nombre;
        if (enteIds.has(key)) continue;
        const { ente, created } = await this.entes.findOrCreateByName(p.body, { ordenGobierno: options.ordenGobierno ?? 'ESTATAL', ambitoPublico: options.ambitoPublico ?? 'EJECUTIVO' });
        if (created) entesCreated.push(ente.nombre);
        enteIds.set(key, ente.id);
      }
      for (const collection of S3_COLLECTIONS) {
        const items: BulkItem[] = prepared
          .filter((p) => p.collection === collection)
          .map((p) => ({ id: p.id, enteId: p.body ? (enteIds.get(p.body.nombre) as number) : (owner?.id as number), data: p.data, state: 'PUBLICADO', at: p.updatedAt, firstAt: p.createdAt }));
        for (let i = 0; i < items.length; i += 1000) await this.loader.writePublished(collection, items.slice(i, i + 1000), 'importación');
      }
      await this.audit.record({ action: `importacion.${format}`, entityType: 's3', details: { registros: counts, entesCreados: entesCreated }, actor });
    });
    return { counts, warnings, entesCreated };
  }

  /** v2 items as `/items` returns them with `fields=*.*.*.*`, keyed by collection. */
  private fromV2(content: unknown, issues: S3ImportIssue[]): Prepared[] {
    if (typeof content !== 'object' || content === null || Array.isArray(content)) {
      issues.push({ where: '-', path: '', message: 'El archivo debe ser un objeto cuyas llaves son los nombres de las colecciones S3.' });
      return [];
    }
    const out: Prepared[] = [];
    const seen = new Map<string, string>();
    for (const [collection, items] of Object.entries(content)) {
      if (!isS3Collection(collection)) {
        issues.push({ where: collection, path: '', message: `«${collection}» no es una colección S3 (${S3_COLLECTIONS.join(', ')}).` });
        continue;
      }
      if (!Array.isArray(items)) {
        issues.push({ where: collection, path: '', message: 'Debe ser un arreglo de registros.' });
        continue;
      }
      items.forEach((raw, index) => {
        const where = `${collection}[${index}]`;
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return void issues.push({ where, path: '', message: 'Cada registro debe ser un objeto JSON.' });
        const { id: rawId, date_created, date_updated, ...rest } = normalizeV2Aliases(collection, raw as Record<string, unknown>);
        // UUIDs are case-insensitive but the API filters and sorts ids as stored: keep one spelling.
        const id = typeof rawId === 'string' && isUuid(rawId) ? rawId.toLowerCase() : rawId;
        if (typeof id !== 'string' || !id.trim() || id.length > 64) issues.push({ where, path: 'id', message: 'Cada registro debe traer su id (texto de hasta 64 caracteres).' });
        else if (seen.has(id)) issues.push({ where, path: 'id', message: `El id «${id}» se repite (también en ${seen.get(id)}).` });
        else seen.set(id, where);
        const created = this.date(date_created, where, 'date_created', issues);
        const updated = date_updated === null || date_updated === undefined ? created : this.date(date_updated, where, 'date_updated', issues);
        this.push(out, where, collection, typeof id === 'string' ? id : '', created, updated, rest, issues);
      });
    }
    return out;
  }

  private fromV1(format: 's3s' | 's3p', content: unknown, options: S3ImportOptions, issues: S3ImportIssue[], warnings: S3ImportIssue[]): Prepared[] {
    if (!Array.isArray(content)) {
      issues.push({ where: '-', path: '', message: `El archivo debe contener un arreglo JSON de registros ${format === 's3s' ? 'S3S' : 'S3P'} v1.1.` });
      return [];
    }
    const out: Prepared[] = [];
    const conversion = { today: this.clock.today(), complement: withoutSystemFields(options.complement), unclassifiedAs: options.unclassifiedAs };
    content.forEach((raw, index) => {
      const where = `[${index}]`;
      const result = format === 's3s' ? convertS3S(raw, conversion) : convertS3P(raw, conversion);
      if (isConversionFailure(result)) {
        if (result.issues.length) for (const i of result.issues) issues.push({ where, path: i.path, message: i.message });
        else issues.push({ where, path: '', message: result.error });
        return;
      }
      for (const w of result.warnings) warnings.push({ where, path: '', message: w });
      const fecha = (raw as { fechaCaptura?: unknown }).fechaCaptura;
      const created = this.date(fecha, where, 'fechaCaptura', issues);
      this.push(out, where, result.collection, this.crypto.uuid(), created, created, result.data as unknown as Record<string, unknown>, issues);
    });
    return out;
  }

  private push(out: Prepared[], where: string, collection: S3Collection, id: string, createdAt: Date, updatedAt: Date, data: Record<string, unknown>, issues: S3ImportIssue[]) {
    const result = validate<Record<string, unknown>>(S3_SCHEMAS[collection], data, { today: this.clock.today() });
    for (const e of result.errors) issues.push({ where, path: e.path, message: e.message });
    if (result.errors.length) return;
    const value = result.value;
    const bodyField = collection === 'faltas_administrativas_graves' || collection === 'faltas_administrativas_no_graves' ? 'empleoCargoComision' : 'dondeCometioLaFalta';
    const body = value[bodyField] as { nombreEntePublico?: string; siglasEntePublico?: string } | undefined;
    out.push({
      where,
      collection,
      id,
      createdAt,
      updatedAt,
      data: value,
      body: body?.nombreEntePublico ? { nombre: body.nombreEntePublico, ...(body.siglasEntePublico ? { siglas: body.siglasEntePublico } : {}) } : undefined,
    });
  }

  private date(value: unknown, where: string, path: string, issues: S3ImportIssue[]): Date {
    if (value === undefined || value === null) return this.clock.now();
    if (typeof value !== 'string' || !ISO.test(value) || Number.isNaN(Date.parse(value))) {
      issues.push({ where, path, message: 'Debe ser una fecha ISO 8601, por ejemplo 2025-03-02T18:04:11Z.' });
      return this.clock.now();
    }
    return new Date(value);
  }

  private async checkExistingIds(prepared: Prepared[], issues: S3ImportIssue[]) {
    const ids = prepared.map((p) => p.id).filter(Boolean);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = await this.db.run((em) => em.getRepository(RecordEntity).createQueryBuilder('r').select('r.id', 'id').where('r.id IN (:...chunk)', { chunk }).getRawMany<{ id: string }>());
      for (const { id } of rows) issues.push({ where: prepared.find((p) => p.id === id)?.where ?? '-', path: 'id', message: `Ya existe un registro con el id «${id}».` });
    }
  }
}

/** A complement may be a record exported from /items: its system fields are not content. */
function withoutSystemFields(complement: S3ImportOptions['complement']): S3ImportOptions['complement'] {
  if (!complement) return complement;
  const out: Record<string, unknown> = {};
  for (const [collection, value] of Object.entries(complement)) {
    const copy = { ...(value as Record<string, unknown>) };
    for (const field of S3_SYSTEM_FIELDS) delete copy[field];
    out[collection] = copy;
  }
  return out as S3ImportOptions['complement'];
}
