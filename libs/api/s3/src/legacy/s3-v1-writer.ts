import { Injectable, type OnModuleInit } from '@nestjs/common';
import { insertObjects } from '@pde/api/capture';
import { EnteEntity } from '@pde/api/entes';
import { MISSING_RANK, TextTermsService, type TermDomain } from '@pde/api/search-index';
import { fold, spanishSortKey, type S3ApiRecord, type S3Collection } from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import { S3Projector, type S3PublishItem, type S3ReadModelListener } from '../storage/s3-projector';
import { projectS3P } from '../v1/s3p-projection';
import { projectS3S } from '../v1/s3s-projection';
import { s3pSearchFields, s3sSearchFields } from '../v1/v1-search';
import type { S3PCollection, S3SCollection, V1ProjectionContext, V1Role } from '../v1/v1-types';
import { sanctionMask } from './s3-v1-published.entity';

const SERVIDORES: readonly string[] = ['faltas_administrativas_graves', 'faltas_administrativas_no_graves'];

type RankedDomain = Extract<TermDomain, 'name' | 'company' | 'institution'>;

/** Ranked text columns of `s3_v1_published`: `<column>_c` / `<column>_p`, and their dictionary domain. */
const RANKED: Record<string, RankedDomain> = { rNombres: 'name', rPrimer: 'name', rSegundo: 'name', rRazon: 'company' };

/** A text to rank for both roles (`undefined` = missing, or hidden from that role). */
interface RankedText {
  column: keyof typeof RANKED;
  confidencial?: string;
  publico?: string;
}

/** Keeps `s3_v1_published` in step with the v2 read model (SPEC §4: v1 is always a projection of v2). */
@Injectable()
export class S3V1Writer implements S3ReadModelListener, OnModuleInit {
  constructor(private readonly projector: S3Projector, private readonly terms: TextTermsService) {}

  onModuleInit() {
    this.projector.setListener(this);
    // A rebalance of the dictionary renumbers ranks: these columns are rewritten with it.
    for (const [column, domain] of Object.entries(RANKED)) {
      for (const suffix of ['c', 'p']) this.terms.registerRankColumn({ domain, table: 's3_v1_published', column: `${column}_${suffix}` });
    }
    this.terms.registerRankColumn({ domain: 'institution', table: 's3_v1_published', column: 'rInst' });
  }

  async published(em: EntityManager, collection: S3Collection, items: { item: S3PublishItem; doc: Record<string, unknown> }[]): Promise<void> {
    if (!items.length) return;
    const entes = await em.getRepository(EnteEntity).find();
    const byId = new Map(entes.map((e) => [e.id, e]));
    const byName = new Map(entes.map((e) => [e.nombre, e.clave]));
    const rows = items.map(({ item, doc }) => {
      const owner = byId.get(item.record.enteId);
      const context: V1ProjectionContext = {
        owner: { nombre: owner?.nombre ?? 'Ente público', ...(owner?.siglas ? { siglas: owner.siglas } : {}), clave: owner?.clave ?? '' },
        claveOfInstitution: (nombre) => byName.get(nombre),
      };
      return SERVIDORES.includes(collection)
        ? this.servidor(collection as S3SCollection, doc as unknown as S3ApiRecord<S3SCollection>, context, item)
        : this.particular(collection as S3PCollection, doc as unknown as S3ApiRecord<S3PCollection>, context, item);
    });
    const ranks = await this.ranksOf(em, rows.flatMap((r) => r.ranked), rows.map((r) => r.institucion));
    const rank = (domain: RankedDomain, value: string | undefined) => (value === undefined ? MISSING_RANK : (ranks[domain].get(value) ?? MISSING_RANK));
    await insertObjects(
      em,
      's3_v1_published',
      rows.map(({ docPublico: _p, docConfidencial: _c, ranked, institucion, ...row }) => ({
        ...row,
        ...Object.fromEntries(
          Object.keys(RANKED).flatMap((column) => {
            const text = ranked.find((t) => t.column === column);
            return [
              [`${column}_c`, rank(RANKED[column], text?.confidencial)],
              [`${column}_p`, rank(RANKED[column], text?.publico)],
            ];
          }),
        ),
        rInst: rank('institution', institucion),
      })),
    );
    await insertObjects(em, 's3_v1_documents', rows.map((r) => ({ recordPk: r.recordPk, docPublico: r.docPublico, docConfidencial: r.docConfidencial })));
  }

