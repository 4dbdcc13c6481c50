import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AMOUNT_DESCRIPTION, AMOUNT_PATTERN, CURRENCY_PATTERN } from '../../cost-management/money';
import { DocumentationLinkDto, TaskTemplateDto } from './task-template.dto';

/**
 * Optional, but not nullable: unlike `@IsOptional()`, which lets `null` through to a NOT NULL
 * column (a 500), this skips validation only when the field is absent.
 */
const Absent = () => ValidateIf((_, value) => value !== undefined);
/** Optional and nullable: absent leaves the value, `null` clears it. */
const AbsentOrNull = () => ValidateIf((_, value) => value !== undefined && value !== null);

const JSON_OBJECT = { type: 'object', additionalProperties: true } as const;

/** The fields of an item both create and change may set. */
class CatalogItemFields {
  @ApiPropertyOptional({ maxLength: 10_000 })
  @Absent()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @ApiPropertyOptional({ example: 'Laptop', description: 'Material icon name' })
  @Absent()
  @IsString()
  @MaxLength(64)
  icon?: string;

  @ApiPropertyOptional({ example: '1450.00', description: AMOUNT_DESCRIPTION, default: '0.00' })
  @Absent()
  @IsString()
  @Matches(AMOUNT_PATTERN, { message: 'must be an amount like 1250.00' })
  costAmount?: string;

  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217', default: 'USD' })
  @Absent()
  @IsString()
  @Matches(CURRENCY_PATTERN, { message: 'must be an ISO 4217 code like USD' })
  costCurrency?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @AbsentOrNull()
  @IsUUID()
  costCenterId?: string | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 365, default: 1 })
  @Absent()
  @IsInt()
  @Min(0)
  @Max(365)
  deliveryDays?: number;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @AbsentOrNull()
  @IsUUID()
  slaPolicyId?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @Absent()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  prerequisites?: string[];

  @ApiPropertyOptional({ type: [DocumentationLinkDto] })
  @Absent()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DocumentationLinkDto)
  documentationLinks?: DocumentationLinkDto[];

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @AbsentOrNull()
  @IsUUID()
  supportTeamId?: string | null;

  @ApiPropertyOptional({
    ...JSON_OBJECT,
    nullable: true,
    description: 'JSON Schema draft-07 with "type": "object"; required to publish',
  })
  @AbsentOrNull()
  @IsObject()
  formSchema?: Record<string, unknown> | null;

  @ApiPropertyOptional({ ...JSON_OBJECT, description: 'react-jsonschema-form uiSchema' })
  @Absent()
  @IsObject()
  uiSchema?: Record<string, unknown>;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @AbsentOrNull()
  @IsUUID()
  approvalPolicyId?: string | null;

  @ApiPropertyOptional({
    type: [TaskTemplateDto],
    description: 'Unique keys; `dependsOn` names other keys and must not make a cycle',
  })
  @Absent()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TaskTemplateDto)
  taskTemplates?: TaskTemplateDto[];
}

export class CreateCatalogItemRequest extends CatalogItemFields {
  @ApiProperty({ example: 'Laptop Request' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  categoryId!: string;
}

export class UpdateCatalogItemRequest extends CatalogItemFields {
  @ApiProperty({ description: 'The version you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @Absent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Absent()
  @IsUUID()
  categoryId?: string;
}

/** Body of publish and retire: the version the action applies to. */
export class CatalogItemActionRequest {
  @ApiProperty({ description: 'The version you read' })
  @IsInt()
  @Min(1)
  version!: number;
}
