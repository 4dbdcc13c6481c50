import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A requester's review of a catalog item, earned by a fulfilled request for it: one per request.
 * Reviews are never edited, so there is no `updated_at` or `version`. The item's `rating_sum` and
 * `rating_count` are kept in step in the same transaction as the insert.
 */
@Entity('catalog_item_reviews')
@Index('uq_catalog_item_reviews_request', ['tenantId', 'requestId'], { unique: true })
@Index('ix_catalog_item_reviews_item', ['tenantId', 'itemId', 'createdAt', 'id'])
@Check('ck_catalog_item_reviews_rating', `"rating" BETWEEN 1 AND 5`)
export class CatalogItemReview {
  @PrimaryColumn('uuid')
  tenantId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  itemId!: string;

  @Column('uuid')
  requestId!: string;

  @Column('uuid')
  authorId!: string;

  @Column('smallint')
  rating!: number;

  /** The review's text (`text` in the API). */
  @Column('text')
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