  async unpublished(em: EntityManager, _collection: S3Collection, recordPks: number[]): Promise<void> {
    if (!recordPks.length) return;
    const marks = recordPks.map(() => '?').join(',');
    await em.query(`DELETE FROM s3_v1_published WHERE recordPk IN (${marks})`, recordPks);
    await em.query(`DELETE FROM s3_v1_documents WHERE recordPk IN (${marks})`, recordPks);
  }

  /** Dictionary ranks of every text of the batch, per domain (created inside the transaction). */
  private async ranksOf(em: EntityManager, texts: RankedText[], institutions: string[]): Promise<Record<RankedDomain, Map<string, number>>> {
    const values = (domain: RankedDomain) => texts.filter((t) => RANKED[t.column] === domain).flatMap((t) => [t.confidencial, t.publico]);
    return {
      name: await this.terms.ranks(em, 'name', values('name')),
      company: await this.terms.ranks(em, 'company', values('company')),
      institution: await this.terms.ranks(em, 'institution', institutions),
    };
  }

  private servidor(collection: S3SCollection, doc: S3ApiRecord<S3SCollection>, context: V1ProjectionContext, item: S3PublishItem) {
    const views = roles((role) => projectS3S(collection, doc, context, role));
    const fields = roles((role) => s3sSearchFields(views[role]));
    return {
      ...base('S3S', collection, item, views, fields.confidencial.institucion, fields.confidencial.tipoSancion, views.confidencial.institucionDependencia),
      tipoPersona: null,
      ranked: [
        { column: 'rNombres', confidencial: fields.confidencial.nombres, publico: fields.publico.nombres },
        { column: 'rPrimer', confidencial: fields.confidencial.primerApellido, publico: fields.publico.primerApellido },
        { column: 'rSegundo', confidencial: fields.confidencial.segundoApellido, publico: fields.publico.segundoApellido },
      ] as RankedText[],
      ...text('rfc', fields.confidencial.rfc, fields.publico.rfc),
      ...text('curp', fields.confidencial.curp, fields.publico.curp),
      expediente_fc: null,
      expediente_fp: null,
    };
  }

  private particular(collection: S3PCollection, doc: S3ApiRecord<S3PCollection>, context: V1ProjectionContext, item: S3PublishItem) {
    const views = roles((role) => projectS3P(collection, doc, context, role));
    const fields = roles((role) => s3pSearchFields(views[role]));
    return {
      ...base('S3P', collection, item, views, fields.confidencial.institucion, fields.confidencial.tipoSancion, views.confidencial.institucionDependencia),
      tipoPersona: fields.confidencial.tipoPersona,
      ranked: [{ column: 'rRazon', confidencial: fields.confidencial.nombreRazonSocial, publico: fields.publico.nombreRazonSocial }] as RankedText[],
      ...text('rfc', fields.confidencial.rfc, fields.publico.rfc),
      ...text('curp', undefined, undefined),
      expediente_fc: fields.confidencial.expediente ? fold(fields.confidencial.expediente) : null,
      expediente_fp: fields.publico.expediente ? fold(fields.publico.expediente) : null,
    };
  }
}

function roles<T>(fn: (role: V1Role) => T): Record<V1Role, T> {
  return { publico: fn('publico'), confidencial: fn('confidencial') };
}

function base(
  api: 'S3S' | 'S3P',
  collection: S3Collection,
  item: S3PublishItem,
  views: Record<V1Role, unknown>,
  institucion: string,
  claves: string[],
  inst: { nombre: string; siglas?: string; clave?: string },
) {
  return {
    api,
    collection,
    recordPk: item.record.pk,
    id: item.record.id,
    docPublico: JSON.stringify(views.publico),
    docConfidencial: JSON.stringify(views.confidencial),
    instNombre: inst.nombre,
    instSiglas: inst.siglas ?? '',
    instClave: inst.clave ?? '',
    sancionMask: sanctionMask(claves),
    institucion,
  };
}

/** Folded and sort-key values of one field, per role (`undefined` = hidden or missing). */
function text(name: string, confidencial: string | undefined, publico: string | undefined) {
  return {
    [`${name}_fc`]: confidencial ? fold(confidencial) : null,
    [`${name}_fp`]: publico ? fold(publico) : null,
    [`${name}_kc`]: confidencial ? spanishSortKey(confidencial) : null,
    [`${name}_kp`]: publico ? spanishSortKey(publico) : null,
  };
}
