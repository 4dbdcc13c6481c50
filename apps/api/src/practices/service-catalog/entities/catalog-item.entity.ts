import { Check, Column, Entity, Index, VersionColumn } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

export const CATALOG_ITEM_STATUSES = ['draft', 'published', 'retired'] as const;
export type CatalogItemStatus = (typeof CATALOG_ITEM_STATUSES)[number];

export interface DocumentationLink {
  title: string;
  url: string;
}

/** One step of fulfilment; becomes a task when a request for the item is approved. */
export interface TaskTemplate {
  key: string;
  title: string;
  description?: string;
  teamId?: string;
  estimateMinutes?: number;
  checklist: string[];
  dependsOn: string[];
}

@Entity('catalog_items')
@Index('uq_catalog_items_name', ['tenantId', 'name'], { unique: true })
@Index('ix_catalog_items_category', ['tenantId', 'categoryId', 'status'])
@Index('ix_catalog_items_cost_center', ['tenantId', 'costCenterId'])
@Index('ix_catalog_items_support_team', ['tenantId', 'supportTeamId'])
@Index('ix_catalog_items_sla_policy', ['tenantId', 'slaPolicyId'])
// GIN over (tenant_id, the full-text document of catalog-item.sql.ts) with btree_gin: TypeORM
// cannot declare it, so the migration does and schema sync leaves it alone.
@Index('ftx_catalog_items_search', { synchronize: false })
@Check('ck_catalog_items_status', `"status" IN ('draft', 'published', 'retired')`)
@Check('ck_catalog_items_cost', `"cost_amount" >= 0`)
@Check('ck_catalog_items_delivery_days', `"delivery_days" BETWEEN 0 AND 365`)
@Check('ck_catalog_items_currency', `"cost_currency" ~ '^[A-Z]{3}$'`)
export class CatalogItem extends TenantEntity {
  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  @Column('text', { default: '' })
  icon!: string;

  @Column('uuid')
  categoryId!: string;

  /** numeric, so money never passes through a float; read back as a string like "1250.00". */
  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  costAmount!: string;

  @Column('char', { length: 3, default: 'USD' })
  costCurrency!: string;

  @Column('uuid', { nullable: true })
  costCenterId!: string | null;

  /** Estimated delivery, in days after approval. */
  @Column('integer', { default: 1 })
  deliveryDays!: number;

  /** The SLA policy of requests for this item; none means the tenant's default policy. */
  @Column('uuid', { nullable: true })
  slaPolicyId!: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  prerequisites!: string[];

  @Column('jsonb', { default: () => `'[]'` })
  documentationLinks!: DocumentationLink[];

  @Column('uuid', { nullable: true })
  supportTeamId!: string | null;

  @Column('text', { default: 'draft' })
  status!: CatalogItemStatus;

  /** The request form as JSON Schema (draft-07); required to publish. */
  @Column('jsonb', { nullable: true })
  formSchema!: Record<string, unknown> | null;

  /** Presentation hints for the portal's form renderer (react-jsonschema-form uiSchema). */
  @Column('jsonb', { default: () => `'{}'` })
  uiSchema!: Record<string, unknown>;

  /** Its foreign key arrives with the approvals practice's approval_policies table. */
  @Column('uuid', { nullable: true })
  approvalPolicyId!: string | null;

  @Column('jsonb', { default: () => `'[]'` })
  taskTemplates!: TaskTemplate[];

  /** Maintained by reviews: the average is rating_sum / rating_count. */
  @Column('integer', { default: 0 })
  ratingSum!: number;

  @Column('integer', { default: 0 })
  ratingCount!: number;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;
}
