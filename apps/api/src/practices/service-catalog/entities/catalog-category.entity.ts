import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../../platform/database/base.entity';

/** A shelf of the catalog (Access, Hardware, ...). Seeded per tenant; `key` is the stable handle. */
@Entity('catalog_categories')
@Index('uq_catalog_categories_key', ['tenantId', 'key'], { unique: true })
export class CatalogCategory extends TenantEntity {
  @Column('text')
  key!: string;

  @Column('text')
  name!: string;

  @Column('text', { default: '' })
  description!: string;

  /** A Material icon name the portal renders. */
  @Column('text', { default: '' })
  icon!: string;

  @Column('integer', { default: 0 })
  sortOrder!: number;
}
