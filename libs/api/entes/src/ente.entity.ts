import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Ente público: the public body that owns records (catálogo de entes, managed by the admin). */
@Entity('entes')
export class EnteEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 50, unique: true })
  clave!: string;

  @Column({ type: 'varchar', length: 255 })
  nombre!: string;

  /** fold(nombre), for searches that ignore case and accents (SPEC §5.1). */
  @Column({ type: 'varchar', length: 255 })
  nombreFolded!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  siglas!: string | null;

  @Column({ type: 'varchar', length: 30 })
  ordenGobierno!: string;

  @Column({ type: 'varchar', length: 30 })
  ambitoPublico!: string;

  @Column({ type: 'varchar', length: 2, nullable: true })
  entidadFederativa!: string | null;

  @Column({ type: 'boolean', default: true })
  activo!: boolean;

  @Column({ type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
