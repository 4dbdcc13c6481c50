import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../platform/tenancy/tenant-db';
import type { CatalogCategoryList } from './dto/catalog-category.dto';

/** Categories are few (the eight of DESIGN.md, seeded); the cap only guards against surprises. */
const MAX_CATEGORIES = 200;

@Injectable()
export class CatalogCategoriesService {
  constructor(private readonly db: TenantDb) {}

  /** Every category with its count of published items, in display order. */
  async list(): Promise<CatalogCategoryList> {
    const rows: {
      id: string;
      key: string;
      name: string;
      description: string;
      icon: string;
      sort_order: number;
      item_count: number;
    }[] = await this.db.manager.query(
      `SELECT c.id, c.key, c.name, c.description, c.icon, c.sort_order,
              (SELECT count(*)::int FROM catalog_items i
                WHERE i.tenant_id = c.tenant_id AND i.category_id = c.id
                  AND i.status = 'published') AS item_count
         FROM catalog_categories c
        WHERE c.tenant_id = $1
        ORDER BY c.sort_order, c.name, c.id
        LIMIT ${MAX_CATEGORIES}`,
      [this.db.tenantId],
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        key: r.key,
        name: r.name,
        description: r.description,
        icon: r.icon,
        sortOrder: r.sort_order,
        itemCount: r.item_count,
      })),
    };
  }
}
