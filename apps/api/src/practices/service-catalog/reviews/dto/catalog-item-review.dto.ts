import { ApiProperty } from '@nestjs/swagger';
import { MAX_RATING, MIN_RATING } from '@trellis/domain';
import { IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_REVIEW_LENGTH = 4000;

export class CatalogItemReviewDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) itemId!: string;
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ example: 'REQ-000042', description: 'The request the review was earned by' })
  requestNumber!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty({ example: 'Riley Requester' }) authorName!: string;
  @ApiProperty({ minimum: MIN_RATING, maximum: MAX_RATING }) rating!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CatalogItemReviewPage {
  @ApiProperty({ type: [CatalogItemReviewDto] }) items!: CatalogItemReviewDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class CreateCatalogItemReviewRequest {
  @ApiProperty({
    format: 'uuid',
    description: 'Your fulfilled or closed request for this item; each request earns one review',
  })
  @IsUUID()
  requestId!: string;

  @ApiProperty({ minimum: MIN_RATING, maximum: MAX_RATING })
  @IsInt()
  @Min(MIN_RATING)
  @Max(MAX_RATING)
  rating!: number;

  @ApiProperty({ maxLength: MAX_REVIEW_LENGTH })
  @IsString()
  @MaxLength(MAX_REVIEW_LENGTH)
  @Matches(/\S/, { message: 'text must not be blank' })
  text!: string;
}
