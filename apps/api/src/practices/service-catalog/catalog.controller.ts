import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { CatalogCategoriesService } from './catalog-categories.service';
import { CatalogService } from './catalog.service';
import { CatalogCategoryList } from './dto/catalog-category.dto';
import {
  CatalogItemActionRequest,
  CreateCatalogItemRequest,
  UpdateCatalogItemRequest,
} from './dto/catalog-item-request.dto';
import { CatalogItemDto, CatalogItemPage, CatalogItemQuery } from './dto/catalog-item.dto';

@ApiTags('catalog')
@Controller('catalog')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly categories: CatalogCategoriesService,
  ) {}

  /** The categories, in display order, each with its number of published items. */
  @Get('categories')
  @Authorize('catalog:read')
  @ApiOkResponse({ type: CatalogCategoryList })
  listCatalogCategories(): Promise<CatalogCategoryList> {
    return this.categories.list();
  }

  /**
   * Published items for everyone; catalog managers see drafts and retired items too and may
   * filter by `status`. `q` searches name and description, best match first.
   */
  @Get('items')
  @Authorize('catalog:read')
  @ApiOkResponse({ type: CatalogItemPage })
  listCatalogItems(@Query() query: CatalogItemQuery): Promise<CatalogItemPage> {
    return this.catalog.list(query);
  }

  /** An item with its form and task templates; unpublished items are 404 to non-managers. */
  @Get('items/:id')
  @Authorize('catalog:read')
  @ApiOkResponse({ type: CatalogItemDto })
  @ApiNotFoundResponse({ type: Problem })
  getCatalogItem(@Param('id', ParseUUIDPipe) id: string): Promise<CatalogItemDto> {
    return this.catalog.get(id);
  }

  /** Creates a draft item. The form schema and task templates are checked (400 with paths). */
  @Post('items')
  @Authorize('catalog:manage')
  @IdempotentCreate()
  @ApiCreatedResponse({ type: CatalogItemDto })
  createCatalogItem(@Body() body: CreateCatalogItemRequest): Promise<CatalogItemDto> {
    return this.catalog.create(body);
  }

  /** Changes an item in any status; send the `version` you read (a stale one gets 409). */
  @Patch('items/:id')
  @Authorize('catalog:manage')
  @ApiOkResponse({ type: CatalogItemDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateCatalogItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCatalogItemRequest,
  ): Promise<CatalogItemDto> {
    return this.catalog.update(id, body);
  }

  /** Makes a draft or retired item orderable; it needs a form and at least one task template (else 409). */
  @Post('items/:id/publish')
  @HttpCode(HttpStatus.OK)
  @Authorize('catalog:manage')
  @ApiOkResponse({ type: CatalogItemDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem, description: 'Stale version or not publishable' })
  publishCatalogItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CatalogItemActionRequest,
  ): Promise<CatalogItemDto> {
    return this.catalog.publish(id, body);
  }

  /** Withdraws a published item from ordering; open requests for it carry on. */
  @Post('items/:id/retire')
  @HttpCode(HttpStatus.OK)
  @Authorize('catalog:manage')
  @ApiOkResponse({ type: CatalogItemDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem, description: 'Stale version or not published' })
  retireCatalogItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CatalogItemActionRequest,
  ): Promise<CatalogItemDto> {
    return this.catalog.retire(id, body);
  }
}
