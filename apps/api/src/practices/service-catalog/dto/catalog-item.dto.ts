import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../platform/pagination/pagination';
import { AMOUNT_DESCRIPTION } from '../../cost-management/money';
import { SlaPromiseDto } from '../../service-levels/dto/sla-promise.dto';
import { CATALOG_ITEM_STATUSES } from '../entities/catalog-item.entity';
import { DocumentationLinkDto, TaskTemplateDto } from './task-template.dto';

/** What a catalog list shows: no form, no templates. */
export class CatalogItemSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Laptop Request' }) name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 'Laptop', description: 'Material icon name' }) icon!: string;
  @ApiProperty({ format: 'uuid' }) categoryId!: string;
  @ApiProperty({ example: 'hardware' }) categoryKey!: string;
  @ApiProperty({ example: 'Hardware' }) categoryName!: string;
  @ApiProperty({ example: '1450.00', description: AMOUNT_DESCRIPTION }) costAmount!: string;
  @ApiProperty({ example: 'USD' }) costCurrency!: string;
  @ApiProperty({ description: 'Estimated delivery, in days after approval' })
  deliveryDays!: number;
  @ApiProperty({ enum: CATALOG_ITEM_STATUSES }) status!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Average review rating, 1-5' })
  ratingAverage!: number | null;
  @ApiProperty() ratingCount!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send back with changes and actions; a stale version gets 409' })
  version!: number;
  @ApiProperty({
    type: SlaPromiseDto,
    nullable: true,
    description:
      'The targets its requests are measured against at medium priority: the policy the item ' +
      "names, else the tenant's default; null when neither is active",
  })
  sla!: SlaPromiseDto | null;
}

export class CatalogItemDto extends CatalogItemSummaryDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) costCenterId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) slaPolicyId!: string | null;
  @ApiProperty({ type: [String], description: 'What the requester needs before ordering' })
  prerequisites!: string[];
  @ApiProperty({ type: [DocumentationLinkDto] }) documentationLinks!: DocumentationLinkDto[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supportTeamId!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The request form: a JSON Schema (draft-07) for an object',
  })
  formSchema!: Record<string, unknown> | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Rendering hints (react-jsonschema-form uiSchema)',
  })
  uiSchema!: Record<string, unknown>;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) approvalPolicyId!: string | null;
  @ApiProperty({ type: [TaskTemplateDto] }) taskTemplates!: TaskTemplateDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CatalogItemPage {
  @ApiProperty({ type: [CatalogItemSummaryDto] }) items!: CatalogItemSummaryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class CatalogItemQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A category key (e.g. `hardware`) or id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({
    description:
      'Full-text search of name and description; words match as prefixes ("lap" finds "Laptop"). ' +
      'With `q`, results come best match first; without, by name.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({
    enum: CATALOG_ITEM_STATUSES,
    description: 'Catalog managers only: without `catalog:manage`, only published items are seen',
  })
  @IsOptional()
  @IsIn(CATALOG_ITEM_STATUSES)
  status?: string;
}
