import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../platform/pagination/pagination';
import { AMOUNT_DESCRIPTION, AMOUNT_PATTERN, CURRENCY_PATTERN } from '../money';

export const COST_CENTER_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,31}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class CostCenterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'IT-OPS' }) code!: string;
  @ApiProperty({ example: 'IT Operations' }) name!: string;
  @ApiProperty({ format: 'uuid', description: 'Receives budget alerts; may approve requests' })
  ownerId!: string;
  @ApiProperty({ example: '250000.00', description: AMOUNT_DESCRIPTION }) budgetAmount!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ format: 'date', example: '2026-01-01' }) periodStart!: string;
  @ApiProperty({ format: 'date', example: '2026-12-31' }) periodEnd!: string;
  @ApiProperty({
    example: '1450.00',
    description: `Approved, not yet fulfilled. ${AMOUNT_DESCRIPTION}`,
  })
  committedAmount!: string;
  @ApiProperty({ example: '3200.00', description: `Fulfilled. ${AMOUNT_DESCRIPTION}` })
  spentAmount!: string;
  @ApiProperty({
    example: '245350.00',
    description: 'Budget less committed and spent; negative when over budget',
  })
  availableAmount!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send back with changes; a stale version gets 409' })
  version!: number;
}

export class CostCenterPage {
  @ApiProperty({ type: [CostCenterDto] }) items!: CostCenterDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class CostCenterQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches code or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}

const upperTrim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
/** Optional but never null (null would reach a NOT NULL column). */
const Absent = () => ValidateIf((_, value) => value !== undefined);

export class CreateCostCenterRequest {
  @ApiProperty({ example: 'IT-OPS', pattern: COST_CENTER_CODE_PATTERN.source })
  @Transform(upperTrim)
  @IsString()
  @Matches(COST_CENTER_CODE_PATTERN, {
    message: 'must be 1-32 upper-case letters, digits, ".", "_" or "-"',
  })
  code!: string;

  @ApiProperty({ example: 'IT Operations' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  ownerId!: string;

  @ApiProperty({ example: '250000.00', description: AMOUNT_DESCRIPTION })
  @IsString()
  @Matches(AMOUNT_PATTERN, { message: 'must be an amount like 1250.00' })
  budgetAmount!: string;

  @ApiProperty({ example: 'USD', description: 'ISO 4217' })
  @IsString()
  @Matches(CURRENCY_PATTERN, { message: 'must be an ISO 4217 code like USD' })
  currency!: string;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsString()
  @Matches(DATE_PATTERN, { message: 'must be a date like 2026-01-01' })
  @IsISO8601({ strict: true })
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2026-12-31', description: 'Not before periodStart' })
  @IsString()
  @Matches(DATE_PATTERN, { message: 'must be a date like 2026-12-31' })
  @IsISO8601({ strict: true })
  periodEnd!: string;
}

export class UpdateCostCenterRequest {
  @ApiProperty({ description: 'The version you read' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional({ example: 'IT-OPS', pattern: COST_CENTER_CODE_PATTERN.source })
  @Absent()
  @Transform(upperTrim)
  @IsString()
  @Matches(COST_CENTER_CODE_PATTERN, {
    message: 'must be 1-32 upper-case letters, digits, ".", "_" or "-"',
  })
  code?: string;

  @ApiPropertyOptional()
  @Absent()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Absent()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ example: '250000.00', description: AMOUNT_DESCRIPTION })
  @Absent()
  @IsString()
  @Matches(AMOUNT_PATTERN, { message: 'must be an amount like 1250.00' })
  budgetAmount?: string;

  @ApiPropertyOptional({ example: 'USD', description: 'Fixed once money is committed or spent' })
  @Absent()
  @IsString()
  @Matches(CURRENCY_PATTERN, { message: 'must be an ISO 4217 code like USD' })
  currency?: string;

  @ApiPropertyOptional({ format: 'date' })
  @Absent()
  @IsString()
  @Matches(DATE_PATTERN, { message: 'must be a date like 2026-01-01' })
  @IsISO8601({ strict: true })
  periodStart?: string;

  @ApiPropertyOptional({ format: 'date' })
  @Absent()
  @IsString()
  @Matches(DATE_PATTERN, { message: 'must be a date like 2026-12-31' })
  @IsISO8601({ strict: true })
  periodEnd?: string;
}
