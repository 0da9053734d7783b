import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Read model of published S2 records, the only table the PDN endpoints read (SPEC G3). One row per
 * published record; rewritten on approval, deleted on baja. Name and institution filters and all
 * sorts use the ranks of the text dictionary (`text_terms`), so that the PDN's count-with-filters
 * and page patterns are answered from covering indexes on MySQL/MariaDB and SQLite alike.
 */
@Entity('s2_published')
@Index('idx_s2_order', ['rPrimer', 'rSegundo', 'rNombres', 'id', 'rInst', 'procMask'])
@Index('idx_s2_nombres', ['rNombres', 'rPrimer', 'rSegundo', 'id', 'rInst', 'procMask'])
@Index('idx_s2_segundo', ['rSegundo', 'rPrimer', 'rNombres', 'id', 'rInst', 'procMask'])
@Index('idx_s2_inst', ['rInst', 'rPrimer', 'rSegundo', 'rNombres', 'id', 'procMask'])
@Index('idx_s2_dependencias', ['instNombre', 'instSiglas', 'instClave'])
@Index('idx_s2_curp', ['curpFolded'])
@Index('idx_s2_rfc', ['rfcFolded'])
export class S2PublishedEntity {
  @PrimaryGeneratedColumn()
  seq!: number;

  /** The PDN id (SPEC §2.6). */
  @Column({ type: 'varchar', length: 64, unique: true })
  id!: string;

  @Column({ type: 'integer', unique: true })
  recordPk!: number;

  @Column({ type: 'integer' })
  enteId!: number;

  @Column({ type: 'bigint' })
  rNombres!: number;

  @Column({ type: 'bigint' })
  rPrimer!: number;

  @Column({ type: 'bigint' })
  rSegundo!: number;

  @Column({ type: 'bigint' })
  rInst!: number;

  @Column({ type: 'bigint' })
  rPuesto!: number;

  /** Bit n−1 set when the record has tipoProcedimiento clave n (1..5). */
  @Column({ type: 'integer' })
  procMask!: number;

  @Column({ type: 'varchar', length: 18, nullable: true })
  curpFolded!: string | null;

  @Column({ type: 'varchar', length: 13, nullable: true })
  rfcFolded!: string | null;

  @Column({ type: 'varchar', length: 255 })
  instNombre!: string;

  @Column({ type: 'varchar', length: 255 })
  instSiglas!: string;

  @Column({ type: 'varchar', length: 255 })
  instClave!: string;

  /** The record as the S2 v1.1 API emits it for the `confidencial` role (masked at output for `publico`). */
  @Column({ type: 'text' })
  doc!: string;
}
