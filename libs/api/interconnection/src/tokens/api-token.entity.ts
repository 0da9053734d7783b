import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Static bearer tokens of the S3 v2 API (SPEC §1.2): opaque, ≥ 256 random bits, shown once and
 * stored only as a SHA-256 hash. A consumer may hold two active tokens at once (rotation).
 */
@Entity('api_tokens')
@Index('idx_api_tokens_consumer', ['consumerId'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  consumerId!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  /** First characters, to recognise a token in lists and in secret scanners' reports. */
  @Column({ type: 'varchar', length: 20 })
  prefix!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 255 })
  createdBy!: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  revokedBy!: string | null;
}
