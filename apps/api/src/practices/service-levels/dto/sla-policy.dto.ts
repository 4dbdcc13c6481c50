import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAUSABLE_REQUEST_STATES } from '@trellis/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { OmittableNotNull } from '../../../platform/validation/optional.decorator';

/** Documentation of one priority's targets; the content is checked by `validateSlaPolicy` (libs/domain). */
export class SlaTargetDoc {
  @ApiProperty({ example: 240, description: 'business minutes to the first response' })
  responseMinutes!: number;
  @ApiProperty({ example: 2400, description: 'business minutes to fulfilment' })
  resolutionMinutes!: number;
  @ApiPropertyOptional({
    example: 960,
    nullable: true,
    type: Number,
    description: 'business minutes per fulfilment task',
  })
  taskMinutes?: number | null;
}

export class SlaTargetsDoc {
  @ApiProperty({ type: SlaTargetDoc }) low!: SlaTargetDoc;
  @ApiProperty({ type: SlaTargetDoc }) medium!: SlaTargetDoc;
  @ApiProperty({ type: SlaTargetDoc }) high!: SlaTargetDoc;
  @ApiProperty({ type: SlaTargetDoc }) critical!: SlaTargetDoc;
}

export class SlaPolicyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'uuid' }) calendarId!: string;
  @ApiProperty({ type: SlaTargetsDoc }) targets!: SlaTargetsDoc;
  @ApiProperty({ type: [Number], example: [50, 75] }) warningThresholds!: number[];
  @ApiProperty({ type: [String], enum: PAUSABLE_REQUEST_STATES }) pauseStates!: string[];
  @ApiProperty({ description: 'applies to requests whose item names no policy' })
  isDefault!: boolean;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class SlaPolicyList {
  @ApiProperty({ type: [SlaPolicyDto] }) items!: SlaPolicyDto[];
}

export class CreateSlaPolicyRequest {
  @ApiProperty({ example: 'Standard service' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  calendarId!: string;

  @ApiProperty({ type: SlaTargetsDoc })
  @IsObject()
  targets!: Record<string, Record<string, unknown>>;

  @ApiPropertyOptional({ type: [Number], default: [50, 75] })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  warningThresholds?: number[];

  @ApiPropertyOptional({ type: [String], enum: PAUSABLE_REQUEST_STATES, default: ['on_hold'] })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  pauseStates?: string[];

  @ApiPropertyOptional({ default: false })
  @OmittableNotNull()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateSlaPolicyRequest {
  @ApiProperty({ description: 'the version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @OmittableNotNull()
  @IsUUID()
  calendarId?: string;

  @ApiPropertyOptional({ type: SlaTargetsDoc })
  @OmittableNotNull()
  @IsObject()
  targets?: Record<string, Record<string, unknown>>;

  @ApiPropertyOptional({ type: [Number] })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  warningThresholds?: number[];

  @ApiPropertyOptional({ type: [String], enum: PAUSABLE_REQUEST_STATES })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  pauseStates?: string[];

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsBoolean()
  isDefault?: boolean;

  @ApiPropertyOptional({ description: 'an inactive policy starts no new timers' })
  @OmittableNotNull()
  @IsBoolean()
  active?: boolean;
}
