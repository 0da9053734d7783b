import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Read model of the v1.1 S3 APIs (SPEC §4): one row per published v2 record, projected to S3S
 * (servidores) or S3P (particulares). Documents, serialised for each role, live in
 * `s3_v1_documents` so that filtered scans stay narrow. Filter and sort values exist per role
 * (`…_c` confidencial, `…_p` publico) so that a hidden value never matches, never counts and sorts
 * as missing for `publico` (SPEC §1.3.2). Names, razón social and institution are ranks of the text
 * dictionary (`text_terms`, as in S2): filters become `IN (ranks)` and the default orders of §5.3
 * walk the covering indexes below, which is what the PDN's counts and bulk download need.
 */
@Entity('s3_v1_published')
@Index('idx_s3v1_api_id', ['api', 'id'])
@Index('idx_s3v1_dependencias', ['api', 'instNombre'])
@Index('idx_s3v1_order_s_p', ['api', 'rPrimer_p', 'rSegundo_p', 'rNombres_p', 'id', 'recordPk'])
@Index('idx_s3v1_order_s_c', ['api', 'rPrimer_c', 'rSegundo_c', 'rNombres_c', 'id', 'recordPk'])
@Index('idx_s3v1_order_p_p', ['api', 'rRazon_p', 'id', 'recordPk'])
@Index('idx_s3v1_order_p_c', ['api', 'rRazon_c', 'id', 'recordPk'])
@Index('idx_s3v1_inst', ['api', 'rInst', 'sancionMask'])
export class S3V1PublishedEntity {
  @PrimaryGeneratedColumn()
  seq!: number;

  /** `S3S` or `S3P`. */
  @Column({ type: 'varchar', length: 4 })
  api!: string;

  @Column({ type: 'varchar', length: 40 })
  collection!: string;

  @Column({ type: 'integer', unique: true })
  recordPk!: number;

  @Column({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 255 })
  instNombre!: string;

  @Column({ type: 'varchar', length: 255 })
  instSiglas!: string;

  @Column({ type: 'varchar', length: 255 })
  instClave!: string;

  /** Bits of the v1 tipoSancion claves carried (see `SANCTION_BITS`). */
  @Column({ type: 'integer' })
  sancionMask!: number;

  @Column({ type: 'varchar', length: 1, nullable: true })
  tipoPersona!: string | null;

  /** Ranks (`text_terms`) per role; `MISSING_RANK` when the value is missing or hidden. */
  @Column({ type: 'bigint' }) rNombres_c!: number;
  @Column({ type: 'bigint' }) rNombres_p!: number;
  @Column({ type: 'bigint' }) rPrimer_c!: number;
  @Column({ type: 'bigint' }) rPrimer_p!: number;
  @Column({ type: 'bigint' }) rSegundo_c!: number;
  @Column({ type: 'bigint' }) rSegundo_p!: number;
  @Column({ type: 'bigint' }) rRazon_c!: number;
  @Column({ type: 'bigint' }) rRazon_p!: number;
  /** Rank of `institucionDependencia.nombre` (never hidden). */
  @Column({ type: 'bigint' }) rInst!: number;

  /** Folded (SPEC §5.1) and sort-key values of the identifiers, per role. */
  @Column({ type: 'text', nullable: true }) rfc_fc!: string | null;
  @Column({ type: 'text', nullable: true }) rfc_fp!: string | null;
  @Column({ type: 'text', nullable: true }) rfc_kc!: string | null;
  @Column({ type: 'text', nullable: true }) rfc_kp!: string | null;
  @Column({ type: 'text', nullable: true }) curp_fc!: string | null;
  @Column({ type: 'text', nullable: true }) curp_fp!: string | null;
  @Column({ type: 'text', nullable: true }) curp_kc!: string | null;
  @Column({ type: 'text', nullable: true }) curp_kp!: string | null;
  @Column({ type: 'text', nullable: true }) expediente_fc!: string | null;
  @Column({ type: 'text', nullable: true }) expediente_fp!: string | null;
}

/** The projected v1 documents, already serialised per role. */
@Entity('s3_v1_documents')
export class S3V1DocumentEntity {
  @PrimaryColumn({ type: 'integer' })
  recordPk!: number;

  @Column({ type: 'text' })
  docPublico!: string;

  @Column({ type: 'text' })
  docConfidencial!: string;
}

/** v1 tipoSancion claves of both APIs, one bit each (any-of filters are one AND on the mask). */
export const SANCTION_BITS: Readonly<Record<string, number>> = { I: 1, M: 2, S: 4, D: 8, IRSC: 16, SE: 32, O: 64, A: 128, IND: 256 };

export function sanctionMask(claves: Iterable<string>): number {
  let mask = 0;
  for (const c of claves) mask |= SANCTION_BITS[c] ?? 0;
  return mask;
}
