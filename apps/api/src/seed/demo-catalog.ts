import type { EntityManager } from 'typeorm';
import { DEMO_ITEMS } from './demo-catalog-items';

/** DESIGN.md section 5: the eight categories, in display order. */
export const DEMO_CATEGORIES = [
  {
    key: 'access',
    name: 'Access',
    icon: 'Key',
    description: 'Accounts, permissions and remote access',
  },
  { key: 'software', name: 'Software', icon: 'Apps', description: 'Licences and installations' },
  {
    key: 'hardware',
    name: 'Hardware',
    icon: 'Computer',
    description: 'Laptops, phones and peripherals',
  },
  {
    key: 'infrastructure',
    name: 'Infrastructure',
    icon: 'Cloud',
    description: 'Servers, cloud and network resources',
  },
  {
    key: 'support',
    name: 'Support',
    icon: 'SupportAgent',
    description: 'Help when something is not working',
  },
  { key: 'training', name: 'Training', icon: 'School', description: 'Courses and certifications' },
  {
    key: 'consulting',
    name: 'Consulting',
    icon: 'Lightbulb',
    description: 'Expert advice and project help',
  },
  { key: 'other', name: 'Other', icon: 'MoreHoriz', description: 'Anything not covered elsewhere' },
] as const;

/** Owners are demo users by their local part (approver@..., admin@...). */
export const DEMO_COST_CENTERS = [
  { code: 'IT-OPS', name: 'IT Operations', owner: 'admin', budgetAmount: '250000.00' },
  { code: 'ENG', name: 'Engineering', owner: 'approver', budgetAmount: '400000.00' },
  { code: 'SALES', name: 'Sales', owner: 'changes', budgetAmount: '120000.00' },
] as const;

const SUPPORT_TEAM = 'Service Desk';

/**
 * Categories, cost centres and the five published demo items for one tenant. Idempotent: rows
 * that exist (by category key, cost centre code, item name) are left as they are.
 *
 * @param userIds demo user ids by local part, from the identity seed
 */
export async function seedCatalog(
  m: EntityManager,
  tenantId: string,
  userIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [i, category] of DEMO_CATEGORIES.entries()) {
    await m.query(
      `INSERT INTO catalog_categories (tenant_id, key, name, description, icon, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, key) DO NOTHING`,
      [tenantId, category.key, category.name, category.description, category.icon, (i + 1) * 10],
    );
  }

  // A budget for the current calendar year, so utilisation reads sensibly whenever it is loaded.
  const year = new Date().getUTCFullYear();
  for (const center of DEMO_COST_CENTERS) {
    const ownerId = userIds.get(center.owner);
    if (!ownerId) throw new Error(`demo user ${center.owner} has not been seeded`);
    await m.query(
      `INSERT INTO cost_centers (tenant_id, code, name, owner_id, budget_amount, currency, period_start, period_end)
       VALUES ($1, $2, $3, $4, $5, 'USD', $6, $7) ON CONFLICT (tenant_id, code) DO NOTHING`,
      [
        tenantId,
        center.code,
        center.name,
        ownerId,
        center.budgetAmount,
        `${year}-01-01`,
        `${year}-12-31`,
      ],
    );
  }

  for (const item of DEMO_ITEMS) {
    await m.query(
      `INSERT INTO catalog_items
         (tenant_id, name, description, icon, category_id, cost_amount, cost_currency, cost_center_id,
          delivery_days, prerequisites, documentation_links, support_team_id, status, form_schema,
          ui_schema, task_templates, published_at)
       SELECT $1, $2, $3, $4, c.id, $6, 'USD', cc.id, $8, $9, $10, t.id, 'published', $11, $12, $13, now()
         FROM catalog_categories c, cost_centers cc, teams t
        WHERE c.tenant_id = $1 AND c.key = $5 AND cc.tenant_id = $1 AND cc.code = $7
          AND t.tenant_id = $1 AND t.name = $14
       ON CONFLICT (tenant_id, name) DO NOTHING`,
      [
        tenantId,
        item.name,
        item.description,
        item.icon,
        item.category,
        item.costAmount,
        item.costCenter,
        item.deliveryDays,
        item.prerequisites,
        JSON.stringify(item.documentationLinks),
        JSON.stringify(item.formSchema),
        JSON.stringify(item.uiSchema),
        JSON.stringify(item.taskTemplates),
        SUPPORT_TEAM,
      ],
    );
  }
}
