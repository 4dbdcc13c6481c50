import type { CatalogItemDto, CatalogItemSummaryDto } from './dto/catalog-item.dto';

/**
 * What the item's own row says. The SLA promise comes from the service-levels practice and is
 * added by the service (`CatalogService.withPromises`); audit records keep to the row.
 */
export type CatalogItemSummaryFields = Omit<CatalogItemSummaryDto, 'sla'>;
export type CatalogItemFields = Omit<CatalogItemDto, 'sla'>;
import type { DocumentationLink, TaskTemplate } from './entities/catalog-item.entity';

/**
 * The full-text document `q` searches. It must stay the expression of the migration's
 * ftx_catalog_items_search index (the table alias aside), or PostgreSQL cannot use the index.
 */
export function itemDocument(alias: string): string {
  return `to_tsvector('english', ${alias}.name || ' ' || ${alias}.description)`;
}

export interface CatalogItemSummaryRow {
  id: string;
  name: string;
  description: string;
  icon: string;
  category_id: string;
  category_key: string;
  category_name: string;
  cost_amount: string;
  cost_currency: string;
  delivery_days: number;
  status: string;
  rating_sum: number;
  rating_count: number;
  published_at: Date | null;
  updated_at: Date;
  version: number;
  sla_policy_id: string | null;
}

export interface CatalogItemRow extends CatalogItemSummaryRow {
  cost_center_id: string | null;
  prerequisites: string[];
  documentation_links: DocumentationLink[];
  support_team_id: string | null;
  form_schema: Record<string, unknown> | null;
  ui_schema: Record<string, unknown>;
  approval_policy_id: string | null;
  task_templates: TaskTemplate[];
  created_at: Date;
}

/** Columns of a list row: never the form or the templates, which can be large. */
export const SUMMARY_COLUMNS = `i.id, i.name, i.description, i.icon, i.category_id,
  c.key AS category_key, c.name AS category_name, i.cost_amount, i.cost_currency, i.delivery_days,
  i.status, i.rating_sum, i.rating_count, i.published_at, i.updated_at, i.version, i.sla_policy_id`;

export const ITEM_COLUMNS = `${SUMMARY_COLUMNS}, i.cost_center_id,
  i.prerequisites, i.documentation_links, i.support_team_id, i.form_schema, i.ui_schema,
  i.approval_policy_id, i.task_templates, i.created_at`;

export const ITEM_FROM = `catalog_items i
  JOIN catalog_categories c ON c.tenant_id = i.tenant_id AND c.id = i.category_id`;

export function toSummaryDto(r: CatalogItemSummaryRow): CatalogItemSummaryFields {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    icon: r.icon,
    categoryId: r.category_id,
    categoryKey: r.category_key,
    categoryName: r.category_name,
    costAmount: r.cost_amount,
    costCurrency: r.cost_currency,
    deliveryDays: r.delivery_days,
    status: r.status,
    ratingAverage: r.rating_count ? Math.round((r.rating_sum * 10) / r.rating_count) / 10 : null,
    ratingCount: r.rating_count,
    publishedAt: r.published_at?.toISOString() ?? null,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export function toItemDto(r: CatalogItemRow): CatalogItemFields {
  return {
    ...toSummaryDto(r),
    costCenterId: r.cost_center_id,
    slaPolicyId: r.sla_policy_id,
    prerequisites: r.prerequisites,
    documentationLinks: r.documentation_links,
    supportTeamId: r.support_team_id,
    formSchema: r.form_schema,
    uiSchema: r.ui_schema,
    approvalPolicyId: r.approval_policy_id,
    taskTemplates: r.task_templates,
    createdAt: r.created_at.toISOString(),
  };
}
