import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Server-side settings and generated keys (e.g. the JWT key when PDE_JWT_SECRET is not set). */
@Entity('settings')
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'text' })
  value!: string;
}
