import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsUUID } from 'class-validator';

export class DelegationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) delegatorId!: string;
  @ApiProperty() delegatorName!: string;
  @ApiProperty({ format: 'uuid' }) delegateId!: string;
  @ApiProperty() delegateName!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) revokedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DelegationList {
  @ApiProperty({ type: [DelegationDto] }) items!: DelegationDto[];
}

export class CreateDelegationRequest {
  @ApiProperty({ format: 'uuid', description: 'Who decides in your place' })
  @IsUUID()
  delegateId!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  startsAt!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString()
  endsAt!: string;
}
