import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A PDN credential holder: one OAuth client with its API user (v1 APIs, SPEC §1.1). Secrets are
 * machine-generated (≥ 256 bits) and stored only as SHA-256 hashes; they are shown once.
 */
@Entity('api_consumers')
export class ApiConsumerEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** `publico` or `confidencial` (SPEC §1.3): decides which fields the consumer sees. */
  @Column({ type: 'varchar', length: 20 })
  role!: string;

  /** Legal basis of a `confidencial` grant (SPEC §1.3.1). */
  @Column({ type: 'text', nullable: true })
  legalBasis!: string | null;

  /** Allowed systems, comma separated: S2,S3S,S3P. */
  @Column({ type: 'varchar', length: 50 })
  systems!: string;

  /** Scopes configured for the API user, space separated (they never change visibility). */
  @Column({ type: 'varchar', length: 255, default: '' })
  scopes!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  clientId!: string;

  @Column({ type: 'varchar', length: 64 })
  clientSecretHash!: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  @Column({ type: 'varchar', length: 64 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 255 })
  createdBy!: string;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  revokedBy!: string | null;
}

/** Refresh tokens already exchanged (rotation, SPEC §1.1.2); purged after they expire. */
@Entity('oauth_used_refresh_tokens')
@Index('idx_used_refresh_expires', ['expiresAt'])
export class UsedRefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'integer' })
  consumerId!: number;

  @Column({ type: 'datetime', precision: 3 })
  usedAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  expiresAt!: Date;
}
