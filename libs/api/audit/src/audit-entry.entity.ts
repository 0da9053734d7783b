import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Append-only, hash-chained log of every mutation, login, failed login, approval, rejection, baja
 * and import. `hash` = SHA-256 of the previous hash and the canonical JSON of this row, so editing
 * or deleting any row breaks the chain (`npm run -s pde -- audit verify`).
 */
@Entity('audit_log')
@Index('idx_audit_entity', ['entityType', 'entityId'])
@Index('idx_audit_at', ['at'])
export class AuditEntryEntity {
  /** Sequential, assigned under the chain-head lock: a missing id is itself evidence. */
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ type: 'varchar', length: 20 })
  actorType!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 255 })
  actorLabel!: string;

  @Column({ type: 'integer', nullable: true })
  enteId!: number | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  entityType!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId!: string | null;

  /** JSON: field-level diff, comment, motivo, counts… never secrets. */
  @Column({ type: 'text', nullable: true })
  details!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}

/** Single row (id = 1) holding the end of the chain; locked while appending. */
@Entity('audit_chain_head')
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  lastId!: number;

  @Column({ type: 'varchar', length: 64 })
  lastHash!: string;
}
