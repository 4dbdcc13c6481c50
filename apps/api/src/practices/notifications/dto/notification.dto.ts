import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../../../platform/pagination/pagination';
import { CHANNELS, NOTIFIABLE_EVENT_TYPES } from '../notification-events';
import type { Channel } from '../notification-events';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'approval.requested' }) eventType!: string;
  @ApiProperty({ example: 'Approval needed: REQ-000042' }) title!: string;
  @ApiProperty({ example: 'Laptop Request is waiting for your approval.' }) body!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '/requests/0b8f0a52-4b5e-4f43-9a53-7d0b0e3f1c11',
    description: 'Portal path of the record it is about',
  })
  link!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) readAt!: string | null;
}

export class NotificationPage {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  unread?: boolean;
}

export class UnreadCount {
  @ApiProperty({ example: 3, description: `Unread notifications, counted up to ${1000}` })
  count!: number;
  @ApiProperty({ description: 'True when there are more than `count` (shown as "1,000+")' })
  capped!: boolean;
}

export class MarkedRead {
  @ApiProperty({ description: 'How many notifications were marked read' }) updated!: number;
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFIABLE_EVENT_TYPES, example: 'approval.requested' })
  @IsString()
  @IsIn(NOTIFIABLE_EVENT_TYPES)
  eventType!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty()
  @IsBoolean()
  enabled!: boolean;
}

export class NotificationPreferences {
  @ApiProperty({
    type: [NotificationPreferenceDto],
    description: 'Every event type and channel; on unless turned off',
  })
  items!: NotificationPreferenceDto[];
}

export class UpdateNotificationPreferencesRequest {
  @ApiProperty({
    type: [NotificationPreferenceDto],
    description: 'The choices to change; others stay as they are',
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  items!: NotificationPreferenceDto[];
}
