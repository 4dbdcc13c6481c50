import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per-tenant sequences for human-facing numbers (REQ-000042, TASK-000007, ...). */
@Entity('tenant_counters')
export class TenantCounter {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryColumn('text')
  name!: string;

  @Column('bigint', { default: 0 })
  value!: string;
}
