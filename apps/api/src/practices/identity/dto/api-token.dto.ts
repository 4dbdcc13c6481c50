import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@trellis/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The start of the token, to tell tokens apart' })
  displayPrefix!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ format: 'uuid' }) createdById!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) expiresAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedApiToken extends ApiTokenDto {
  @ApiProperty({ description: 'Shown once; only its hash is kept' }) token!: string;
}

export class ApiTokenList {
  @ApiProperty({ type: [ApiTokenDto] }) items!: ApiTokenDto[];
}

export class CreateApiTokenRequest {
  @ApiProperty({ example: 'Monitoring integration' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, description: 'At most the roles you hold' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: string[];

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Omit for a token that does not expire',
  })
  @IsOptional()
  @IsDateString()
  expiresAt?: string;
}
