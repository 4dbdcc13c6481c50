import { ApiProperty } from '@nestjs/swagger';
import { PERMISSIONS, ROLES } from '@trellis/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginRequest {
  @ApiProperty({ example: 'acme', description: "The tenant's slug" })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, { message: 'tenant must be a tenant slug' })
  tenant!: string;

  @ApiProperty({ example: 'requester@acme.test' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Trellis-demo-1' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

export class RefreshRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

export class TokenPair {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer`' })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn!: number;

  @ApiProperty({ description: 'Single use: exchange at auth/refresh for a new pair' })
  refreshToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
}

export class MeTenant {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
}

export class Me {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: string[];
  @ApiProperty({ enum: PERMISSIONS, isArray: true }) permissions!: string[];
  @ApiProperty({ enum: ['user', 'token'] }) via!: 'user' | 'token';
  @ApiProperty({ type: MeTenant }) tenant!: MeTenant;
}
