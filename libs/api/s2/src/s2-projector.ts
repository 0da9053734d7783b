import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { PublishedProjector, RecordEntity } from '@pde/api/capture';
import { MISSING_RANK, TextTermsService } from '@pde/api/search-index';
import { fold, type S2RecordData } from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import { procedureMask, s2ApiDocument, toFechaCaptura } from './s2-document';
import { S2PublishedEntity } from './s2-published.entity';

/** Keeps `s2_published` in step with the published versions of S2 records. */
@Injectable()
export class S2Projector implements PublishedProjector, OnModuleInit {
  constructor(private readonly terms: TextTermsService) {}

  onModuleInit() {
    for (const column of ['rNombres', 'rPrimer', 'rSegundo']) this.terms.registerRankColumn({ domain: 'name', table: 's2_published', column });
    this.terms.registerRankColumn({ domain: 'institution', table: 's2_published', column: 'rInst' });
    this.terms.registerRankColumn({ domain: 'position', table: 's2_published', column: 'rPuesto' });
  }

  async publish(em: EntityManager, record: RecordEntity, data: Record<string, unknown>): Promise<void> {
    // One S2 publication at a time: new texts may need a rank rebalance, which must not interleave.
    await em.query(`SELECT kind FROM kind_stats WHERE kind = 's2'${this.terms.dialect === 'mysql' ? ' FOR UPDATE' : ''}`);
    const rows = await this.rows(em, [{ record, data: data as unknown as S2RecordData }]);
    await this.unpublish(em, record);
    await em.getRepository(S2PublishedEntity).insert(rows);
  }

  async unpublish(em: EntityManager, record: RecordEntity): Promise<void> {
    await em.getRepository(S2PublishedEntity).delete({ recordPk: record.pk });
  }

  /** Read-model rows for many records at once (bulk import and synthetic loads use it too). */
  async rows(em: EntityManager, items: { record: Pick<RecordEntity, 'pk' | 'id' | 'enteId' | 'publishedAt'>; data: S2RecordData }[]) {
    const names = await this.terms.ranks(em, 'name', items.flatMap(({ data }) => [data.nombres, data.primerApellido, data.segundoApellido]));
    const institutions = await this.terms.ranks(em, 'institution', items.map(({ data }) => data.institucionDependencia.nombre));
    const positions = await this.terms.ranks(em, 'position', items.map(({ data }) => data.puesto.nombre));
    const rank = (map: Map<string, number>, value: string | undefined) => (value ? (map.get(value) ?? MISSING_RANK) : MISSING_RANK);
    return items.map(({ record, data }) => ({
      id: record.id,
      recordPk: record.pk,
      enteId: record.enteId,
      rNombres: rank(names, data.nombres),
      rPrimer: rank(names, data.primerApellido),
      rSegundo: rank(names, data.segundoApellido),
      rInst: rank(institutions, data.institucionDependencia.nombre),
      rPuesto: rank(positions, data.puesto.nombre),
      procMask: procedureMask(data.tipoProcedimiento.map((p) => p.clave)),
      curpFolded: data.curp ? fold(data.curp) : null,
      rfcFolded: data.rfc ? fold(data.rfc) : null,
      instNombre: data.institucionDependencia.nombre,
      instSiglas: data.institucionDependencia.siglas ?? '',
      instClave: data.institucionDependencia.clave ?? '',
      doc: JSON.stringify(s2ApiDocument(record.id, toFechaCaptura(record.publishedAt ?? new Date()), data)),
    }));
  }
}
