import { Module } from '@nestjs/common';
import { RiskModule } from '../risk/risk.module';
import { ScreeningModule } from '../screening/screening.module';
import { AlertWebhookService } from './alert-webhook.service';
import { CaseMonitoringService } from './case-monitoring.service';
import { CasesRepository } from './cases.repository';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';

/**
 * Due-diligence cases: depends on risk (resolution, paths, conflicts, identity) and screening (list
 * matches); nothing depends on it except the report, which reads CasesService.caseReportView.
 */
@Module({
  imports: [RiskModule, ScreeningModule.forApi()],
  providers: [CasesRepository, CasesService, CaseMonitoringService, AlertWebhookService, CasesResolver],
  exports: [CasesService, CaseMonitoringService],
})
export class CasesModule {}
