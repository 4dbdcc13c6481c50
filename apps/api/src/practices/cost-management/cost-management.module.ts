import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { BudgetTracker } from './budget-tracker';
import { CostCentersController } from './cost-centers.controller';
import { CostCentersService } from './cost-centers.service';

/** Cost centres: budgets per period, and the committed and spent amounts requests move. */
@Module({
  imports: [IdentityModule],
  controllers: [CostCentersController],
  providers: [CostCentersService, BudgetTracker],
  exports: [CostCentersService],
})
export class CostManagementModule {}
