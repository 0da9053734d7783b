import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Dictionary of the distinct texts that PDN filters and sorts use (names, institutions, puestos).
 * Each text has its folded form (SPEC §5.1) and a rank (`sortRank`): its position in Spanish collation
 * (SPEC §5.3) among the texts of its domain, spaced so that new texts fit between neighbours.
 * Published rows store ranks, so that one small integer serves both for filtering ("ranks whose
 * folded text contains …") and for ordering, with indexes on both engines.
 */
@Entity('text_terms')
@Index('uq_text_terms_value', ['domain', 'value'], { unique: true })
@Index('idx_text_terms_sort', ['domain', 'sortKey'])
@Index('idx_text_terms_folded', ['domain', 'folded'])
export class TextTermEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20 })
  domain!: string;

  @Column({ type: 'varchar', length: 255 })
  value!: string;

  @Column({ type: 'varchar', length: 255 })
  folded!: string;

  @Column({ type: 'varchar', length: 700 })
  sortKey!: string;

  /** Position in Spanish collation within the domain (`rank` is reserved in MySQL 8). */
  @Column({ type: 'bigint' })
  sortRank!: number;
}
