import { CreateDateColumn, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Every tenant-owned table: `tenant_id` leads the primary key (and every index and foreign key),
 * so each query stays on one tenant's slice and the schema can be distributed on `tenant_id`.
 */
export abstract class TenantEntity {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
