import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../../platform/auth/authorize.decorator';
import { Problem } from '../../../platform/errors/problem';
import { IdempotentCreate } from '../../../platform/idempotency/idempotent-create.decorator';
import { PageQuery } from '../../../platform/pagination/pagination';
import { CatalogReviewsService } from './catalog-reviews.service';
import {
  CatalogItemReviewDto,
  CatalogItemReviewPage,
  CreateCatalogItemReviewRequest,
} from './dto/catalog-item-review.dto';

@ApiTags('catalog')
@Controller('catalog/items/:id/reviews')
@ApiNotFoundResponse({
  type: Problem,
  description:
    "The item (or the request) is missing or not yours to see, another tenant's included",
})
export class CatalogReviewsController {
  constructor(private readonly reviews: CatalogReviewsService) {}

  /** The item's reviews, newest first; the item itself carries `ratingAverage` and `ratingCount`. */
  @Get()
  @Authorize('catalog:read')
  @ApiOkResponse({ type: CatalogItemReviewPage })
  listCatalogItemReviews(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQuery,
  ): Promise<CatalogItemReviewPage> {
    return this.reviews.list(id, query);
  }

  /**
   * Reviews the item for one of your requests for it: one you raised or that was raised for you,
   * fulfilled or closed. One review per request.
   */
  @Post()
  @Authorize('requests:create')
  @IdempotentCreate()
  @ApiCreatedResponse({ type: CatalogItemReviewDto })
  @ApiBadRequestResponse({
    type: Problem,
    description: 'Invalid body, or a request for another item',
  })
  @ApiConflictResponse({
    type: Problem,
    description: 'The request is not fulfilled or closed yet, or has already been reviewed',
  })
  createCatalogItemReview(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateCatalogItemReviewRequest,
  ): Promise<CatalogItemReviewDto> {
    return this.reviews.create(id, body);
  }
}
