import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant registry. Not tenant-owned itself: the API role may read it, never write it. */
@Entity('tenants')
@Index('uq_tenants_slug', ['slug'], { unique: true })
@Check('ck_tenants_slug', `"slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'`)
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
