import { Module } from '@nestjs/common';
import { CostManagementModule } from '../cost-management/cost-management.module';
import { IdentityModule } from '../identity/identity.module';
import { CatalogCategoriesService } from './catalog-categories.service';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { FormDataValidator } from './form-data-validator';

/**
 * The service catalog. Exports CatalogService (getOrderableItem) and FormDataValidator for the
 * requests practice.
 */
@Module({
  imports: [IdentityModule, CostManagementModule],
  controllers: [CatalogController],
  providers: [CatalogService, CatalogCategoriesService, FormDataValidator],
  exports: [CatalogService, FormDataValidator],
})
export class ServiceCatalogModule {}
