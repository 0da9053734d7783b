import { Injectable } from '@nestjs/common';
import { CaptureBulkWriter, CaptureService, insertObjects, type BulkItem, type BulkState } from '@pde/api/capture';
import { Clock, CryptoService, Db } from '@pde/api/core';
import { EnteEntity } from '@pde/api/entes';
import { Random, SYNTHETIC_ENTES } from '@pde/api/synthetic';
import { fold, type S2RecordData } from '@pde/shared/contracts';
import { S2Projector } from './s2-projector';
import { syntheticS2Record } from './s2-synthetic';

export interface LoadOptions {
  seed?: number;
  batchSize?: number;
  /** Workflow state of the i-th record (default: all published). */
  stateOf?: (index: number) => BulkState;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Loads synthetic S2 records through the same tables as captured ones (records, versions, read
 * model, statistics), in large batches: `pde seed --s2 N`, demo data and the benchmark.
 */
@Injectable()
export class S2LoaderService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly writer: CaptureBulkWriter,
    private readonly projector: S2Projector,
    private readonly capture: CaptureService,
  ) {}

  async ensureSyntheticEntes(): Promise<EnteEntity[]> {
    return this.db.tx(async (em) => {
      const repo = em.getRepository(EnteEntity);
      const out: EnteEntity[] = [];
      for (const e of SYNTHETIC_ENTES) {
        const existing = await repo.findOne({ where: { clave: e.clave } });
        out.push(existing ?? (await repo.save(repo.create({ ...e, nombreFolded: fold(e.nombre), entidadFederativa: null, activo: true, createdAt: this.clock.now(), updatedAt: this.clock.now() }))));
      }
      return out;
    });
  }

  async loadSynthetic(count: number, options: LoadOptions = {}): Promise<number> {
    const entes = await this.ensureSyntheticEntes();
    const random = new Random(options.seed ?? Date.now());
    const batchSize = options.batchSize ?? 2000;
    const now = this.clock.now().getTime();
    let done = 0;
    while (done < count) {
      const size = Math.min(batchSize, count - done);
      const items: BulkItem[] = [];
      for (let i = 0; i < size; i++) {
        const ente = random.pickSkewed(entes, 1.2);
        const data = syntheticS2Record(random, { nombre: ente.nombre, siglas: ente.siglas ?? undefined, clave: ente.clave });
        const state = options.stateOf?.(done + i) ?? 'PUBLICADO';
        const pendingData = state === 'PUBLICADO_CON_CAMBIOS' ? { ...data, puesto: { ...data.puesto, nivel: 'M44' } } : undefined;
        items.push({ id: this.crypto.uuid(), enteId: ente.id, data: data as unknown as Record<string, unknown>, state, at: new Date(now - random.int(0, 3 * 365) * 86_400_000 - random.int(0, 86_399_999)), pendingData });
      }
      await this.writePublished(items, 'datos sintéticos');
      done += size;
      options.onProgress?.(done, count);
    }
    return done;
  }

  /** Records, versions, read model and statistics of one batch, in one transaction. */
  async writePublished(items: BulkItem[], actor: string) {
    await this.db.tx(async (em) => {
      const records = await this.writer.write(em, 's2', items, actor);
      const published = records
        .map((record, i) => ({ record, data: items[i].data as unknown as S2RecordData, state: items[i].state }))
        .filter((x) => x.state === 'PUBLICADO' || x.state === 'PUBLICADO_CON_CAMBIOS');
      const rows = await this.projector.rows(em, published);
      await insertObjects(em, 's2_published', rows);
      if (published.length) {
        await this.capture.bumpStats(em, 's2', published.length);
      }
    });
  }
}
