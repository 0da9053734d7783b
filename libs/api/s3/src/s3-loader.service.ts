import { Injectable } from '@nestjs/common';
import { CaptureBulkWriter, CaptureService, type BulkItem, type BulkState } from '@pde/api/capture';
import { Clock, CryptoService, Db } from '@pde/api/core';
import { EnteEntity } from '@pde/api/entes';
import { Random, SYNTHETIC_ENTES, type SyntheticEnte } from '@pde/api/synthetic';
import { fold, S3_COLLECTIONS, type S3Collection } from '@pde/shared/contracts';
import { S3Projector } from './storage/s3-projector';
import { syntheticS3Record } from './s3-synthetic';

/** Bulk loads of S3 records through the same tables as captured ones (seed, demo, import, benchmark). */
@Injectable()
export class S3LoaderService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly writer: CaptureBulkWriter,
    private readonly projector: S3Projector,
    private readonly capture: CaptureService,
  ) {}

  private async entes(): Promise<{ entity: EnteEntity; synthetic: SyntheticEnte }[]> {
    return this.db.tx(async (em) => {
      const repo = em.getRepository(EnteEntity);
      const out: { entity: EnteEntity; synthetic: SyntheticEnte }[] = [];
      for (const e of SYNTHETIC_ENTES) {
        const now = this.clock.now();
        const entity = (await repo.findOne({ where: { clave: e.clave } })) ?? (await repo.save(repo.create({ ...e, nombreFolded: fold(e.nombre), entidadFederativa: null, activo: true, createdAt: now, updatedAt: now })));
        out.push({ entity, synthetic: e });
      }
      return out;
    });
  }

  /** Spreads `count` records over the four collections (graves and personas físicas more often). */
  async loadSynthetic(count: number, options: { seed?: number; batchSize?: number; stateOf?: (i: number) => BulkState; onProgress?: (done: number, total: number) => void } = {}) {
    const entes = await this.entes();
    const random = new Random(options.seed ?? Date.now());
    const weights: [S3Collection, number][] = [['faltas_administrativas_graves', 0.3], ['faltas_administrativas_no_graves', 0.3], ['faltas_graves_personas_fisicas', 0.25], ['faltas_graves_personas_morales', 0.15]];
    const batchSize = options.batchSize ?? 1000;
    const now = this.clock.now().getTime();
    let done = 0;
    while (done < count) {
      const size = Math.min(batchSize, count - done);
      const byCollection = new Map<S3Collection, BulkItem[]>(S3_COLLECTIONS.map((c) => [c, []]));
      for (let i = 0; i < size; i++) {
        let r = random.next();
        const collection = weights.find(([, w]) => (r -= w) < 0)?.[0] ?? 'faltas_administrativas_graves';
        const ente = random.pickSkewed(entes, 1.2);
        const state = options.stateOf?.(done + i) ?? 'PUBLICADO';
        const data = syntheticS3Record(collection, random, ente.synthetic) as unknown as Record<string, unknown>;
        (byCollection.get(collection) as BulkItem[]).push({
          id: this.crypto.uuid(),
          enteId: ente.entity.id,
          data,
          state,
          at: new Date(now - random.int(1, 2 * 365) * 86_400_000 - random.int(0, 86_399_999)),
          pendingData: state === 'PUBLICADO_CON_CAMBIOS' ? { ...data, expediente: `${String(data['expediente'])}-BIS` } : undefined,
        });
      }
      for (const [collection, items] of byCollection) await this.writePublished(collection, items, 'datos sintéticos');
      done += size;
      options.onProgress?.(done, count);
    }
    return done;
  }

  async writePublished(collection: S3Collection, items: BulkItem[], actor: string) {
    if (items.length === 0) return;
    await this.db.tx(async (em) => {
      const records = await this.writer.write(em, collection, items, actor);
      const published = records
        .map((record, i) => ({ record, data: items[i].data, state: items[i].state }))
        .filter((x) => x.state === 'PUBLICADO' || x.state === 'PUBLICADO_CON_CAMBIOS');
      await this.projector.write(em, collection, published);
      if (published.length) await this.capture.bumpStats(em, collection, published.length);
    });
  }
}
