import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One captured record of any kind (S2, the four S3 kinds). Its content lives in versions; the
 * record points to the version being worked on and to the one that is published.
 */
@Entity('records')
@Index('idx_records_kind_status', ['kind', 'status', 'enteId'])
@Index('idx_records_kind_ente', ['kind', 'enteId', 'updatedAt'])
export class RecordEntity {
  @PrimaryGeneratedColumn()
  pk!: number;

  /** The PDN id: UUID v4 when created here, the original id when imported (SPEC §2.6). */
  @Column({ type: 'varchar', length: 64, unique: true })
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'integer' })
  enteId!: number;

  /** Derived from the fields below and stored for filtering: BORRADOR … PUBLICADO, BAJA. */
  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ type: 'integer', nullable: true })
  workingVersionId!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  workingState!: string | null;

  @Column({ type: 'integer', nullable: true })
  publishedVersionId!: number | null;

  /** Approval moment of the published version (v1 `fechaCaptura`); imported records keep theirs. */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;

  /** First publication (v2 `date_created`). */
  @Column({ type: 'datetime', precision: 3, nullable: true })
  firstPublishedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawnReason!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  withdrawnBy!: string | null;

  /** Optimistic locking: incremented by every change; a stale value gets 409. */
  @Column({ type: 'integer' })
  lockVersion!: number;

  /** Display title (name of the person or company) and its folded form for searching. */
  @Column({ type: 'varchar', length: 255 })
  title!: string;

  @Column({ type: 'varchar', length: 255 })
  titleFolded!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  ejercicio!: string | null;

  @Column({ type: 'varchar', length: 255 })
  createdBy!: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt!: Date;
}

@Entity('record_versions')
@Index('idx_versions_record', ['recordPk', 'number'], { unique: true })
export class RecordVersionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  recordPk!: number;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 20 })
  state!: string;

  /** The captured content, normalised by the kind's schema. */
  @Column({ type: 'json' })
  data!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 255 })
  createdBy!: string;

  @Column({ type: 'integer', nullable: true })
  createdByUserId!: number | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 255, nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  publishedAt!: Date | null;
}

/** Published records per kind, and a version number that changes with every publication or baja. */
@Entity('kind_stats')
export class KindStatsEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'integer' })
  publishedCount!: number;

  @Column({ type: 'integer' })
  dataVersion!: number;
}
