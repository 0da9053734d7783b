import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import { Clock, ConflictError, Db, NotFoundError, parseBody, ValidationError } from '@pde/api/core';
import { diffDocuments, ENTE_SCHEMA, escapeLike, fold, LIKE_ESCAPE, MSG, type EnteRequest, type EnteView } from '@pde/shared/contracts';
import { EnteEntity } from './ente.entity';

@Injectable()
export class EntesService {
  constructor(private readonly db: Db, private readonly clock: Clock, private readonly audit: AuditService) {}

  list(filters: { q?: string; activos?: boolean } = {}): Promise<EnteView[]> {
    return this.db.run(async (em) => {
      const qb = em.getRepository(EnteEntity).createQueryBuilder('e');
      const q = filters.q ? fold(filters.q) : '';
      if (q) {
        qb.andWhere(`(e.nombreFolded LIKE :q ${LIKE_ESCAPE} OR LOWER(e.clave) LIKE :q ${LIKE_ESCAPE} OR LOWER(e.siglas) LIKE :q ${LIKE_ESCAPE})`, {
          q: `%${escapeLike(q)}%`,
        });
      }
      if (filters.activos) qb.andWhere('e.activo = :activo', { activo: true });
      const rows = await qb.orderBy('e.nombre', 'ASC').getMany();
      return rows.map(toEnteView);
    });
  }

  async get(id: number): Promise<EnteView> {
    return toEnteView(await this.find(id));
  }

  find(id: number): Promise<EnteEntity> {
    return this.db.run(async (em) => {
      const ente = await em.getRepository(EnteEntity).findOne({ where: { id } });
      if (!ente) throw new NotFoundError('El ente público no existe.');
      return ente;
    });
  }

  findByIds(ids: number[]): Promise<EnteEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.run((em) => em.getRepository(EnteEntity).createQueryBuilder('e').whereInIds(ids).getMany());
  }

  findByClave(clave: string): Promise<EnteEntity | null> {
    return this.db.run((em) => em.getRepository(EnteEntity).findOne({ where: { clave } }));
  }

  async create(body: unknown): Promise<EnteView> {
    const input = parseBody<EnteRequest>(ENTE_SCHEMA, body);
    return this.db.tx(async (em) => {
      const repo = em.getRepository(EnteEntity);
      if (await repo.findOne({ where: { clave: input.clave } })) {
        throw new ConflictError(`Ya existe un ente público con la clave «${input.clave}».`);
      }
      const ente = await repo.save(repo.create({ ...fromRequest(input), activo: true, createdAt: this.clock.now(), updatedAt: this.clock.now() }));
      await this.audit.record({ action: 'ente.crear', entityType: 'ente', entityId: ente.id, enteId: ente.id, details: { datos: input } });
      return toEnteView(ente);
    });
  }

  async update(id: number, body: unknown & { activo?: unknown }): Promise<EnteView> {
    const { activo, ...rest } = (body ?? {}) as Record<string, unknown>;
    if (activo !== undefined && typeof activo !== 'boolean') throw new ValidationError([{ path: 'activo', message: MSG.notBoolean }]);
    const input = parseBody<EnteRequest>(ENTE_SCHEMA, rest);
    return this.db.tx(async (em) => {
      const repo = em.getRepository(EnteEntity);
      const ente = await repo.findOne({ where: { id } });
      if (!ente) throw new NotFoundError('El ente público no existe.');
      const clash = await repo.findOne({ where: { clave: input.clave } });
      if (clash && clash.id !== id) throw new ConflictError(`Ya existe un ente público con la clave «${input.clave}».`);
      const before = toEnteView(ente);
      Object.assign(ente, fromRequest(input));
      if (typeof activo === 'boolean') ente.activo = activo;
      ente.updatedAt = this.clock.now();
      const saved = await repo.save(ente);
      const after = toEnteView(saved);
      await this.audit.record({ action: 'ente.modificar', entityType: 'ente', entityId: id, enteId: id, details: { cambios: diffDocuments(before, after) } });
      return after;
    });
  }

  /** Finds an ente by name (import): exact after folding, else creates it with a derived clave. */
  async findOrCreateByName(
    data: { nombre: string; siglas?: string; clave?: string },
    defaults: { ordenGobierno: string; ambitoPublico: string; entidadFederativa?: string },
  ): Promise<{ ente: EnteEntity; created: boolean }> {
    return this.db.tx(async (em) => {
      const repo = em.getRepository(EnteEntity);
      const folded = fold(data.nombre);
      const existing = (data.clave ? await repo.findOne({ where: { clave: data.clave } }) : null) ?? (await repo.findOne({ where: { nombreFolded: folded } }));
      if (existing) return { ente: existing, created: false };
      let clave = data.clave ?? (data.siglas ? data.siglas.toUpperCase().replace(/[^A-Z0-9._-]/g, '') : '') ?? '';
      if (!clave) clave = `ENTE-${folded.replace(/[^a-z0-9]+/g, '-').slice(0, 40).toUpperCase()}`;
      let candidate = clave;
      for (let n = 2; await repo.findOne({ where: { clave: candidate } }); n++) candidate = `${clave}-${n}`;
      const ente = await repo.save(
        repo.create({
          clave: candidate,
          nombre: data.nombre,
          nombreFolded: folded,
          siglas: data.siglas ?? null,
          ordenGobierno: defaults.ordenGobierno,
          ambitoPublico: defaults.ambitoPublico,
          entidadFederativa: defaults.entidadFederativa ?? null,
          activo: true,
          createdAt: this.clock.now(),
          updatedAt: this.clock.now(),
        }),
      );
      await this.audit.record({ action: 'ente.crear', entityType: 'ente', entityId: ente.id, enteId: ente.id, details: { origen: 'importación', nombre: data.nombre } });
      return { ente, created: true };
    });
  }
}

function fromRequest(input: EnteRequest): Partial<EnteEntity> {
  return {
    clave: input.clave,
    nombre: input.nombre,
    nombreFolded: fold(input.nombre),
    siglas: input.siglas ?? null,
    ordenGobierno: input.ordenGobierno,
    ambitoPublico: input.ambitoPublico,
    entidadFederativa: input.entidadFederativa ?? null,
  };
}

export function toEnteView(ente: EnteEntity): EnteView {
  return {
    id: ente.id,
    clave: ente.clave,
    nombre: ente.nombre,
    ...(ente.siglas ? { siglas: ente.siglas } : {}),
    ordenGobierno: ente.ordenGobierno,
    ambitoPublico: ente.ambitoPublico,
    ...(ente.entidadFederativa ? { entidadFederativa: ente.entidadFederativa } : {}),
    activo: ente.activo,
  };
}
