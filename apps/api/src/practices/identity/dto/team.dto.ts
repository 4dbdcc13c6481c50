import { OmittableNotNull } from '../../../platform/validation/optional.decorator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '../../../platform/pagination/pagination';

export class TeamDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leadId!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) memberIds!: string[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class TeamPage {
  @ApiProperty({ type: [TeamDto] }) items!: TeamDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class TeamQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Matches the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Teams this user belongs to' })
  @IsOptional()
  @IsUUID()
  memberId?: string;
}

export class CreateTeamRequest {
  @ApiProperty({ example: 'Service Desk' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional()
  @OmittableNotNull()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  leadId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds?: string[];
}

export class UpdateTeamRequest {
  @ApiProperty({ description: 'The version you read' })
  @Type(() => Number)
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

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  leadId?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the member list' })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds?: string[];
}
