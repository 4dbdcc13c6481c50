import { Module } from '@nestjs/common';
import { CostManagementModule } from '../cost-management/cost-management.module';
import { IdentityModule } from '../identity/identity.module';
import { ServiceLevelsModule } from '../service-levels/service-levels.module';
import { RequestCoreModule } from '../service-requests/request-core.module';
import { CatalogCategoriesService } from './catalog-categories.service';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { FormDataValidator } from './form-data-validator';
import { CatalogReviewsController } from './reviews/catalog-reviews.controller';
import { CatalogReviewsService } from './reviews/catalog-reviews.service';

/**
 * The service catalog. Exports CatalogService (getOrderableItem), FormDataValidator and
 * CatalogReviewsService (a review shared when a request is closed) for the requests practice. Reviews read a request's state through RequestCoreModule, which does not
 * depend on the catalog.
 */
@Module({
  imports: [IdentityModule, CostManagementModule, RequestCoreModule, ServiceLevelsModule],
  controllers: [CatalogController, CatalogReviewsController],
  providers: [CatalogService, CatalogCategoriesService, FormDataValidator, CatalogReviewsService],
  exports: [CatalogService, FormDataValidator, CatalogReviewsService],
})
export class ServiceCatalogModule {}
