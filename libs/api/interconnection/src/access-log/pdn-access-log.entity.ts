import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every interconnection request (SPEC G6): append-only, without secrets, passwords or tokens. */
@Entity('pdn_access_log')
@Index('idx_pdn_log_consumer', ['consumerId', 'at'])
@Index('idx_pdn_log_at', ['at'])
export class PdnAccessLogEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'datetime', precision: 3 })
  at!: Date;

  @Column({ type: 'varchar', length: 10 })
  method!: string;

  @Column({ type: 'varchar', length: 120 })
  endpoint!: string;

  @Column({ type: 'integer', nullable: true })
  consumerId!: number | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  consumerName!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username!: string | null;

  @Column({ type: 'integer', nullable: true })
  tokenId!: number | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  role!: string | null;

  /** Parameters received (filters, paging, sort), JSON. */
  @Column({ type: 'text', nullable: true })
  params!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  rfcSolicitante!: string | null;

  @Column({ type: 'integer' })
  status!: number;

  /** Number of matching records (totalRows / filter_count). */
  @Column({ type: 'integer', nullable: true })
  matched!: number | null;

  @Column({ type: 'integer' })
  durationMs!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;
}
