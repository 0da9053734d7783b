import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Read model of the v1.1 S3 APIs (SPEC §4): one row per published v2 record, projected to S3S
 * (servidores) or S3P (particulares). Documents, serialised for each role, live in
 * `s3_v1_documents` so that filtered scans stay narrow; filter/sort values exist per role (`…_c` confidencial, `…_p` publico) so that a hidden value
 * never matches, never counts and sorts as missing for `publico` (SPEC §1.3.2).
 */
@Entity('s3_v1_published')
@Index('idx_s3v1_api_record', ['api', 'recordPk'])
@Index('idx_s3v1_api_id', ['api', 'id'])
@Index('idx_s3v1_dependencias', ['api', 'instNombre'])
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

  @Column({ type: 'text', nullable: true }) nombres_fc!: string | null;
  @Column({ type: 'text', nullable: true }) nombres_fp!: string | null;
  @Column({ type: 'text', nullable: true }) nombres_kc!: string | null;
  @Column({ type: 'text', nullable: true }) nombres_kp!: string | null;
  @Column({ type: 'text', nullable: true }) primerApellido_fc!: string | null;
  @Column({ type: 'text', nullable: true }) primerApellido_fp!: string | null;
  @Column({ type: 'text', nullable: true }) primerApellido_kc!: string | null;
  @Column({ type: 'text', nullable: true }) primerApellido_kp!: string | null;
  @Column({ type: 'text', nullable: true }) segundoApellido_fc!: string | null;
  @Column({ type: 'text', nullable: true }) segundoApellido_fp!: string | null;
  @Column({ type: 'text', nullable: true }) segundoApellido_kc!: string | null;
  @Column({ type: 'text', nullable: true }) segundoApellido_kp!: string | null;
  @Column({ type: 'text', nullable: true }) nombreRazonSocial_fc!: string | null;
  @Column({ type: 'text', nullable: true }) nombreRazonSocial_fp!: string | null;
  @Column({ type: 'text', nullable: true }) nombreRazonSocial_kc!: string | null;
  @Column({ type: 'text', nullable: true }) nombreRazonSocial_kp!: string | null;
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
  @Column({ type: 'text', nullable: true }) institucion_f!: string | null;
  @Column({ type: 'text', nullable: true }) institucion_k!: string | null;
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
